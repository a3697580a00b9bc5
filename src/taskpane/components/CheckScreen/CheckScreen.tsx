// Live check: findings by severity and KPI (click one to select its cell); a full re-check on
// demand. The weights are in the WeightPanel, always in view above every screen.
import type { CheckScreenProps } from "./CheckScreen.types";
import { renderCheckScreen } from "./renderCheckScreen";
import { useCheckScreen } from "./useCheckScreen";
import { useCheckScreenStyles } from "./useCheckScreenStyles.styles";

export function CheckScreen(props: CheckScreenProps): JSX.Element {
  const state = useCheckScreen(props);
  const styles = useCheckScreenStyles();
  return renderCheckScreen(state, styles);
}
