// Cells between Office.js and the workbook port: what a value read from a range means, the grid
// of a used range from A1, and what a cell of a render model is written as.
import { gridFormat, isFormulaInput, quotePrefixed, type CellInput, type CellValue, type Grid } from "../workbook/model";

/** A value Office.js read: "" is blank; anything that is not text, number or boolean as text. */
export function cellValueOf(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

/**
 * Formula text of formula cells, null elsewhere: a formula reads back as text starting with "="
 * that differs from the cell's value; a text cell "=x" (written with an apostrophe) reads the
 * same in both.
 */
export function formulasOf(values: unknown[][], formulas: unknown[][]): (string | null)[][] {
  return values.map((row, r) =>
    row.map((v, c) => {
      const f = formulas[r]?.[c];
      return typeof f === "string" && f.startsWith("=") && f !== v ? f : null;
    }),
  );
}

/** Number formats as a grid holds them (null for General). */
export const formatsOf = (formats: unknown[][]): (string | null)[][] => formats.map((row) => row.map(gridFormat));

/** A grid from A1, given the used range's position and contents. */
export function gridFrom(rowIndex: number, columnIndex: number, values: unknown[][], formulas: unknown[][], formats: unknown[][]): Grid {
  const width = columnIndex + (values[0]?.length ?? 0);
  const blank = <T>(): T[][] => Array.from({ length: rowIndex }, () => Array<T>(width).fill(null as T));
  const out: Grid = { values: blank(), formulas: blank(), formats: blank() };
  const f = formulasOf(values, formulas);
  values.forEach((row, r) => {
    const vr = Array<CellValue>(width).fill(null);
    const fr = Array<string | null>(width).fill(null);
    const nr = Array<string | null>(width).fill(null);
    row.forEach((v, c) => {
      vr[columnIndex + c] = cellValueOf(v);
      fr[columnIndex + c] = f[r]?.[c] ?? null;
      nr[columnIndex + c] = gridFormat(formats[r]?.[c]);
    });
    out.values.push(vr);
    out.formulas.push(fr);
    out.formats?.push(nr);
  });
  return out;
}

/**
 * Whether Excel refused a sync for the size of its response: Excel on the web sends at most 5 MB
 * back (ResponsePayloadSizeLimitExceeded,
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
 * about 8 KB per KPI of a template's sheets with their formulas.
 */
export const tooLarge = (e: unknown): boolean => String((e as { code?: unknown } | null)?.code ?? e).includes("ResponsePayloadSizeLimitExceeded");

/** What a read loads of a range: its position, values, formulas and number formats, in one sync. */
export const RANGE_READ = ["rowIndex", "columnIndex", "values", "formulas", "numberFormat"];

/** Queues the load of a sheet's used range (RANGE_READ); read it with usedGrid() after the sync. */
export function loadUsedRange(sheet: Excel.Worksheet): Excel.Range {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(RANGE_READ);
  return used;
}

/** The grid of a used range loaded by loadUsedRange(); an empty sheet has an empty grid. */
export function usedGrid(used: Excel.Range): Grid {
  return used.isNullObject ? { values: [], formulas: [], formats: [] } : gridFrom(used.rowIndex, used.columnIndex, used.values, used.formulas, used.numberFormat);
}

/**
 * What goes into Range.formulas for one cell. Office.js has no quote-prefix property: text that
 * quotePrefixed() marks is written with a leading apostrophe, as a person types it, which Excel
 * keeps as the cell's quote prefix and not in its value.
 */
export function officeCell(input: CellInput | undefined, withFormulas: boolean): string | number | boolean {
  if (input === undefined || input === null) return "";
  if (isFormulaInput(input)) return withFormulas ? input.formula : "";
  if (typeof input !== "string") return input;
  if (input === "") return "";
  return quotePrefixed(input) ? `'${input}` : input;
}
