// Writing a render model's sheet with exceljs: cells (text always as text, the cells to carry
// Excel's quote prefix noted for quotePrefix.ts), widths and heights, tables, styles, data
// validation, conditional formats, print settings and protection; and an opened file's data
// validations gathered back into ranges before it is written again.
import type ExcelJS from "exceljs";
import { absoluteRef, cellAddress, columnLetter, parseCell, parseRange } from "../workbook/a1";
import {
  isFormulaInput,
  pagesWide,
  quotePrefixed,
  type CellInput,
  type Colour,
  type ConditionalFormatSpec,
  type SheetRender,
  type StyleSpec,
  type ValidationSpec,
} from "../workbook/model";

/** Thai font charset: lets Excel pick another Thai font where the named one is missing. */
const THAI_CHARSET = 222;

type ValidationModel = Record<string, ExcelJS.DataValidation>;

/**
 * Data validations of an opened file as ranges again. exceljs spreads a file's validation ranges
 * over single cells when it reads them, and gathers them back when it writes in text order
 * ("D10" before "D5"), which gives overlapping ranges for one rule ("D10:D49" and "D5:D49").
 * Here each run of cells with the same rule becomes one rectangle, down then across, no cell in
 * two; ranges the model already holds (a template just written) stay as they are.
 */
export function compactValidations(ws: ExcelJS.Worksheet): void {
  const holder = ws as unknown as { dataValidations: { model: ValidationModel } };
  const model = holder.dataValidations.model;
  const singles = Object.keys(model).filter((a) => !a.includes(":"));
  if (singles.length === 0) return;
  const rules = new Map<string, string>();
  const ruleOf = (address: string): string | undefined => {
    const dv = model[address];
    if (dv === undefined || address.includes(":")) return undefined;
    let key = rules.get(address);
    if (key === undefined) rules.set(address, (key = JSON.stringify(dv)));
    return key;
  };
  const cells = singles.map((a) => ({ a, ...parseCell(a) })).sort((x, y) => x.column - y.column || x.row - y.row);
  const done = new Set<string>();
  const free = (row: number, column: number, rule: string): boolean => {
    const a = cellAddress(row, column);
    return !done.has(a) && ruleOf(a) === rule;
  };
  const out: ValidationModel = Object.fromEntries(Object.entries(model).filter(([a]) => a.includes(":")));
  for (const { a, row, column } of cells) {
    if (done.has(a)) continue;
    const rule = ruleOf(a) as string;
    let height = 1;
    while (free(row + height, column, rule)) height++;
    let width = 1;
    while (Array.from({ length: height }, (_, i) => free(row + i, column + width, rule)).every(Boolean)) width++;
    for (let i = 0; i < height; i++) for (let j = 0; j < width; j++) done.add(cellAddress(row + i, column + j));
    out[height === 1 && width === 1 ? a : `${a}:${cellAddress(row + height - 1, column + width - 1)}`] = model[a] as ExcelJS.DataValidation;
  }
  holder.dataValidations.model = out;
}

function cellValue(input: CellInput | undefined): ExcelJS.CellValue {
  if (input === undefined || input === null || input === "") return null;
  if (isFormulaInput(input)) {
    const formula = input.formula.replace(/^=/, "");
    const result = input.value;
    return result === undefined || result === null ? ({ formula } as ExcelJS.CellFormulaValue) : ({ formula, result } as ExcelJS.CellFormulaValue);
  }
  return input;
}

export async function writeSheet(wb: ExcelJS.Workbook, spec: SheetRender, quoted: Set<string>): Promise<void> {
  const ws = wb.addWorksheet(spec.name, {
    state: spec.visibility,
    properties: spec.tabColor ? { tabColor: { argb: argb(spec.tabColor) } } : {},
    views: spec.freeze ? [{ state: "frozen", xSplit: spec.freeze.columns, ySplit: spec.freeze.rows, showGridLines: true }] : [],
  });
  spec.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  spec.rows.forEach((row, r) => {
    if (row.length === 0) return;
    const xr = ws.getRow(r + 1);
    row.forEach((input, c) => {
      const v = cellValue(input);
      if (v !== null) xr.getCell(c + 1).value = v;
      if (typeof v === "string" && quotePrefixed(v)) quoted.add(cellAddress(r, c));
    });
  });
  if (spec.defaultRowHeight) ws.properties.defaultRowHeight = spec.defaultRowHeight;
  for (const h of [...(spec.estimatedRowHeights ?? []), ...(spec.rowHeights ?? [])]) ws.getRow(h.row + 1).height = h.height;
  for (const t of spec.tables) addTable(ws, t.name, t.range, t.style);
  for (const s of spec.styles) applyStyle(ws, s.range, s.style);
  for (const m of spec.merges) ws.mergeCells(m);
  for (const v of spec.validations) addValidation(ws, v);
  spec.conditionalFormats.forEach((cf, i) => addConditionalFormat(ws, cf, i + 1));
  if (spec.print) {
    const p = spec.print;
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: p.orientation,
      paperSize: 9, // A4
      fitToPage: pagesWide(p) > 0,
      ...(pagesWide(p) > 0 ? { fitToWidth: pagesWide(p), fitToHeight: 0 } : { scale: 100 }),
      horizontalCentered: true,
      ...(p.titleRows ? { printTitlesRow: p.titleRows } : {}),
      ...(p.titleColumns ? { printTitlesColumn: p.titleColumns } : {}),
      ...(p.margins ? { margins: p.margins } : {}),
    };
    if (p.footer) ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${p.footer}` };
    // exceljs breaks the page below a row: below the row above each row that starts a page.
    for (const r of p.pageBreaks ?? []) if (r > 0) ws.getRow(r).addPageBreak();
  }
  if (spec.protection) {
    const a = spec.protection;
    await ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatCells: a.allowFormatCells,
      formatColumns: a.allowFormatColumns,
      formatRows: a.allowFormatRows,
      insertRows: a.allowInsertRows,
      deleteRows: a.allowDeleteRows,
      sort: a.allowSort,
      autoFilter: a.allowAutoFilter,
    });
  }
}

/** A table over cells already written: exceljs rewrites them from `rows`, so they are read back first. */
function addTable(ws: ExcelJS.Worksheet, name: string, range: string, style: string): void {
  const { row1, column1, row2, column2 } = parseRange(range);
  const header = ws.getRow(row1 + 1);
  const columns = [];
  for (let c = column1; c <= column2; c++) columns.push({ name: String(header.getCell(c + 1).value ?? `Column${c + 1}`), filterButton: true });
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = row1 + 1; r <= row2; r++) {
    const xr = ws.getRow(r + 1);
    const values: ExcelJS.CellValue[] = [];
    for (let c = column1; c <= column2; c++) values.push(xr.getCell(c + 1).value);
    rows.push(values);
  }
  ws.addTable({
    name,
    displayName: name,
    ref: `${columnLetter(column1)}${row1 + 1}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: style as ExcelJS.TableStyleProperties["theme"], showRowStripes: false, showColumnStripes: false },
    columns,
    rows,
  } as ExcelJS.TableProperties);
}

const argb = (c: Colour): string => `FF${c.slice(1).toUpperCase()}`;

function cellsOf(ws: ExcelJS.Worksheet, range: string, each: (cell: Pick<ExcelJS.Cell, StyleKey>) => void): void {
  const whole = /^([A-Z]+):([A-Z]+)$/i.exec(range);
  if (whole) {
    // Whole columns: the column's own style, which cells typed later take, and its cells so far.
    const { column1, column2 } = parseRange(`${whole[1]}1:${whole[2]}1`);
    for (let c = column1; c <= column2; c++) each(ws.getColumn(c + 1) as unknown as Pick<ExcelJS.Cell, StyleKey>);
    return;
  }
  const { row1, column1, row2, column2 } = parseRange(range);
  for (let r = row1; r <= row2; r++) {
    const row = ws.getRow(r + 1);
    for (let c = column1; c <= column2; c++) each(row.getCell(c + 1));
  }
}

type StyleKey = "font" | "fill" | "numFmt" | "alignment" | "protection" | "border";

const THIN = { style: "thin" as const, color: { argb: "FFBFBFBF" } };
const MEDIUM = { style: "medium" as const, color: { argb: "FF404040" } };

function applyStyle(ws: ExcelJS.Worksheet, range: string, s: StyleSpec): void {
  cellsOf(ws, range, (cell) => {
    if (s.font) {
      const f: Partial<ExcelJS.Font> = { ...cell.font };
      if (s.font.name !== undefined) {
        f.name = s.font.name;
        f.charset = THAI_CHARSET;
        f.family = 2;
      }
      if (s.font.size !== undefined) f.size = s.font.size;
      if (s.font.bold !== undefined) f.bold = s.font.bold;
      if (s.font.italic !== undefined) f.italic = s.font.italic;
      if (s.font.color !== undefined) f.color = { argb: argb(s.font.color) };
      cell.font = f;
    }
    if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
    if (s.numberFormat !== undefined) cell.numFmt = s.numberFormat;
    if (s.horizontal !== undefined || s.vertical !== undefined || s.wrap !== undefined) {
      const a: Partial<ExcelJS.Alignment> = { ...cell.alignment };
      if (s.horizontal) a.horizontal = s.horizontal;
      if (s.vertical) a.vertical = s.vertical;
      if (s.wrap !== undefined) a.wrapText = s.wrap;
      cell.alignment = a;
    }
    if (s.locked !== undefined) cell.protection = { ...cell.protection, locked: s.locked };
    if (s.border) {
      const line = s.border === "medium" ? MEDIUM : THIN;
      cell.border = { ...cell.border, top: cell.border?.top ?? line, left: line, bottom: line, right: line };
    }
    if (s.topBorder) cell.border = { ...cell.border, top: s.topBorder === "medium" ? MEDIUM : THIN };
  });
}

function addValidation(ws: ExcelJS.Worksheet, v: ValidationSpec): void {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: v.strict ? "stop" : "warning",
    ...(v.error ? { errorTitle: v.error.title.slice(0, 32), error: v.error.message.slice(0, 255) } : {}),
    ...(v.prompt ? { showInputMessage: true, promptTitle: v.prompt.title.slice(0, 32), prompt: v.prompt.message.slice(0, 255) } : {}),
  };
  let dv: ExcelJS.DataValidation;
  if (v.rule.type === "list") {
    const source = v.rule.source ? absoluteRef(v.rule.source.sheet, v.rule.source.range) : `"${v.rule.items.join(",")}"`;
    dv = { ...common, type: "list", formulae: [source] } as ExcelJS.DataValidation;
  } else {
    const { min, max } = v.rule;
    const [operator, formulae] =
      min !== undefined && max !== undefined
        ? (["between", [min, max]] as const)
        : min !== undefined
          ? (["greaterThanOrEqual", [min]] as const)
          : (["lessThanOrEqual", [max ?? 0]] as const);
    dv = { ...common, type: v.rule.type, operator, formulae: [...formulae] } as ExcelJS.DataValidation;
  }
  (ws as unknown as { dataValidations: { add(address: string, dv: ExcelJS.DataValidation): void } }).dataValidations.add(v.range, dv);
}

function addConditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormatSpec, priority: number): void {
  const style: Partial<ExcelJS.Style> = {};
  if (cf.style.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.style.fill) }, fgColor: { argb: argb(cf.style.fill) } };
  if (cf.style.fontColor || cf.style.bold) {
    style.font = {
      ...(cf.style.fontColor ? { color: { argb: argb(cf.style.fontColor) } } : {}),
      ...(cf.style.bold ? { bold: true } : {}),
    };
  }
  if (cf.style.topBorder) style.border = { top: MEDIUM };
  ws.addConditionalFormatting({
    ref: cf.range,
    rules: [{ type: "expression", priority, formulae: [cf.formula.replace(/^=/, "")], style }],
  });
}
