// Weight used vs required per component: what the pane keeps in view while people type.
import { allComponents, isWithin } from "../../core/frameworks";
import { effectiveKpis } from "../../core/plan/standard";
import type { Bilingual } from "../../core/schema/common";
import type { Framework } from "../../core/schema/framework";
import type { Plan } from "../../core/schema/plan";

export type WeightStatus = "ok" | "under" | "over";

export interface WeightRow {
  code: string;
  name: Bilingual;
  /** 0 for top-level components, 1 for their children… */
  depth: number;
  required: number;
  used: number;
  /** KPIs in the component that hold anything (a name or a weight), and how many it should hold. */
  kpis: number;
  kpiCount: number;
  status: WeightStatus;
}

export interface WeightSummary {
  rows: WeightRow[];
  total: { used: number; required: number; status: WeightStatus };
}

const EPS = 1e-9;
const statusOf = (used: number, required: number): WeightStatus =>
  Math.abs(used - required) <= EPS ? "ok" : used < required ? "under" : "over";

export function weightSummary(plan: Plan, framework: Framework): WeightSummary {
  const kpis = effectiveKpis(plan, framework).map((e) => e.kpi);
  const rows = allComponents(framework).map((c): WeightRow => {
    const inside = kpis.filter((k) => isWithin(k.component, c.code));
    const used = inside.reduce((s, k) => s + (typeof k.weight === "number" && Number.isFinite(k.weight) ? k.weight : 0), 0);
    const filled = inside.filter((k) => k.name.trim() !== "" || k.weight !== null).length;
    return {
      code: c.code,
      name: c.name,
      depth: c.code.split(".").length - 1,
      required: c.weight,
      used,
      kpis: filled,
      kpiCount: c.kpiCount,
      status: statusOf(used, c.weight),
    };
  });
  const required = framework.components.reduce((s, c) => s + c.weight, 0);
  const used = kpis.reduce((s, k) => s + (typeof k.weight === "number" && Number.isFinite(k.weight) ? k.weight : 0), 0);
  return { rows, total: { used, required, status: statusOf(used, required) } };
}
