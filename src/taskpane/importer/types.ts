// What the Import screen gets from the importer chunk (importer.ts): the text of the official
// forms read into a preview of the template it would make. Types only, so that the pane's first
// script does not carry the importer (see loadImporter.ts).
import type { Disagreement, DocumentKind, ImportErrorCode, ImportNote, Skipped } from "../../core/import";
import type { Bilingual } from "../../core/schema/common";
import type { Framework, RubricKind } from "../../core/schema/framework";
import type { Plan } from "../../core/schema/plan";
import type { Finding } from "../../core/validation/finding";

export interface PreviewKpi {
  id: string;
  name: string;
  /** null when the text gave no readable weight. */
  weight: number | null;
  /** Rubric levels found (0: none). */
  levels: number;
  kind: RubricKind | null;
}

/** A result form's results: per KPI, and the printed totals beside the recomputed ones. */
export interface PreviewResults {
  round: "mid" | "end";
  kpis: { id: string; name: string; result: number | null; self: number | null; printed: number | null; computed: number | null }[];
  total: number;
  printedTotal: number | null;
  selfTotal: number | null;
  printedSelfTotal: number | null;
  /** Printed scores that differ from the recomputed ones (each is among the disagreements, with its line). */
  differences: number;
}

/** A component of the framework with the KPIs the text gives it. */
export interface PreviewComponent {
  code: string;
  /** null for a component the framework does not know. */
  name: Bilingual | null;
  /** Sum of the weights of its KPIs, and what the framework requires (null: unknown). */
  used: number;
  required: number | null;
  /** KPIs the framework asks for (null: unknown). */
  count: number | null;
  kpis: PreviewKpi[];
}

export type ImportPreview =
  | {
      ok: true;
      /**
       * The plan the template will hold: the imported KPIs, plus the framework's standard KPIs for
       * shared components the text leaves out (as in a new template). Without a framework: the
       * imported plan as read.
       */
      plan: Plan;
      /** What the document is: KPI agreement forms, an action plan, a result form. */
      kind: DocumentKind;
      /** A result form's results; null for other documents. */
      results: PreviewResults | null;
      /** null: no known framework (the user chooses one). */
      framework: Framework | null;
      frameworkId: string;
      /** The framework came from the text (not chosen by the user). */
      inferred: boolean;
      agency: string;
      fiscalYear: number;
      /** KPIs read from the text. */
      kpiCount: number;
      /** Standard KPIs of shared components added for the template. */
      standardCount: number;
      components: PreviewComponent[];
      findings: Finding[];
      skipped: Skipped[];
      disagreements: Disagreement[];
      notes: ImportNote[];
    }
  | {
      ok: false;
      code: ImportErrorCode | "INVALID_PLAN";
      kind: DocumentKind;
      /** The importer's message; null for INVALID_PLAN (the pane words it, with `detail`). */
      message: Bilingual | null;
      detail?: string;
      /** Choosing a framework may let the import through (no fiscal year, unknown framework). */
      needsFramework: boolean;
    };

export interface Importer {
  /** Reads the text of the forms; `framework` overrides the one inferred. Never throws. */
  preview(text: string, framework?: string): ImportPreview;
  /** Cells of a selected range as the text a copy out of Word gives: tabs between cells, one line a row. */
  cellsToText(rows: readonly (readonly string[])[]): string;
}
