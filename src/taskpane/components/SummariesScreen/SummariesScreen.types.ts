import type { CellRef } from "../../../workbook/model";
import type { LiveCheckState } from "../../hooks/useLiveCheck";
import type { SummariesState } from "../../hooks/useSummaries";
import type { Strings } from "../../i18n/strings";
import type { SummariesStrings } from "../../i18n/summariesStrings";

export interface SummariesScreenProps {
  check: LiveCheckState;
  summaries: SummariesState;
}

export interface SummariesScreenState {
  t: Strings & SummariesStrings;
  headingId: string;
  busy: boolean;
  generate: () => void;
  /** "Total score 87.500 of 100 (self-assessment 90.000)", from the last check. */
  total: string | null;
  warning: string | null;
  outcome: { intent: "success" | "error"; text: string } | null;
  noChart: boolean;
  sheets: string[];
  goTo: (ref: CellRef) => void;
}
