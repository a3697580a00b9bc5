import type { RoundId } from "../../schema/common";
import type { Kpi, Result } from "../../schema/plan";
import { scoreKpi } from "../../scoring/report";
import type { Finding } from "../finding";
import { finding, num, type Rule, type RuleContext } from "../context";

// What says a KPI counts a percentage. Thai has no case, so only "percent" needs /i.
const PERCENT_WORDS = ["ร้อยละ", "เปอร์เซ็นต์", "%"];
const PERCENT_EN = /percent/i;
const isPercent = (t: string): boolean => PERCENT_WORDS.some((w) => t.includes(w)) || PERCENT_EN.test(t);

/** The range a result can plausibly take, from the rubric kind and what the KPI counts. */
function plausible(k: Kpi): { min: number; max: number } | null {
  switch (k.rubric?.kind) {
    case "milestone":
      return { min: 0, max: 5 };
    case "score100":
      return { min: 0, max: 100 };
    case "numeric": {
      if (isPercent(k.unit ?? "") || isPercent(k.target) || isPercent(k.name)) return { min: 0, max: 100 };
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

function rangeOf(k: Kpi, round: RoundId, path: string, r: Result): Finding[] {
  const out: Finding[] = [];
  if (num(r.value) === null && num(r.self) === null) return out;
  const range = plausible(k);
  if (!range) return out;
  for (const field of ["value", "self"] as const) {
    const v = num(r[field]);
    if (v === null || (v >= range.min && v <= range.max)) continue;
    out.push(
      finding("RESULT_RANGE", { kpi: k.id, field: `${path}.${field}` }, {
        kpi: k.id,
        round,
        value: v,
        min: range.min,
        max: range.max === Infinity ? "∞" : range.max,
      }),
    );
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
