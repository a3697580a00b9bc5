import type { Kpi } from "../../schema/plan";
import { scoreKpi } from "../../scoring/report";
import { finding, num, type Rule, type RuleContext } from "../context";

const PERCENT = /ร้อยละ|เปอร์เซ็นต์|%|percent/i;

/** The range a result can plausibly take, from the rubric kind and what the KPI counts. */
function plausible(k: Kpi): { min: number; max: number } | null {
  switch (k.rubric?.kind) {
    case "milestone":
      return { min: 0, max: 5 };
    case "score100":
      return { min: 0, max: 100 };
    case "numeric": {
      const criteria = (k.rubric.levels ?? []).map((l) => num(l.criterion)).filter((c): c is number => c !== null);
      if ([k.unit ?? "", k.target, k.name].some((t) => PERCENT.test(t))) return { min: 0, max: 100 };
      return criteria.length > 0 && criteria.every((c) => c >= 0) ? { min: 0, max: Infinity } : null;
    }
    default:
      return null;
  }
}

export const resultRange: Rule = ({ kpis }) =>
  kpis.flatMap((k) => {
    const range = plausible(k);
    if (!range) return [];
    return (["value", "self"] as const).flatMap((field) => {
      const v = num(k.result?.[field]);
      if (v === null || (v >= range.min && v <= range.max)) return [];
      return [
        finding("RESULT_RANGE", { kpi: k.id, field: `result.${field}` }, {
          kpi: k.id,
          value: v,
          min: range.min,
          max: range.max === Infinity ? "∞" : range.max,
        }),
      ];
    });
  });

// A stored score may be the 3-decimal figure of an official table.
const DISPLAY_TOLERANCE = 0.0005 + 1e-9;

export const scoreStale: Rule = (ctx: RuleContext) =>
  ctx.kpis.flatMap((k) =>
    (
      [
        ["score", "value"],
        ["selfScore", "self"],
      ] as const
    ).flatMap(([stored, input]) => {
      const s = num(k.result?.[stored]);
      if (s === null) return [];
      const expected = scoreKpi(k, ctx.framework, k.result?.[input]).value?.score ?? null;
      if (expected !== null && Math.abs(expected - s) <= DISPLAY_TOLERANCE) return [];
      return [finding("SCORE_STALE", { kpi: k.id, field: `result.${stored}` }, { kpi: k.id, stored: s, expected: expected ?? "–" })];
    }),
  );
