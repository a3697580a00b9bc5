import type { Bilingual } from "../schema/common";
import type { Framework } from "../schema/framework";
import type { PlanInput } from "../schema/plan";
import type { Finding } from "../validation/finding";

export type SectionKind =
  | "title"
  | "summary"
  | "detail"
  | "alignment"
  | "rubric"
  | "conditions"
  | "actionPlan"
  | "budget";

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

export interface ImportReport {
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

export type ImportErrorCode = "EMPTY" | "BINARY" | "NOT_A_KPI_DOCUMENT" | "NO_FISCAL_YEAR" | "UNKNOWN_FRAMEWORK" | "NO_TABS" | "INTERNAL";

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
  /** A framework id that overrides the one inferred from the document. */
  framework?: string;
}
