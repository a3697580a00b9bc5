import type { Kpi, RubricLevel } from "../../schema/plan";
import { checkCriteria } from "../../scoring/criteria";
import { numbersInText, parseThaiNumber } from "../../thai/number";
import type { Finding } from "../finding";
import { finding, num, same, type Rule } from "../context";

// These rules run over every KPI of plans of thousands of KPIs: they loop and push instead of
// building intermediate arrays, and a finding's text is built only when there is a finding.

const NO_LEVELS: readonly RubricLevel[] = [];
const levelsOf = (k: Kpi): readonly RubricLevel[] => k.rubric?.levels ?? NO_LEVELS;

const needsLevels = (k: Kpi): boolean => k.rubric?.kind !== "score100";

/** A rubric whose levels are exactly 1…5, each once: the other rubric rules can trust it. */
function wellFormed(levels: readonly RubricLevel[]): boolean {
  if (levels.length !== 5) return false;
  let seen = 0;
  for (const l of levels) {
    const n = l.level;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > 5) return false;
    const bit = 1 << n;
    if ((seen & bit) !== 0) return false;
    seen |= bit;
  }
  return true;
}

export const rubricLevels: Rule = ({ kpis }) => {
  const out: Finding[] = [];
  for (const k of kpis) {
    if (!needsLevels(k)) continue;
    const levels = levelsOf(k);
    if (levels.length === 0) {
      const where = { kpi: k.id, field: "rubric.levels" };
      out.push(finding("RUBRIC_LEVELS", where, { kpi: k.id, detailTh: "ยังไม่มีระดับความสำเร็จ", detailEn: "it has no levels" }));
      continue;
    }
    if (!wellFormed(levels)) {
      const listed = levels.map((l) => String(num(l.level) ?? "?")).join(", ");
      out.push(
        finding("RUBRIC_LEVELS", { kpi: k.id, field: "rubric.levels" }, {
          kpi: k.id,
          detailTh: `มีระดับ ${listed} ต้องมีระดับ ๑ ถึง ๕ ระดับละหนึ่งแถว`,
          detailEn: `it lists levels ${listed}; it needs levels 1 to 5, one row each`,
        }),
      );
      continue;
    }
    levels.forEach((l, index) => {
      if (l.description.trim() !== "") return;
      out.push(
        finding("RUBRIC_LEVELS", { kpi: k.id, field: `rubric.levels[${index}].description` }, {
          kpi: k.id,
          detailTh: `ระดับ ${l.level} ยังไม่มีคำอธิบายสิ่งที่ต้องทำให้สำเร็จ`,
          detailEn: `level ${l.level} does not say what must be achieved`,
        }),
      );
    });
  }
  return out;
};

export const rubricLadder: Rule = ({ kpis, ladder }) => {
  const out: Finding[] = [];
  for (const k of kpis) {
    const levels = levelsOf(k);
    if (!needsLevels(k) || !wellFormed(levels)) continue;
    levels.forEach((l, index) => {
      const n = l.level as number;
      const expected = ladder[n - 1] as number;
      const actual = l.percent;
      if (typeof actual === "string") return; // NOT_A_NUMBER says it
      if (actual !== null && same(actual, expected)) return;
      out.push(
        finding("RUBRIC_LADDER", { kpi: k.id, field: `rubric.levels[${index}].percent` }, {
          kpi: k.id,
          level: n,
          actual: actual ?? "–",
          expected,
        }),
      );
    });
  }
  return out;
};

export const rubricPoints: Rule = ({ kpis, ladder }) => {
  const out: Finding[] = [];
  for (const k of kpis) {
    const weight = num(k.weight);
    const levels = levelsOf(k);
    if (!needsLevels(k) || weight === null || weight <= 0 || !wellFormed(levels)) continue;
    levels.forEach((l, index) => {
      const n = l.level as number;
      const percent = num(l.percent) ?? (ladder[n - 1] as number);
      const expected = (weight * percent) / 100;
      if (typeof l.points === "string") return;
      if (l.points !== null && same(l.points, expected, 1e-6)) return;
      out.push(
        finding("RUBRIC_POINTS", { kpi: k.id, field: `rubric.levels[${index}].points` }, {
          kpi: k.id,
          level: n,
          actual: l.points ?? "–",
          weight,
          percent,
          expected,
        }),
      );
    });
  }
  return out;
};

/** True when five numbers are strictly ascending or strictly descending. */
function strictlyMonotonic(values: readonly number[]): boolean {
  let up = true;
  let down = true;
  for (let i = 1; i < values.length; i++) {
    const a = values[i - 1] as number;
    const b = values[i] as number;
    up &&= b > a;
    down &&= b < a;
  }
  return up || down;
}

export const criteriaOrder: Rule = ({ kpis }) => {
  const out: Finding[] = [];
  for (const k of kpis) {
    const levels = levelsOf(k);
    if (k.rubric?.kind !== "numeric" || !wellFormed(levels)) continue;
    // Row index of levels 1…5, so that a finding points at the row the user wrote.
    const rowOf = [0, 0, 0, 0, 0];
    for (let row = 0; row < 5; row++) rowOf[((levels[row] as RubricLevel).level as number) - 1] = row;
    const criteria = rowOf.map((row) => (levels[row] as RubricLevel).criterion);
    const missing = criteria.findIndex((c) => num(c) === null && typeof c !== "string");
    if (missing >= 0) {
      out.push(
        finding("CRITERIA_ORDER", { kpi: k.id, field: `rubric.levels[${rowOf[missing]}].criterion` }, {
          kpi: k.id,
          detailTh: `ระดับ ${missing + 1} ยังไม่มีเกณฑ์ที่เป็นตัวเลข`,
          detailEn: `level ${missing + 1} has no numeric criterion`,
        }),
      );
      continue;
    }
    if (criteria.some((v) => typeof v === "string")) continue; // NOT_A_NUMBER says it
    if (strictlyMonotonic(criteria as number[])) continue;
    const check = checkCriteria(criteria);
    if (!check.ok) {
      out.push(finding("CRITERIA_ORDER", { kpi: k.id, field: "rubric.levels" }, { kpi: k.id, detailTh: check.problem.th, detailEn: check.problem.en }));
    }
  }
  for (const k of kpis) out.push(...midCriteriaOrder(k));
  return out;
};

/** The mid-year criteria a numeric rubric states: five numbers, strictly monotonic. */
function midCriteriaOrder(k: Kpi): Finding[] {
  const criteria = k.rubric?.rounds?.mid?.criteria;
  if (k.rubric?.kind !== "numeric" || !criteria || criteria.length === 0) return [];
  const at = "rubric.rounds.mid.criteria";
  const detail = (th: string, en: string): Record<string, string> => ({ kpi: k.id, detailTh: `เกณฑ์ระยะครึ่งปี: ${th}`, detailEn: `mid-year criteria: ${en}` });
  const missing = [0, 1, 2, 3, 4].find((i) => num(criteria[i]) === null && typeof criteria[i] !== "string");
  if (missing !== undefined) {
    return [finding("CRITERIA_ORDER", { kpi: k.id, field: `${at}[${missing}]` }, detail(`ระดับ ${missing + 1} ยังไม่มีเกณฑ์ที่เป็นตัวเลข`, `level ${missing + 1} has no numeric criterion`))];
  }
  if (criteria.some((v) => typeof v === "string")) return []; // NOT_A_NUMBER says it
  const check = checkCriteria(criteria);
  return check.ok ? [] : [finding("CRITERIA_ORDER", { kpi: k.id, field: at }, detail(check.problem.th, check.problem.en))];
}

const NAMES_A_LEVEL = /ระดับ|level/i;

/** The target should be what level 5 asks for: its criterion, or the number its text names. */
export const targetMismatch: Rule = ({ kpis }) => {
  const out: Finding[] = [];
  for (const k of kpis) {
    if (k.target.trim() === "") continue;
    let top: RubricLevel | undefined;
    let fives = 0;
    for (const l of levelsOf(k)) {
      if (num(l.level) !== 5) continue;
      top = l;
      fives++;
    }
    // A rubric without a level 5 (a joint KPI whose rubric table is missing) leaves the target
    // nothing to be: RUBRIC_LEVELS reports the rubric, this reports the target that points at it.
    if (fives === 0 && needsLevels(k)) {
      out.push(finding("TARGET_MISMATCH", { kpi: k.id, field: "target" }, { kpi: k.id, target: k.target, level5: "" }));
      continue;
    }
    if (fives !== 1 || !top) continue; // RUBRIC_LEVELS says which level is doubled
    const target = parseThaiNumber(k.target);
    if (target === null) continue;
    let agrees: boolean;
    let level5: string;
    if (k.rubric?.kind === "numeric") {
      const c = num(top.criterion);
      if (c === null) continue;
      agrees = same(c, target, 1e-9);
      level5 = String(c);
    } else if (k.rubric?.kind === "milestone" && NAMES_A_LEVEL.test(k.target)) {
      agrees = target === 5;
      level5 = "ระดับ ๕";
    } else {
      const stated = numbersInText(top.description);
      if (stated.length === 0) continue;
      agrees = stated.some((v) => same(v, target));
      level5 = top.description;
    }
    if (!agrees) out.push(finding("TARGET_MISMATCH", { kpi: k.id, field: "target" }, { kpi: k.id, target: k.target, level5 }));
  }
  return out;
};
