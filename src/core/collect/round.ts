// The results a round is scored on. The year-end round is the plan's `result` (kpi-plan v1); the
// mid-year round is `results.mid`, put where the scoring reads a result. One small function, so
// that round-aware scoring in the core can replace it without touching kpi collect.
import type { Kpi, Plan, RoundId } from "../schema/plan";

/** The plan with the results of `round` as each KPI's `result` (a KPI without one has none). */
export function planForRound(plan: Plan, round: RoundId): Plan {
  if (round === "end") return plan;
  return {
    ...plan,
    kpis: plan.kpis.map((k): Kpi => {
      const { result: _end, ...rest } = k;
      const mid = k.results?.mid;
      return mid ? { ...rest, result: mid } : rest;
    }),
  };
}
