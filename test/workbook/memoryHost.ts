// Every port the task pane uses, over an in-memory workbook (MemoryWorkbook): the reference
// adapter of the port contract suites (test/workbook/ports) and the workbook of component tests.
// People's edits are simulated with type() and paste(), which notify watchers the way Excel's
// onChanged does (a paste: one change for the whole block, no details); selectRange(), protect()
// and unprotect() are people's too. Marks, charts and protection live on the sheets, so a second
// host over the same workbook (a pane opened again) finds them, and they go with a deleted sheet.
// Where Excel refuses (a missing sheet, a mark on a protected sheet), so does this adapter: the
// contract suites hold both to it. A plain paste takes the pasted cells' data validation away, as
// in Excel.
import { cellAddress, parseCell, parseRange } from "../../src/workbook/a1";
import { CELL_TEXT_MAX, type CellRef, type CellValue, type ChartSpec, type Grid, type ValidationRule } from "../../src/workbook/model";
import type {
  GuardedDelete,
  LivePort,
  MarksPort,
  MarksUpdate,
  OutputPort,
  RangeRead,
  ReadRequest,
  ReadResult,
  RowsPort,
  SelectionPort,
  SheetChange,
  Unsubscribe,
} from "../../src/workbook/ports";
import { SheetProtectedError } from "../../src/workbook/ports";
import type { PaneHost } from "../../src/taskpane/context";
import { gridOf, moveCellsDown, type MemorySheet, type MemoryWorkbook } from "./memory";

type Listener = (changes: SheetChange[]) => void;

/** Mark ids, unique across hosts over one workbook (a pane opened again sees the old marks). */
let nextMarkId = 1;

export class MemoryHost implements PaneHost, LivePort, MarksPort, SelectionPort, OutputPort, RowsPort {
  /** Round trips made (read, updateMarks, select…), like context.sync() calls in Office. */
  calls = 0;
  readonly canMark = true;
  selected: CellRef | null = null;
  /** Watchers, by sheet (a renamed sheet is still heard, under the name it was watched by). */
  private readonly listeners = new Set<{ sheets: Map<MemorySheet, string>; listener: Listener }>();

  constructor(
    readonly workbook: MemoryWorkbook,
    readonly displayLanguage = "th-TH",
  ) {}

  get live(): LivePort {
    return this;
  }
  get marks(): MarksPort {
    return this;
  }
  get selection(): SelectionPort {
    return this;
  }
  get output(): OutputPort {
    return this;
  }
  get rows(): RowsPort {
    return this;
  }

  // ---- people's edits -------------------------------------------------------------------------

  /** A person types into one cell. */
  type(sheet: string, address: string, value: CellValue): void {
    this.workbook.type(sheet, address, value);
    this.emit([{ sheet, address, structural: false }]);
  }

  /**
   * A person pastes a block with its top-left corner at `topLeft`: one change, no details. A plain
   * paste takes the cells' data validation away (as in Excel); Paste Special › Values keeps it.
   */
  paste(sheet: string, topLeft: string, rows: readonly (readonly CellValue[])[], valuesOnly = false): void {
    const { row, column } = parseCell(topLeft);
    const target = this.existing(sheet);
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        const address = cellAddress(row + i, column + j);
        this.workbook.type(sheet, address, v);
        if (!valuesOnly) (target.unvalidated ??= new Set()).add(address);
      }),
    );
    const width = Math.max(1, ...rows.map((r) => r.length));
    const end = cellAddress(row + Math.max(rows.length, 1) - 1, column + width - 1);
    this.emit([{ sheet, address: `${topLeft}:${end}`, structural: false }]);
  }

  /** A person selects a range (or a cell). */
  selectRange(sheet: string, address: string): void {
    this.selected = { sheet: this.existing(sheet).name, cell: address };
  }

  /** A person protects a sheet (Review › Protect Sheet) or lifts its protection. */
  protect(sheet: string): void {
    this.existing(sheet).protected = true;
  }
  unprotect(sheet: string): void {
    this.existing(sheet).protected = false;
  }

  /** The charts drawn, sheet by sheet. */
  get charts(): ChartSpec[] {
    return this.workbook.sheets.flatMap((s) => s.charts ?? []);
  }

  emit(changes: SheetChange[]): void {
    for (const { sheets, listener } of this.listeners) {
      const mine = changes.flatMap((c) => {
        const sheet = this.workbook.sheet(c.sheet);
        const watched = sheet ? sheets.get(sheet) : undefined;
        return watched === undefined ? [] : [{ ...c, sheet: watched }];
      });
      if (mine.length > 0) listener(mine);
    }
  }

  /** A person renames a sheet (double-click on its tab). */
  rename(sheet: string, to: string): void {
    this.existing(sheet).name = to;
  }

  /** A person deletes a sheet. */
  deleteSheet(sheet: string): void {
    const s = this.existing(sheet);
    this.workbook.sheets.splice(this.workbook.sheets.indexOf(s), 1);
  }

  // ---- LivePort -------------------------------------------------------------------------------

  async watch(sheets: readonly string[], listener: Listener): Promise<Unsubscribe> {
    this.calls++;
    const entry = { sheets: new Map(sheets.map((name) => [this.existing(name), name])), listener };
    this.listeners.add(entry);
    return async () => {
      this.listeners.delete(entry);
    };
  }

  async read(request: ReadRequest): Promise<ReadResult> {
    this.calls++;
    const grids = new Map<string, Grid>();
    for (const name of request.sheets ?? []) {
      const sheet = this.workbook.sheet(name);
      if (sheet) grids.set(name, gridOf(sheet));
    }
    const ranges: RangeRead[] = (request.ranges ?? []).map((r) => {
      const sheet = this.existing(r.sheet);
      const b = parseRange(r.address);
      const values: CellValue[][] = [];
      const formulas: (string | null)[][] = [];
      const formats: (string | null)[][] = [];
      for (let row = b.row1; row <= b.row2; row++) {
        const vr: CellValue[] = [];
        const fr: (string | null)[] = [];
        const nr: (string | null)[] = [];
        for (let col = b.column1; col <= b.column2; col++) {
          const cell = sheet.cells.get(cellAddress(row, col));
          vr.push(cell?.value ?? null);
          fr.push(cell?.formula ?? null);
          nr.push(cell?.format ?? null);
        }
        values.push(vr);
        formulas.push(fr);
        formats.push(nr);
      }
      return { sheet: r.sheet, address: r.address, row: b.row1, column: b.column1, values, formulas, formats };
    });
    const invalid = (request.invalidIn ?? []).flatMap((name) => this.invalidCells(this.existing(name)));
    const marked = (request.marksIn ?? []).map((name) => ({ name, sheet: this.existing(name) }));
    const marks = marked.flatMap(({ name, sheet }) => [...(sheet.marks?.values() ?? [])].map((m) => ({ ...m, sheet: name })));
    const locked = marked.filter(({ sheet }) => sheet.protected === true).map(({ name }) => name);
    const result: ReadResult = { grids, ranges, invalid, marks, locked };
    if (request.where) {
      result.where = {
        sheets: this.workbook.sheets.map((s) => s.name),
        tables: new Map(this.workbook.sheets.flatMap((s) => (s.spec?.tables ?? []).map((t): [string, string] => [t.name, s.name]))),
      };
    }
    return result;
  }

  // ---- MarksPort ------------------------------------------------------------------------------

  /** Checked whole before anything changes (Excel applies a batch up to the command that fails). */
  async updateMarks({ remove, add }: MarksUpdate): Promise<void> {
    this.calls++;
    const markable = (name: string) => {
      const sheet = this.existing(name);
      if (sheet.protected) throw new Error(`AccessDenied: worksheet ${name} is protected`);
      return sheet;
    };
    // A mark gone already (a person deleted it) is no error: it is not there, as asked.
    const removals = remove.map((p) => ({ sheet: markable(p.sheet), id: p.id }));
    const additions = add.map((m) => ({ sheet: markable(m.sheet), m }));
    for (const { sheet, id } of removals) sheet.marks?.delete(id);
    for (const { sheet, m } of additions) {
      const id = `cf${nextMarkId++}`;
      (sheet.marks ??= new Map()).set(id, { sheet: sheet.name, cell: m.cell, severity: m.severity, id });
    }
  }

  // ---- SelectionPort --------------------------------------------------------------------------

  async select(ref: CellRef): Promise<boolean> {
    this.calls++;
    const sheet = this.existing(ref.sheet);
    if (sheet.spec?.visibility === "hidden") return false;
    this.selected = { sheet: sheet.name, cell: ref.cell };
    return true;
  }

  /** The selection is what select() or selectRange() last chose (a cell or a range); none gives []. */
  async readSelection(): Promise<string[][]> {
    this.calls++;
    const sel = this.selected;
    const sheet = sel ? this.workbook.sheet(sel.sheet) : undefined;
    if (!sel || !sheet) return [];
    const b = parseRange(sel.cell);
    const inside: { row: number; column: number; text: string }[] = [];
    for (const [address, cell] of sheet.cells) {
      const { row, column } = parseCell(address);
      if (row < b.row1 || row > b.row2 || column < b.column1 || column > b.column2 || cell.value === null || cell.value === "") continue;
      inside.push({ row, column, text: typeof cell.value === "boolean" ? String(cell.value).toUpperCase() : String(cell.value) });
    }
    if (inside.length === 0) return [];
    let [top, left, bottom, right] = [Infinity, Infinity, 0, 0];
    for (const c of inside) {
      top = Math.min(top, c.row);
      left = Math.min(left, c.column);
      bottom = Math.max(bottom, c.row);
      right = Math.max(right, c.column);
    }
    const out = Array.from({ length: bottom - top + 1 }, () => Array<string>(right - left + 1).fill(""));
    for (const c of inside) (out[c.row - top] as string[])[c.column - left] = c.text;
    return out;
  }

  // ---- OutputPort -----------------------------------------------------------------------------

  async writeCells(sheet: string, address: string, values: readonly (readonly CellValue[])[]): Promise<void> {
    this.calls++;
    const s = this.existing(sheet);
    const { row1, column1 } = parseRange(address);
    // As the fake Excel: a text longer than a cell holds is refused (see writeCell there).
    if (values.some((row) => row.some((v) => typeof v === "string" && v.length > CELL_TEXT_MAX))) throw new Error(`${sheet}!${address}: more than ${CELL_TEXT_MAX} characters in a cell`);
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        const key = cellAddress(row1 + r, column1 + c);
        if (v === null || v === "") s.cells.delete(key);
        else s.cells.set(key, { value: v, formula: null });
      }),
    );
  }

  async cellOfEachSheet(cell: string): Promise<{ sheet: string; value: CellValue }[]> {
    this.calls++;
    return this.workbook.sheets.map((s) => ({ sheet: s.name, value: s.cells.get(cell.toUpperCase())?.value ?? null }));
  }

  async deleteSheets(guards: readonly GuardedDelete[]): Promise<string[]> {
    this.calls++;
    const removed: string[] = [];
    for (const g of guards) {
      const s = this.workbook.sheet(g.sheet);
      if (!s || (s.cells.get(g.cell.toUpperCase())?.value ?? null) !== g.value) continue;
      this.workbook.sheets.splice(this.workbook.sheets.indexOf(s), 1);
      removed.push(g.sheet);
    }
    return removed;
  }

  async addCharts(charts: readonly ChartSpec[]): Promise<boolean> {
    this.calls++;
    const on = charts.map((c) => ({ sheet: this.existing(c.sheet), c }));
    for (const { sheet, c } of on) (sheet.charts ??= []).push(c);
    return true;
  }

  /** A sheet of the workbook; a missing one fails as in Excel (ItemNotFound). */
  // ---- RowsPort -------------------------------------------------------------------------------

  async writeIfBlank(sheet: string, address: string, values: readonly (readonly CellValue[])[]): Promise<boolean> {
    this.calls++;
    const s = this.existing(sheet);
    if (s.protected) throw new SheetProtectedError(s.name);
    const b = parseRange(address);
    for (let row = b.row1; row <= b.row2; row++) {
      for (let col = b.column1; col <= b.column2; col++) {
        const c = s.cells.get(cellAddress(row, col));
        if (c && (c.formula !== null || (c.value !== null && c.value !== ""))) return false;
      }
    }
    values.forEach((r, i) => r.forEach((v, j) => (v === null || v === "" ? undefined : s.cells.set(cellAddress(b.row1 + i, b.column1 + j), { value: v, formula: null }))));
    return true;
  }

  async insertTableRow(table: string, index: number, values: readonly CellValue[]): Promise<void> {
    this.calls++;
    const s = this.workbook.sheets.find((x) => x.spec?.tables.some((t) => t.name.toLowerCase() === table.toLowerCase()));
    const spec = s?.spec;
    const t = spec?.tables.find((x) => x.name.toLowerCase() === table.toLowerCase());
    if (!s || !spec || !t) throw new Error(`ItemNotFound: table ${table}`);
    if (s.protected) throw new SheetProtectedError(s.name);
    const b = parseRange(t.range);
    const dataRows = b.row2 - b.row1;
    if (index < 0 || index > dataRows) throw new Error(`InvalidArgument: row ${index} of table ${table}`);
    const at = b.row1 + 1 + index;
    // Excel inserts table rows by moving the cells of the table's columns down, from the new row on.
    moveCellsDown(s.cells, at, b.column1, b.column2);
    values.forEach((v, j) => (v === null || v === "" ? undefined : s.cells.set(cellAddress(at, b.column1 + j), { value: v, formula: null })));
    const grown = `${cellAddress(b.row1, b.column1)}:${cellAddress(b.row2 + 1, b.column2)}`;
    s.spec = { ...spec, tables: spec.tables.map((x) => (x === t ? { ...x, range: grown } : x)) };
  }

  private existing(name: string): MemorySheet {
    const sheet = this.workbook.sheet(name);
    if (!sheet) throw new Error(`ItemNotFound: worksheet ${name}`);
    return sheet;
  }

  /** Cells whose value breaks the data validation the sheet was written with. */
  private invalidCells(sheet: MemorySheet): CellRef[] {
    if (!sheet.spec) return [];
    const out: CellRef[] = [];
    for (const v of sheet.spec.validations) {
      const b = parseRange(v.range);
      for (const [address, cell] of sheet.cells) {
        const { row, column } = parseCell(address);
        if (row < b.row1 || row > b.row2 || column < b.column1 || column > b.column2) continue;
        if (cell.formula === null && !sheet.unvalidated?.has(address) && breaksRule(cell.value, v.rule)) out.push({ sheet: sheet.name, cell: address });
      }
    }
    return out;
  }
}

/** Whether Excel would refuse a typed value under a rule (blanks are allowed). */
export function breaksRule(value: CellValue, rule: ValidationRule): boolean {
  if (value === null || value === "") return false;
  if (rule.type === "list") return !rule.items.includes(String(value));
  if (typeof value !== "number") return true;
  if (rule.type === "whole" && !Number.isInteger(value)) return true;
  if (rule.min !== undefined && value < rule.min) return true;
  if (rule.max !== undefined && value > rule.max) return true;
  return false;
}
