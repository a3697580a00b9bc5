import type { WeightSummary, WeightStatus } from "../../../core/plan/weights";
import type { Strings } from "../../i18n/strings";

export interface WeightPanelProps {
  weights: WeightSummary | null;
}

export interface WeightView {
  key: string;
  label: string;
  depth: number;
  used: number;
  required: number;
  /** "30 / 30" */
  text: string;
  /** "complete", "10 short"… */
  state: string;
  status: WeightStatus;
  /** Accessible name of the meter. */
  name: string;
  /** Share of the required weight used, 0…100, for the bar. */
  share: number;
}

export interface WeightPanelState {
  t: Strings;
  rows: WeightView[];
  total: WeightView | null;
}
