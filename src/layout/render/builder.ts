// A sheet under construction, and what every sheet of a template has: the title block, column
// formats and validation, estimated row heights, the table, freeze panes, print setup.
import { columnLetter, cellAddress, rangeAddress } from "../../workbook/a1";
import {
  COLOURS,
  DEFAULT_ROW_HEIGHT,
  estimateRowHeight,
  FIRST_DATA_ROW,
  FONT,
  HEADER_ROW,
  PRINT,
  PROTECTION,
  SHEETS,
  WIDE_PRINT,
  type ColumnDef,
} from "../layout";
import { fiscalYearLabel } from "../text";
import type { SheetId } from "../types";
import type { CellInput, CellValue, ConditionalFormatSpec, RangeStyle, SheetRender, StyleSpec, TableSpec, ValidationSpec } from "../../workbook/model";
import type { Ctx, Group } from "./context";
import { tooLong } from "./tooLong";
import { validationFor } from "./validation";

export class SheetBuilder {
  readonly rows: CellInput[][] = [];
  readonly styles: RangeStyle[] = [];
  readonly validations: ValidationSpec[] = [];
  readonly conditionalFormats: ConditionalFormatSpec[] = [];
  readonly tables: TableSpec[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];
  /** Component heading rows among the data rows: not typed in, so data validation leaves them out. */
  readonly headings = new Set<number>();
  private readonly index: Map<string, number>;

  constructor(
    readonly name: string,
    readonly columns: readonly ColumnDef[],
  ) {
    this.index = new Map(columns.map((c, i) => [c.key, i]));
  }

  col(key: string): number {
    const i = this.index.get(key);
    if (i === undefined) throw new Error(`layout: no column ${key} on ${this.name}`);
    return i;
  }

  header(key: string): string {
    return (this.columns[this.col(key)] as ColumnDef).th;
  }

  letter(key: string): string {
    return columnLetter(this.col(key));
  }

  set(row: number, key: string | number, value: CellInput): void {
    const c = typeof key === "number" ? key : this.col(key);
    while (this.rows.length <= row) this.rows.push([]);
    const r = this.rows[row] as CellInput[];
    while (r.length < c) r.push(null);
    r[c] = value;
  }

  style(range: string, style: StyleSpec): void {
    this.styles.push({ range, style });
  }

  get lastColumn(): number {
    return this.columns.length - 1;
  }

  /** A1 range of one column's data rows. */
  columnRange(key: string, firstRow: number, lastRow: number): string {
    const c = this.col(key);
    return rangeAddress(firstRow, c, lastRow, c);
  }
}

/** Writes a plan value into a text column: the text as is (never a formula). */
export const textCell = (v: string | undefined | null): CellValue => (v === undefined || v === null || v === "" ? null : v);
/** A numeric field: numbers stay numbers, text the user typed stays text, blank stays blank. */
export const numericCell = (v: number | string | null | undefined): CellValue => (v === undefined || v === "" ? null : v);

export function titleBlock(b: SheetBuilder, ctx: Ctx, id: SheetId): void {
  const def = SHEETS[id];
  const fy = fiscalYearLabel(ctx.plan.fiscalYear);
  const agency = ctx.plan.agency;
  b.set(0, 0, [def.title.th, agency, fy.th].filter(Boolean).join("  "));
  b.set(1, 0, `${ctx.framework.name.th} — ${def.title.en}${agency ? `, ${agency}` : ""}, ${fy.en}`);
  b.columns.forEach((c, i) => {
    b.set(HEADER_ROW - 1, i, c.en);
    b.set(HEADER_ROW, i, c.th);
  });
  b.rowHeights.push({ row: 0, height: 30 }, { row: 1, height: 24 });
  b.rowHeights.push({ row: HEADER_ROW - 1, height: estimateRowHeight(b.columns.map((c) => ({ text: c.en, width: c.width, size: FONT.noteSize }))) });
  b.rowHeights.push({ row: HEADER_ROW, height: estimateRowHeight(b.columns.map((c) => ({ text: c.th, width: c.width }))) });
  b.style("A1", { font: { bold: true, size: FONT.titleSize } });
  b.style("A2", { font: { italic: true, size: FONT.subtitleSize, color: COLOURS.subtitle } });
  b.style(rangeAddress(HEADER_ROW - 1, 0, HEADER_ROW - 1, b.lastColumn), {
    font: { italic: true, size: FONT.noteSize, color: COLOURS.subtitle },
    fill: COLOURS.englishRow,
    wrap: true,
    vertical: "bottom",
    horizontal: "center",
  });
  b.style(rangeAddress(HEADER_ROW, 0, HEADER_ROW, b.lastColumn), {
    font: { bold: true },
    fill: COLOURS.header,
    wrap: true,
    horizontal: "center",
    vertical: "middle",
    border: "thin",
  });
}

/** The runs of data rows between the headings, as [first, last] rows. */
function typedRuns(b: SheetBuilder, lastRow: number): [number, number][] {
  const runs: [number, number][] = [];
  for (let r = FIRST_DATA_ROW; r <= lastRow; r++) {
    if (b.headings.has(r)) continue;
    const run = runs[runs.length - 1];
    if (run && run[1] === r - 1) run[1] = r;
    else runs.push([r, r]);
  }
  return runs;
}

/**
 * Column formats of the data rows, the sheet font everywhere and validation of typed columns
 * (on the KPI rows only: a heading's component code "1" is no leaf component). The formats go
 * first in the style list, so that headings, totals and tinted cells written row by row override
 * them.
 */
function columnFormats(b: SheetBuilder, ctx: Ctx, lastRow: number): void {
  const styles: RangeStyle[] = [{ range: `A:${columnLetter(b.lastColumn)}`, style: { font: { name: ctx.font, size: FONT.size }, vertical: "top" } }];
  b.styles.unshift(...styles);
  if (lastRow < FIRST_DATA_ROW) return;
  const runs = typedRuns(b, lastRow);
  b.columns.forEach((c, i) => {
    const range = rangeAddress(FIRST_DATA_ROW, i, lastRow, i);
    const typed = c.role === "text" || c.role === "number";
    const style: StyleSpec = {
      numberFormat: c.numberFormat ?? "General",
      wrap: c.wrap ?? false,
      locked: c.locked ?? !typed,
      border: "thin",
    };
    if (c.align) style.horizontal = c.align;
    if (c.role === "derived") style.fill = COLOURS.derived;
    styles.push({ range, style });
    for (const [first, last] of runs) {
      const v = validationFor(c, ctx, rangeAddress(first, i, last, i));
      if (v) b.validations.push(v);
    }
  });
  b.styles.splice(0, 1, ...styles);
}

/** Heights for data rows whose wrapped text needs more than one line. */
function estimatedHeights(b: SheetBuilder): { row: number; height: number }[] {
  const out: { row: number; height: number }[] = [];
  for (let r = FIRST_DATA_ROW; r < b.rows.length; r++) {
    const cells = (b.rows[r] ?? []).flatMap((v, c) => {
      const col = b.columns[c];
      return typeof v === "string" && col?.wrap ? [{ text: v, width: col.width }] : [];
    });
    const height = estimateRowHeight(cells);
    if (height > DEFAULT_ROW_HEIGHT) out.push({ row: r, height });
  }
  return out;
}

export function finish(b: SheetBuilder, id: SheetId, ctx: Ctx, lastRow: number): SheetRender {
  const def = SHEETS[id];
  ctx.tooLong.push(...tooLong(b));
  columnFormats(b, ctx, lastRow);
  const sheet: SheetRender = {
    name: b.name,
    rows: b.rows,
    columnWidths: b.columns.map((c) => c.width),
    rowHeights: b.rowHeights,
    estimatedRowHeights: estimatedHeights(b),
    autofitRows: `${FIRST_DATA_ROW + 1}:${Math.max(b.rows.length, FIRST_DATA_ROW + 1)}`,
    defaultRowHeight: DEFAULT_ROW_HEIGHT,
    styles: b.styles,
    merges: [],
    validations: b.validations,
    conditionalFormats: b.conditionalFormats,
    tables: b.tables,
    freeze: { rows: HEADER_ROW + 1, columns: def.freezeColumns },
    print: id === "register" ? WIDE_PRINT : PRINT,
    visibility: "visible",
    tabColor: def.tabColor,
  };
  if (def.protect) sheet.protection = PROTECTION;
  return sheet;
}

export function addTable(b: SheetBuilder, name: string, lastRow: number): void {
  b.tables.push({ name, range: rangeAddress(HEADER_ROW, 0, Math.max(lastRow, FIRST_DATA_ROW), b.lastColumn), style: "TableStyleLight1" });
}

/** A component heading row: bold on the component's colour, locked, and left out of validation. */
export function markHeading(b: SheetBuilder, row: number, g: Group): void {
  b.headings.add(row);
  b.style(rangeAddress(row, 0, row, b.lastColumn), {
    font: { bold: true },
    fill: g.depth === 0 && g.slots.length === 0 ? COLOURS.parentHeading : COLOURS.heading,
    locked: true,
  });
}

/** A value typed where a formula would be: tinted and left unlocked. */
export function stated(b: SheetBuilder, row: number, key: string): void {
  b.style(cellAddress(row, b.col(key)), { fill: COLOURS.stated, locked: false });
}
