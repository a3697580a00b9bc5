// The KPIs a collection adds to the basket: every KPI of each agency's counted plan, with the
// round's results and scores, except the KPIs of shared components (the framework's own standard
// KPIs, the same for every agency: nothing to choose from).
import { allComponents } from "../frameworks";
import type { Collection } from "../collect/types";
import { planForRound } from "../collect/round";
import type { Kpi } from "../schema/plan";
import type { BasketKpi } from "./format";

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

export function basketEntries(c: Collection, collectedAt: Date): BasketKpi[] {
  const collected = collectedAt.toISOString();
  return c.agencies.flatMap((a) => {
    const components = new Map(allComponents(a.framework).map((comp) => [comp.code, comp]));
    const scores = new Map(a.report.components.flatMap(function walk(r): [string, (typeof r.kpis)[number]][] {
      return [...r.kpis.map((k) => [k.id, k] as [string, (typeof r.kpis)[number]]), ...r.children.flatMap(walk)];
    }));
    const issues = new Map((a.framework.focusIssues ?? []).map((i) => [i.no, i.heading]));
    return planForRound(a.plan, c.round)
      .kpis.filter((k) => !components.get(k.component)?.shared)
      .map((k: Kpi): BasketKpi => {
        const s = scores.get(k.id);
        const entry: BasketKpi = {
          year: a.plan.fiscalYear,
          framework: a.framework.id,
          agency: a.agency,
          component: k.component,
          id: k.id,
          name: k.name,
          target: k.target,
          weight: num(k.weight),
          round: c.round,
          result: num(k.result?.value),
          score: s?.score ?? null,
          collected,
        };
        const componentName = components.get(k.component)?.name.th;
        if (componentName) entry.componentName = componentName;
        if (k.unit) entry.unit = k.unit;
        if (k.rubric) entry.rubric = k.rubric;
        if (k.definition) entry.definition = k.definition;
        if (k.method) entry.method = k.method;
        if (k.evidence.length > 0) entry.evidence = [...k.evidence];
        if (num(k.result?.self) !== null) {
          entry.self = num(k.result?.self);
          entry.selfScore = s?.selfScore ?? null;
        }
        const focus = num(k.focusIssue);
        if (focus !== null) {
          entry.focusIssue = focus;
          const heading = issues.get(focus);
          if (heading) entry.focusIssueName = heading;
        }
        return entry;
      });
  });
}
