// Field values of the plan read from the texts of the forms: numbers, baselines, units, numeric
// criteria and rubrics. Pure functions of a draft's text.
import type { PlanInput } from "../../schema/plan";
import { checkCriteria } from "../../scoring/criteria";
import { numbersInText, parseThaiNumber, toNumeric } from "../../thai/number";
import { toArabicDigits } from "../../thai/digits";
import type { RubricDraft } from "../drafts";
import { joinParas } from "../fields";
import { keyOf } from "../text";

export type Num = number | string | null;
export type KpiIn = PlanInput["kpis"][number];
export type ActionIn = NonNullable<PlanInput["actionPlan"]>[number];
type LevelIn = NonNullable<NonNullable<KpiIn["rubric"]>["levels"]>[number];

export const num = (text: string): Num => toNumeric(text === "" ? null : text);
export const isTemplateName = (name: string): boolean => /^ชื่อตัวชี้วัด/.test(keyOf(name).replace(/\s+/g, ""));
export const collapse = (s: string): string => s.replace(/\s+/g, " ").trim();

/** One baseline entry per "พ.ศ. ๒๕๖๓ : …" of a cell; null when the cell names no year. */
export function parseBaseline(text: string): { year: number; text: string }[] | null {
  const arabic = toArabicDigits(text);
  // "พ.ศ. ๒๕๖๓ :", "ปี ๒๕๖๓ :", "๒๕๖๓ :" or "๒๕๖๓ =" (a bare year only when it is a BE year).
  const re = /(?:(?:พ\.\s*ศ\.|ปี(?:งบประมาณ)?)\s*(\d{4})|(?<![\d,.])(2[4-6]\d\d))\s*[:：=]/g;
  const hits = [...arabic.matchAll(re)];
  if (hits.length === 0) return null;
  return hits.map((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = hits[i + 1]?.index ?? text.length;
    return { year: Number(m[1] ?? m[2]), text: collapse(text.slice(start, end)) };
  });
}

/** What the target is counted in, when the name and the target agree on it. */
export function unitOf(name: string, target: string): string | undefined {
  const n = keyOf(name);
  const t = keyOf(target);
  if (/^ระดับ/.test(t)) return /^ระดับ/.test(n) ? "ระดับ" : undefined;
  if (/^ร้อยละ/.test(t)) return /^ร้อยละ/.test(n) ? "ร้อยละ" : undefined;
  const m = /^\d[\d,.]*\s+([^\s\d()]+)/.exec(t);
  return m && /^จำนวน/.test(n) ? m[1] : undefined;
}

const QUALIFIERS =
  /(ร้อยละ|ไม่น้อยกว่า|ไม่ต่ำกว่า|ไม่เกิน|ไม่มากกว่า|อย่างน้อย|มากกว่า|น้อยกว่า|หรือมากกว่า|หรือน้อยกว่า|จำนวน|ขึ้นไป|ภายใน|เท่ากับ|ได้|คะแนน|percent)/g;

/** "ร้อยละ ๙๒", "ไม่เกิน ๑๗๐ นาที", "๓ ระบบ": a level that only states a number. */
export function numericCriterion(description: string): number | null {
  const nums = numbersInText(description);
  if (nums.length !== 1) return null;
  const leftover = keyOf(description)
    .replace(/[-+−]?\d[\d,]*(\.\d+)?/g, "")
    .replace(QUALIFIERS, "")
    .replace(/[\s().,:%/\-–]/g, "");
  if (/ขั้นตอน|ระดับ/.test(leftover)) return null;
  return leftover.length <= 12 ? (nums[0] as number) : null;
}

const NUMBER = /[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/g;

/**
 * Five level texts that say the same thing but for one number ("ระยะเวลาเฉลี่ย ไม่เกิน ๒๑๐ นาที" …
 * "… ไม่เกิน ๑๗๐ นาที"): the KPI's own measure at five thresholds, so the numbers are its criteria
 * when they are strictly monotonic. Texts that differ in words are milestones.
 */
export function sharedTemplateCriteria(descriptions: readonly string[]): number[] | null {
  if (descriptions.length !== 5) return null;
  const parts = descriptions.map((d) => {
    const k = keyOf(d);
    return { nums: numbersInText(k), template: k.replace(NUMBER, "#").replace(/\s+/g, "") };
  });
  if (parts.some((p) => p.nums.length !== 1) || new Set(parts.map((p) => p.template)).size !== 1) return null;
  const criteria = parts.map((p) => p.nums[0] as number);
  return checkCriteria(criteria).ok ? criteria : null;
}

/** A rubric draft as a plan rubric: levels in order, numeric when five criteria are monotonic. */
export function buildRubric(r: RubricDraft | null): NonNullable<KpiIn["rubric"]> {
  if (!r || r.rows.length === 0) return { kind: "milestone", levels: [] };
  const rows = r.rows.map((row) => {
    const description = joinParas(row.description);
    const explicit = row.criterion === "" ? null : parseThaiNumber(row.criterion);
    const levelNumber = numbersInText(row.level)[0];
    return {
      level: levelNumber !== undefined && levelNumber >= 0 && levelNumber <= 10 ? levelNumber : num(row.level),
      percent: num(row.percent),
      points: num(row.points),
      description,
      criterion: explicit ?? numericCriterion(description),
    };
  });
  rows.sort((a, b) => (typeof a.level === "number" ? a.level : 99) - (typeof b.level === "number" ? b.level : 99));
  let criteria = rows.map((x) => x.criterion);
  let numeric = rows.length === 5 && criteria.every((c) => c !== null) && checkCriteria(criteria).ok;
  const shared = numeric ? null : sharedTemplateCriteria(rows.map((x) => x.description));
  if (shared) {
    criteria = shared;
    numeric = true;
    rows.forEach((x, i) => (x.criterion = shared[i] ?? null));
  }
  const levels: LevelIn[] = rows.map((x) => ({
    level: x.level,
    percent: x.percent,
    points: x.points,
    description: x.description,
    criterion: numeric ? x.criterion : null,
  }));
  const out: NonNullable<KpiIn["rubric"]> = { kind: numeric ? "numeric" : "milestone", levels };
  if (r.conditions.length > 0) out.conditions = r.conditions.map((c) => c.text).join("\n");
  return out;
}

/** The value met most often (the first of equals). */
export function mostFrequent<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}
