// Start: choose the framework (fiscal year + agency kind) and the agency, insert the template; or
// open a plan the workbook already holds.
import { renderStartScreen } from "./renderStartScreen";
import type { StartScreenProps } from "./StartScreen.types";
import { useStartScreen } from "./useStartScreen";
import { useStartScreenStyles } from "./useStartScreenStyles.styles";

export function StartScreen(props: StartScreenProps): JSX.Element {
  const state = useStartScreen(props);
  const styles = useStartScreenStyles();
  return renderStartScreen(state, styles);
}
