// The .xlsx adapter of the workbook port, through exceljs: for the command line, tests and
// benchmarks. A workbook lives in memory; open() / fromBuffer() read a file, toBuffer() / save()
// write one. save() never replaces an existing file unless asked to. A sheet's cells are read by
// readGrid.ts, a render model's sheets written by writeSheet.ts.
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
import { toThaiDigits } from "../core/thai/digits";
import { cellAddress, parseRange } from "../workbook/a1";
import {
  CELL_TEXT_MAX,
  quotePrefixed,
  type CellValue,
  type ChartSpec,
  type Grid,
  type RenderModel,
  type WorkbookInventory,
} from "../workbook/model";
import { SheetExistsError, type SheetsAdded, type WorkbookPort } from "../workbook/port";
import { boundedXlsx } from "./bounded";
import { addCharts, type ChartData } from "./charts";
import { addNames, fromFileFormula, rawName, readRawNames, type RawName } from "./names";
import { carryOverParts } from "./parts";
import { addQuotePrefix, quotedCellsIn } from "./quotePrefix";
import { gridOf, valueOf } from "./readGrid";
import { compactValidations, writeSheet } from "./writeSheet";
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
    // A file with a longer text is one Excel must repair (Excel's specifications and limits: 32,767
    // characters in a cell); callers say which field, this is the last guard. Nothing is written.
    const long = values.flat().find((v) => typeof v === "string" && v.length > CELL_TEXT_MAX);
    if (typeof long === "string") {
      throw new Error(
        `'${sheet}'!${address}: ข้อความยาว ${toThaiDigits(long.length)} ตัวอักษร เกินที่เซลล์เก็บได้ (${toThaiDigits(CELL_TEXT_MAX)}) ไม่ได้เขียนสิ่งใด / ` +
          `${long.length} characters, more than a cell holds (${CELL_TEXT_MAX}); nothing was written`,
      );
    }
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
