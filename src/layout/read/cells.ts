// Cells as typed and the header row of a table: text as text, numbers through toNumeric (Thai
// digits are numbers; other text is kept so that validation reports NOT_A_NUMBER at its cell);
// columns found by their Thai header, so that a user may insert or move columns. What reading
// changes is said, at the cell: control characters left out of text, CR line breaks read as LF,
// spaces around an id or a code, a number shown as a percentage read as one.
import { toArabicDigits } from "../../core/thai/digits";
import { toNumeric } from "../../core/thai/number";
import { isPercentFormat, type CellValue, type Grid } from "../../workbook/model";
import { cellAddress } from "../../workbook/a1";
import type { ColumnDef } from "../layout";
import type { CellRef, ReadIssue } from "../types";
import { readIssue, type CommonCode } from "./issues";

export type Numeric = number | string | null;

/** Header text as compared: Arabic digits, single spaces. */
export const norm = (v: unknown): string => toArabicDigits(String(v ?? "")).replace(/\s+/g, " ").trim();

/** A text cell as typed: numbers and booleans as Excel shows them, blank as "". */
export function textOf(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** A numeric cell: a number, Thai-digit text as a number, other text kept, blank as null. */
export const numericOf = (v: CellValue | undefined): Numeric => toNumeric(v);

export const isBlank = (v: CellValue | undefined): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** Control characters other than tab and LF, and CR: what text read into a plan leaves out or changes. */
const CONTROL = /[\x00-\x08\x0B-\x1F\x7F]/;
const CONTROLS = new RegExp(CONTROL.source, "g");

/**
 * Text as read into a plan: a line break is LF, whether typed as CRLF, a lone CR or a vertical
 * tab (Word's line break, pasted); other control characters, which no one sees and Excel cannot
 * always print, are left out.
 */
export const cleanText = (text: string): string => text.replace(/\r\n?|\v/g, "\n").replace(CONTROLS, "");

/** A number as shown with a percent format: the value × 100, without the float's noise (0.9877 → 98.77). */
const hundredfold = (v: number): number => Number((v * 100).toPrecision(15));

export class Sheet {
  readonly grid: Grid;

  constructor(
    readonly name: string,
    grid: Grid,
    /** Where reading says what it changed (left out: said nowhere, as for the metadata sheet). */
    private readonly issues?: ReadIssue[],
  ) {
    this.grid = issues ? this.cleaned(grid) : grid;
  }

  /**
   * The grid with its typed text as read into a plan (cleanText), each cell that changed said at
   * the cell (TEXT_CHANGED); the grid given is left as it is.
   */
  private cleaned(grid: Grid): Grid {
    let values = grid.values;
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v !== "string" || !CONTROL.test(v) || grid.formulas[r]?.[c]) return;
        if (values === grid.values) values = grid.values.map((x) => [...x]);
        (values[r] as CellValue[])[c] = cleanText(v);
        this.say("TEXT_CHANGED", r, c, {});
      }),
    );
    return values === grid.values ? grid : { ...grid, values };
  }

  /** Says what reading changed in a cell, once however often the cell is read. */
  private say(code: CommonCode, row: number, col: number, params: Record<string, string>, kpi?: string): void {
    const at = this.ref(row, col);
    if (this.issues?.some((i) => i.code === code && i.where.cell === at.cell && i.where.sheet === at.sheet) === false) this.issues.push(readIssue(code, at, params, kpi || undefined));
  }

  /** An id or a code: without spaces around it, which are said at the cell. */
  code(row: number, col: number | undefined, kpi?: string): string {
    const raw = textOf(this.value(row, col));
    const code = raw.trim();
    if (code !== raw && code !== "" && col !== undefined) this.say("SPACES_TRIMMED", row, col, { value: raw, code }, kpi || code);
    return code;
  }

  /**
   * A number in a column of percentages (typed only: a formula's cell reads null): a cell formatted
   * as a percentage (98.77 %, which Excel holds as 0.9877) reads as the percentage it shows when
   * `percent` says the column counts in percent for this row, else as the number it holds; either
   * way it is said at the cell.
   */
  percent(row: number, col: number | undefined, percent: boolean, kpi?: string, typedOnly = false): Numeric {
    const v = numericOf(typedOnly ? this.typed(row, col) : this.value(row, col));
    if (typeof v !== "number" || col === undefined || !isPercentFormat(this.grid.formats?.[row]?.[col])) return v;
    const read = percent ? hundredfold(v) : v;
    this.say("PERCENT_CELL", row, col, { shown: String(hundredfold(v)), held: String(v), read: String(read) }, kpi);
    return read;
  }

  get rowCount(): number {
    return this.grid.values.length;
  }

  value(row: number, col: number | undefined): CellValue {
    if (col === undefined) return null;
    return this.grid.values[row]?.[col] ?? null;
  }

  formula(row: number, col: number | undefined): string | null {
    if (col === undefined) return null;
    return this.grid.formulas[row]?.[col] ?? null;
  }

  /** A value typed in (not a formula's result); null for a formula or a missing column. */
  typed(row: number, col: number | undefined): CellValue {
    if (col === undefined || this.formula(row, col) !== null) return null;
    return this.value(row, col);
  }

  ref(row: number, col: number): CellRef {
    return { sheet: this.name, cell: cellAddress(row, col) };
  }
}

/** Column indexes by layout key, found by header text. */
export type ColumnMap = Map<string, number>;

/** The row (among the first 30) holding a header cell with this text. */
export function findHeader(sheet: Sheet, anchor: string): number | null {
  const want = norm(anchor);
  const limit = Math.min(sheet.rowCount, 30);
  for (let r = 0; r < limit; r++) {
    const row = sheet.grid.values[r] ?? [];
    if (row.some((v) => typeof v === "string" && norm(v) === want)) return r;
  }
  return null;
}

/** Headers of the layout's columns → their keys; other headers go to `extra` (years, months, partners). */
function mapColumns(sheet: Sheet, headerRow: number, defs: readonly ColumnDef[], extra?: (header: string, col: number) => void): ColumnMap {
  const byHeader = new Map(defs.map((d) => [norm(d.th), d.key]));
  const map: ColumnMap = new Map();
  (sheet.grid.values[headerRow] ?? []).forEach((v, c) => {
    if (typeof v !== "string" || v.trim() === "") return;
    const key = byHeader.get(norm(v));
    if (key !== undefined && !map.has(key)) map.set(key, c);
    else if (key === undefined) extra?.(v, c);
  });
  return map;
}

/**
 * The header row of a sheet's table, found by the header of its `anchor` column (the KPI id),
 * and its columns. A missing column that is typed in (not derived, not optional) is a
 * COLUMN_MISSING issue; without the anchor there is no table (null).
 */
export function tableColumns(
  sheet: Sheet,
  defs: readonly ColumnDef[],
  anchor: string,
  issues: ReadIssue[],
  extra?: (header: string, col: number, headerRow: number) => void,
): { headerRow: number; cols: ColumnMap } | null {
  const idHeader = (defs.find((d) => d.key === anchor) as ColumnDef).th;
  const headerRow = findHeader(sheet, idHeader);
  if (headerRow === null) {
    issues.push(readIssue("COLUMN_MISSING", sheet.ref(0, 0), { column: idHeader }));
    return null;
  }
  const cols = mapColumns(sheet, headerRow, defs, extra && ((header, col) => extra(header, col, headerRow)));
  for (const d of defs) if (d.role !== "derived" && !d.optional && !cols.has(d.key)) issues.push(readIssue("COLUMN_MISSING", sheet.ref(headerRow, 0), { column: d.th }));
  return { headerRow, cols };
}
