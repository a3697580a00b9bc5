// Types shared by the sheet layout, the template functions and their callers (CLI, task pane).
import type { Bilingual } from "../core/schema/common";
import type { Framework } from "../core/schema/framework";
import type { Plan } from "../core/schema/plan";
import type { Where } from "../core/validation/finding";

import type { SheetNames, TableNames } from "./sheets";

export { DATA_SHEET_IDS, SHEET_IDS, type DataSheetId, type SheetId, type SheetNames, type TableNames } from "./sheets";

import type { CellRef } from "../workbook/model";

export type { CellRef } from "../workbook/model";

/** Maps a finding's plan location (KPI + field, component) to the cell it came from. */
export type Locate = (where: Where) => CellRef | undefined;

/** Why a cell or a row of a workbook could not be read as part of the plan. */
export type ReadIssueCode =
  | "NOT_A_TEMPLATE"
  | "NEWER_LAYOUT"
  | "SHEET_MISSING"
  | "COLUMN_MISSING"
  | "KPI_ID_MISSING"
  | "KPI_ID_DUPLICATE"
  | "ROW_WITHOUT_KPI"
  | "RUBRIC_KIND_UNKNOWN"
  | "BASELINE_YEAR_UNKNOWN"
  | "STEP_NO_UNREADABLE"
  | "ROUND_UNKNOWN"
  | "REVIEW_WITHOUT_COMPONENT"
  | "DATE_UNREADABLE"
  | "METADATA_UNREADABLE"
  | "FRAMEWORK_DIFFERS"
  | "FRAMEWORK_UNREADABLE"
  | "TEMPLATE_FORMULA_CHANGED"
  | "TEXT_CHANGED"
  | "SPACES_TRIMMED"
  | "PERCENT_CELL";

/**
 * A problem met while reading a workbook, shaped like a validation finding (code, severity,
 * Thai + English message, where with sheet + cell) so that the task pane and the command line
 * can list both together. Reading never throws for what a cell holds; it reports here.
 */
export interface ReadIssue {
  code: ReadIssueCode;
  severity: "error" | "warning";
  message: Bilingual;
  where: Where & CellRef;
}

/** A plan read from a workbook, with everything needed to point at its cells. */
export interface WorkbookPlan {
  plan: Plan;
  /** The framework named by the workbook (its stored JSON, else the shipped one). */
  framework: Framework;
  /** Pass to validatePlan(plan, framework, { locate }) so findings name sheet + cell. */
  locate: Locate;
  issues: ReadIssue[];
  sheets: SheetNames;
}

export interface RenderOptions {
  /** The framework's ladder and components shape headings, validation and the score formulas. */
  framework: Framework;
  /** Worksheet names to use (defaults: the layout's Thai names). */
  sheets?: Partial<SheetNames>;
  /** Table names to use (defaults: tblKpi, tblRubric, tblEvaluation, tblActionPlan). */
  tables?: Partial<TableNames>;
  /** The font of every cell: TH Sarabun New (default) or the older TH SarabunPSK. */
  font?: "TH Sarabun New" | "TH SarabunPSK";
}
