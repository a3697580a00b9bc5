import type { Bilingual } from "../schema/common";
import type { Framework } from "../schema/framework";
import type { PlanInput, RoundId } from "../schema/plan";
import type { DocumentKind } from "./kind";

export type { DocumentKind } from "./kind";
import type { Finding } from "../validation/finding";

export type SectionKind =
  | "title"
  | "summary"
  | "detail"
  | "alignment"
  | "rubric"
  | "conditions"
  | "actionPlan"
  | "budget"
  | "contents"
  | "resultTable"
  | "resultPage";

/** A part of the document the importer understood. */
export interface Recognised {
  kind: SectionKind;
  /** First and last source line (1-based). */
  from: number;
  to: number;
  /** The KPI it went to, once ids are known. */
  kpi?: string;
  what: Bilingual;
}

/** A line that held text the importer could not use. */
export interface Skipped {
  line: number;
  /** The last line, when consecutive lines are listed as one part (a preface, a table of contents). */
  to?: number;
  text: string;
  reason: Bilingual;
}

/** Two places of the document that state different values for the same field. */
export interface Disagreement {
  /** KPI id, or undefined for a component or the whole plan. */
  kpi?: string;
  component?: string;
  field: string;
  /** The value the plan keeps, and the other one. */
  kept: string | number | null;
  other: string | number | null;
  /** Source lines of both places. */
  lines: number[];
  message: Bilingual;
}

/** A choice the importer made that the user should know about (framework inferred, a guess). */
export interface ImportNote {
  line?: number;
  message: Bilingual;
}

/** A score printed on a result form beside the one the core recomputes from the form's inputs. */
export interface ScoreCheck {
  /** The KPI (a KPI's weighted score) or the component (a subtotal); neither: the total out of 100. */
  kpi?: string;
  component?: string;
  /** The committee's figures or the agency's self-assessment. */
  who: "committee" | "self";
  printed: number;
  computed: number;
  /** The printed figure equals the recomputed one at the form's 3 decimals (half-up). */
  same: boolean;
  line: number;
}

/** What a result form gave, per KPI, and its printed totals against the recomputed ones. */
export interface ResultsReport {
  round: RoundId;
  kpis: { id: string; name: string; result: number | null; self: number | null; score: number | null; selfScore: number | null; printed: number | null; printedSelf: number | null }[];
  /** Recomputed totals out of 100 (committee, and self where the form gives self-assessments). */
  total: number;
  selfTotal: number | null;
  /** The totals the form prints (null where it prints none). */
  printedTotal: number | null;
  printedSelfTotal: number | null;
  checks: ScoreCheck[];
}

export interface ImportReport {
  /** What the document is (decided before it is read). */
  kind: DocumentKind;
  /** Lines that told the kind. */
  kindLines: number[];
  /** Result forms: results, and printed figures against recomputed ones. */
  results?: ResultsReport;
  recognised: Recognised[];
  skipped: Skipped[];
  disagreements: Disagreement[];
  notes: ImportNote[];
  /**
   * Lines of text read, form pages seen (form titles), and lines dropped as page numbers or
   * running headers/footers (not listed as skipped).
   */
  stats: { lines: number; pages: number; kpis: number; rubrics: number; steps: number; dropped: number };
}

export type ImportErrorCode = "EMPTY" | "BINARY" | "NOT_A_KPI_DOCUMENT" | "MEMO" | "NO_FISCAL_YEAR" | "UNKNOWN_FRAMEWORK" | "NO_TABS" | "INTERNAL";

export interface ImportError {
  code: ImportErrorCode;
  message: Bilingual;
}

export type ImportResult =
  | {
      ok: true;
      plan: PlanInput;
      /** The framework the plan was checked against; null when none is known for it. */
      framework: Framework | null;
      findings: Finding[];
      report: ImportReport;
    }
  | { ok: false; error: ImportError; report: ImportReport };

export interface ImportOptions {
  /** A framework (a shipped id, or the framework itself, e.g. read from a file) that overrides the one inferred from the document. */
  framework?: string | Framework;
}
