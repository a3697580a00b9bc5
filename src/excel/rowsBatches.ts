// The rows port over Office.js: filling a blank row of a table, or inserting one (the register's
// KPI rows, added from the pane). Loaded on first use, with the other batches that run only on a
// user action. The register is not protected by the template; a sheet people protected is refused
// rather than unprotected, so the pane never lifts a protection someone set on purpose.
import type { CellValue } from "../workbook/model";
import { SheetProtectedError } from "../workbook/ports";
import { officeCell } from "./cells";

const blank = (v: unknown): boolean => v === "" || v === null || v === undefined;

/** Two syncs: read the cells and the protection, then write only if all are blank. */
export async function writeIfBlankBatch(
  context: Excel.RequestContext,
  sheetName: string,
  address: string,
  values: readonly (readonly CellValue[])[],
): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const range = sheet.getRange(address);
  range.load("formulas");
  sheet.protection.load("protected");
  await context.sync();
  if (sheet.protection.protected) throw new SheetProtectedError(sheetName);
  if (!range.formulas.every((row) => row.every(blank))) return false;
  range.formulas = values.map((row) => row.map((v) => officeCell(v, false)));
  await context.sync();
  return true;
}

/** Two syncs: the table's width and its sheet's protection, then the new row (TableRowCollection.add, ExcelApi 1.1) and its cells. */
export async function insertTableRowBatch(context: Excel.RequestContext, tableName: string, index: number, values: readonly CellValue[]): Promise<void> {
  const table = context.workbook.tables.getItem(tableName);
  const sheet = table.worksheet;
  const header = table.getHeaderRowRange();
  header.load("columnCount");
  sheet.load("name");
  sheet.protection.load("protected");
  await context.sync();
  if (sheet.protection.protected) throw new SheetProtectedError(sheet.name);
  // A blank row first, then its cells as formulas with text protected by an apostrophe: values
  // given to rows.add would be taken as typed ("=x" a formula, "10" a number).
  const row = table.rows.add(index);
  row.getRange().formulas = [Array.from({ length: header.columnCount }, (_, i) => officeCell(values[i] ?? null, false))];
  await context.sync();
}
