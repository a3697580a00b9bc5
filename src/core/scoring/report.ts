import { allComponents, isWithin } from "../frameworks";
import type { Bilingual, RoundId } from "../schema/common";
import type { Component, Framework } from "../schema/framework";
import type { Kpi, Plan } from "../schema/plan";
import { roundCriteria, roundResult } from "../plan/rounds";
import { effectiveKpis } from "../plan/standard";
import type { Ladder } from "./ladder";
import { scoreResult, type KpiScore } from "./score";

export interface KpiReport {
  id: string;
  name: string;
  weight: number | null;
  result: number | null;
  self: number | null;
  /** Committee points, share and weighted score; null without a usable result. */
  points: number | null;
  share: number | null;
  score: number | null;
  selfScore: number | null;
  problem?: Bilingual;
}

export interface ComponentReport {
  code: string;
  name: Bilingual;
  /** The framework's weight for the component. */
  weight: number;
  /** Sum of the weighted scores below it (KPIs without a result count 0). */
  score: number;
  selfScore: number;
  children: ComponentReport[];
  kpis: KpiReport[];
}

export interface PlanReport {
  /** The round the scores are of. */
  round: RoundId;
  components: ComponentReport[];
  total: number;
  selfTotal: number;
  /** KPIs whose result is missing or unusable. */
  unscored: string[];
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/**
 * Scores one KPI's result (committee or self) of a round against its rubric (the round's
 * criteria); null when there is none.
 */
export function scoreKpi(kpi: Kpi, framework: Framework, result: unknown, round: RoundId = "end"): { value: KpiScore | null; problem?: Bilingual } {
  const r = num(result);
  const weight = num(kpi.weight);
  if (r === null || weight === null) return { value: null };
  const outcome = scoreResult({
    kind: kpi.rubric?.kind ?? "milestone",
    result: r,
    weight,
    ladder: framework.ladder as unknown as Ladder,
    criteria: roundCriteria(kpi, round),
    floor: framework.floor,
  });
  return outcome.ok ? { value: outcome.value } : { value: null, problem: outcome.problem };
}

function kpiReport(kpi: Kpi, framework: Framework, round: RoundId): KpiReport {
  const result = roundResult(kpi, round);
  const committee = scoreKpi(kpi, framework, result?.value, round);
  const self = scoreKpi(kpi, framework, result?.self, round);
  const report: KpiReport = {
    id: kpi.id,
    name: kpi.name,
    weight: num(kpi.weight),
    result: num(result?.value),
    self: num(result?.self),
    points: committee.value?.points ?? null,
    share: committee.value?.share ?? null,
    score: committee.value?.score ?? null,
    selfScore: self.value?.score ?? null,
  };
  if (committee.problem) report.problem = committee.problem;
  return report;
}

/** Every component of a report, parents and children, by code. */
export function componentsByCode(components: readonly ComponentReport[]): Map<string, ComponentReport> {
  const out = new Map<string, ComponentReport>();
  const walk = (c: ComponentReport): void => {
    out.set(c.code, c);
    c.children.forEach(walk);
  };
  components.forEach(walk);
  return out;
}

/**
 * Weighted scores of a round (the year-end one unless asked) per component and sub-component and
 * the total out of 100, unrounded.
 */
export function planReport(plan: Plan, framework: Framework, round: RoundId = "end"): PlanReport {
  const kpis = effectiveKpis(plan, framework).map(({ kpi }) => ({ kpi, report: kpiReport(kpi, framework, round) }));
  const build = (c: Component): ComponentReport => {
    const children = (c.children ?? []).map(build);
    const own = kpis.filter((k) => k.kpi.component === c.code).map((k) => k.report);
    const below = kpis.filter((k) => isWithin(k.kpi.component, c.code)).map((k) => k.report);
    return {
      code: c.code,
      name: c.name,
      weight: c.weight,
      score: below.reduce((s, k) => s + (k.score ?? 0), 0),
      selfScore: below.reduce((s, k) => s + (k.selfScore ?? 0), 0),
      children,
      kpis: own,
    };
  };
  const components = framework.components.map(build);
  const known = new Set(allComponents(framework).map((c) => c.code));
  return {
    round,
    components,
    total: components.reduce((s, c) => s + c.score, 0),
    selfTotal: components.reduce((s, c) => s + c.selfScore, 0),
    unscored: kpis.filter((k) => k.report.score === null || !known.has(k.kpi.component)).map((k) => k.kpi.id),
  };
}
