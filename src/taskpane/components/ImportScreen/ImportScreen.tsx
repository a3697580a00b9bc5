// Import from text: paste the text of the official forms (or read the selected range where it
// was pasted), preview what the template will hold, then insert it like a new template.
import type { ImportScreenProps } from "./ImportScreen.types";
import { renderImportScreen } from "./renderImportScreen";
import { useImportScreen } from "./useImportScreen";
import { useImportScreenStyles } from "./useImportScreenStyles.styles";

export function ImportScreen(props: ImportScreenProps): JSX.Element {
  const state = useImportScreen(props);
  const styles = useImportScreenStyles();
  return renderImportScreen(state, styles);
}
