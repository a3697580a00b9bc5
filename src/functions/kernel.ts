// The custom functions without Excel: read the arguments, call the core, return a value or a
// Failure. No scoring arithmetic lives here — points, shares and scores all come from src/core.
// Imports name single core files (not src/core/index) so the functions bundle stays small:
// the frameworks and zod never enter it.
import type { Bilingual } from "../core/schema/common";
import { checkCriteria, type Criteria } from "../core/scoring/criteria";
import { checkLadder, shareAt, type Ladder } from "../core/scoring/ladder";
import { levelFor, MAX_POINTS, milestonePoints, pointsFor } from "../core/scoring/points";
import { formatScore } from "../core/scoring/round";
import { scoreResult, type KpiScore } from "../core/scoring/score";
import { readCell, readFive, single } from "./args";
import { CRITERIA, fail, fromCore, LADDER, POINTS, RESULT, WEIGHT, type Failure } from "./messages";
import { getDefaults } from "../runtime/functionDefaults";

export type Outcome<T> = { ok: true; value: T } | Failure;

/** A blank cell: what a function returns for a blank result. */
export const BLANK = "";
export type Blank = typeof BLANK;

const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });

/** A number argument: null when blank. */
function readNumber(
  value: unknown,
  what: Bilingual,
  code: "RESULT_NOT_NUMBER" | "POINTS_NOT_NUMBER" | "WEIGHT_NOT_NUMBER",
): Outcome<number | null> {
  const one = single(value, what);
  if (!one.ok) return one;
  const cell = readCell(one.value);
  if (cell.kind === "blank") return ok(null);
  if (cell.kind === "bad") return fail("invalidValue", code, cell.raw);
  return ok(cell.value);
}

function readWeight(value: unknown): Outcome<number> {
  const w = readNumber(value, WEIGHT, "WEIGHT_NOT_NUMBER");
  if (!w.ok) return w;
  return w.value === null ? fail("notAvailable", "WEIGHT_BLANK") : ok(w.value);
}

/** The ladder given, or the workbook's default when left out or blank. */
function readLadder(value: unknown): Outcome<Ladder> {
  const line = readFive(value, LADDER);
  if (!line.ok) return line;
  if (line.kind === "blank") return ok(getDefaults().ladder);
  const check = checkLadder(line.values);
  return check.ok ? ok(check.ladder) : fromCore(check.problem);
}

/** Five checked criteria, or null for a milestone KPI (criteria left out or blank). */
function readCriteria(value: unknown): Outcome<Criteria | null> {
  const line = readFive(value, CRITERIA);
  if (!line.ok) return line;
  if (line.kind === "blank") return ok(null);
  const check = checkCriteria(line.values);
  return check.ok ? ok(check.criteria) : fromCore(check.problem);
}

interface Scored {
  result: number;
  weight: number;
  criteria: Criteria | null;
  floor: number;
  value: KpiScore;
}

/** Shared by SCORE and EXPLAIN: null for a blank result. */
function scoreOf(result: unknown, criteria: unknown, weight: unknown, ladder: unknown): Outcome<Scored | null> {
  const r = readNumber(result, RESULT, "RESULT_NOT_NUMBER");
  if (!r.ok) return r;
  if (r.value === null) return ok(null);
  const w = readWeight(weight);
  if (!w.ok) return w;
  const l = readLadder(ladder);
  if (!l.ok) return l;
  const c = readCriteria(criteria);
  if (!c.ok) return c;
  const floor = getDefaults().floor;
  const out = scoreResult({
    kind: c.value === null ? "milestone" : "numeric",
    result: r.value,
    weight: w.value,
    ladder: l.value,
    criteria: c.value ?? undefined,
    floor,
  });
  if (!out.ok) return fromCore(out.problem);
  return ok({ result: r.value, weight: w.value, criteria: c.value, floor, value: out.value });
}

/** KPI.SCORE: the weighted score. */
export function score(result: unknown, criteria: unknown, weight: unknown, ladder?: unknown): Outcome<number | Blank> {
  const s = scoreOf(result, criteria, weight, ladder);
  if (!s.ok) return s;
  return ok(s.value === null ? BLANK : s.value.value.score);
}

/** KPI.POINTS: points 0…5 (a milestone KPI's level, clamped). */
export function points(result: unknown, criteria: unknown): Outcome<number | Blank> {
  const r = readNumber(result, RESULT, "RESULT_NOT_NUMBER");
  if (!r.ok) return r;
  if (r.value === null) return ok(BLANK);
  const c = readCriteria(criteria);
  if (!c.ok) return c;
  return ok(c.value === null ? milestonePoints(r.value) : pointsFor(r.value, c.value, getDefaults().floor));
}

/** KPI.LEVEL: the whole level reached, 0…5. */
export function level(result: unknown, criteria: unknown): Outcome<number | Blank> {
  const r = readNumber(result, RESULT, "RESULT_NOT_NUMBER");
  if (!r.ok) return r;
  if (r.value === null) return ok(BLANK);
  const c = readCriteria(criteria);
  if (!c.ok) return c;
  return ok(c.value === null ? Math.floor(milestonePoints(r.value)) : levelFor(r.value, c.value));
}

/** KPI.SHARE: the share of the weight, in percent, at the given points. */
export function share(pointsValue: unknown, ladder?: unknown): Outcome<number | Blank> {
  const p = readNumber(pointsValue, POINTS, "POINTS_NOT_NUMBER");
  if (!p.ok) return p;
  if (p.value === null) return ok(BLANK);
  if (p.value < 0 || p.value > MAX_POINTS) return fail("invalidValue", "POINTS_OUT_OF_RANGE", p.value);
  const l = readLadder(ladder);
  if (!l.ok) return l;
  return ok(shareAt(p.value, l.value));
}

/** KPI.NUMBER: the one number a Thai or Arabic text states. */
export function number(text: unknown): Outcome<number | Blank> {
  const one = single(text, { th: "ข้อความ", en: "the text" });
  if (!one.ok) return one;
  const cell = readCell(one.value);
  if (cell.kind === "blank") return ok(BLANK);
  if (cell.kind === "bad") return fail("invalidValue", "TEXT_NO_NUMBER", cell.raw);
  return ok(cell.value);
}

// ---- KPI.EXPLAIN ------------------------------------------------------------------------------

export type Language = "th" | "en";

function readLanguage(value: unknown): Outcome<Language> {
  const one = single(value, { th: "ภาษา", en: "the language" });
  if (!one.ok) return one;
  const v = one.value;
  if (v === null || v === undefined || v === false || v === 0) return ok("th");
  if (v === true || v === 1) return ok("en");
  if (typeof v === "string") {
    const t = v.trim().toLowerCase();
    if (t === "" || t === "th" || t === "thai" || t === "ไทย") return ok("th");
    if (t === "en" || t === "english" || t === "อังกฤษ") return ok("en");
  }
  return fail("invalidValue", "LANGUAGE_FLAG", v);
}

const MINUS = "\u2212";

/** A number as the user typed it: 98.77, −5, 1500000 (12 significant digits at most). */
function shown(n: number): string {
  const text = String(Number(n.toPrecision(12)));
  return text.startsWith("-") ? `${MINUS}${text.slice(1)}` : text;
}

/** A number after an operator: negatives in brackets. */
const operand = (n: number): string => (n < 0 ? `(${shown(n)})` : shown(n));

/** The working for one result, e.g. "4 + (98.77 − 98) / (100 − 98) = 4.385 → 87.70 % × 10 = 8.770". */
export function explainScored(s: Scored, language: Language): string {
  const { result: r, weight: w, criteria: c } = s;
  const { points: p, share, score: total } = s.value;
  const tail =
    language === "th"
      ? `ร้อยละ ${formatScore(share, 2)} × น้ำหนัก ${shown(w)} = ${formatScore(total, 3)}`
      : `${formatScore(share, 2)} % × ${shown(w)} = ${formatScore(total, 3)}`;
  if (c === null) {
    const capped = p !== r ? ` → ${shown(p)}` : "";
    return language === "th" ? `ระดับ ${shown(r)}${capped} → ${tail}` : `level ${shown(r)}${capped} → ${tail}`;
  }
  const up = c[4] > c[0];
  let working: string;
  if (p >= MAX_POINTS) {
    working = `${shown(r)} ${up ? "≥" : "≤"} ${shown(c[4])} → 5`;
  } else if (p < 1) {
    working = `${shown(r)} ${up ? "<" : ">"} ${shown(c[0])} → ${shown(p)}`;
  } else {
    const i = Math.floor(p);
    const lo = c[i - 1] as number;
    const hi = c[i] as number;
    working = `${i} + (${shown(r)} ${MINUS} ${operand(lo)}) / (${shown(hi)} ${MINUS} ${operand(lo)}) = ${formatScore(p, 3)}`;
  }
  return language === "th" ? `คะแนน ${working} → ${tail}` : `${working} → ${tail}`;
}

/** KPI.EXPLAIN: the working of KPI.SCORE in words, Thai unless `language` asks for English. */
export function explain(
  result: unknown,
  criteria: unknown,
  weight: unknown,
  ladder?: unknown,
  language?: unknown,
): Outcome<string> {
  const lang = readLanguage(language);
  if (!lang.ok) return lang;
  const s = scoreOf(result, criteria, weight, ladder);
  if (!s.ok) return s;
  return ok(s.value === null ? BLANK : explainScored(s.value, lang.value));
}
