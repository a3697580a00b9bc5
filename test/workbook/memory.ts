// An in-memory workbook behind the port: the reference adapter of the contract suite and a
// workbook for tests that want to type into cells the way a user would.
import { cellAddress, parseCell } from "../../src/workbook/a1";
import { isFormulaInput, type CellInput, type CellValue, type ChartSpec, type Grid, type NameSpec, type RenderModel, type SheetRender, type WorkbookInventory } from "../../src/workbook/model";
import { SheetExistsError, type SheetsAdded, type WorkbookPort } from "../../src/workbook/port";
import type { PresentMark } from "../../src/workbook/ports";

interface MemoryCell {
  value: CellValue;
  formula: string | null;
  /** A number format other than General: what typing a percentage ("98.77%") gives a cell. */
  format?: string;
}

/**
 * What Excel makes of a percentage typed into a cell: "98.77%" is the number 0.9877 shown with
 * the format "0.00%" (as many decimals as typed). Null for any other input.
 */
export function typedPercent(input: CellValue): { value: number; format: string } | null {
  const m = typeof input === "string" ? /^([+-]?\d+(?:\.(\d+))?)%$/.exec(input.trim()) : null;
  if (!m) return null;
  const decimals = m[2]?.length ?? 0;
  // "98.77e-2": the hundredth as a decimal, 0.9877 exactly as Excel holds it (98.77 / 100 is 0.98769…).
  return { value: Number(`${m[1]}e-2`), format: decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%" };
}

export interface MemorySheet {
  name: string;
  cells: Map<string, MemoryCell>;
  /** The render spec the sheet was added with (formats, validation, tables…), for assertions. */
  spec: SheetRender | null;
  /** Protected, as a sheet written with `spec.protection` is (people may lift it: MemoryHost). */
  protected?: boolean;
  /** The add-in's marks and charts on the sheet (MemoryHost): they go when the sheet goes, as in Excel. */
  marks?: Map<string, PresentMark>;
  charts?: ChartSpec[];
  /** Cells a plain paste went over: their data validation went with it, as in Excel (MemoryHost). */
  unvalidated?: Set<string>;
}

export class MemoryWorkbook implements WorkbookPort {
  readonly sheets: MemorySheet[] = [];
  readonly names: NameSpec[] = [];
  /** Port calls, for tests that check batching. */
  calls = 0;

  /** A workbook that already holds sheets of these names (with a value in A1), e.g. the user's own. */
  static withSheets(...names: string[]): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    for (const name of names) wb.sheets.push({ name, cells: new Map([["A1", { value: `${name} (ของผู้ใช้ / the user's)`, formula: null }]]), spec: null });
    return wb;
  }

  async inventory(): Promise<WorkbookInventory> {
    this.calls++;
    return {
      sheets: this.sheets.map((s) => s.name),
      tables: this.sheets.flatMap((s) => (s.spec?.tables ?? []).map((t) => t.name)),
      names: this.names.map((n) => n.name),
    };
  }

  async readSheets(names: readonly string[]): Promise<Map<string, Grid>> {
    this.calls++;
    const out = new Map<string, Grid>();
    for (const name of names) {
      const sheet = this.sheet(name);
      if (sheet) out.set(name, gridOf(sheet));
    }
    return out;
  }

  async addSheets(model: RenderModel): Promise<SheetsAdded> {
    this.calls++;
    const taken = model.sheets.map((s) => s.name).filter((n) => this.sheet(n) !== undefined);
    if (taken.length > 0) throw new SheetExistsError(taken);
    for (const spec of model.sheets) {
      const cells = new Map<string, MemoryCell>();
      spec.rows.forEach((row, r) =>
        row.forEach((input, c) => {
          const cell = toCell(input);
          if (cell) cells.set(cellAddress(r, c), cell);
        }),
      );
      this.sheets.push({ name: spec.name, cells, spec, protected: spec.protection !== undefined });
    }
    for (const n of model.names) if (!this.names.some((m) => m.name.toUpperCase() === n.name.toUpperCase())) this.names.push(n);
    return { namesRefused: [] };
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Types into a cell as a user would: a string starting with "=" is a formula, "98.77%" a percentage, else a value. */
  type(sheet: string, address: string, input: CellValue): void {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    const key = address.toUpperCase();
    const percent = typedPercent(input);
    if (percent) s.cells.set(key, { value: percent.value, formula: null, format: percent.format });
    else if (input === null || input === "") s.cells.delete(key);
    else if (typeof input === "string" && input.startsWith("=")) s.cells.set(key, { value: null, formula: input });
    else s.cells.set(key, { value: input, formula: null });
  }

  /** What a cell holds: its value, or its formula text. */
  cell(sheet: string, address: string): CellValue {
    const c = this.sheet(sheet)?.cells.get(address.toUpperCase());
    return c ? (c.formula ?? c.value) : null;
  }
}

function toCell(input: CellInput | undefined): MemoryCell | null {
  if (input === undefined || input === null) return null;
  if (isFormulaInput(input)) return { value: input.value ?? null, formula: input.formula };
  if (input === "") return null;
  return { value: input, formula: null };
}

/** The used part of a memory sheet from A1, as the port reads it. */
export function gridOf(sheet: MemorySheet): Grid {
  let rows = 0;
  let cols = 0;
  const parsed: [number, number, MemoryCell][] = [];
  for (const [address, cell] of sheet.cells) {
    const { row, column } = parseCell(address);
    parsed.push([row, column, cell]);
    rows = Math.max(rows, row + 1);
    cols = Math.max(cols, column + 1);
  }
  const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: rows }, () => Array<string | null>(cols).fill(null));
  const formats: (string | null)[][] = Array.from({ length: rows }, () => Array<string | null>(cols).fill(null));
  for (const [r, c, cell] of parsed) {
    (values[r] as CellValue[])[c] = cell.value;
    (formulas[r] as (string | null)[])[c] = cell.formula;
    (formats[r] as (string | null)[])[c] = cell.format ?? null;
  }
  return { values, formulas, formats };
}

/**
 * Moves the cells of columns `column1`…`column2` from row `from` on down one row, as Excel does
 * for a table row inserted there (both fakes of the rows port).
 */
export function moveCellsDown<T>(cells: Map<string, T>, from: number, column1: number, column2: number): void {
  const moved = [...cells.entries()]
    .map(([address, cell]) => ({ ...parseCell(address), cell }))
    .filter((c) => c.row >= from && c.column >= column1 && c.column <= column2)
    .sort((x, y) => y.row - x.row);
  for (const c of moved) {
    cells.delete(cellAddress(c.row, c.column));
    cells.set(cellAddress(c.row + 1, c.column), c.cell);
  }
}
