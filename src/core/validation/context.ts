import type { Framework } from "../schema/framework";
import type { Kpi, Plan } from "../schema/plan";
import type { WeightSummary } from "../plan/weights";
import type { Ladder } from "../scoring/ladder";
import { message } from "./catalogue";
import { CATALOGUE } from "./catalogue";
import type { Finding, RuleCode, Where } from "./finding";

/** What every rule sees: the plan, its framework, and the KPIs as evaluated. */
export interface RuleContext {
  plan: Plan;
  framework: Framework;
  ladder: Ladder;
  /** The plan's own KPIs (implicit standard KPIs are correct by construction and not checked). */
  kpis: readonly Kpi[];
  /** The plan's KPIs plus the framework's standard KPIs for shared components the plan omits. */
  effective: readonly Kpi[];
  /** Weight used against weight required per component, of the effective KPIs. */
  weights: WeightSummary;
}

export type Rule = (ctx: RuleContext) => Finding[];

export function finding(code: RuleCode, where: Where, params: Record<string, string | number> = {}): Finding {
  return { code, severity: CATALOGUE[code].severity, message: message(code, params), where };
}

export const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** Floating-point sums of weights such as 0.1 + 0.2 must still count as equal. */
export const same = (a: number, b: number, tolerance = 1e-9): boolean => Math.abs(a - b) <= tolerance;

export const sumOf = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);
