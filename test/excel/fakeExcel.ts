// A small fake of the Office.js Excel API, enough to run the Office.js adapter as Excel would:
// worksheets with cells addressed in A1, values and formulas with Excel's rules for typed text
// ("10" becomes a number, "=x" a formula, "'x" text), number formats, tables, names, data
// validation, conditional formats, page layout, protection, and context.sync() with load
// semantics: a loaded property or isNullObject read before the sync that fetches it throws, as
// in Office. It counts syncs and notes whether screen updating was suspended for each one.
//
// Protection is modelled as strictly as Office documents it: on a protected sheet, writing a
// locked cell (every cell is locked unless format.protection.locked was set false) fails with
// AccessDenied, as does adding a conditional format; protecting a protected sheet fails. Tests
// read what a person would see through the per-cell questions of FakeSheet (the value or formula
// of a cell, its font and number format, its validation, whether its row is fitted), not through
// the order in which the adapter called Excel.
//
// office-addin-mock models no grid (OFFICE-NOTES.md), hence this fake.
import { cellAddress, columnIndex, parseCell } from "../../src/workbook/a1";
import type { ExcelRun } from "../../src/excel/types";

type Value = string | number | boolean | null;

interface Cell {
  value: Value;
  formula: string | null;
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

export class FakeSheet {
  cells = new Map<string, Cell>();
  formats: FormatEntry[] = [];
  validations: { range: string; property: string; value: unknown }[] = [];
  conditionalFormats: { range: string; formula?: string; format: Record<string, unknown> }[] = [];
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
    return out;
  }

  /** Whether a row's height follows its contents (Range.format.autofitRows over it). */
  isRowAutofit(row: number): boolean {
    return this.formats.some((f) => f.property === "autofitRows" && covers(f.range, row - 1, 0));
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
   * Conditional formats cannot be added to or deleted from a protected sheet. Office documents no
   * exception for them (allowFormatCells is about cell formats), so the fake takes the stricter
   * reading.
   */
  checkFormattable(): void {
    if (this.protection !== null) throw new OfficeError("AccessDenied", `${this.name} is protected: conditional formats cannot change`);
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
function covers(range: string, row: number, column: number): boolean {
  const b = bounds(range);
  return row >= b.row1 && row <= b.row2 && column >= b.column1 && column <= b.column2;
}

const MAX_ROW = 1_048_575;

function bounds(range: string): { row1: number; column1: number; row2: number; column2: number } {
  const [a, b = a] = range.replace(/\$/g, "").split(":") as [string, string?];
  if (/^[A-Z]+$/i.test(a) && /^[A-Z]+$/i.test(b)) return { row1: 0, row2: MAX_ROW, column1: columnIndex(a), column2: columnIndex(b) };
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return { row1: Number(a) - 1, row2: Number(b) - 1, column1: 0, column2: 16_383 };
  const p = parseCell(a);
  const q = parseCell(b);
  return { row1: Math.min(p.row, q.row), row2: Math.max(p.row, q.row), column1: Math.min(p.column, q.column), column2: Math.max(p.column, q.column) };
}

class OfficeError extends Error {
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

  load(_props?: unknown): this {
    this.ctx.pending.push(() => {
      this.loaded = this.snapshot();
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

export class FakeExcel {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  names: { name: string; formula: string; comment?: string }[] = [];
  syncs = 0;
  /** Cells Excel's calculated-column AutoCorrect filled: must stay 0 for the adapter's writes. */
  autoCorrected = 0;
  /** Behave like Excel 2021 and older, which has no LAMBDA: a name defined by one fails its sync. */
  refuseLambda = false;
  /** For each sync: whether screen updating was suspended before it, and how many cells it wrote. */
  syncLog: { suspended: boolean; cellWrites: number }[] = [];
  runs = 0;

  readonly run: ExcelRun = async (batch) => {
    this.runs++;
    const ctx = new FakeContext(this);
    const out = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.pending.length > 0 || ctx.cellWrites > 0) await ctx.sync();
    return out;
  };

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Types into a cell as a user would (Excel's rules for typed text apply). */
  type(sheet: string, address: string, input: Value): void {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    writeCell(this, s, parseCell(address).row, parseCell(address).column, input);
  }
}

/** Excel's reading of a value written to a cell: the rules a user's typing follows. */
function writeCell(excel: FakeExcel, sheet: FakeSheet, row: number, column: number, input: unknown): void {
  const key = cellAddress(row, column);
  if (input === null || input === undefined || input === "") {
    sheet.cells.delete(key);
    return;
  }
  if (typeof input === "number" || typeof input === "boolean") {
    sheet.cells.set(key, { value: input, formula: null });
    return;
  }
  if (typeof input !== "string") throw new OfficeError("InvalidArgument", `cannot write ${typeof input}`);
  if (input.startsWith("'")) {
    sheet.cells.set(key, { value: input.slice(1), formula: null });
    return;
  }
  if (sheet.numberFormatAt(key) === "@") {
    sheet.cells.set(key, { value: input, formula: null });
    return;
  }
  if (/^[+-]?\d+(\.\d+)?$/.test(input.trim())) {
    sheet.cells.set(key, { value: Number(input), formula: null });
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

class FakeContext {
  pending: (() => void)[] = [];
  /** A queued command that failed: Excel stops the batch there and the sync rejects. */
  failed: OfficeError | null = null;
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

  async sync(): Promise<void> {
    this.excel.syncs++;
    this.excel.syncLog.push({ suspended: this.suspended, cellWrites: this.cellWrites });
    this.suspended = false;
    this.cellWrites = 0;
    const pending = this.pending;
    this.pending = [];
    for (const p of pending) p();
    const failed = this.failed;
    this.failed = null;
    if (failed) throw failed;
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
    if (this.ctx.excel.sheet(name)) throw new OfficeError("ItemAlreadyExists", `sheet ${name}`);
    if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new OfficeError("InvalidArgument", `bad sheet name ${name}`);
    const sheet = new FakeSheet(name);
    this.ctx.excel.sheets.push(sheet);
    return new Worksheet(this.ctx, () => sheet);
  }

  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.excel.sheet(name), true);
  }
}

class Worksheet extends Loadable {
  private resolved: { isNull: boolean } | null = null;
  constructor(
    ctx: FakeContext,
    private readonly find: () => FakeSheet | undefined,
    nullable = false,
  ) {
    super(ctx);
    if (nullable) ctx.pending.push(() => (this.resolved = { isNull: !find() }));
    else this.resolved = { isNull: false };
  }

  get isNullObject(): boolean {
    if (!this.resolved) throw new OfficeError("PropertyNotLoaded", "isNullObject before sync");
    return this.resolved.isNull;
  }

  sheet(): FakeSheet {
    const s = this.find();
    if (!s) throw new OfficeError("ItemNotFound", "worksheet");
    return s;
  }

  getRange(address: string): Range {
    return new Range(this.ctx, () => this.sheet(), address);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    if (valuesOnly !== true) throw new OfficeError("NotImplemented", "the fake models used ranges of values only");
    return new Range(this.ctx, () => this.find(), null);
  }

  get tables(): TableCollection {
    return new TableCollection(this.ctx, this);
  }

  readonly freezePanes = {
    freezeAt: (range: Range): void => {
      const b = bounds(range.address);
      this.sheet().freeze = { rows: b.row2 + 1, columns: b.column2 + 1 };
    },
    freezeRows: (rows: number): void => {
      this.sheet().freeze = { rows, columns: 0 };
    },
    freezeColumns: (columns: number): void => {
      this.sheet().freeze = { rows: 0, columns };
    },
  };

  get pageLayout(): Record<string, unknown> {
    const page = this.sheet().page;
    return new Proxy(page, {
      get: (target, prop) => {
        if (prop === "setPrintTitleRows") return (rows: string) => (target.printTitleRows = rows);
        if (prop === "setPrintTitleColumns") return (columns: string) => (target.printTitleColumns = columns);
        if (prop === "headersFooters") {
          return { defaultForAllPages: new Proxy({}, { set: (_t, p, v) => ((target[`footer.${String(p)}`] = v), true) }) };
        }
        return target[prop as string];
      },
      set: (target, prop, value) => {
        target[prop as string] = value;
        return true;
      },
    });
  }

  get protection(): { protect(options: Record<string, unknown>): void } {
    return { protect: (options) => this.sheet().protect(options) };
  }

  set visibility(v: string) {
    this.sheet().visibility = v;
  }

  set tabColor(v: string) {
    this.sheet().tabColor = v;
  }
}

class Range extends Loadable {
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

  private sheet(): FakeSheet {
    const s = this.find();
    if (!s) throw new OfficeError("ItemNotFound", "worksheet");
    return s;
  }

  private used: { isNull: boolean } | null = null;

  override load(props?: unknown): this {
    this.ctx.pending.push(() => {
      this.used = { isNull: this.at === null && (this.find()?.cells.size ?? 0) === 0 };
    });
    return super.load(props);
  }

  get isNullObject(): boolean {
    if (!this.used) throw new OfficeError("PropertyNotLoaded", "isNullObject before sync");
    return this.used.isNull;
  }

  protected override snapshot(): Record<string, unknown> {
    const sheet = this.find();
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
    for (let r = b.row1; r <= b.row2; r++) {
      const vr: Value[] = [];
      const fr: Value[] = [];
      for (let c = b.column1; c <= b.column2; c++) {
        const cell = sheet.cells.get(cellAddress(r, c));
        // Excel gives "" for blank cells; the fake cannot compute formulas and gives "" for them.
        vr.push(cell ? (cell.formula !== null ? "" : cell.value) : "");
        fr.push(cell ? (cell.formula ?? cell.value) : "");
      }
      values.push(vr);
      formulas.push(fr);
    }
    return { values, formulas, rowIndex: b.row1, columnIndex: b.column1 };
  }

  get values(): Value[][] {
    return this.get("values");
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

  set formulas(matrix: unknown[][]) {
    this.write(matrix);
  }
  set values(matrix: unknown[][]) {
    this.write(matrix);
  }

  private write(matrix: unknown[][]): void {
    const sheet = this.sheet();
    const b = bounds(this.address);
    sheet.checkWritable(this.address);
    if (!Array.isArray(matrix) || matrix.length !== b.row2 - b.row1 + 1 || matrix.some((r) => !Array.isArray(r) || r.length !== b.column2 - b.column1 + 1)) {
      throw new OfficeError("InvalidArgument", `the array does not match ${this.address}`);
    }
    matrix.forEach((row, r) => row.forEach((v, c) => writeCell(this.ctx.excel, sheet, b.row1 + r, b.column1 + c, v)));
    this.ctx.cellWrites += matrix.length * (matrix[0]?.length ?? 0);
  }

  set numberFormat(matrix: unknown[][]) {
    const b = bounds(this.address);
    const one = matrix.length === 1 && matrix[0]?.length === 1;
    if (!one && (matrix.length !== b.row2 - b.row1 + 1)) throw new OfficeError("InvalidArgument", "numberFormat dimensions");
    this.sheet().formats.push({ range: this.address, property: "numberFormat", value: one ? matrix[0]?.[0] : matrix });
  }

  private log(property: string, value: unknown): void {
    this.sheet().formats.push({ range: this.address, property, value });
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
    this.sheet().merges.push(this.address);
  }

  get dataValidation(): Record<string, unknown> {
    return new Proxy({} as Record<string, unknown>, {
      set: (_t, p, v) => {
        this.sheet().validations.push({ range: this.address, property: String(p), value: v });
        return true;
      },
    });
  }

  get conditionalFormats(): { add(type: string): unknown } {
    return {
      add: (type: string) => {
        if (type !== "Custom") throw new OfficeError("NotImplemented", type);
        this.sheet().checkFormattable();
        const entry: { range: string; formula?: string; format: Record<string, unknown> } = { range: this.address, format: {} };
        this.sheet().conditionalFormats.push(entry);
        const setter = (prefix: string) =>
          new Proxy({} as Record<string, unknown>, {
            set: (_t, p, v) => {
              entry.format[`${prefix}${String(p)}`] = v;
              return true;
            },
          });
        return {
          custom: {
            rule: new Proxy({} as Record<string, unknown>, {
              set: (_t, p, v) => {
                if (p === "formula") entry.formula = String(v);
                return true;
              },
            }),
            format: { fill: setter("fill."), font: setter("font."), borders: { getItem: (edge: string) => setter(`border.${edge}.`) } },
          },
        };
      },
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
    return { items: this.ctx.excel.tables.map((t) => ({ name: t.name })) };
  }

  get items(): { name: string }[] {
    return this.get("items");
  }

  add(address: string, hasHeaders: boolean): { name: string; style: string; showBandedRows: boolean } {
    if (!this.worksheet) throw new OfficeError("NotImplemented", "workbook.tables.add");
    if (!hasHeaders) throw new OfficeError("NotImplemented", "tables without headers");
    const sheet = this.worksheet.sheet();
    const b = bounds(address);
    if (b.row2 <= b.row1) throw new OfficeError("InvalidArgument", "a table needs a header and a data row");
    const headers = new Set<string>();
    for (let c = b.column1; c <= b.column2; c++) {
      const h = sheet.cells.get(cellAddress(b.row1, c))?.value;
      if (typeof h !== "string" || h === "") throw new OfficeError("InvalidArgument", `header ${cellAddress(b.row1, c)} is not text`);
      if (headers.has(h.toLowerCase())) throw new OfficeError("InvalidArgument", `duplicate header ${h}`);
      headers.add(h.toLowerCase());
    }
    const table: FakeTable = { name: `Table${this.ctx.excel.tables.length + 1}`, sheet: sheet.name, range: address };
    this.ctx.excel.tables.push(table);
    const excel = this.ctx.excel;
    return {
      get name() {
        return table.name;
      },
      set name(v: string) {
        if (excel.tables.some((t) => t !== table && t.name.toLowerCase() === v.toLowerCase())) throw new OfficeError("InvalidArgument", `table name ${v} is taken`);
        table.name = v;
      },
      set style(v: string) {
        table.style = v;
      },
      get style() {
        return table.style ?? "";
      },
      showBandedRows: true,
    };
  }
}

class NameCollection extends Loadable {
  protected override snapshot(): Record<string, unknown> {
    return { items: this.ctx.excel.names.map((n) => ({ name: n.name })) };
  }

  get items(): { name: string }[] {
    return this.get("items");
  }

  add(name: string, formula: string, comment?: string): void {
    if (this.ctx.failed) return;
    if (this.ctx.excel.refuseLambda && /LAMBDA\(/i.test(formula)) {
      this.ctx.failed = new OfficeError("InvalidArgument", `Excel without LAMBDA refuses ${name}`);
      return;
    }
    if (this.ctx.excel.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new OfficeError("ItemAlreadyExists", `name ${name}`);
    this.ctx.excel.names.push(comment === undefined ? { name, formula } : { name, formula, comment });
  }

  getItemOrNullObject(name: string): { isNullObject: boolean } {
    let resolved: boolean | null = null;
    this.ctx.pending.push(() => (resolved = !this.ctx.excel.names.some((n) => n.name.toLowerCase() === name.toLowerCase())));
    return {
      get isNullObject() {
        if (resolved === null) throw new OfficeError("PropertyNotLoaded", "isNullObject before sync");
        return resolved;
      },
    };
  }
}
