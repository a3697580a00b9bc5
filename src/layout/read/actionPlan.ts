// Sheet 4, the action plan: a project row starts an entry, the step rows under it are its steps;
// the months are marks under the month headers (found by name) or text in "เดือนอื่น"; the budget
// total row. Positions are kept per entry and step for locate().
import type { PlannedMonth } from "../../core/schema/plan";
import { parseMonth } from "../../core/thai/calendar";
import type { CellValue } from "../../workbook/model";
import { actionPlanColumns, BUDGET_TOTAL_LABEL } from "../layout";
import { mirrorCumulative } from "../mirror";
import { parseOtherMonths } from "../text";
import type { CellRef, ReadIssue } from "../types";
import { isBlank, norm, numericOf, tableColumns, textOf, type Numeric, type Sheet } from "./cells";
import { readIssue } from "./issues";

export interface ActionRead {
  entries: (Record<string, unknown> & { kpi: string })[];
  budgetTotal: Numeric | undefined;
  positions: Map<string, CellRef>;
  kpiPositions: [string, string, CellRef][];
}

/** Projects (a row with a KPI, project, budget or division) and their steps (rows below it). */
export function readActionPlan(sheet: Sheet | null, fiscalYear: number, issues: ReadIssue[]): ActionRead {
  const out: ActionRead = { entries: [], budgetTotal: undefined, positions: new Map(), kpiPositions: [] };
  if (!sheet) return out;
  const months: { col: number; month: number }[] = [];
  const defs = actionPlanColumns(fiscalYear).filter((d) => !d.key.startsWith("month:"));
  const table = tableColumns(sheet, defs, "kpi", issues, (header, col) => {
    const month = parseMonth(norm(header).split(" ")[0] ?? "");
    if (month !== null && !months.some((m) => m.month === month)) months.push({ col, month });
  });
  if (!table) return out;
  const { headerRow, cols } = table;
  months.sort((a, b) => ((a.month + 2) % 12) - ((b.month + 2) % 12));
  const typed = (r: number, k: string): CellValue => sheet.typed(r, cols.get(k));
  const isMark = (v: CellValue): boolean => !isBlank(v) && v !== 0 && v !== false && textOf(v).trim() !== "-";

  type Entry = ActionRead["entries"][number] & { steps: Record<string, unknown>[] };
  let current: Entry | null = null;
  let previous: Numeric = null;
  const startEntry = (r: number): Entry => {
    const e = out.entries.length;
    const entry: Entry = {
      kpi: typed(r, "kpi") === null ? "" : sheet.code(r, cols.get("kpi")),
      project: textOf(typed(r, "project")),
      budget: numericOf(typed(r, "budget")),
      division: textOf(typed(r, "division")),
      steps: [],
    };
    out.entries.push(entry);
    for (const k of ["kpi", "project", "budget", "division"]) {
      const c = cols.get(k);
      if (c !== undefined) record(entry.kpi, `actionPlan[${e}].${k}`, sheet.ref(r, c));
    }
    record(entry.kpi, `actionPlan[${e}]`, sheet.ref(r, cols.get("project") ?? 0));
    record(entry.kpi, `actionPlan[${e}].steps`, sheet.ref(r, cols.get("percent") ?? cols.get("project") ?? 0));
    previous = null;
    return entry;
  };
  const record = (kpi: string, field: string, ref: CellRef): void => {
    out.positions.set(field, ref);
    out.kpiPositions.push([kpi, field, ref]);
  };

  for (let r = headerRow + 1; r < sheet.rowCount; r++) {
    const project = textOf(typed(r, "project"));
    const headerCells = ["kpi", "project", "budget", "division"].some((k) => !isBlank(typed(r, k)));
    const stepCells =
      ["no", "step", "percent", "otherMonths"].some((k) => !isBlank(typed(r, k))) ||
      (cols.has("cumulative") && !isBlank(typed(r, "cumulative"))) ||
      months.some((m) => isMark(sheet.value(r, m.col)));
    if (!headerCells && !stepCells) continue;
    if (!stepCells && isBlank(typed(r, "kpi")) && project.trim().startsWith(norm(BUDGET_TOTAL_LABEL).split(" ")[0] as string)) {
      const c = cols.get("budget");
      if (c !== undefined) {
        out.positions.set("budgetTotal", sheet.ref(r, c));
        const v = typed(r, "budget");
        out.budgetTotal = isBlank(v) ? undefined : numericOf(v);
      }
      continue;
    }
    if (headerCells || current === null) current = startEntry(r);
    if (!stepCells) continue;
    const e = out.entries.length - 1;
    const s = current.steps.length;
    const at = `actionPlan[${e}].steps[${s}]`;
    const no = numericOf(typed(r, "no"));
    if (typeof no === "string") issues.push(readIssue("STEP_NO_UNREADABLE", sheet.ref(r, cols.get("no") ?? 0), { value: no }, current.kpi));
    const percent = sheet.percent(r, cols.get("percent"), true, current.kpi, true);
    const cumCol = cols.get("cumulative");
    const cumulative: Numeric =
      cumCol !== undefined && sheet.formula(r, cumCol) !== null ? mirrorCumulative(previous, percent) : numericOf(typed(r, "cumulative"));
    previous = cumulative;
    const planned: PlannedMonth[] = [];
    months.forEach((m) => {
      if (!isMark(sheet.value(r, m.col))) return;
      record(current?.kpi ?? "", `${at}.months[${planned.length}]`, sheet.ref(r, m.col));
      planned.push(m.month);
    });
    const otherCol = cols.get("otherMonths");
    for (const m of parseOtherMonths(textOf(typed(r, "otherMonths")))) {
      if (otherCol !== undefined) record(current.kpi, `${at}.months[${planned.length}]`, sheet.ref(r, otherCol));
      planned.push(m);
    }
    current.steps.push({ no, text: textOf(typed(r, "step")), percent, cumulative, months: planned });
    record(current.kpi, at, sheet.ref(r, cols.get("no") ?? 0));
    for (const [k, field] of [
      ["no", "no"],
      ["step", "text"],
      ["percent", "percent"],
      ["cumulative", "cumulative"],
    ] as const) {
      const c = cols.get(k);
      if (c !== undefined) record(current.kpi, `${at}.${field}`, sheet.ref(r, c));
    }
    if (months[0]) record(current.kpi, `${at}.months`, sheet.ref(r, months[0].col));
  }
  // A project row that names only a KPI, with nothing else and no steps, is the template's blank.
  const kept = out.entries.filter((e) => e.project !== "" || e.budget !== null || e.division !== "" || (e.steps as unknown[]).length > 0);
  if (kept.length !== out.entries.length) {
    // Indexes in positions refer to the unfiltered list: rebuild them for the kept entries.
    const remap = new Map(out.entries.map((e, i) => [i, kept.indexOf(e)]));
    const fix = (field: string): string | null => {
      const m = /^actionPlan\[(\d+)\]/.exec(field);
      if (!m) return field;
      const to = remap.get(Number(m[1]));
      return to === undefined || to < 0 ? null : field.replace(/^actionPlan\[\d+\]/, `actionPlan[${to}]`);
    };
    const positions = new Map<string, CellRef>();
    for (const [f, ref] of out.positions) {
      const g = fix(f);
      if (g !== null) positions.set(g, ref);
    }
    out.positions = positions;
    out.kpiPositions = out.kpiPositions.flatMap(([k, f, ref]) => {
      const g = fix(f);
      return g === null ? [] : [[k, g, ref] as [string, string, CellRef]];
    });
    out.entries = kept;
  }
  return out;
}
