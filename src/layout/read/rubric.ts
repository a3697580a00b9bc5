// Sheet 2, the scoring rubric: five rows per KPI, level 5 first. Points written as the formula
// read as weight × percent; the template's untouched blank rows read as no levels.
import type { Framework } from "../../core/schema/framework";
import type { CellValue } from "../../workbook/model";
import { rubricColumns } from "../layout";
import { mirrorPoints } from "../mirror";
import type { CellRef, ReadIssue } from "../types";
import { isBlank, numericOf, tableColumns, textOf, type Sheet } from "./cells";
import { readIssue } from "./issues";
import { inPercent, type KpiDraft } from "./register";

export interface RubricRead {
  levels: Map<string, Record<string, unknown>[]>;
  /** The mid-year criteria by level (index 0 = level 1), for KPIs whose rubric rows state any. */
  midCriteria: Map<string, unknown[]>;
  /** KPIs whose rubric rows hold more than the template's blank rows. */
  content: Set<string>;
  positions: Map<string, Map<string, CellRef>>;
}

/** Rubric rows grouped by KPI id, level 5 first; the five blank rows of a KPI read as no levels. */
export function readRubric(sheet: Sheet | null, framework: Framework, kpis: ReadonlyMap<string, KpiDraft>, issues: ReadIssue[]): RubricRead {
  const out: RubricRead = { levels: new Map(), midCriteria: new Map(), content: new Set(), positions: new Map() };
  if (!sheet) return out;
  const table = tableColumns(sheet, rubricColumns(), "kpi", issues);
  if (!table) return out;
  const { headerRow, cols } = table;
  const typed = ["level", "percent", "description", "points", "criterion", "midCriterion"].map((k) => cols.get(k)).filter((c): c is number => c !== undefined);
  const groups = new Map<string, number[]>();
  for (let r = headerRow + 1; r < sheet.rowCount; r++) {
    const id = sheet.code(r, cols.get("kpi"));
    const content = typed.some((c) => !isBlank(sheet.value(r, c)) && sheet.formula(r, c) === null);
    if (id === "") {
      if (content && !typed.every((c) => c === cols.get("level") || c === cols.get("percent") || isBlank(sheet.value(r, c)))) {
        issues.push(readIssue("ROW_WITHOUT_KPI", sheet.ref(r, cols.get("kpi") ?? 0), { id }));
      }
      continue;
    }
    groups.set(id, [...(groups.get(id) ?? []), r]);
  }
  const ladder = framework.ladder;
  for (const [id, rows] of groups) {
    const draft = kpis.get(id);
    const get = (r: number, k: string): CellValue => sheet.value(r, cols.get(k));
    const isDefault =
      rows.length === 5 &&
      rows.every((r, j) => {
        const level = 5 - j;
        return (
          numericOf(get(r, "level")) === level &&
          numericOf(get(r, "percent")) === ladder[level - 1] &&
          isBlank(get(r, "description")) &&
          isBlank(get(r, "criterion")) &&
          isBlank(get(r, "midCriterion")) &&
          (sheet.formula(r, cols.get("points")) !== null || cols.get("points") === undefined)
        );
      });
    if (!draft) {
      if (!isDefault) issues.push(readIssue("ROW_WITHOUT_KPI", sheet.ref(rows[0] as number, cols.get("kpi") ?? 0), { id }, id));
      continue;
    }
    if (isDefault) {
      // The blank rows are where this KPI's levels are to be typed: findings point there.
      const first = sheet.ref(rows[0] as number, cols.get("level") ?? cols.get("kpi") ?? 0);
      out.positions.set(id, new Map([["rubric.levels", first], ["rubric", first]]));
      continue;
    }
    out.content.add(id);
    const positions = new Map<string, CellRef>();
    const ordered = [...rows].reverse();
    // Criteria count in percent where the KPI does (ร้อยละ 92…100); the success % always does.
    const percentKpi = inPercent(draft);
    const levels = ordered.map((r, i) => {
      const percent = sheet.percent(r, cols.get("percent"), true, id);
      const pointsCol = cols.get("points");
      const points = pointsCol !== undefined && sheet.formula(r, pointsCol) !== null ? mirrorPoints(draft.weight, percent) : numericOf(get(r, "points"));
      for (const k of ["level", "percent", "description", "points", "criterion"]) {
        const c = cols.get(k);
        if (c !== undefined) positions.set(`rubric.levels[${i}].${k}`, sheet.ref(r, c));
      }
      positions.set(`rubric.levels[${i}]`, sheet.ref(r, cols.get("level") ?? cols.get("kpi") ?? 0));
      return {
        level: numericOf(get(r, "level")),
        percent,
        points,
        description: textOf(get(r, "description")),
        criterion: sheet.percent(r, cols.get("criterion"), percentKpi, id),
      };
    });
    const levelOf = (r: number): unknown => numericOf(get(r, "level"));
    const mid = midCriteriaOf(ordered, levelOf, (r) => get(r, "midCriterion"), (r) => sheet.percent(r, cols.get("midCriterion"), percentKpi, id));
    const midCol = cols.get("midCriterion");
    if (midCol !== undefined) {
      // Where each level's mid-year criterion is typed, stated or not yet.
      rowsByLevel(ordered, levelOf).forEach((r, i) => {
        if (r !== null) positions.set(`rubric.rounds.mid.criteria[${i}]`, sheet.ref(r, midCol));
      });
    }
    if (mid) {
      out.midCriteria.set(id, mid.criteria);
      positions.set("rubric.rounds.mid.criteria", sheet.ref(mid.rows.find((r) => r !== null) ?? (rows[0] as number), midCol as number));
    }
    positions.set("rubric.levels", sheet.ref(rows[0] as number, cols.get("level") ?? 0));
    positions.set("rubric", sheet.ref(rows[0] as number, cols.get("level") ?? 0));
    out.levels.set(id, levels);
    out.positions.set(id, positions);
  }
  return out;
}

/**
 * The mid-year criteria of a KPI's rows (level 1 first), placed by each row's level; null when
 * none is typed. A level without a row has no mid-year criterion (null).
 */
function midCriteriaOf(
  rows: readonly number[],
  level: (r: number) => unknown,
  cell: (r: number) => CellValue,
  read: (r: number) => unknown,
): { criteria: unknown[]; rows: (number | null)[] } | null {
  if (rows.every((r) => isBlank(cell(r)))) return null;
  const at = rowsByLevel(rows, level);
  return { criteria: at.map((r) => (r === null ? null : read(r))), rows: at };
}

/** The row of each level 1…5 (index 0 = level 1), the first row that names it; null for a level without one. */
function rowsByLevel(rows: readonly number[], level: (r: number) => unknown): (number | null)[] {
  const at: (number | null)[] = [null, null, null, null, null];
  for (const r of rows) {
    const l = level(r);
    if (typeof l !== "number" || !Number.isInteger(l) || l < 1 || l > 5 || at[l - 1] !== null) continue;
    at[l - 1] = r;
  }
  return at;
}
