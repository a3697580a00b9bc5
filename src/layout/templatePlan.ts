// The plan a new template starts from: the framework's shared components prefilled (innovation,
// potential: the same for every agency), the negotiated ones left for the planner.
import { standardKpis } from "../core/plan/standard";
import type { Framework } from "../core/schema/framework";
import type { Plan } from "../core/schema/plan";
import { roundTripForm } from "./roundTrip";

export interface TemplatePlanOptions {
  agency: string;
  /** Start from this plan (last year's, a draft, an import); its KPIs and action plan are kept. */
  from?: Plan;
}

/**
 * The plan of a template for `framework`: `from` (or an empty plan) with the framework's standard
 * KPIs added for every shared component that has none, in the framework's component order.
 */
export function templatePlan(framework: Framework, options: TemplatePlanOptions): Plan {
  const base: Plan = options.from
    ? {
        ...options.from,
        framework: framework.id,
        agency: options.agency,
        fiscalYear: options.from.framework === framework.id ? options.from.fiscalYear : framework.fiscalYear,
      }
    : { format: "kpi-plan", version: 1, framework: framework.id, agency: options.agency, fiscalYear: framework.fiscalYear, kpis: [], actionPlan: [] };
  const present = new Set(base.kpis.map((k) => k.component));
  const ids = new Set(base.kpis.map((k) => k.id));
  const added = standardKpis(framework).filter((k) => !present.has(k.component) && !ids.has(k.id));
  return roundTripForm({ ...base, kpis: [...base.kpis, ...added] }, framework);
}
