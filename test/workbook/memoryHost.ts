// The workbook session over an in-memory workbook (MemoryWorkbook), for component tests and
// demos: people's edits are simulated with type() and paste(), which notify watchers the way
// Excel's onChanged does (a paste: one change for the whole block, no details).
import { cellAddress, parseCell, parseRange } from "../../src/workbook/a1";
import { sealBlock } from "../../src/seal/store";
import { isGeneratedSheet, MARKER_CELL } from "../../src/summary/marker";
import type { ChartSpec } from "../../src/summary/render";
import type { MemorySheet, MemoryWorkbook } from "./memory";
import type { CellValue, Grid, ValidationRule } from "../../src/workbook/model";
import type { CellRef, Mark, RangeRead, ReadResult, SheetChange, WorkbookSession } from "../../src/workbook/session";

type Listener = (changes: SheetChange[]) => void;

export class MemorySession implements WorkbookSession {
  /** Round trips made (read, highlight, select…), like context.sync() calls in Office. */
  calls = 0;
  readonly canMark = true;
  selected: CellRef | null = null;
  readonly marks = new Map<string, Mark & { id: string }>();
  readonly charts: ChartSpec[] = [];
  /** Sheets treated as protected: not marked. */
  readonly protectedSheets = new Set<string>();
  private readonly listeners = new Set<{ sheets: Set<string>; listener: Listener }>();
  private nextId = 1;

  constructor(
    readonly workbook: MemoryWorkbook,
    readonly displayLanguage = "th-TH",
  ) {}

  // ---- people's edits -------------------------------------------------------------------------

  /** A person types into one cell. */
  type(sheet: string, address: string, value: CellValue): void {
    this.workbook.type(sheet, address, value);
    this.emit([{ sheet, address, structural: false }]);
  }

  /** A person pastes a block with its top-left corner at `topLeft`: one change, no details. */
  paste(sheet: string, topLeft: string, rows: readonly (readonly CellValue[])[]): void {
    const { row, column } = parseCell(topLeft);
    rows.forEach((r, i) => r.forEach((v, j) => this.workbook.type(sheet, cellAddress(row + i, column + j), v)));
    const width = Math.max(1, ...rows.map((r) => r.length));
    const end = cellAddress(row + Math.max(rows.length, 1) - 1, column + width - 1);
    this.emit([{ sheet, address: `${topLeft}:${end}`, structural: false }]);
  }

  emit(changes: SheetChange[]): void {
    for (const { sheets, listener } of this.listeners) {
      const mine = changes.filter((c) => sheets.has(c.sheet));
      if (mine.length > 0) listener(mine);
    }
  }

  // ---- the session ----------------------------------------------------------------------------

  async watch(sheets: readonly string[], listener: Listener): Promise<() => Promise<void>> {
    this.calls++;
    const entry = { sheets: new Set(sheets), listener };
    this.listeners.add(entry);
    return async () => {
      this.listeners.delete(entry);
    };
  }

  async read(request: Parameters<WorkbookSession["read"]>[0]): Promise<ReadResult> {
    this.calls++;
    const grids = new Map<string, Grid>();
    for (const name of request.sheets ?? []) {
      const sheet = this.workbook.sheet(name);
      if (sheet) grids.set(name, gridOf(sheet));
    }
    const ranges: RangeRead[] = (request.ranges ?? []).map((r) => {
      const b = parseRange(r.address);
      const values: CellValue[][] = [];
      const formulas: (string | null)[][] = [];
      for (let row = b.row1; row <= b.row2; row++) {
        const vr: CellValue[] = [];
        const fr: (string | null)[] = [];
        for (let col = b.column1; col <= b.column2; col++) {
          const cell = this.workbook.sheet(r.sheet)?.cells.get(cellAddress(row, col));
          vr.push(cell?.value ?? null);
          fr.push(cell?.formula ?? null);
        }
        values.push(vr);
        formulas.push(fr);
      }
      return { sheet: r.sheet, address: r.address, row: b.row1, column: b.column1, values, formulas };
    });
    const invalid = (request.invalidIn ?? []).flatMap((name) => this.invalidCells(name));
    const wanted = new Set(request.marksIn ?? []);
    const marks = [...this.marks.values()].filter((m) => wanted.has(m.sheet));
    const locked = [...wanted].filter((s) => this.protectedSheets.has(s));
    return { grids, ranges, invalid, marks, locked };
  }

  async highlight(scope: readonly string[], marks: readonly Mark[], present: ReadResult["marks"]): Promise<void> {
    this.calls++;
    const inScope = new Set(scope);
    const key = (m: Mark): string => `${m.sheet}\u0000${m.cell}\u0000${m.severity}`;
    const wanted = new Map(marks.filter((m) => inScope.has(m.sheet)).map((m) => [key(m), m]));
    for (const p of present) if (inScope.has(p.sheet) && !wanted.has(key(p))) this.marks.delete(p.id);
    const have = new Set([...this.marks.values()].map(key));
    for (const [k, m] of wanted) {
      if (have.has(k)) continue;
      const id = `cf${this.nextId++}`;
      this.marks.set(id, { ...m, id });
    }
  }

  /** The marks now on a sheet, "B5:error" style, sorted: for assertions. */
  marked(sheet?: string): string[] {
    return [...this.marks.values()]
      .filter((m) => sheet === undefined || m.sheet === sheet)
      .map((m) => `${sheet === undefined ? `${m.sheet}!` : ""}${m.cell}:${m.severity}`)
      .sort();
  }

  async select(ref: CellRef): Promise<void> {
    this.calls++;
    this.selected = ref;
  }

  async writeSeal(metaSheet: string, seal: Parameters<WorkbookSession["writeSeal"]>[1]): Promise<void> {
    this.calls++;
    const sheet = this.workbook.sheet(metaSheet);
    if (!sheet) throw new Error(`no sheet ${metaSheet}`);
    const grid = gridOf(sheet);
    const block = sealBlock(grid, seal);
    const { row1, column1 } = parseRange(block.address);
    block.values.forEach((row, r) => row.forEach((v, c) => this.workbook.type(metaSheet, cellAddress(row1 + r, column1 + c), v)));
  }

  async sheetMarkers(): Promise<{ sheet: string; marker: string | null }[]> {
    this.calls++;
    return this.workbook.sheets.map((s) => {
      const v = s.cells.get(MARKER_CELL)?.value;
      return { sheet: s.name, marker: typeof v === "string" ? v : null };
    });
  }

  async removeGenerated(template: string, sheets: readonly string[]): Promise<string[]> {
    this.calls++;
    const removed: string[] = [];
    for (const name of sheets) {
      const s = this.workbook.sheet(name);
      if (!s || !isGeneratedSheet(s.name, s.cells.get(MARKER_CELL)?.value ?? null, template)) continue;
      this.workbook.sheets.splice(this.workbook.sheets.indexOf(s), 1);
      removed.push(s.name);
    }
    return removed;
  }

  async addCharts(charts: readonly ChartSpec[]): Promise<boolean> {
    this.calls++;
    this.charts.push(...charts);
    return true;
  }

  /** The selection is what select() last chose (a cell or a range, "A1:D40"); none gives []. */
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
      inside.push({ row, column, text: String(cell.value) });
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

  /** Cells whose value breaks the data validation the sheet was written with. */
  private invalidCells(name: string): CellRef[] {
    const sheet = this.workbook.sheet(name);
    if (!sheet?.spec) return [];
    const out: CellRef[] = [];
    for (const v of sheet.spec.validations) {
      const b = parseRange(v.range);
      for (const [address, cell] of sheet.cells) {
        const { row, column } = parseCell(address);
        if (row < b.row1 || row > b.row2 || column < b.column1 || column > b.column2) continue;
        if (cell.formula === null && breaksRule(cell.value, v.rule)) out.push({ sheet: sheet.name, cell: address });
      }
    }
    return out;
  }
}

/** The used part of a memory sheet from A1, as the port reads it. */
function gridOf(sheet: MemorySheet): Grid {
  let rows = 0;
  let cols = 0;
  for (const address of sheet.cells.keys()) {
    const { row, column } = parseCell(address);
    rows = Math.max(rows, row + 1);
    cols = Math.max(cols, column + 1);
  }
  const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: rows }, () => Array<string | null>(cols).fill(null));
  for (const [address, cell] of sheet.cells) {
    const { row, column } = parseCell(address);
    (values[row] as CellValue[])[column] = cell.value;
    (formulas[row] as (string | null)[])[column] = cell.formula;
  }
  return { values, formulas };
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
