// Are the template's formulas still the template's? A formula cell replaced by a constant (a
// weight, the criteria or the rubric kind on the evaluation sheet, a subtotal) or by another
// formula changes the scores Excel shows while the plan read from the cells — which never reads
// those cells — stays the same, and so would the check and the seal. Each formula the layout
// would write for the plan read (src/layout/render, the same renderer that wrote it) is compared
// with the workbook's cell in the same row (found by its key: KPI id, level, round, component)
// and column (found by its header), in the canonical form of formulaText.ts; each one missing or
// changed is a TEMPLATE_FORMULA_CHANGED read issue naming the cell and the formula expected.
//
// A value typed where the layout writes a "stated" formula (rubric points, weighted scores, the
// cumulative percentage, the budget total) is left alone: the read takes it into the plan and
// the rules check it (RUBRIC_POINTS, SCORE_STALE, STEP_CUMULATIVE, BUDGET_TOTAL). Workbooks of
// another layout version are not compared. Rendering the template again and comparing every
// formula costs too much for every keystroke: the task pane runs this on its full check and seal.
import { actionPlanColumns, BUDGET_TOTAL_LABEL, evaluationColumns, HEADER_ROW, LAYOUT_VERSION, registerColumns, reviewColumns, rubricColumns, SHEETS, TOTAL_LABEL, type ColumnDef } from "../layout/layout";
import { findHeader, Sheet, textOf } from "../layout/read/cells";
import { renderTemplate } from "../layout/render";
import { sheetInLayout } from "../layout/sheets";
import { DATA_SHEET_IDS, type DataSheetId, type ReadIssue } from "../layout/types";
import { cellAddress } from "../workbook/a1";
import { isFormulaInput, type CellValue, type Grid, type SheetRender } from "../workbook/model";
import { canonicalFormula, headerKey, type FormulaContext, type SheetLayout } from "./formulaText";
import { writtenFramework, type TemplateRead } from "./read";

const COLUMNS: Record<DataSheetId, (fiscalYear: number) => ColumnDef[]> = {
  register: () => registerColumns([], 0),
  rubric: () => rubricColumns(),
  evaluation: () => evaluationColumns(),
  reviews: () => reviewColumns(),
  actionPlan: (fy) => actionPlanColumns(fy),
};

/** What identifies a row of a sheet on both sides, whatever rows were added or removed elsewhere. */
type RowKeys = (row: (key: string) => string) => (string | null);

function rowKeyer(id: DataSheetId): RowKeys {
  switch (id) {
    case "register":
      return (v) => (v("id") ? `kpi:${v("id")}` : v("name").startsWith(TOTAL_LABEL) ? "total" : v("component") ? `heading:${v("component")}` : null);
    case "rubric": {
      const seen = new Map<string, number>();
      return (v) => {
        const id = v("kpi");
        if (!id) return null;
        const n = (seen.get(id) ?? 0) + 1;
        seen.set(id, n);
        return `kpi:${id}#${n}`;
      };
    }
    case "evaluation":
      return (v) => {
        const round = v("round");
        if (v("kpi")) return `${round}|kpi:${v("kpi")}`;
        if (v("name").startsWith(TOTAL_LABEL)) return `${round}|total`;
        return v("component") ? `${round}|heading:${v("component")}` : round ? `${round}|round` : null;
      };
    case "reviews":
      return (v) => (v("component") ? `${v("round")}|${v("component")}` : null);
    case "actionPlan": {
      let project = 0;
      let step = 0;
      return (v) => {
        if (v("project") === BUDGET_TOTAL_LABEL) return "total";
        if (v("kpi") || v("project")) {
          project++;
          step = 0;
          return `p${project}`;
        }
        if (!v("no") && !v("step") && !v("percent")) return null;
        step++;
        return `p${project}s${step}`;
      };
    }
  }
}

interface Side {
  grid: Grid;
  layout: SheetLayout;
  /** Row of each key, and column of each header. */
  rowOf: Map<string, number>;
  columnOf: Map<string, number>;
}

function side(id: DataSheetId, grid: Grid, defs: readonly ColumnDef[]): Side | null {
  const anchor = defs.find((d) => d.key === SHEETS[id].anchor) as ColumnDef;
  const headerRow = findHeader(new Sheet("", grid), anchor.th);
  if (headerRow === null) return null;
  const headers = new Map<number, string>();
  const columnOf = new Map<string, number>();
  (grid.values[headerRow] ?? []).forEach((h, c) => {
    if (typeof h !== "string" || h.trim() === "") return;
    headers.set(c, headerKey(h));
    if (!columnOf.has(headerKey(h))) columnOf.set(headerKey(h), c);
  });
  const byKey = new Map(defs.map((d) => [d.key, columnOf.get(headerKey(d.th))]));
  const keyOf = rowKeyer(id);
  const rowKeys = new Map<number, string>();
  const rowOf = new Map<string, number>();
  for (let r = headerRow + 1; r < grid.values.length; r++) {
    const values = grid.values[r] ?? [];
    const key = keyOf((k) => {
      const c = byKey.get(k);
      return c === undefined ? "" : textOf(values[c]).trim();
    });
    if (key === null || rowOf.has(key)) continue;
    rowKeys.set(r, key);
    rowOf.set(key, r);
  }
  return { grid, layout: { headerRow, headers, rowKeys }, rowOf, columnOf };
}

/** A rendered sheet as the grid it becomes: each formula with the value it is written with. */
function renderedGrid(sheet: SheetRender): Grid {
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (const row of sheet.rows) {
    const v: CellValue[] = Array<CellValue>(width).fill(null);
    const f: (string | null)[] = Array<string | null>(width).fill(null);
    row.forEach((cell, c) => {
      if (isFormulaInput(cell)) {
        f[c] = cell.formula;
        v[c] = cell.value ?? null;
      } else v[c] = cell ?? null;
    });
    values.push(v);
    formulas.push(f);
  }
  return { values, formulas };
}

/** A formula as a message shows it: whole when short, else its start. */
const shown = (formula: string): string => (formula.length <= 160 ? formula : `${formula.slice(0, 150)}…`);

/**
 * TEMPLATE_FORMULA_CHANGED for each formula of the template that the workbook's cell no longer
 * holds. `grids` are the sheets the read was made from.
 */
export function formulaIssues(read: TemplateRead, grids: ReadonlyMap<string, Grid>): ReadIssue[] {
  const { meta } = read;
  if (meta.layoutVersion !== LAYOUT_VERSION) return [];
  const framework = writtenFramework(meta) ?? read.framework;
  const model = renderTemplate(read.plan, { framework, sheets: meta.sheets, tables: meta.tables });
  const fiscalYear = meta.fiscalYear ?? read.plan.fiscalYear;
  const ids = DATA_SHEET_IDS.filter((id) => sheetInLayout(id, meta.layoutVersion));
  const expected = new Map<string, Side>();
  const actual = new Map<string, Side>();
  for (const id of ids) {
    const defs = COLUMNS[id](fiscalYear);
    const rendered = model.sheets.find((s) => s.name === meta.sheets[id]);
    const grid = grids.get(meta.sheets[id]);
    const e = rendered ? side(id, renderedGrid(rendered), defs) : null;
    const a = grid ? side(id, grid, defs) : null;
    if (e && a && e.layout.headerRow === HEADER_ROW) {
      expected.set(id, e);
      actual.set(id, a);
    }
  }
  const lower = (names: Record<string, string>): Map<string, string> => new Map(Object.entries(names).map(([id, name]) => [name.toLowerCase(), id]));
  const sheetIds = lower(meta.sheets);
  const tableIds = lower(meta.tables);
  const context = (sides: Map<string, Side>): FormulaContext => ({
    sheetOf: (name) => sheetIds.get(name),
    tableOf: (name) => tableIds.get(name),
    layouts: new Map([...sides].map(([id, s]) => [id, s.layout])),
  });
  const want = context(expected);
  const have = context(actual);
  // Where every sheet's rows and columns are where the layout puts them (a workbook no one
  // reordered), a formula of the same text in the same cell has the same canonical form: most
  // cells are then compared as text, the dearest part of this otherwise (~50 ms a workbook).
  const untouched = [...expected].every(([id, e]) => sameLayout(e.layout, actual.get(id)?.layout));
  const bare = (f: string): string => (f.startsWith("=") ? f.slice(1) : f);

  const issues: ReadIssue[] = [];
  for (const id of ids) {
    const e = expected.get(id);
    const a = actual.get(id);
    if (!e || !a) continue;
    const defs = new Map(COLUMNS[id](fiscalYear).map((d) => [headerKey(d.th), d]));
    e.grid.formulas.forEach((row, r) => {
      const key = e.layout.rowKeys.get(r);
      const ar = key === undefined ? undefined : a.rowOf.get(key);
      if (key === undefined || ar === undefined) return;
      row.forEach((formula, c) => {
        const header = e.layout.headers.get(c);
        const ac = header === undefined ? undefined : a.columnOf.get(header);
        if (formula === null || ac === undefined || header === undefined) return;
        const found = a.grid.formulas[ar]?.[ac] ?? null;
        const def = defs.get(header);
        if (found === null && readAsStated(id, def, key)) return;
        if (found !== null && untouched && ar === r && ac === c && bare(found) === bare(formula)) return;
        if (found !== null && canonicalFormula(found, id, ar, have) === canonicalFormula(formula, id, r, want)) return;
        const at = { sheet: meta.sheets[id], cell: cellAddress(ar, ac) };
        const value = a.grid.values[ar]?.[ac];
        const kpi = /kpi:([^#]+)/.exec(key)?.[1];
        const where: ReadIssue["where"] = kpi === undefined ? { ...at } : { ...at, kpi };
        const message = formulaMessage({ ...at, expected: shown(formula), found: found === null ? null : shown(found), value: textOf(value ?? null) });
        issues.push({ code: "TEMPLATE_FORMULA_CHANGED", severity: "error", message, where });
      });
    });
  }
  return issues;
}

/**
 * A typed value where the layout writes a formula that the read takes into the plan when typed
 * over (a "stated" column on a KPI's row; the budget total): the rules check it, not this.
 */
function readAsStated(id: DataSheetId, def: ColumnDef | undefined, rowKey: string): boolean {
  if (id === "actionPlan" && def?.key === "budget") return true;
  if (def?.role !== "stated") return false;
  return id !== "evaluation" || rowKey.includes("|kpi:");
}

/** A formula of the template replaced by a value (found null) or by another formula. */
function formulaMessage(p: { sheet: string; cell: string; expected: string; found: string | null; value: string }): { th: string; en: string } {
  return p.found === null
    ? {
        th: `สูตรของแม่แบบใน '${p.sheet}'!${p.cell} ถูกแทนด้วยค่า "${p.value}" คะแนนที่ Excel แสดงจึงอาจไม่ตรงกับที่ตรวจ สูตรที่ถูกต้องคือ ${p.expected}`,
        en: `the template's formula in '${p.sheet}'!${p.cell} was replaced by the value "${p.value}", so the scores Excel shows may differ from those checked; the formula should be ${p.expected}`,
      }
    : {
        th: `สูตรใน '${p.sheet}'!${p.cell} ไม่ใช่สูตรของแม่แบบ (พบ ${p.found}) คะแนนที่ Excel แสดงจึงอาจไม่ตรงกับที่ตรวจ สูตรที่ถูกต้องคือ ${p.expected}`,
        en: `the formula in '${p.sheet}'!${p.cell} is not the template's (found ${p.found}), so the scores Excel shows may differ from those checked; the formula should be ${p.expected}`,
      };
}

/** The same header row, columns and row keys. */
function sameLayout(a: SheetLayout, b: SheetLayout | undefined): boolean {
  const same = <K, V>(x: ReadonlyMap<K, V>, y: ReadonlyMap<K, V>): boolean => x.size === y.size && [...x].every(([k, v]) => y.get(k) === v);
  return b !== undefined && a.headerRow === b.headerRow && same(a.headers, b.headers) && same(a.rowKeys, b.rowKeys);
}
