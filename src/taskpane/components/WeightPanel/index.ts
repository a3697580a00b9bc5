export { WeightPanel } from "./WeightPanel";
export { shortName } from "./useWeightPanel";
export type { WeightPanelProps, WeightPanelState } from "./WeightPanel.types";
