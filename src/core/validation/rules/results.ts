import { countsPercent } from "../../plan/percent";
import { roundCriteria } from "../../plan/rounds";
import { checkCriteria } from "../../scoring/criteria";
import type { RoundId } from "../../schema/common";
import type { Kpi, Result } from "../../schema/plan";
import { scoreKpi } from "../../scoring/report";
import type { Finding } from "../finding";
import { finding, num, type Rule, type RuleContext } from "../context";

/** The range a result can plausibly take, from the rubric kind and what the KPI counts. */
function plausible(k: Kpi): { min: number; max: number } | null {
  switch (k.rubric?.kind) {
    case "milestone":
      return { min: 0, max: 5 };
    case "score100":
      return { min: 0, max: 100 };
    case "numeric": {
      if (countsPercent(k)) return { min: 0, max: 100 };
      let criteria = 0;
      for (const l of k.rubric.levels ?? []) {
        const c = num(l.criterion);
        if (c === null) continue;
        if (c < 0) return null;
        criteria++;
      }
      return criteria > 0 ? { min: 0, max: Infinity } : null;
    }
    default:
      return null;
  }
}

/** A KPI's results by round, with the plan path of each: year-end `result`, mid-year `results.mid`. */
function roundResults(k: Kpi): [RoundId, string, Result][] {
  const out: [RoundId, string, Result][] = [];
  if (k.results?.mid) out.push(["mid", "results.mid", k.results.mid]);
  if (k.result) out.push(["end", "result", k.result]);
  return out;
}

export const resultRange: Rule = ({ kpis }) => {
  const out: Finding[] = [];
  for (const k of kpis) {
    for (const [round, path, r] of roundResults(k)) out.push(...rangeOf(k, round, path, r));
  }
  return out;
};

/**
 * The criteria's range [lo, hi] when a result is implausible for them: outside it by more than
 * its span (hi − lo, the whole way from 1 point to 5) AND a tenfold or more away from the nearest
 * criterion in size — or zero, or of the other sign. A real shortfall (50 % disbursed against
 * 92…100, no system against 3…7) is neither; a slip of scale is both: a percentage typed as a
 * fraction (0.9877 against 90…98), a digit too many or too few.
 */
function farFrom(v: number, criteria: readonly unknown[] | null): { lo: number; hi: number } | null {
  const check = criteria ? checkCriteria(criteria) : null;
  if (!check?.ok) return null;
  const lo = Math.min(check.criteria[0], check.criteria[4]);
  const hi = Math.max(check.criteria[0], check.criteria[4]);
  const near = v < lo ? lo : hi;
  if ((v >= lo && v <= hi) || Math.abs(v - near) <= hi - lo) return null;
  const sameSide = v * near > 0;
  return !sameSide || Math.max(v / near, near / v) >= 10 ? { lo, hi } : null;
}

function rangeOf(k: Kpi, round: RoundId, path: string, r: Result): Finding[] {
  const out: Finding[] = [];
  if (num(r.value) === null && num(r.self) === null) return out;
  const range = plausible(k);
  const criteria = k.rubric?.kind === "numeric" ? roundCriteria(k, round) : null;
  for (const field of ["value", "self"] as const) {
    const v = num(r[field]);
    if (v === null) continue;
    const where = { kpi: k.id, field: `${path}.${field}` };
    if (range && (v < range.min || v > range.max)) {
      out.push(finding("RESULT_RANGE", where, { kpi: k.id, round, value: v, min: range.min, max: range.max === Infinity ? "∞" : range.max }));
      continue;
    }
    const far = farFrom(v, criteria);
    if (far) out.push(finding("RESULT_RANGE", where, { kpi: k.id, round, value: v, min: far.lo, max: far.hi, far: 1 }));
  }
  return out;
}

// A stored score may be the 3-decimal figure of an official table.
const DISPLAY_TOLERANCE = 0.0005 + 1e-9;

const STORED = [
  ["score", "value"],
  ["selfScore", "self"],
] as const;

export const scoreStale: Rule = (ctx: RuleContext) => {
  const out: Finding[] = [];
  for (const k of ctx.kpis) {
    for (const [round, path, r] of roundResults(k)) {
      for (const [stored, input] of STORED) {
        const s = num(r[stored]);
        if (s === null) continue;
        const expected = scoreKpi(k, ctx.framework, r[input], round).value?.score ?? null;
        if (expected !== null && Math.abs(expected - s) <= DISPLAY_TOLERANCE) continue;
        out.push(finding("SCORE_STALE", { kpi: k.id, field: `${path}.${stored}` }, { kpi: k.id, round, stored: s, expected: expected ?? "–" }));
      }
    }
  }
  return out;
};
