// Reading sheets too large for one response (Excel on the web sends at most 5 MB back): their
// used part in slices of rows. Only very large plans need it, so it is a chunk of its own, loaded
// when Excel has refused the usual read (cells.ts: tooLarge).
import type { Grid } from "../workbook/model";
import { gridFrom } from "./cells";

/**
 * Cells read per sync when a sheet does not fit one response: their values, formulas and number
 * formats; the evaluation sheet's long score formulas make a cell up to ~270 bytes of response.
 */
const CELLS_PER_SYNC = 15_000;

/**
 * The used part of sheets too large for one response, read in slices of rows: one sync for their
 * sizes, then one per slice. Sheets that are not there are left out. For very large plans only:
 * the usual read takes one sync (loadUsedRange).
 */
export async function readInSlices(context: Excel.RequestContext, names: readonly string[]): Promise<Map<string, Grid>> {
  const sized = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
    return { name, sheet, used };
  });
  await context.sync();
  const out = new Map<string, Grid>();
  for (const { name, sheet, used } of sized) {
    if (sheet.isNullObject) continue;
    if (used.isNullObject) {
      out.set(name, { values: [], formulas: [], formats: [] });
      continue;
    }
    const rowsPerSync = Math.max(1, Math.floor(CELLS_PER_SYNC / Math.max(1, used.columnCount)));
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    const formats: unknown[][] = [];
    for (let first = 0; first < used.rowCount; first += rowsPerSync) {
      const slice = sheet.getRangeByIndexes(used.rowIndex + first, used.columnIndex, Math.min(rowsPerSync, used.rowCount - first), used.columnCount);
      slice.load(["values", "formulas", "numberFormat"]);
      await context.sync();
      values.push(...slice.values);
      formulas.push(...slice.formulas);
      formats.push(...slice.numberFormat);
    }
    out.set(name, gridFrom(used.rowIndex, used.columnIndex, values, formulas, formats));
  }
  return out;
}

