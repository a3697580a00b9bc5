// What the recognisers find, before it becomes a plan: raw texts with their line numbers.
import type { Bilingual } from "../schema/common";
import type { PlannedMonth } from "../schema/plan";
import type { AlignmentField, DetailField } from "./vocabulary";

/** A paragraph of long text with the line it came from. `cont`: first one after a page break. */
export interface Para {
  text: string;
  line: number;
  cont: boolean;
  /** The field a separate column of the form assigns it to (a "วิธีคำนวณ" column). */
  field?: DetailField;
}

export interface TitleDraft {
  line: number;
  year: number | null;
  agency: string | null;
  agencyLine?: number;
}

export interface ComponentHeading {
  code: string;
  name: string;
  statedCount: number | null;
  statedWeight: number | null;
  line: number;
}

/** The short fields of a KPI row, as the summary table and the detail table both have them. */
export interface KpiRowTexts {
  no: string;
  name: string;
  baseline: string;
  target: string;
  weight: string;
  unit: string;
}

export interface SummaryRow extends KpiRowTexts {
  line: number;
  lines: number[];
  component: string | null;
}

export interface Located {
  text: string;
  line: number;
}

export interface DetailPage extends KpiRowTexts {
  seq: number;
  from: number;
  to: number;
  boxCodes: string[];
  boxTicked: string | null;
  boxLine?: number;
  alignment: Partial<Record<AlignmentField, Located>>;
  alignmentLines: number[];
  /** A data row with a name was read (false: a page that starts in the middle of the text). */
  hasRow: boolean;
  rowLine?: number;
  stream: Para[];
  /** "label: value" lines instead of a table. */
  labelled: boolean;
  /** A rubric or an action plan followed: later continuation rows are not this page's. */
  closed: boolean;
}

export interface RubricRowDraft {
  line: number;
  level: string;
  percent: string;
  points: string;
  criterion: string;
  description: Para[];
}

export interface RubricDraft {
  from: number;
  to: number;
  titleName: string | null;
  titleLine?: number;
  /** A weight the title states: "(น้ำหนัก 10 คะแนน)". */
  titleWeight?: Located;
  page: DetailPage | null;
  rows: RubricRowDraft[];
  conditions: Located[];
}

export interface StepDraft {
  line: number;
  no: number | null;
  text: string;
  percent: string;
  cumulative: string;
  budget: string;
  division: string;
  months: PlannedMonth[];
}

export interface StepTableDraft {
  from: number;
  to: number;
  title: string;
  /** The KPI a title line names ("ชื่อตัวชี้วัดที่ ๑ …"): the plan is that KPI's, or no KPI's of the plan. */
  kpiName?: string;
  titleLines: number[];
  page: DetailPage | null;
  steps: StepDraft[];
  budget: Located | null;
  division: Located | null;
  statedSteps: Located | null;
  total: { percent: string; budget: string; line: number } | null;
}

export interface BudgetRowDraft {
  line: number;
  project: string;
  budget: string;
  division: string;
  kpi: string;
}

export interface BudgetDraft {
  from: number;
  to: number;
  page: DetailPage | null;
  rows: BudgetRowDraft[];
  total: Located | null;
}

export interface SkippedDraft {
  line: number;
  text: string;
  reason: Bilingual;
}

export interface Parsed {
  lines: number;
  titles: TitleDraft[];
  headings: ComponentHeading[];
  summary: SummaryRow[];
  summaryRanges: { from: number; to: number }[];
  summaryTotals: Located[];
  pages: DetailPage[];
  rubrics: RubricDraft[];
  plans: StepTableDraft[];
  budgets: BudgetDraft[];
  skipped: SkippedDraft[];
  /** Page numbers and similar lines dropped without a report entry. */
  furniture: number;
}
