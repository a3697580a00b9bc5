// What the Office.js session does only on a user action — write the seal, list and remove the
// generated summary sheets, draw the charts, read the selected range for the Import screen — as
// batches for one Excel.run each. session.ts loads this module on first use: in the task pane it
// is a chunk of its own, so none of it is fetched before the pane is usable.
import { PROTECTION } from "../layout/layout";
import type { Seal } from "../seal/seal";
import { sealBlock } from "../seal/store";
import { isGeneratedSheet, MARKER_CELL } from "../summary/marker";
import type { ChartSpec } from "../summary/render";
import type { CellValue } from "../workbook/model";
import { gridFrom, loadUsedRange, officeCell } from "./cells";

export async function writeSealBatch(context: Excel.RequestContext, metaSheet: string, seal: Seal): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(metaSheet);
  const used = loadUsedRange(sheet);
  sheet.protection.load("protected");
  await context.sync();
  const grid = used.isNullObject ? undefined : gridFrom(used.rowIndex, used.columnIndex, used.values, used.formulas);
  const block = sealBlock(grid, seal);
  const wasProtected = sheet.protection.protected;
  if (wasProtected) sheet.protection.unprotect();
  const range = sheet.getRange(block.address);
  range.formulas = block.values.map((row) => row.map((v) => officeCell(v, false)));
  if (wasProtected) sheet.protection.protect({ ...PROTECTION });
  await context.sync();
}

export async function sheetMarkersBatch(context: Excel.RequestContext): Promise<{ sheet: string; marker: string | null }[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const cells = sheets.items.map((s) => {
    const r = context.workbook.worksheets.getItem(s.name).getRange(MARKER_CELL);
    r.load("values");
    return { sheet: s.name, r };
  });
  await context.sync();
  return cells.map(({ sheet, r }) => {
    const v = r.values[0]?.[0];
    return { sheet, marker: typeof v === "string" && v !== "" ? v : null };
  });
}

export async function removeGeneratedBatch(context: Excel.RequestContext, template: string, names: readonly string[]): Promise<string[]> {
  const checks = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    const cell = sheet.getRange(MARKER_CELL);
    cell.load("values");
    return { name, sheet, cell };
  });
  await context.sync();
  const doomed = checks.filter((c) => !c.sheet.isNullObject && isGeneratedSheet(c.name, c.cell.values[0]?.[0] as CellValue, template));
  if (doomed.length === 0) return [];
  for (const c of doomed) c.sheet.delete();
  await context.sync();
  return doomed.map((c) => c.name);
}

export async function addChartsBatch(context: Excel.RequestContext, charts: readonly ChartSpec[]): Promise<boolean> {
  for (const spec of charts) {
    const sheet = context.workbook.worksheets.getItem(spec.sheet);
    const chart = sheet.charts.add("ColumnClustered" as Excel.ChartType, sheet.getRange(spec.data), "Columns" as Excel.ChartSeriesBy);
    chart.title.text = spec.title;
    chart.legend.position = "Bottom" as Excel.ChartLegendPosition;
    chart.setPosition(spec.from, spec.to);
  }
  await context.sync();
  return true;
}

export async function readSelectionBatch(context: Excel.RequestContext): Promise<string[][]> {
  // The used part of the selection: a whole column or sheet selected reads only its cells.
  const range = context.workbook.getSelectedRange().getUsedRangeOrNullObject(true);
  range.load(["values", "text", "numberFormat"]);
  await context.sync();
  if (range.isNullObject) return [];
  return range.values.map((row, r) => row.map((v, c) => selectionText(v, range.text[r]?.[c], range.numberFormat[r]?.[c])));
}

/**
 * A selected cell as people read it: text as it is; a number as shown when it has a format of its
 * own (95 %, a date), else in full (a narrow column rounds what it shows, or shows ####).
 */
export function selectionText(value: unknown, shown: unknown, format: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return typeof shown === "string" && shown !== "" ? shown : String(value).toUpperCase();
  const general = typeof format !== "string" || format === "" || format.toLowerCase() === "general";
  if (!general && typeof shown === "string" && shown !== "" && !/^#+$/.test(shown)) return shown;
  return String(value);
}
