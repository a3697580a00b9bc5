// The values the evaluation sheet's formulas should show for a plan, for a workbook whose inputs
// were written without a spreadsheet to recalculate them (`kpi import --into plan.xlsx`): a file
// carries each formula's last value, and a viewer that does not recalculate on opening (LibreOffice
// by default) shows that value. Per KPI row the round's criteria, points and weighted scores as the
// renderer computes them (evaluationRowValues); per subtotal and total the SUM of the cells it
// names, as the renderer writes them. Only formula cells are given; a value typed over a formula
// stays as it is.
import type { Framework } from "../core/schema/framework";
import type { Plan } from "../core/schema/plan";
import { cellAddress, parseCell } from "../workbook/a1";
import type { CellValue, Grid } from "../workbook/model";
import { CRITERIA_KEYS, evaluationColumns } from "./layout";
import { Sheet, tableColumns, textOf } from "./read/cells";
import { rowRound } from "./read/evaluation";
import { evaluationRowValues, type RowValueKey } from "./render/evaluation";

const ROW_KEYS: readonly RowValueKey[] = [...CRITERIA_KEYS, "points", "score", "selfScore"];
const SUM_KEYS = ["score", "selfScore"] as const;
/** A subtotal or total as the renderer writes it: the SUM of single cells, or 0 for none. */
const SUM = /^=SUM\(([A-Z]+\d+(?:,[A-Z]+\d+)*)\)$/;

export interface FormulaValue {
  /** The A1 address on the evaluation sheet. */
  cell: string;
  value: CellValue;
}

/** The value each score-related formula cell of the evaluation sheet's grid should show for `plan`. */
export function evaluationFormulaValues(grid: Grid, plan: Plan, framework: Framework): FormulaValue[] {
  const sheet = new Sheet("", grid);
  const table = tableColumns(sheet, evaluationColumns(), "kpi", []);
  if (!table) return [];
  const { headerRow, cols } = table;
  const kpis = new Map(plan.kpis.map((k) => [k.id, k]));
  const values = new Map<string, CellValue>();
  for (let r = headerRow + 1; r < sheet.rowCount; r++) {
    const kpi = kpis.get(textOf(sheet.value(r, cols.get("kpi"))).trim());
    const round = rowRound(textOf(sheet.value(r, cols.get("round"))).trim());
    if (!kpi || round === null) continue;
    const row = evaluationRowValues(kpi, round, framework);
    for (const key of ROW_KEYS) {
      const c = cols.get(key);
      if (c !== undefined && sheet.formula(r, c) !== null) values.set(cellAddress(r, c), row[key]);
    }
  }
  // Subtotals and totals: each the sum of the cells it names, themselves refreshed first.
  const sums = new Map<string, string[]>();
  for (let r = headerRow + 1; r < sheet.rowCount; r++) {
    for (const key of SUM_KEYS) {
      const c = cols.get(key);
      const formula = c === undefined ? null : sheet.formula(r, c);
      if (c === undefined || formula === null) continue;
      const refs = formula.replace(/\s+/g, "") === "=0" ? [] : SUM.exec(formula.replace(/\$/g, ""))?.[1]?.split(",");
      if (refs) sums.set(cellAddress(r, c), refs);
    }
  }
  const valueAt = (address: string, seen: Set<string>): number => {
    const refs = sums.get(address);
    if (refs && !seen.has(address)) {
      seen.add(address);
      const total = refs.reduce((s, ref) => s + valueAt(ref, seen), 0);
      values.set(address, total);
      return total;
    }
    const v = values.has(address) ? values.get(address) : cellValue(grid, address);
    return typeof v === "number" ? v : 0;
  };
  for (const address of sums.keys()) valueAt(address, new Set());
  return [...values].map(([cell, value]) => ({ cell, value }));
}

function cellValue(grid: Grid, address: string): CellValue {
  const { row, column } = parseCell(address);
  return grid.values[row]?.[column] ?? null;
}
