// What the Office.js ports do only on a user action — write a block of cells (the seal), read a
// marker cell of every sheet, delete sheets whose marker still holds, draw charts, read the
// selected range for the Import screen — as batches for one Excel.run each. Loaded on first use:
// in the task pane it is a chunk of its own, so none of it is fetched before the pane is usable.
//
// A protected sheet is unprotected for the write and protected again with the options it had:
// Excel's protection covers objects (charts) and cells alike unless those are allowed.
import type { CellValue, ChartSpec } from "../workbook/model";
import type { GuardedDelete } from "../workbook/ports";
import { cellValueOf, officeCell } from "./cells";

/**
 * Runs `write` on a sheet with its protection lifted, then puts the same protection back — also
 * when Excel refuses the write: it stops the batch at the refused command, before the protect
 * queued after it, and would leave the sheet open.
 */
async function unprotected(context: Excel.RequestContext, sheet: Excel.Worksheet, write: () => void): Promise<void> {
  sheet.protection.load(["protected", "options"]);
  await context.sync();
  const was = sheet.protection.protected;
  const options = was ? sheet.protection.options : null;
  if (was) sheet.protection.unprotect();
  write();
  if (was) sheet.protection.protect(options ?? undefined);
  try {
    await context.sync();
  } catch (e) {
    if (was) {
      sheet.protection.load("protected");
      await context.sync();
      if (!sheet.protection.protected) sheet.protection.protect(options ?? undefined);
      await context.sync();
    }
    throw e;
  }
}

export async function writeCellsBatch(context: Excel.RequestContext, sheetName: string, address: string, values: readonly (readonly CellValue[])[]): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  await unprotected(context, sheet, () => {
    sheet.getRange(address).formulas = values.map((row) => row.map((v) => officeCell(v, false)));
  });
}

export async function cellOfEachSheetBatch(context: Excel.RequestContext, cell: string): Promise<{ sheet: string; value: CellValue }[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const cells = sheets.items.map((s) => {
    const r = context.workbook.worksheets.getItem(s.name).getRange(cell);
    r.load("values");
    return { sheet: s.name, r };
  });
  await context.sync();
  return cells.map(({ sheet, r }) => {
    const v = r.values[0]?.[0];
    return { sheet, value: v === "" || v === undefined ? null : (v as CellValue) };
  });
}

export async function deleteSheetsBatch(context: Excel.RequestContext, guards: readonly GuardedDelete[]): Promise<string[]> {
  // Sheets gone meanwhile are left out before their guard cells are asked for: a range of a null
  // worksheet object is not something to rely on.
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const present = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const checks = guards
    .filter((g) => present.has(g.sheet.toLowerCase()))
    .map((g) => {
      const sheet = context.workbook.worksheets.getItem(g.sheet);
      const cell = sheet.getRange(g.cell);
      cell.load("values");
      return { g, sheet, cell };
    });
  if (checks.length === 0) return [];
  await context.sync();
  // Read as cellOfEachSheet gives it: a blank cell ("" in Office) is null.
  const doomed = checks.filter((c) => cellValueOf(c.cell.values[0]?.[0]) === c.g.value);
  if (doomed.length === 0) return [];
  for (const c of doomed) c.sheet.delete();
  await context.sync();
  return doomed.map((c) => c.g.sheet);
}

export async function addChartsBatch(context: Excel.RequestContext, charts: readonly ChartSpec[]): Promise<boolean> {
  for (const spec of charts) {
    const sheet = context.workbook.worksheets.getItem(spec.sheet);
    await unprotected(context, sheet, () => {
      const chart = sheet.charts.add("ColumnClustered" as Excel.ChartType, sheet.getRange(spec.data), "Columns" as Excel.ChartSeriesBy);
      chart.title.text = spec.title;
      chart.legend.position = "Bottom" as Excel.ChartLegendPosition;
      chart.setPosition(spec.from, spec.to);
    });
  }
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
