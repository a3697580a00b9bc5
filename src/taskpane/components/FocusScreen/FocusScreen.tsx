// Focus issues: the next deadline of the year's calendar, and the supporting KPIs the agency is
// responsible for, each of which can be added as a KPI row of the focus component.
import type { FocusScreenProps } from "./FocusScreen.types";
import { renderFocusScreen } from "./renderFocusScreen";
import { useFocusScreen } from "./useFocusScreen";
import { useFocusScreenStyles } from "./useFocusScreenStyles.styles";

export function FocusScreen(props: FocusScreenProps): JSX.Element {
  const state = useFocusScreen(props);
  const styles = useFocusScreenStyles();
  return renderFocusScreen(state, styles);
}
