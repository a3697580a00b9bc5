// Weight used vs required per component and for the whole plan: shown above every screen while a
// plan is open, updated by each check.
import { renderWeightPanel } from "./renderWeightPanel";
import { useWeightPanel } from "./useWeightPanel";
import { useWeightPanelStyles } from "./useWeightPanelStyles.styles";
import type { WeightPanelProps } from "./WeightPanel.types";

export function WeightPanel(props: WeightPanelProps): JSX.Element | null {
  const state = useWeightPanel(props);
  const styles = useWeightPanelStyles();
  return renderWeightPanel(state, styles);
}
