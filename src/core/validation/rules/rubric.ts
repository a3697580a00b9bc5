import type { Kpi, RubricLevel } from "../../schema/plan";
import { checkCriteria } from "../../scoring/criteria";
import { numbersInText, parseThaiNumber } from "../../thai/number";
import { finding, num, same, type Rule } from "../context";

const LEVELS = [1, 2, 3, 4, 5];

/** Levels with their index in the plan, so findings point at the row the user wrote. */
function indexed(k: Kpi): { level: RubricLevel; index: number; n: number | null }[] {
  return (k.rubric?.levels ?? []).map((level, index) => ({ level, index, n: num(level.level) }));
}

const needsLevels = (k: Kpi): boolean => k.rubric?.kind !== "score100";

/** A rubric whose levels are exactly 1…5, each once: the other rubric rules can trust it. */
function wellFormed(k: Kpi): boolean {
  const ns = indexed(k).map((l) => l.n);
  return ns.length === 5 && LEVELS.every((n) => ns.filter((x) => x === n).length === 1);
}

export const rubricLevels: Rule = ({ kpis }) =>
  kpis.flatMap((k) => {
    if (!needsLevels(k)) return [];
    const levels = indexed(k);
    const where = { kpi: k.id, field: "rubric.levels" };
    if (levels.length === 0) {
      return [finding("RUBRIC_LEVELS", where, { kpi: k.id, detailTh: "ยังไม่มีระดับความสำเร็จ", detailEn: "it has no levels" })];
    }
    if (!wellFormed(k)) {
      const listed = levels.map((l) => (l.n === null ? "?" : String(l.n))).join(", ");
      return [
        finding("RUBRIC_LEVELS", where, {
          kpi: k.id,
          detailTh: `มีระดับ ${listed} ต้องมีระดับ ๑ ถึง ๕ ระดับละหนึ่งแถว`,
          detailEn: `it lists levels ${listed}; it needs levels 1 to 5, one row each`,
        }),
      ];
    }
    return levels
      .filter((l) => l.level.description.trim() === "")
      .map((l) =>
        finding("RUBRIC_LEVELS", { kpi: k.id, field: `rubric.levels[${l.index}].description` }, {
          kpi: k.id,
          detailTh: `ระดับ ${l.n} ยังไม่มีคำอธิบายสิ่งที่ต้องทำให้สำเร็จ`,
          detailEn: `level ${l.n} does not say what must be achieved`,
        }),
      );
  });

export const rubricLadder: Rule = ({ kpis, ladder }) =>
  kpis.flatMap((k) =>
    !needsLevels(k) || !wellFormed(k)
      ? []
      : indexed(k).flatMap(({ level, index, n }) => {
          const expected = ladder[(n as number) - 1] as number;
          const actual = level.percent;
          if (typeof actual === "string") return []; // NOT_A_NUMBER says it
          if (actual !== null && same(actual, expected)) return [];
          return [
            finding("RUBRIC_LADDER", { kpi: k.id, field: `rubric.levels[${index}].percent` }, {
              kpi: k.id,
              level: n as number,
              actual: actual ?? "–",
              expected,
            }),
          ];
        }),
  );

export const rubricPoints: Rule = ({ kpis, ladder }) =>
  kpis.flatMap((k) => {
    const weight = num(k.weight);
    if (!needsLevels(k) || !wellFormed(k) || weight === null || weight <= 0) return [];
    return indexed(k).flatMap(({ level, index, n }) => {
      const percent = num(level.percent) ?? (ladder[(n as number) - 1] as number);
      const expected = (weight * percent) / 100;
      if (typeof level.points === "string") return [];
      if (level.points !== null && same(level.points, expected, 1e-6)) return [];
      return [
        finding("RUBRIC_POINTS", { kpi: k.id, field: `rubric.levels[${index}].points` }, {
          kpi: k.id,
          level: n as number,
          actual: level.points ?? "–",
          weight,
          percent,
          expected,
        }),
      ];
    });
  });

export const criteriaOrder: Rule = ({ kpis }) =>
  kpis.flatMap((k) => {
    if (k.rubric?.kind !== "numeric" || !wellFormed(k)) return [];
    const byLevel = [...indexed(k)].sort((a, b) => (a.n as number) - (b.n as number));
    const missing = byLevel.find((l) => num(l.level.criterion) === null && typeof l.level.criterion !== "string");
    if (missing) {
      return [
        finding("CRITERIA_ORDER", { kpi: k.id, field: `rubric.levels[${missing.index}].criterion` }, {
          kpi: k.id,
          detailTh: `ระดับ ${missing.n} ยังไม่มีเกณฑ์ที่เป็นตัวเลข`,
          detailEn: `level ${missing.n} has no numeric criterion`,
        }),
      ];
    }
    const values = byLevel.map((l) => l.level.criterion);
    if (values.some((v) => typeof v === "string")) return []; // NOT_A_NUMBER says it
    const check = checkCriteria(values);
    return check.ok
      ? []
      : [finding("CRITERIA_ORDER", { kpi: k.id, field: "rubric.levels" }, { kpi: k.id, detailTh: check.problem.th, detailEn: check.problem.en })];
  });

/** The target should be what level 5 asks for: its criterion, or the number its text names. */
export const targetMismatch: Rule = ({ kpis }) =>
  kpis.flatMap((k) => {
    if (!wellFormed(k) || k.target.trim() === "") return [];
    const top = indexed(k).find((l) => l.n === 5)?.level;
    const target = parseThaiNumber(k.target);
    if (!top || target === null) return [];
    let agrees: boolean;
    let level5: string;
    if (k.rubric?.kind === "numeric") {
      const c = num(top.criterion);
      if (c === null) return [];
      agrees = same(c, target, 1e-9);
      level5 = String(c);
    } else if (k.rubric?.kind === "milestone" && /ระดับ|level/i.test(k.target)) {
      agrees = target === 5;
      level5 = "ระดับ ๕";
    } else {
      const stated = numbersInText(top.description);
      if (stated.length === 0) return [];
      agrees = stated.some((v) => same(v, target));
      level5 = top.description;
    }
    return agrees ? [] : [finding("TARGET_MISMATCH", { kpi: k.id, field: "target" }, { kpi: k.id, target: k.target, level5 })];
  });
