// The fake Excel's calculation: what a formula cell shows. Excel's Range.values gives a formula's
// computed value, an error as its text ("#NAME?", "#VALUE!"…), never "" for a formula that has a
// value; so does the fake, computing the whole workbook with HyperFormula (a dev dependency: it
// reaches test bundles only, never the add-in's). Structured references are read against the
// tables as they are now (a table that grew is counted whole); names are the workbook's, except
// LAMBDA names, which HyperFormula cannot define: calls to them show #NAME?, as in Excel 2021.
// Add-in functions (=KPI.SCORE) are not registered either and show #NAME?, as in a workbook
// opened without the add-in.
import { HyperFormula, type CellValue as HfValue } from "hyperformula";
import { structuredToA1, type TableLocation } from "../../src/excel/structuredRefs";
import { cellAddress, parseCell } from "../../src/workbook/a1";

type Value = string | number | boolean | null;

/** The part of the fake workbook a calculation reads (fakeExcel.ts). */
interface CalcSheet {
  name: string;
  cells: Map<string, { value: Value; formula: string | null }>;
}
interface CalcWorkbook {
  sheets: CalcSheet[];
  tables: { name: string; sheet: string; range: string }[];
  names: { name: string; formula: string }[];
  sheet(name: string): CalcSheet | undefined;
}

const CONFIG = { licenseKey: "gpl-v3", useArrayArithmetic: true } as const;

export class FakeCalc {
  private hf: HyperFormula | null = null;
  private ids = new Map<CalcSheet, number>();

  constructor(private readonly excel: CalcWorkbook) {}

  /** Something changed: compute again on the next read. */
  invalidate(): void {
    if (this.hf) this.hf.destroy();
    this.hf = null;
  }

  /** The computed value of a formula cell. */
  value(sheet: CalcSheet, address: string): Value {
    const hf = this.build();
    const id = this.ids.get(sheet);
    if (id === undefined) return "#REF!";
    const { row, column } = parseCell(address);
    return shown(hf.getCellValue({ sheet: id, row, col: column }));
  }

  private build(): HyperFormula {
    if (this.hf) return this.hf;
    const tables = this.tableIndex();
    const sheets: Record<string, (string | number | boolean | null)[][]> = {};
    for (const s of this.excel.sheets) {
      const grid: (string | number | boolean | null)[][] = [];
      for (const [key, cell] of s.cells) {
        const { row, column } = parseCell(key);
        while (grid.length <= row) grid.push([]);
        const r = grid[row] as (string | number | boolean | null)[];
        while (r.length <= column) r.push(null);
        r[column] = cell.formula !== null ? forHf(cell.formula, s.name, row, tables) : typeof cell.value === "string" ? `'${cell.value}` : cell.value;
      }
      sheets[s.name] = grid;
    }
    const hf = HyperFormula.buildFromSheets(sheets, CONFIG);
    for (const n of this.excel.names) {
      if (/LAMBDA\(/i.test(n.formula)) continue;
      try {
        hf.addNamedExpression(n.name, n.formula);
      } catch {
        // a name HyperFormula cannot hold: calls to it show #NAME?
      }
    }
    this.ids = new Map(this.excel.sheets.map((s) => [s, hf.getSheetId(s.name) as number]));
    this.hf = hf;
    return hf;
  }

  /** Every table as structuredToA1 needs it: its sheet, rows now, and columns by header. */
  private tableIndex(): Map<string, TableLocation> {
    const out = new Map<string, TableLocation>();
    for (const t of this.excel.tables) {
      const sheet = this.excel.sheet(t.sheet);
      if (!sheet) continue;
      const [a, b = a] = t.range.split(":") as [string, string?];
      const p = parseCell(a);
      const q = parseCell(b);
      const columns = new Map<string, number>();
      for (let c = p.column; c <= q.column; c++) {
        const h = sheet.cells.get(cellAddress(p.row, c))?.value;
        if (typeof h === "string") columns.set(h.toLowerCase(), c);
      }
      out.set(t.name.toLowerCase(), { sheet: t.sheet, firstDataRow: p.row + 1, lastRow: q.row, columns });
    }
    return out;
  }
}

/** A formula as HyperFormula takes it: structured references as the A1 ranges they cover now. */
function forHf(formula: string, sheet: string, row: number, tables: ReadonlyMap<string, TableLocation>): string {
  try {
    return structuredToA1(formula, sheet, row, tables);
  } catch {
    return "=#REF!";
  }
}

function shown(v: HfValue): Value {
  if (v === null) return 0; // a formula that refers to a blank cell shows 0 in Excel
  if (typeof v === "object") return errorText(v.value);
  return v;
}

/** HyperFormula's error values as Excel shows them. */
function errorText(value: string): string {
  return ["#DIV/0!", "#N/A", "#NAME?", "#NUM!", "#REF!", "#VALUE!", "#NULL!", "#SPILL!", "#CALC!"].includes(value) ? value : "#VALUE!";
}

const SHEET_PREFIX = String.raw`(?:'(?:[^']|'')+'|[^\s'!(),=+\-*/&<>":;{}\[\]]+)!`;
const CELL_REF = new RegExp(String.raw`(${SHEET_PREFIX})?(\$?[A-Z]{1,3}\$?)(\d+)(?![\d(A-Za-z_])`, "g");

/**
 * A formula on sheet `on` after rows were inserted at row `at` (0-based) of sheet `target`: every
 * A1 reference into `target` at or below `at` moves down one row, as Excel moves references to
 * cells that moved. Text inside string literals is left alone.
 */
export function shiftRows(formula: string, on: string, target: string, at: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(CELL_REF, (whole, prefix: string | undefined, col: string, digits: string, offset: number, all: string) => {
            const before = all[offset - 1] ?? "";
            if (/[A-Za-z0-9_.]/.test(before) && !prefix) return whole;
            const sheet = prefix ? prefix.slice(0, -1).replace(/^'|'$/g, "").replace(/''/g, "'") : on;
            if (sheet.toLowerCase() !== target.toLowerCase()) return whole;
            const row = Number(digits) - 1;
            return row >= at ? `${prefix ?? ""}${col}${row + 2}` : whole;
          }),
    )
    .join("");
}
