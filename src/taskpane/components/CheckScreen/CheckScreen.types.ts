import type { CellRef } from "../../../workbook/model";
import type { PlanFinding } from "../../../template/findings";
import type { FindingGroup } from "../../check/groups";
import type { LiveCheckState } from "../../hooks/useLiveCheck";
import type { Strings } from "../../i18n/strings";

export interface CheckScreenProps {
  check: LiveCheckState;
}

export interface FindingView {
  finding: PlanFinding;
  message: string;
  where: string;
  /** The cell to go to; null when the finding names none. */
  target: CellRef | null;
  label: string;
}

export interface GroupView {
  key: string;
  severity: FindingGroup["severity"];
  title: string;
  findings: FindingView[];
}

export interface SeverityView {
  severity: FindingGroup["severity"];
  title: string;
  groups: GroupView[];
}

export interface CheckScreenState {
  t: Strings;
  ready: boolean;
  busy: boolean;
  error: string | null;
  summary: string | null;
  sections: SeverityView[];
  empty: boolean;
  checkAll: () => void;
  goTo: (ref: CellRef) => void;
  headingId: string;
}
