// A small fake of the Office.js Excel API, enough to run the Office.js adapter as Excel would:
// worksheets with cells addressed in A1, values and formulas with Excel's rules for typed text
// ("10" becomes a number, "98.77%" the number 0.9877 shown as a percentage, "=x" a formula, "'x"
// text), formulas computed (fakeCalc.ts, HyperFormula: a formula cell reads back its value, an
// error value as "#NAME?"…), number formats (read back per cell by Range.numberFormat), tables,
// names, data validation, conditional formats of several types, page layout, protection, and
// context.sync() with Office's batch semantics:
//
// - Nothing happens before the sync. Every command is queued and runs at context.sync(), in the
//   order queued, loads included; a loaded property or isNullObject read before the sync that
//   fetches it throws PropertyNotLoaded.
// - The first command that fails stops the batch: the commands before it stay done (Excel rolls
//   nothing back), the ones after it never run, and the sync rejects with its error
//   (OfficeExtension.Error.traceMessages "contains all trace messages that were executed before
//   the error occurred", https://learn.microsoft.com/javascript/api/office/officeextension.error,
//   whose example batch inserts the third and fourth paragraphs, then fails on the fifth). A test can make any
//   command fail (failCommand) to see what the adapter leaves behind.
// - One request, and one response, is limited to 5 MB (Excel on the web, OFFICE-NOTES.md,
//   https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins;
//   the stricter host is the one modelled): an oversized request is refused whole, before any of
//   it runs, with RequestPayloadSizeLimitExceeded; an oversized response with
//   ResponsePayloadSizeLimitExceeded (the error codes Office documents for them).
// - A string address without a sheet given to tables.add means the active sheet (defect 8 of
//   issue 14; see TableCollection.add).
//
// Protection is modelled as strictly as Office documents it: on a protected sheet, writing a
// locked cell (every cell is locked unless format.protection.locked was set false) fails with
// AccessDenied, as do formats the protection options do not allow, data validation, merges and
// conditional formats; protecting a protected sheet fails. Tests read what a person would see
// through the per-cell questions of FakeSheet (the value or formula of a cell, its font and
// number format, its validation, whether its row is fitted), not through the order in which the
// adapter called Excel.
//
// office-addin-mock models no grid (OFFICE-NOTES.md), hence this fake.
import { cellAddress, columnIndex, parseCell } from "../../src/workbook/a1";
import type { ExcelRun } from "../../src/excel/types";
import { CELL_TEXT_MAX } from "../../src/workbook/model";
import { FakeCalc, shiftRows } from "./fakeCalc";
import { typedPercent } from "../workbook/memory";

export type Value = string | number | boolean | null;

export interface Cell {
  value: Value;
  formula: string | null;
  /** The number format Excel gave the cell itself when a percentage was typed into it. */
  numberFormat?: string;
}

export interface FormatEntry {
  range: string;
  property: string;
  value: unknown;
}

export interface FakeTable {
  name: string;
  sheet: string;
  range: string;
  style?: string;
}

/** A conditional format as Excel holds it: its type, where it applies, and for "Custom" its rule. */
export interface FakeConditionalFormat {
  type: string;
  range: string;
  formula?: string;
  format: Record<string, unknown>;
}

/** Excel's per-request and per-response limit on the web: 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** What one queued command costs in a request beyond its arguments: the object path and method, as JSON. */
const COMMAND_BYTES = 120;

export class FakeSheet {
  cells = new Map<string, Cell>();
  formats: FormatEntry[] = [];
  /** Data validation set on ranges, in order; a later entry wins where they overlap (a rule of null: none). */
  validations: { range: string; property: string; value: unknown }[] = [];
  /** In priority order: the first is applied first (ConditionalFormat.id is its position here). */
  conditionalFormats: FakeConditionalFormat[] = [];
  merges: string[] = [];
  freeze: { rows: number; columns: number } | null = null;
  page: Record<string, unknown> = {};
  protection: Record<string, unknown> | null = null;
  visibility = "Visible";
  tabColor = "";
  constructor(public name: string) {}

  /** The last number format set on a cell (ranges applied in order). */
  numberFormatAt(address: string): unknown {
    return this.lastFormat(address, "numberFormat");
  }

  lastFormat(address: string, property: string): unknown {
    const { row, column } = parseCell(address);
    let found: unknown;
    for (const f of this.formats) if (f.property === property && covers(f.range, row, column)) found = f.value;
    return found;
  }

  text(address: string): Value {
    return this.cells.get(address)?.value ?? null;
  }

  /**
   * Whether the cell is locked: every cell is, until format.protection.locked = false
   * (https://learn.microsoft.com/javascript/api/excel/excel.formatprotection#excel-excel-formatprotection-locked-member:
   * locking takes effect once the sheet is protected).
   */
  isLocked(address: string): boolean {
    return this.lastFormat(address, "protection.locked") !== false;
  }

  /** The data validation a person meets in a cell: its rule, error alert and prompt (undefined: none). */
  validationAt(address: string): { rule?: unknown; errorAlert?: unknown; prompt?: unknown } {
    const { row, column } = parseCell(address);
    const out: Record<string, unknown> = {};
    for (const v of this.validations) if (covers(v.range, row, column)) out[v.property] = v.value;
    if (out.rule === null) return {};
    return out;
  }

  /** Whether a row's height follows its contents (Range.format.autofitRows over it). */
  isRowAutofit(row: number): boolean {
    return this.formats.some((f) => f.property === "autofitRows" && covers(f.range, row - 1, 0));
  }

  /**
   * The height a person sees for a row (1-based): the last height set over it; "fits" where
   * autofitRows went over it; "one line" where nothing did. Excel's autofit leaves merged cells
   * out: a merged cell's wrapped text stays cut ("Excel defaults to ignore merged cells when
   * fitting the row height", https://reference.aspose.com/cells/net/aspose.cells/autofitteroptions/autofitmergedcellstype;
   * DevExpress's AutoFitMergedCellRowHeight, off by default to behave as Excel does). So an
   * autofit row holding a merged cell is "one line" here, the stricter reading.
   */
  rowHeightSeen(row: number): number | "fits" | "one line" {
    let seen: number | "fits" | "one line" = "one line";
    const merged = this.merges.some((m) => bounds(m).row1 <= row - 1 && row - 1 <= bounds(m).row2);
    for (const f of this.formats) {
      const b = bounds(f.range);
      if (row - 1 < b.row1 || row - 1 > b.row2) continue;
      if (f.property === "rowHeight") seen = f.value as number;
      else if (f.property === "autofitRows") seen = merged ? "one line" : "fits";
    }
    return seen;
  }

  /** Fails, as Excel does, when a write would change a locked cell of a protected sheet. */
  checkWritable(range: string): void {
    if (this.protection === null) return;
    const b = bounds(range);
    for (let r = b.row1; r <= b.row2; r++) {
      for (let c = b.column1; c <= b.column2; c++) {
        // A write to a locked cell of a protected sheet fails with AccessDenied
        // (microsoftgraph/microsoft-graph-docs#4546, the same workbook service Office.js calls).
        if (this.isLocked(cellAddress(r, c))) throw new OfficeError("AccessDenied", `${this.name}!${cellAddress(r, c)} is locked on a protected sheet`);
      }
    }
  }

  /**
   * Formats change on a protected sheet only as its options allow: cell formats with
   * allowFormatCells, column widths with allowFormatColumns, row heights with allowFormatRows
   * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions). Data
   * validation, merges and conditional formats have no option, so the fake refuses them there
   * (the stricter reading: Office documents no exception for them).
   */
  checkFormattable(what: "cells" | "columns" | "rows" | "other"): void {
    const p = this.protection;
    if (p === null) return;
    const allowed = what === "cells" ? p.allowFormatCells : what === "columns" ? p.allowFormatColumns : what === "rows" ? p.allowFormatRows : false;
    if (allowed !== true) throw new OfficeError("AccessDenied", `${this.name} is protected: its ${what === "other" ? "validation, merges and conditional formats" : `${what}' formats`} cannot change`);
  }

  /**
   * WorksheetProtection.protect "fails if the worksheet has already been protected"
   * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection#excel-excel-worksheetprotection-protect-member(1);
   * AccessDenied, office-js#6784).
   */
  protect(options: Record<string, unknown>): void {
    if (this.protection !== null) throw new OfficeError("AccessDenied", `${this.name} is already protected`);
    this.protection = options;
  }
}

/** Whether an A1 range ("A1:C4", "A:C", "2:2", "B5") holds a cell. */
export function covers(range: string, row: number, column: number): boolean {
  const b = bounds(range);
  return row >= b.row1 && row <= b.row2 && column >= b.column1 && column <= b.column2;
}

const MAX_ROW = 1_048_575;

export function bounds(range: string): { row1: number; column1: number; row2: number; column2: number } {
  const [a, b = a] = range.replace(/\$/g, "").replace(/^.*!/, "").split(":") as [string, string?];
  if (/^[A-Z]+$/i.test(a) && /^[A-Z]+$/i.test(b)) return { row1: 0, row2: MAX_ROW, column1: columnIndex(a), column2: columnIndex(b) };
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return { row1: Number(a) - 1, row2: Number(b) - 1, column1: 0, column2: 16_383 };
  const p = parseCell(a);
  const q = parseCell(b);
  return { row1: Math.min(p.row, q.row), row2: Math.max(p.row, q.row), column1: Math.min(p.column, q.column), column2: Math.max(p.column, q.column) };
}

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

/** A proxy whose listed properties can be read only after load + sync. */
class Loadable {
  private loaded: Record<string, unknown> | null = null;
  constructor(protected readonly ctx: FakeContext) {}

  /** Loads the properties asked for (all without a list): only those come back, and count towards the response. */
  load(props?: unknown): this {
    const wanted = propertyList(props);
    this.ctx.queueLoad(() => {
      const all = this.snapshot();
      this.loaded = wanted ? Object.fromEntries(Object.entries(all).filter(([k]) => wanted.includes(k))) : all;
      return this.loaded;
    });
    return this;
  }

  protected snapshot(): Record<string, unknown> {
    return {};
  }

  protected get(prop: string): never {
    if (!this.loaded || !(prop in this.loaded)) throw new OfficeError("PropertyNotLoaded", `${prop} was not loaded and synced`);
    return this.loaded[prop] as never;
  }
}

/** The top-level properties a load asks for ("items/name" asks for items); null: everything. */
function propertyList(props: unknown): string[] | null {
  const list = typeof props === "string" ? props.split(",") : Array.isArray(props) ? props.map(String) : null;
  return list ? list.map((p) => (p.trim().split("/")[0] as string)).filter((p) => p !== "") : null;
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  names: { name: string; formula: string; comment?: string }[] = [];
  syncs = 0;
  /** Cells Excel's calculated-column AutoCorrect filled: must stay 0 for the adapter's writes. */
  autoCorrected = 0;
  /** Behave like Excel 2021 and older, which has no LAMBDA: a name defined by one fails its sync. */
  refuseLambda = false;
  /**
   * For each sync: whether screen updating was suspended before it, how many cells it wrote, the
   * bytes of its request and response, and whether Excel refused it for its size.
   */
  syncLog: { suspended: boolean; cellWrites: number; requestBytes: number; responseBytes: number; refused?: true }[] = [];
  runs = 0;
  /** The largest request and response a sync may carry (Excel on the web: 5 MB). */
  payloadLimit = PAYLOAD_LIMIT;
  /**
   * Makes a command fail when it runs: the `nth` time (1 = the next) a command of this name runs
   * ("worksheets.add", "range.formulas", "tables.add", "format", "names.add"…). Cleared once it fires.
   */
  failCommand: { name: string; nth?: number } | null = null;
  /** The sheet shown in Excel's window (Worksheet.activate; the first sheet by default). */
  private active: string | null = null;
  readonly calc = new FakeCalc(this);

  readonly run: ExcelRun = async (batch) => {
    this.runs++;
    const ctx = new FakeContext(this);
    const out = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.pending.length > 0) await ctx.sync();
    return out;
  };

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  get activeSheet(): string | null {
    const named = this.active === null ? undefined : this.sheet(this.active);
    return (named ?? this.sheets.find((s) => s.visibility === "Visible") ?? this.sheets[0])?.name ?? null;
  }

  set activeSheet(name: string | null) {
    this.active = name;
  }

  /** Types into a cell as a user would (Excel's rules for typed text apply). */
  type(sheet: string, address: string, input: Value): void {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    writeCell(this, s, parseCell(address).row, parseCell(address).column, input);
  }

  /** What a cell shows: its value, a formula's computed value (errors as "#NAME?"…). */
  valueAt(sheet: FakeSheet, address: string): Value {
    const cell = sheet.cells.get(address);
    if (!cell) return null;
    return cell.formula === null ? cell.value : this.calc.value(sheet, address);
  }

  /**
   * A person adds a row at the end of a table (Tab in its last cell, or Insert › Table Row Below):
   * a sheet row is inserted below the table, which grows by one row, and every reference to the
   * rows below moves down with them. A reference that ended at the table's last row (a fixed A1
   * range) does not grow; a structured reference does. Formats stay where they were (the fake
   * models cells, formulas and tables only here).
   */
  appendTableRow(tableName: string, values: readonly Value[] = []): number {
    const table = this.tables.find((t) => t.name.toLowerCase() === tableName.toLowerCase());
    if (!table) throw new Error(`no table ${tableName}`);
    const sheet = this.sheet(table.sheet) as FakeSheet;
    const b = bounds(table.range);
    const at = b.row2 + 1;
    const moved = new Map<string, Cell>();
    for (const [key, cell] of sheet.cells) {
      const { row, column } = parseCell(key);
      moved.set(row >= at ? cellAddress(row + 1, column) : key, cell);
    }
    sheet.cells = moved;
    for (const s of this.sheets) {
      for (const cell of s.cells.values()) if (cell.formula !== null) cell.formula = shiftRows(cell.formula, s.name, sheet.name, at);
    }
    for (const t of this.tables) {
      if (t.sheet !== sheet.name) continue;
      const tb = bounds(t.range);
      if (t === table) t.range = `${cellAddress(tb.row1, tb.column1)}:${cellAddress(tb.row2 + 1, tb.column2)}`;
      else if (tb.row1 >= at) t.range = `${cellAddress(tb.row1 + 1, tb.column1)}:${cellAddress(tb.row2 + 1, tb.column2)}`;
    }
    values.forEach((v, i) => writeCell(this, sheet, at, b.column1 + i, v));
    this.calc.invalidate();
    return at;
  }

  /** The table that holds a cell, if any. */
  tableAt(sheet: string, row: number, column: number): FakeTable | undefined {
    return this.tables.find((t) => t.sheet.toLowerCase() === sheet.toLowerCase() && covers(t.range, row, column));
  }
}

/** Excel's reading of a value written to a cell: the rules a user's typing follows. */
function writeCell(excel: FakeExcel, sheet: FakeSheet, row: number, column: number, input: unknown): void {
  const key = cellAddress(row, column);
  excel.calc.invalidate();
  if (input === null || input === undefined || input === "") {
    sheet.cells.delete(key);
    return;
  }
  if (typeof input === "number" || typeof input === "boolean") {
    sheet.cells.set(key, { value: input, formula: null });
    return;
  }
  if (typeof input !== "string") throw new OfficeError("InvalidArgument", `cannot write ${typeof input}`);
  // A cell holds at most 32,767 characters ("Total number of characters that a cell can contain",
  // https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3;
  // REPT's page: a longer result is #VALUE!). What Office.js does with a longer string is not
  // documented; the fake refuses it, the stricter choice, so nothing may rely on Excel cutting it.
  if (input.length > CELL_TEXT_MAX) throw new OfficeError("InvalidArgument", `${sheet.name}!${key}: ${input.length} characters, more than a cell holds (${CELL_TEXT_MAX})`);
  if (input.startsWith("'")) {
    sheet.cells.set(key, { value: input.slice(1), formula: null });
    return;
  }
  if (sheet.numberFormatAt(key) === "@") {
    sheet.cells.set(key, { value: input, formula: null });
    return;
  }
  // A number typed with "%" is stored as its hundredth and shown as a percentage, with the
  // decimals typed; a number typed into a cell already shown as a percentage is taken as one too
  // (Excel's automatic percent entry, on by default:
  // https://learn.microsoft.com/office/vba/api/excel.application.autopercententry).
  const percent = typedPercent(input);
  if (percent) {
    sheet.cells.set(key, { value: percent.value, formula: null, numberFormat: percent.format });
    return;
  }
  if (/^[+-]?\d+(\.\d+)?$/.test(input.trim())) {
    const shown = sheet.cells.get(key)?.numberFormat ?? sheet.numberFormatAt(key);
    const isPercent = typeof shown === "string" && shown.includes("%");
    sheet.cells.set(key, { value: isPercent ? Number(`${input.trim()}e-2`) : Number(input), formula: null, ...(isPercent ? { numberFormat: shown } : {}) });
    return;
  }
  if (/^(true|false)$/i.test(input)) {
    sheet.cells.set(key, { value: input.toUpperCase() === "TRUE", formula: null });
    return;
  }
  if (/^[=+\-@]/.test(input)) {
    const formula = input.startsWith("=") ? input : `=${input}`;
    checkFormula(excel, formula);
    sheet.cells.set(key, { value: null, formula });
    autoCorrect(excel, sheet, row, column, formula);
    return;
  }
  sheet.cells.set(key, { value: input, formula: null });
}

/**
 * Excel's calculated-column AutoCorrect, which Office.js cannot switch off: a formula typed into a
 * table's data cell is copied into the column's other cells (here: the blank ones, and every copy
 * is counted in `autoCorrected`, so a test can prove the adapter never triggers it).
 */
function autoCorrect(excel: FakeExcel, sheet: FakeSheet, row: number, column: number, formula: string): void {
  for (const t of excel.tables) {
    if (t.sheet !== sheet.name) continue;
    const b = bounds(t.range);
    if (row <= b.row1 || row > b.row2 || column < b.column1 || column > b.column2) continue;
    for (let r = b.row1 + 1; r <= b.row2; r++) {
      const key = cellAddress(r, column);
      if (r !== row && !sheet.cells.has(key)) {
        sheet.cells.set(key, { value: null, formula });
        excel.autoCorrected++;
      }
    }
  }
}

/** Excel refuses formulas it cannot parse: here, bare signs and references to missing tables. */
function checkFormula(excel: FakeExcel, formula: string): void {
  const body = formula.slice(1).trim();
  if (body === "" || /^[+\-@]*$/.test(body)) throw new OfficeError("InvalidArgument", `not a formula: ${formula}`);
  const code = body.replace(/"(?:[^"]|"")*"/g, '""');
  for (const m of code.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\[/g)) {
    const name = m[1] as string;
    if (!excel.tables.some((t) => t.name.toLowerCase() === name.toLowerCase())) {
      throw new OfficeError("InvalidArgument", `the formula refers to table ${name}, which does not exist`);
    }
  }
  if ((code.match(/\(/g) ?? []).length !== (code.match(/\)/g) ?? []).length) throw new OfficeError("InvalidArgument", `unbalanced: ${formula}`);
}

/** Bytes a value adds to a request or response, as JSON. */
export const jsonBytes = (v: unknown): number => (v === undefined ? 0 : new TextEncoder().encode(JSON.stringify(v)).length);

export class FakeContext {
  /** Queued commands and loads, run in order at the next sync. */
  pending: { run: () => unknown; bytes: number; load: boolean }[] = [];
  suspended = false;
  cellWrites = 0;
  readonly workbook: { worksheets: WorksheetCollection; tables: TableCollection; names: NameCollection };
  readonly application = {
    suspendScreenUpdatingUntilNextSync: (): void => {
      this.suspended = true;
    },
  };

  constructor(readonly excel: FakeExcel) {
    this.workbook = { worksheets: new WorksheetCollection(this), tables: new TableCollection(this, null), names: new NameCollection(this) };
  }

  /** Queues a command of Excel's: `run` happens at the sync, in order, unless an earlier command failed. */
  command(name: string, run: () => void, args?: unknown): void {
    this.pending.push({
      bytes: COMMAND_BYTES + jsonBytes(args),
      load: false,
      run: () => {
        const f = this.excel.failCommand;
        if (f && f.name === name) {
          const nth = (f.nth ?? 1) - 1;
          if (nth <= 0) {
            this.excel.failCommand = null;
            throw new OfficeError("GeneralException", `${name} failed (made to fail by the test)`);
          }
          this.excel.failCommand = { name, nth };
        }
        run();
      },
    });
  }

  /** Queues a load: `snapshot` runs at the sync and what it returns counts towards the response. */
  queueLoad(snapshot: () => unknown): void {
    this.pending.push({ bytes: COMMAND_BYTES, load: true, run: snapshot });
  }

  async sync(): Promise<void> {
    const steps = this.pending;
    this.pending = [];
    this.excel.syncs++;
    const requestBytes = steps.reduce((n, s) => n + s.bytes, 0);
    const entry: FakeExcel["syncLog"][number] = { suspended: this.suspended, cellWrites: 0, requestBytes, responseBytes: 0 };
    this.excel.syncLog.push(entry);
    this.suspended = false;
    this.cellWrites = 0;
    if (requestBytes > this.excel.payloadLimit) {
      entry.refused = true;
      throw new OfficeError("RequestPayloadSizeLimitExceeded", `the request is ${requestBytes} bytes, more than ${this.excel.payloadLimit}`);
    }
    let failed: unknown = null;
    for (const step of steps) {
      try {
        const out = step.run();
        if (step.load) entry.responseBytes += jsonBytes(out ?? null);
      } catch (e) {
        failed = e;
        break;
      }
    }
    entry.cellWrites = this.cellWrites;
    this.cellWrites = 0;
    if (failed) throw failed;
    if (entry.responseBytes > this.excel.payloadLimit) {
      entry.refused = true;
      throw new OfficeError("ResponsePayloadSizeLimitExceeded", `the response is ${entry.responseBytes} bytes, more than ${this.excel.payloadLimit}`);
    }
  }
}

class WorksheetCollection extends Loadable {
  protected override snapshot(): Record<string, unknown> {
    return { items: this.ctx.excel.sheets.map((s) => ({ name: s.name })) };
  }

  get items(): { name: string }[] {
    return this.get("items");
  }

  add(name: string): Worksheet {
    this.ctx.command(
      "worksheets.add",
      () => {
        if (this.ctx.excel.sheet(name)) throw new OfficeError("ItemAlreadyExists", `sheet ${name}`);
        if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new OfficeError("InvalidArgument", `bad sheet name ${name}`);
        this.ctx.excel.sheets.push(new FakeSheet(name));
        this.ctx.excel.calc.invalidate();
      },
      name,
    );
    return new Worksheet(this.ctx, () => this.ctx.excel.sheet(name), name);
  }

  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.excel.sheet(name), name, true);
  }
}

export class Worksheet extends Loadable {
  private resolved: { isNull: boolean } | null = null;
  constructor(
    ctx: FakeContext,
    private readonly find: () => FakeSheet | undefined,
    readonly label: string,
    nullable = false,
  ) {
    super(ctx);
    if (nullable) ctx.queueLoad(() => (this.resolved = { isNull: !find() }));
    else this.resolved = { isNull: false };
  }

  get isNullObject(): boolean {
    if (!this.resolved) throw new OfficeError("PropertyNotLoaded", "isNullObject before sync");
    return this.resolved.isNull;
  }

  /** The sheet, when a command runs (a sheet that is not there fails it, ItemNotFound). */
  sheet(): FakeSheet {
    const s = this.find();
    if (!s) throw new OfficeError("ItemNotFound", `worksheet ${this.label}`);
    return s;
  }

  /** The sheet or nothing: for what a null object gives back (used ranges of a missing sheet). */
  sheetOrNull(): FakeSheet | undefined {
    return this.find();
  }

  getRange(address: string): Range {
    return new Range(this.ctx, () => this.sheet(), address);
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): Range {
    return new Range(this.ctx, () => this.sheet(), `${cellAddress(row, column)}:${cellAddress(row + rowCount - 1, column + columnCount - 1)}`);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    if (valuesOnly !== true) throw new OfficeError("NotImplemented", "the fake models used ranges of values only");
    return new Range(this.ctx, () => this.find(), null);
  }

  get tables(): TableCollection {
    return new TableCollection(this.ctx, this);
  }

  readonly freezePanes = {
    freezeAt: (range: Range): void =>
      this.ctx.command("freezePanes", () => {
        const b = bounds(range.address);
        this.sheet().freeze = { rows: b.row2 + 1, columns: b.column2 + 1 };
      }),
    freezeRows: (rows: number): void => this.ctx.command("freezePanes", () => void (this.sheet().freeze = { rows, columns: 0 })),
    freezeColumns: (columns: number): void => this.ctx.command("freezePanes", () => void (this.sheet().freeze = { rows: 0, columns })),
  };

  /** Worksheet.horizontalPageBreaks (ExcelApi 1.9): a break above each row added. */
  readonly horizontalPageBreaks = {
    add: (address: string): void =>
      this.ctx.command(
        "pageBreaks.add",
        () => {
          const page = this.sheet().page;
          page.rowBreaks = [...((page.rowBreaks as string[] | undefined) ?? []), address];
        },
        address,
      ),
  };

  get pageLayout(): Record<string, unknown> {
    const set = (key: string, value: unknown): void => this.ctx.command("pageLayout", () => void (this.sheet().page[key] = value), value);
    return new Proxy({} as Record<string, unknown>, {
      get: (_t, prop) => {
        if (prop === "setPrintTitleRows") return (rows: string) => set("printTitleRows", rows);
        if (prop === "setPrintTitleColumns") return (columns: string) => set("printTitleColumns", columns);
        if (prop === "headersFooters") {
          return { defaultForAllPages: new Proxy({}, { set: (_x, p, v) => (set(`footer.${String(p)}`, v), true) }) };
        }
        throw new OfficeError("PropertyNotLoaded", `pageLayout.${String(prop)}`);
      },
      set: (_t, prop, value) => {
        set(String(prop), value);
        return true;
      },
    });
  }

  get protection(): { protect(options: Record<string, unknown>): void } {
    return { protect: (options) => this.ctx.command("protect", () => this.sheet().protect(options), options) };
  }

  /** Deletes the sheet, its tables with it. */
  delete(): void {
    this.ctx.command("worksheet.delete", () => {
      const s = this.sheet();
      const excel = this.ctx.excel;
      excel.sheets.splice(excel.sheets.indexOf(s), 1);
      excel.tables = excel.tables.filter((t) => t.sheet !== s.name);
      excel.calc.invalidate();
    });
  }

  protected override snapshot(): Record<string, unknown> {
    const s = this.find();
    return s ? { name: s.name, visibility: s.visibility } : {};
  }

  get name(): string {
    return this.get("name");
  }

  get visibility(): string {
    return this.get("visibility");
  }

  set visibility(v: string) {
    this.ctx.command("visibility", () => void (this.sheet().visibility = v), v);
  }

  set tabColor(v: string) {
    this.ctx.command("tabColor", () => void (this.sheet().tabColor = v), v);
  }
}

export class Range extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly find: () => FakeSheet | undefined,
    /** null: the used range, computed at sync. */
    private readonly at: string | null,
  ) {
    super(ctx);
  }

  get address(): string {
    if (this.at === null) throw new OfficeError("NotImplemented", "address of a used range");
    return this.at;
  }

  /** The sheet, when a command runs. */
  sheet(): FakeSheet {
    const s = this.find();
    if (!s) throw new OfficeError("ItemNotFound", "worksheet");
    return s;
  }

  private used: { isNull: boolean } | null = null;

  override load(props?: unknown): this {
    this.ctx.queueLoad(() => {
      this.used = { isNull: this.at === null && (this.find()?.cells.size ?? 0) === 0 };
    });
    return super.load(props);
  }

  get isNullObject(): boolean {
    if (!this.used) throw new OfficeError("PropertyNotLoaded", "isNullObject before sync");
    return this.used.isNull;
  }

  protected override snapshot(): Record<string, unknown> {
    const sheet = this.at === null ? this.find() : this.sheet();
    if (!sheet) return {};
    let b: { row1: number; column1: number; row2: number; column2: number };
    if (this.at === null) {
      if (sheet.cells.size === 0) return {};
      const rc = [...sheet.cells.keys()].map(parseCell);
      b = {
        row1: Math.min(...rc.map((x) => x.row)),
        row2: Math.max(...rc.map((x) => x.row)),
        column1: Math.min(...rc.map((x) => x.column)),
        column2: Math.max(...rc.map((x) => x.column)),
      };
    } else {
      b = bounds(this.at);
    }
    const values: Value[][] = [];
    const formulas: Value[][] = [];
    const numberFormat: string[][] = [];
    for (let r = b.row1; r <= b.row2; r++) {
      const vr: Value[] = [];
      const fr: Value[] = [];
      const nr: string[] = [];
      for (let c = b.column1; c <= b.column2; c++) {
        const key = cellAddress(r, c);
        const cell = sheet.cells.get(key);
        // Excel gives "" for blank cells, and a formula's computed value (an error as "#NAME?").
        vr.push(cell ? (this.ctx.excel.valueAt(sheet, key) ?? "") : "");
        fr.push(cell ? (cell.formula ?? cell.value) : "");
        // Range.numberFormat reads back a format code per cell, "General" where none was set
        // (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member).
        const format = cell?.numberFormat ?? sheet.numberFormatAt(cellAddress(r, c));
        nr.push(typeof format === "string" ? format : "General");
      }
      values.push(vr);
      formulas.push(fr);
      numberFormat.push(nr);
    }
    return { values, formulas, numberFormat, rowIndex: b.row1, columnIndex: b.column1, rowCount: b.row2 - b.row1 + 1, columnCount: b.column2 - b.column1 + 1 };
  }

  get values(): Value[][] {
    return this.get("values");
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  get formulas(): Value[][] {
    return this.get("formulas");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }

  set formulas(matrix: unknown[][]) {
    this.write(matrix);
  }
  set values(matrix: unknown[][]) {
    this.write(matrix);
  }

  private write(matrix: unknown[][]): void {
    this.ctx.command(
      "range.formulas",
      () => {
        const sheet = this.sheet();
        const b = bounds(this.address);
        sheet.checkWritable(this.address);
        if (!Array.isArray(matrix) || matrix.length !== b.row2 - b.row1 + 1 || matrix.some((r) => !Array.isArray(r) || r.length !== b.column2 - b.column1 + 1)) {
          throw new OfficeError("InvalidArgument", `the array does not match ${this.address}`);
        }
        matrix.forEach((row, r) => row.forEach((v, c) => writeCell(this.ctx.excel, sheet, b.row1 + r, b.column1 + c, v)));
        this.ctx.cellWrites += matrix.length * (matrix[0]?.length ?? 0);
      },
      matrix,
    );
  }

  set numberFormat(matrix: unknown[][]) {
    this.ctx.command(
      "format",
      () => {
        const b = bounds(this.address);
        const one = matrix.length === 1 && matrix[0]?.length === 1;
        if (!one && matrix.length !== b.row2 - b.row1 + 1) throw new OfficeError("InvalidArgument", "numberFormat dimensions");
        this.sheet().checkFormattable("cells");
        this.sheet().formats.push({ range: this.address, property: "numberFormat", value: one ? matrix[0]?.[0] : matrix });
      },
      matrix,
    );
  }

  private log(property: string, value: unknown): void {
    this.ctx.command(
      "format",
      () => {
        const kind = property === "columnWidth" ? "columns" : property === "rowHeight" || property === "autofitRows" ? "rows" : "cells";
        this.sheet().checkFormattable(kind);
        this.sheet().formats.push({ range: this.address, property, value });
      },
      value,
    );
  }

  get format(): Record<string, unknown> {
    const log = (prefix: string) =>
      new Proxy({} as Record<string, unknown>, {
        set: (_t, p, v) => {
          this.log(`${prefix}${String(p)}`, v);
          return true;
        },
      });
    const font = log("font.");
    const fill = log("fill.");
    const protection = log("protection.");
    const borders = { getItem: (edge: string) => log(`border.${edge}.`) };
    const autofitRows = (): void => this.log("autofitRows", true);
    return new Proxy({ font, fill, protection, borders, autofitRows } as Record<string, unknown>, {
      set: (_t, p, v) => {
        this.log(String(p), v);
        return true;
      },
    });
  }

  merge(_across: boolean): void {
    this.ctx.command("merge", () => {
      this.sheet().checkFormattable("other");
      this.sheet().merges.push(this.address);
    });
  }

  get dataValidation(): Record<string, unknown> {
    return new Proxy({} as Record<string, unknown>, {
      set: (_t, p, v) => {
        this.ctx.command(
          "dataValidation",
          () => {
            this.sheet().checkFormattable("other");
            this.sheet().validations.push({ range: this.address, property: String(p), value: v });
          },
          v,
        );
        return true;
      },
    });
  }

  /**
   * The conditional formats that apply to any cell of this range, in priority order. Their ids are
   * their positions in this collection ("The priority of the conditional format in the current
   * ConditionalFormatCollection",
   * https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-id-member;
   * office-js#5222, #6835, #6827): an id read in one batch names another rule once rules are
   * added or deleted. A rule added goes to the top (priority 0, as in Excel's Rules Manager), so
   * every id moves.
   */
  get conditionalFormats(): ConditionalFormatCollection {
    return new ConditionalFormatCollection(this.ctx, this, this.at ?? "A1:XFD1048576");
  }
}

/** The items of a conditional-format collection, as a load of `items/…` returns them. */
interface CfItem {
  id: string;
  type: string;
  custom: { rule: { formula: string } };
  customOrNullObject: { isNullObject: boolean; rule: { formula: string } };
}

export class ConditionalFormatCollection {
  private items_: CfItem[] | null = null;
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: Range,
    private readonly address: string,
  ) {}

  private inRange(sheet: FakeSheet): FakeConditionalFormat[] {
    const area = bounds(this.address);
    return sheet.conditionalFormats.filter((e) => {
      const b = bounds(e.range);
      return b.row1 <= area.row2 && area.row1 <= b.row2 && b.column1 <= area.column2 && area.column1 <= b.column2;
    });
  }

  add(type: string): { custom: Record<string, unknown> } {
    const entry: FakeConditionalFormat = { type, range: this.address, format: {} };
    this.ctx.command("conditionalFormats.add", () => {
      const sheet = this.range.sheet();
      sheet.checkFormattable("other");
      sheet.conditionalFormats.unshift(entry);
    });
    const setter = (prefix: string) =>
      new Proxy({} as Record<string, unknown>, {
        set: (_t, p, v) => {
          this.ctx.command("conditionalFormats.format", () => void (entry.format[`${prefix}${String(p)}`] = v), v);
          return true;
        },
      });
    return {
      custom: {
        rule: new Proxy({} as Record<string, unknown>, {
          set: (_t, p, v) => {
            if (p === "formula") this.ctx.command("conditionalFormats.rule", () => void (entry.formula = String(v)), v);
            return true;
          },
        }),
        format: { fill: setter("fill."), font: setter("font."), borders: { getItem: (edge: string) => setter(`border.${edge}.`) } },
      },
    };
  }

  /**
   * Loads the items with the paths asked for. Asking for `custom` (or anything under it) when a
   * rule of another type is there fails the sync: "This operation is not permitted for the
   * current object" (office-js#2180); `customOrNullObject` gives a null object for those instead.
   */
  load(props?: string | string[]): this {
    const paths = (Array.isArray(props) ? props : String(props ?? "").split(",")).map((p) => p.trim());
    const wantsCustom = paths.some((p) => /^items\/custom(\/|$)/.test(p));
    this.ctx.queueLoad(() => {
      const list = this.inRange(this.range.sheet());
      if (wantsCustom && list.some((e) => e.type !== "Custom")) {
        throw new OfficeError("InvalidOperation", "This operation is not permitted for the current object (a conditional format of another type has no custom rule)");
      }
      this.items_ = list.map((e, i) => {
        const custom = { rule: { formula: e.formula ?? "" } };
        const nullObject = {
          isNullObject: true,
          get rule(): never {
            throw new OfficeError("InvalidObjectPath", "customOrNullObject of a rule that is not custom is a null object");
          },
        };
        return { id: String(i), type: e.type, custom, customOrNullObject: e.type === "Custom" ? { isNullObject: false, ...custom } : nullObject };
      });
      return this.items_.map((x) => ({ id: x.id, type: x.type, formula: x.type === "Custom" ? x.custom.rule.formula : null }));
    });
    return this;
  }

  get items(): CfItem[] {
    if (this.items_ === null) throw new OfficeError("PropertyNotLoaded", "conditionalFormats.items");
    return this.items_;
  }

  /** The rule at this position of the collection when the command runs. */
  getItem(id: string): { delete(): void } {
    return {
      delete: () =>
        this.ctx.command("conditionalFormats.delete", () => {
          const sheet = this.range.sheet();
          sheet.checkFormattable("other");
          const entry = this.inRange(sheet)[Number(id)];
          if (!/^\d+$/.test(id) || !entry) throw new OfficeError("ItemNotFound", `conditional format ${id}`);
          sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(entry), 1);
        }),
    };
  }
}

class TableCollection extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly worksheet: Worksheet | null,
  ) {
    super(ctx);
  }

  protected override snapshot(): Record<string, unknown> {
    return { items: this.ctx.excel.tables.map((t) => ({ name: t.name, worksheet: { name: t.sheet } })) };
  }

  get items(): { name: string; worksheet: { name: string } }[] {
    return this.get("items");
  }

  /**
   * TableCollection.add: a Range object gives its sheet; a string address without a sheet name
   * means the active sheet, whichever collection add is called on ("If the address does not
   * contain a sheet name, the currently-active sheet is used",
   * https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)).
   */
  add(source: string | Range, hasHeaders: boolean): { name: string; style: string; showBandedRows: boolean } {
    const excel = this.ctx.excel;
    let table: FakeTable | null = null;
    this.ctx.command(
      "tables.add",
      () => {
        if (!hasHeaders) throw new OfficeError("NotImplemented", "tables without headers");
        let sheet: FakeSheet;
        let address: string;
        if (typeof source === "string") {
          const bang = source.lastIndexOf("!");
          const named = bang >= 0 ? source.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'") : excel.activeSheet;
          const found = named === null ? undefined : excel.sheet(named);
          if (!found) throw new OfficeError("ItemNotFound", `no sheet for table ${source}`);
          sheet = found;
          address = source.slice(bang + 1);
        } else {
          sheet = source.sheet();
          address = source.address;
        }
        const b = bounds(address);
        if (b.row2 <= b.row1) throw new OfficeError("InvalidArgument", "a table needs a header and a data row");
        if (excel.tables.some((t) => t.sheet === sheet.name && overlaps(t.range, address))) throw new OfficeError("InvalidArgument", "the table would overlap another");
        const headers = new Set<string>();
        for (let c = b.column1; c <= b.column2; c++) {
          const h = sheet.cells.get(cellAddress(b.row1, c))?.value;
          if (typeof h !== "string" || h === "") throw new OfficeError("InvalidArgument", `header ${sheet.name}!${cellAddress(b.row1, c)} is not text`);
          if (headers.has(h.toLowerCase())) throw new OfficeError("InvalidArgument", `duplicate header ${h}`);
          headers.add(h.toLowerCase());
        }
        table = { name: `Table${excel.tables.length + 1}`, sheet: sheet.name, range: address };
        excel.tables.push(table);
        excel.calc.invalidate();
      },
      typeof source === "string" ? source : source.address,
    );
    const ctx = this.ctx;
    const live = (): FakeTable => {
      if (!table) throw new OfficeError("ItemNotFound", "table");
      return table;
    };
    return {
      get name(): string {
        throw new OfficeError("PropertyNotLoaded", "table.name");
      },
      set name(v: string) {
        ctx.command(
          "table.name",
          () => {
            if (excel.tables.some((t) => t !== table && t.name.toLowerCase() === v.toLowerCase())) throw new OfficeError("InvalidArgument", `table name ${v} is taken`);
            live().name = v;
            excel.calc.invalidate();
          },
          v,
        );
      },
      set style(v: string) {
        ctx.command("table.style", () => void (live().style = v), v);
      },
      get style(): string {
        throw new OfficeError("PropertyNotLoaded", "table.style");
      },
      set showBandedRows(_v: boolean) {
        ctx.command("table.showBandedRows", () => void live());
      },
      get showBandedRows(): boolean {
        throw new OfficeError("PropertyNotLoaded", "table.showBandedRows");
      },
    };
  }
}

function overlaps(x: string, y: string): boolean {
  const a = bounds(x);
  const b = bounds(y);
  return a.row1 <= b.row2 && b.row1 <= a.row2 && a.column1 <= b.column2 && b.column1 <= a.column2;
}

class NameCollection extends Loadable {
  protected override snapshot(): Record<string, unknown> {
    return { items: this.ctx.excel.names.map((n) => ({ name: n.name })) };
  }

  get items(): { name: string }[] {
    return this.get("items");
  }

  add(name: string, formula: string, comment?: string): void {
    this.ctx.command(
      "names.add",
      () => {
        if (this.ctx.excel.refuseLambda && /LAMBDA\(/i.test(formula)) throw new OfficeError("InvalidArgument", `Excel without LAMBDA refuses ${name}`);
        if (this.ctx.excel.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new OfficeError("ItemAlreadyExists", `name ${name}`);
        this.ctx.excel.names.push(comment === undefined ? { name, formula } : { name, formula, comment });
        this.ctx.excel.calc.invalidate();
      },
      [name, formula, comment],
    );
  }

  getItemOrNullObject(name: string): { isNullObject: boolean; delete(): void } {
    let resolved: boolean | null = null;
    const excel = this.ctx.excel;
    const ctx = this.ctx;
    const same = (n: { name: string }): boolean => n.name.toLowerCase() === name.toLowerCase();
    ctx.queueLoad(() => (resolved = !excel.names.some(same)));
    return {
      get isNullObject() {
        if (resolved === null) throw new OfficeError("PropertyNotLoaded", "isNullObject before sync");
        return resolved;
      },
      delete: () =>
        ctx.command("names.delete", () => {
          const i = excel.names.findIndex(same);
          if (i < 0) throw new OfficeError("ItemNotFound", `name ${name}`);
          excel.names.splice(i, 1);
          excel.calc.invalidate();
        }),
    };
  }
}
