import { leafComponents } from "../frameworks";
import type { Component, Framework, StandardKpi } from "../schema/framework";
import type { Kpi, Plan } from "../schema/plan";

/** The KPI a shared component prescribes, as it appears in a plan. */
export function standardKpi(framework: Framework, component: Component, std: StandardKpi, index: number): Kpi {
  const count = component.standardKpis?.length ?? 1;
  const weight = component.weight / count;
  return {
    id: `${component.code}-${index + 1}`,
    component: component.code,
    name: std.name,
    unit: std.unit ?? "",
    baseline: [],
    target: std.target,
    weight,
    alignment: {},
    definition: std.definition,
    method: std.method,
    evidence: [...std.evidence],
    partners: [],
    rubric: {
      kind: std.rubric.kind,
      levels: std.rubric.descriptions.map((description, i) => {
        const percent = framework.ladder[i] as number;
        return {
          level: i + 1,
          percent,
          points: (weight * percent) / 100,
          description,
          criterion: std.rubric.criteria?.[i] ?? null,
        };
      }),
      ...(std.rubric.rounds?.mid ? { rounds: { mid: { criteria: [...std.rubric.rounds.mid.criteria] } } } : {}),
    },
  };
}

/** A new plan for an agency: the framework's shared components prefilled with their standard KPIs. */
export function newPlan(framework: Framework, agency: string): Plan {
  return {
    format: "kpi-plan",
    version: 1,
    framework: framework.id,
    agency,
    fiscalYear: framework.fiscalYear,
    kpis: standardKpis(framework),
    actionPlan: [],
  };
}

/** The KPIs every agency shares, for the shared components of a framework. */
export function standardKpis(framework: Framework): Kpi[] {
  return leafComponents(framework).flatMap((c) =>
    c.shared ? (c.standardKpis ?? []).map((s, i) => standardKpi(framework, c, s, i)) : [],
  );
}

/**
 * The plan as it is evaluated: agencies write only the negotiated components, so a shared
 * component with no KPI in the plan takes the framework's standard KPIs.
 */
export function effectiveKpis(plan: Plan, framework: Framework): { kpi: Kpi; implicit: boolean }[] {
  const own = plan.kpis.map((kpi) => ({ kpi, implicit: false }));
  const present = new Set(plan.kpis.map((k) => k.component));
  const implicit = standardKpis(framework)
    .filter((k) => !present.has(k.component))
    .map((kpi) => ({ kpi, implicit: true }));
  return [...own, ...implicit];
}
