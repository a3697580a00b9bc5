// Evaluation rounds: which the framework names, a KPI's result and criteria in each, and the
// round a report shows when none is asked for. The year-end round is the v1 field `result`; the
// mid-year one is `results.mid`. Criteria of a round other than the year-end one come from
// `rubric.rounds.mid` when the rubric states them, else from the levels (the year-end criteria).
import type { RoundId } from "../schema/common";
import { DEFAULT_ROUNDS, type Framework, type FrameworkRound } from "../schema/framework";
import type { Kpi, Plan, Result } from "../schema/plan";

/** The framework's rounds in order (frameworks without `rounds` have mid-year and year-end). */
export function roundsOf(framework: Framework): readonly FrameworkRound[] {
  return framework.rounds && framework.rounds.length > 0 ? framework.rounds : DEFAULT_ROUNDS;
}

/** The round's name as the framework gives it. */
export function roundName(framework: Framework, round: RoundId): FrameworkRound["name"] {
  return (roundsOf(framework).find((r) => r.id === round) ?? (DEFAULT_ROUNDS.find((r) => r.id === round) as FrameworkRound)).name;
}

/** A KPI's result in a round: `result` for the year-end, `results.mid` for the mid-year. */
export function roundResult(kpi: Kpi, round: RoundId): Result | undefined {
  return round === "end" ? kpi.result : kpi.results?.mid;
}

/** The criteria (level 1 first) a KPI's result of this round is judged against. */
export function roundCriteria(kpi: Kpi, round: RoundId): unknown[] {
  const own = round === "end" ? undefined : kpi.rubric?.rounds?.[round]?.criteria;
  if (own && own.length > 0) return [...own];
  const levels = [...(kpi.rubric?.levels ?? [])].sort((a, b) => Number(a.level) - Number(b.level));
  return levels.map((l) => l.criterion);
}

const hasValue = (r: Result | undefined): boolean => r !== undefined && ((r.value !== null && r.value !== undefined) || (r.self !== null && r.self !== undefined));

/** Whether any KPI of the plan has a result (the committee's or its own) in the round. */
export function roundHasResults(plan: Plan, round: RoundId): boolean {
  return plan.kpis.some((k) => hasValue(roundResult(k, round)));
}

/** The last of the framework's rounds with results; the year-end round when none has any. */
export function latestRound(plan: Plan, framework: Framework): RoundId {
  const withResults = roundsOf(framework).filter((r) => roundHasResults(plan, r.id));
  return withResults[withResults.length - 1]?.id ?? "end";
}
