// The .xlsx adapter of the workbook port, through exceljs: for the command line, tests and
// benchmarks. A workbook lives in memory; open() / fromBuffer() read a file, toBuffer() / save()
// write one. save() never replaces an existing file unless asked to.
//
// Text is always text: a string value becomes a shared string, so "=1+1", "-", "+66" and "@x"
// are written as those characters and never as formulas; text the render model marks
// (quotePrefixed) gets Excel's quote prefix, and control characters and CR are written so that
// they read back (xstring.ts). Formula names (the KPISCORE LAMBDA) and the quote prefix, which
// exceljs cannot write, are added to the file after exceljs has written it (quotePrefix.ts); the
// formula names and quote prefixes of a file that was opened are kept the same way, and so are its
// standalone parts exceljs does not know (custom properties, custom XML, an add-in's task pane:
// parts.ts).
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import type ExcelJS from "exceljs";
import Workbook from "exceljs/lib/doc/workbook";
import JSZip from "jszip";
import { absoluteRef, cellAddress, columnLetter, parseCell, parseRange } from "../workbook/a1";
import {
  gridFormat,
  isFormulaInput,
  quotePrefixed,
  pagesWide,
  type CellInput,
  type CellValue,
  type ChartSpec,
  type Colour,
  type ConditionalFormatSpec,
  type Grid,
  type RenderModel,
  type SheetRender,
  type StyleSpec,
  type ValidationSpec,
  type WorkbookInventory,
} from "../workbook/model";
import { SheetExistsError, type SheetsAdded, type WorkbookPort } from "../workbook/port";
import { boundedXlsx } from "./bounded";
import { addCharts, type ChartData } from "./charts";
import { addNames, fromFileFormula, rawName, readRawNames, type RawName } from "./names";
import { carryOverParts } from "./parts";
import { addQuotePrefix, quotedCellsIn } from "./quotePrefix";
import { escapeTexts } from "./xstring";

/**
 * Parts of a worksheet that reading a plan does not look at (values and formulas are all it
 * reads): exceljs skips them when a workbook is opened only to be read.
 */
const UNREAD_NODES = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetProtection",
  "autoFilter",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "drawing",
  "picture",
  "extLst",
] as const;

/** Thai font charset: lets Excel pick another Thai font where the named one is missing. */
const THAI_CHARSET = 222;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export class XlsxWorkbook implements WorkbookPort {
  /** Charts drawn into the file when it is written (exceljs writes none). */
  private readonly charts: { spec: ChartSpec; font: string }[] = [];

  private constructor(
    readonly workbook: ExcelJS.Workbook,
    /** Defined names exceljs does not keep (formulas): written back into the file on save. */
    private readonly formulaNames: RawName[],
    /** The file an opened workbook was read from: its standalone parts go back into it on save. */
    private readonly original: Uint8Array | null = null,
    /** Cells written with Excel's quote prefix, by sheet (lower case): set in the file on save. */
    private readonly quoted = new Map<string, Set<string>>(),
  ) {}

  /** An empty workbook. */
  static create(): XlsxWorkbook {
    const wb = new Workbook();
    wb.creator = "kpi-addin";
    wb.calcProperties.fullCalcOnLoad = true;
    return new XlsxWorkbook(wb, []);
  }

  /**
   * Reads a file within READ_LIMITS (src/xlsx/limits.ts), else throws WorkbookLimitError: merged
   * ranges, data-validation ranges and range-valued names past READ_LIMITS.rangeCells are not
   * read (not needed for a plan, and not kept if this workbook is saved again).
   */
  static async fromBuffer(buffer: Uint8Array, options: { readOnly?: boolean } = {}): Promise<XlsxWorkbook> {
    const bounded = await boundedXlsx(buffer, { forReading: options.readOnly === true });
    const wb = new Workbook();
    await wb.xlsx.load(bounded.bytes as unknown as ExcelJS.Buffer, options.readOnly ? { ignoreNodes: [...UNREAD_NODES] } : {});
    const kept = new Set(wb.definedNames.model.map((n) => n.name.toLowerCase()));
    const formulaNames = readRawNames(bounded.workbookXml ?? "").filter((n) => !kept.has(n.name.toLowerCase()) && !n.name.startsWith("_xlnm."));
    wb.calcProperties.fullCalcOnLoad = true;
    if (options.readOnly) {
      const opened = new XlsxWorkbook(wb, formulaNames);
      opened.readOnly = true;
      return opened;
    }
    for (const ws of wb.worksheets) {
      // exceljs reads a page set-up without a first page number as one that starts at 1, and
      // would write it so: the file keeps starting wherever the program puts page 1.
      const setup = ws.pageSetup as Partial<ExcelJS.PageSetup> & { useFirstPageNumber?: boolean };
      if (setup.useFirstPageNumber === false) delete setup.firstPageNumber;
      // A table without a style (LibreOffice writes none) is one exceljs cannot write back: give
      // it "no style", which is what it has.
      for (const t of ws.getTables() as unknown as { table?: { style?: unknown } }[]) {
        if (t.table && !t.table.style) t.table.style = { theme: null, showFirstColumn: false, showLastColumn: false, showRowStripes: false, showColumnStripes: false };
      }
    }
    return new XlsxWorkbook(wb, formulaNames, bounded.bytes);
  }

  /** Opened only to be read (a sixth faster): it is never written, so nothing it left out is lost. */
  private readOnly = false;

  private writable(): void {
    if (this.readOnly) throw new Error("this workbook was opened for reading only and is never written");
  }

  static async open(path: string): Promise<XlsxWorkbook> {
    const { readFile } = await import("node:fs/promises");
    return XlsxWorkbook.fromBuffer(await readFile(path));
  }

  async toBuffer(): Promise<Buffer> {
    this.writable();
    for (const ws of this.workbook.worksheets) compactValidations(ws);
    const after = this.formulaNames.length > 0 || this.charts.length > 0 || this.original !== null || [...this.quoted.values()].some((c) => c.size > 0);
    // What is added after exceljs has written is added to a package it left uncompressed, so that
    // the file is compressed once.
    const restore = escapeTexts(this.workbook);
    let written: ExcelJS.Buffer;
    try {
      written = await this.workbook.xlsx.writeBuffer(after ? ({ zip: { compression: "STORE" } } as ExcelJS.XlsxWriteOptions) : undefined);
    } finally {
      restore();
    }
    if (!after) return Buffer.from(written);
    const zip = await JSZip.loadAsync(written);
    await addNames(zip, this.formulaNames);
    await addQuotePrefix(zip, this.original ? await this.quotedWithOriginal(this.original) : this.quoted);
    await addCharts(zip, this.charts.map((c) => this.chartData(c.spec, c.font)));
    if (this.original) await carryOverParts(this.original, zip);
    return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }

  /**
   * Draws a clustered column chart over each spec's range when the file is written (the sheets
   * must exist by then), with the values the cells hold at that time cached in the chart.
   */
  addCharts(charts: readonly ChartSpec[], font = "TH Sarabun New"): void {
    for (const spec of charts) this.charts.push({ spec, font });
  }

  private chartData(spec: ChartSpec, font: string): ChartData {
    const ws = this.workbook.worksheets.find((w) => w.name === spec.sheet);
    if (!ws) throw new Error(`no sheet "${spec.sheet}" for a chart`);
    const { row1, column1, row2, column2 } = parseRange(spec.data);
    const at = (r: number, c: number): CellValue => valueOf(ws.getRow(r + 1).getCell(c + 1).value);
    const rows: number[] = [];
    for (let r = row1 + 1; r <= row2; r++) rows.push(r);
    const series: number[] = [];
    for (let c = column1 + 1; c <= column2; c++) series.push(c);
    return {
      spec,
      font,
      seriesNames: series.map((c) => String(at(row1, c) ?? "")),
      categories: rows.map((r) => String(at(r, column1) ?? "")),
      values: series.map((c) => rows.map((r) => {
        const v = at(r, c);
        return typeof v === "number" ? v : null;
      })),
    };
  }

  /** Writes the file; refuses to replace an existing one unless `overwrite` (nothing is lost). */
  async save(path: string, options: { overwrite?: boolean } = {}): Promise<void> {
    if (!options.overwrite && existsSync(path)) {
      throw new Error(`มีไฟล์ ${path} อยู่แล้ว จึงไม่เขียนทับ / ${path} exists; not overwritten`);
    }
    await writeFile(path, await this.toBuffer(), { flag: options.overwrite ? "w" : "wx" });
  }

  /** Formula names the workbook holds, as typed in Excel ("=LAMBDA(…)"). */
  formulaNamesAsTyped(): { name: string; formula: string }[] {
    return this.formulaNames.map((n) => ({ name: n.name, formula: fromFileFormula(n.text) }));
  }

  // ---- cells of existing sheets (kpi import --into plan.xlsx) -----------------------------------

  /**
   * Writes `values` at `address` of an existing sheet, protected or not, as OutputPort.writeCells
   * does in the add-in: text always as text ("=1+1" stays those characters), null clears a cell;
   * each cell keeps its format.
   */
  async writeCells(sheet: string, address: string, values: readonly (readonly CellValue[])[]): Promise<void> {
    this.writable();
    const ws = this.sheet(sheet);
    const { row1, column1 } = parseRange(address);
    const quoted = this.quotedIn(ws.name);
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        ws.getRow(row1 + r + 1).getCell(column1 + c + 1).value = v;
        if (typeof v === "string" && quotePrefixed(v)) quoted.add(cellAddress(row1 + r, column1 + c));
      }),
    );
  }

  /**
   * Sets the value formula cells of `sheet` show until recalculated (the cached result a file
   * carries); the formulas stay as they are, and a cell that holds no formula is left alone.
   */
  setFormulaValues(sheet: string, values: readonly { cell: string; value: CellValue }[]): void {
    this.writable();
    const ws = this.sheet(sheet);
    for (const { cell, value } of values) {
      const c = ws.getCell(cell);
      const v = c.value;
      if (typeof v !== "object" || v === null || !("formula" in v || "sharedFormula" in v)) continue;
      c.value = { ...(v as ExcelJS.CellFormulaValue), result: value ?? undefined } as ExcelJS.CellFormulaValue;
    }
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
    if (!ws) throw new Error(`ไม่พบแผ่นงาน "${name}" / no sheet "${name}"`);
    return ws;
  }

  /**
   * The cells to prefix in a file that was opened: exceljs reads no quote prefix, so the cells the
   * file had it on keep it, as long as they still hold text; and those written since.
   */
  private async quotedWithOriginal(original: Uint8Array): Promise<Map<string, Set<string>>> {
    const out = new Map([...this.quoted].map(([sheet, cells]) => [sheet, new Set(cells)]));
    for (const [sheet, cells] of await quotedCellsIn(original)) {
      const ws = this.workbook.worksheets.find((w) => w.name.toLowerCase() === sheet);
      const kept = out.get(sheet) ?? new Set<string>();
      for (const cell of cells) {
        const v = ws?.getCell(cell).value;
        if (typeof v === "string" || (typeof v === "object" && v !== null && "richText" in v)) kept.add(cell);
      }
      out.set(sheet, kept);
    }
    return out;
  }

  private quotedIn(sheet: string): Set<string> {
    const cells = this.quoted.get(sheet.toLowerCase()) ?? new Set<string>();
    this.quoted.set(sheet.toLowerCase(), cells);
    return cells;
  }

  // ---- the port --------------------------------------------------------------------------------

  async inventory(): Promise<WorkbookInventory> {
    return {
      sheets: this.workbook.worksheets.map((ws) => ws.name),
      tables: this.workbook.worksheets.flatMap((ws) => ws.getTables().map((t) => tableName(t))),
      names: [...this.workbook.definedNames.model.map((n) => n.name), ...this.formulaNames.map((n) => n.name)],
    };
  }

  async readSheets(names: readonly string[]): Promise<Map<string, Grid>> {
    const out = new Map<string, Grid>();
    for (const name of names) {
      const ws = this.workbook.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
      if (ws) out.set(name, gridOf(ws));
    }
    return out;
  }

  async addSheets(model: RenderModel): Promise<SheetsAdded> {
    this.writable();
    const existing = this.workbook.worksheets.map((w) => w.name.toLowerCase());
    const taken = model.sheets.map((s) => s.name).filter((n) => existing.includes(n.toLowerCase()));
    if (taken.length > 0) throw new SheetExistsError(taken);
    for (const spec of model.sheets) await writeSheet(this.workbook, spec, this.quotedIn(spec.name));
    const have = new Set([...this.workbook.definedNames.model.map((n) => n.name.toLowerCase()), ...this.formulaNames.map((n) => n.name.toLowerCase())]);
    for (const n of model.names) if (!have.has(n.name.toLowerCase())) this.formulaNames.push(rawName(n));
    return { namesRefused: [] };
  }
}

const tableName = (t: unknown): string => {
  const table = t as { name?: string; table?: { name?: string } };
  return table.table?.name ?? table.name ?? "";
};

// ---- reading ---------------------------------------------------------------------------------

function valueOf(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86_400_000;
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("error" in v) return v.error;
    if ("formula" in v || "sharedFormula" in v) return valueOf((v as { result?: ExcelJS.CellValue }).result);
    if ("text" in v) return String((v as { text: unknown }).text);
  }
  return String(v);
}

function gridOf(ws: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const formats: (string | null)[][] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const r = rowNumber - 1;
      const c = colNumber - 1;
      while (values.length <= r) {
        values.push([]);
        formulas.push([]);
        formats.push([]);
      }
      const raw = cell.value;
      const isFormula = typeof raw === "object" && raw !== null && ("formula" in raw || "sharedFormula" in raw);
      // exceljs leaves a result of 0, "" or FALSE out of a formula cell's value: read it from the cell.
      (values[r] as CellValue[])[c] = isFormula ? valueOf(cell.result as ExcelJS.CellValue) : valueOf(raw);
      (formulas[r] as (string | null)[])[c] = isFormula ? `=${cell.formula}` : null;
      (formats[r] as (string | null)[])[c] = gridFormat(cell.numFmt);
      width = Math.max(width, c + 1);
    });
  });
  for (const rows of [values, formulas, formats]) {
    for (const row of rows) for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = null;
  }
  return { values, formulas, formats };
}

// ---- writing ---------------------------------------------------------------------------------

type ValidationModel = Record<string, ExcelJS.DataValidation>;

/**
 * Data validations of an opened file as ranges again. exceljs spreads a file's validation ranges
 * over single cells when it reads them, and gathers them back when it writes in text order
 * ("D10" before "D5"), which gives overlapping ranges for one rule ("D10:D49" and "D5:D49").
 * Here each run of cells with the same rule becomes one rectangle, down then across, no cell in
 * two; ranges the model already holds (a template just written) stay as they are.
 */
function compactValidations(ws: ExcelJS.Worksheet): void {
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

async function writeSheet(wb: ExcelJS.Workbook, spec: SheetRender, quoted: Set<string>): Promise<void> {
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
