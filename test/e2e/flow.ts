// The data the end-to-end test types and pastes, computed from the test plans: the rows of a
// complete FY2567 plan as a planner would paste them from a draft into a fresh template, and the
// cells to type into. Shared by the browser test and its Node rehearsal.
import { findFramework } from "../../src/core/frameworks/shipped";
import type { Framework } from "../../src/core/schema/framework";
import { columnLetter } from "../../src/workbook/a1";
import { FIRST_DATA_ROW, HEADER_ROW } from "../../src/layout/layout";
import { renderTemplate } from "../../src/layout/render";
import { isFormulaInput, type CellInput, type CellValue, type SheetRender } from "../../src/workbook/model";
import { parsed, validPlan } from "../helpers/plan";

export const REGISTER = "ตัวชี้วัด";
export const RUBRIC = "เกณฑ์การให้คะแนน";
export const META = "ข้อมูลแม่แบบ";

export interface Paste {
  sheet: string;
  topLeft: string;
  rows: CellValue[][];
}

const FW = findFramework("bma-2567-bureau") as Framework;

const value = (c: CellInput | undefined): CellValue => (c === undefined || c === null || isFormulaInput(c) ? null : c);

function column(sheet: SheetRender, header: string): number {
  const c = (sheet.rows[HEADER_ROW] ?? []).findIndex((h) => h === header);
  if (c < 0) throw new Error(`no column ${header} on ${sheet.name}`);
  return c;
}

/** Rows of the negotiated components (1.x) of a complete plan, as blocks to paste. */
export function completePlanPastes(): Paste[] {
  const model = renderTemplate(parsed(validPlan()), { framework: FW });
  const register = model.sheets.find((s) => s.name === REGISTER) as SheetRender;
  const rubric = model.sheets.find((s) => s.name === RUBRIC) as SheetRender;
  // Register: every row from the first data row down to the heading of component 2.
  const componentCol = column(register, "องค์ประกอบ");
  const end = register.rows.findIndex((r, i) => i >= FIRST_DATA_ROW && value(r[componentCol]) === "2");
  const width = register.columnWidths.length;
  const registerRows = register.rows.slice(FIRST_DATA_ROW, end).map((r) => Array.from({ length: width }, (_, c) => value(r[c])));
  // Rubric: the typed columns (level, percent, description; criterion) of the 1.x KPIs.
  const kpiCol = column(rubric, "รหัส");
  const rows = rubric.rows.map((r, i) => ({ r, i })).filter(({ r, i }) => i >= FIRST_DATA_ROW && String(r[kpiCol] ?? "").startsWith("1."));
  const first = rows[0]?.i ?? FIRST_DATA_ROW;
  const level = column(rubric, "ระดับ");
  const criterion = column(rubric, "เกณฑ์ (ค่าตัวเลข)");
  return [
    { sheet: REGISTER, topLeft: `A${FIRST_DATA_ROW + 1}`, rows: registerRows },
    { sheet: RUBRIC, topLeft: `${columnLetter(level)}${first + 1}`, rows: rows.map(({ r }) => [value(r[level]), value(r[level + 1]), value(r[level + 2])]) },
    { sheet: RUBRIC, topLeft: `${columnLetter(criterion)}${first + 1}`, rows: rows.map(({ r }) => [value(r[criterion])]) },
  ];
}
