// Weight used against weight required, per component of the framework and in total: what the
// weight rules judge (WEIGHT_TOTAL, COMPONENT_WEIGHT, COMPONENT_KPI_COUNT) and what the task pane
// keeps in view while people type. Computed once per check, so the panel and the findings can
// never disagree.
import { allComponents, isWithin } from "../frameworks";
import type { Bilingual } from "../schema/common";
import type { Framework } from "../schema/framework";
import type { Kpi } from "../schema/plan";

export type WeightStatus = "ok" | "under" | "over";

export interface ComponentWeight {
  code: string;
  name: Bilingual;
  /** 0 for top-level components, 1 for their children… */
  depth: number;
  /** True for components that hold KPIs directly (no children). */
  leaf: boolean;
  required: number;
  used: number;
  /** KPIs placed directly in the component (leaves) or below it. */
  count: number;
  /** Of those, the ones that hold anything (a name or a weight). */
  filled: number;
  kpiCount: number;
  status: WeightStatus;
}

export interface WeightSummary {
  rows: ComponentWeight[];
  total: { used: number; required: number; status: WeightStatus };
}

/** Floating-point sums of weights such as 0.1 + 0.2 must still count as equal. */
export const WEIGHT_TOLERANCE = 1e-9;

export const sameWeight = (a: number, b: number): boolean => Math.abs(a - b) <= WEIGHT_TOLERANCE;

const statusOf = (used: number, required: number): WeightStatus => (sameWeight(used, required) ? "ok" : used < required ? "under" : "over");

const weightOf = (k: Kpi): number => (typeof k.weight === "number" && Number.isFinite(k.weight) ? k.weight : 0);

/** Validation never throws on a plan damaged after parsing: what is not a KPI counts for nothing. */
const isKpi = (k: unknown): k is Kpi => typeof k === "object" && k !== null && typeof (k as Kpi).component === "string";

/** `kpis`: the plan's KPIs as evaluated (effectiveKpis: the standard KPIs of shared components included). */
export function componentWeights(all: readonly Kpi[], framework: Framework): WeightSummary {
  const kpis = Array.isArray(all) ? all.filter(isKpi) : [];
  const rows = allComponents(framework).map((c): ComponentWeight => {
    const leaf = (c.children ?? []).length === 0;
    const within = kpis.filter((k) => isWithin(k.component, c.code));
    const used = within.reduce((s, k) => s + weightOf(k), 0);
    // A leaf counts the KPIs placed in it exactly; a code below a leaf is not in the framework.
    const inside = leaf ? within.filter((k) => k.component === c.code) : within;
    return {
      code: c.code,
      name: c.name,
      depth: c.code.split(".").length - 1,
      leaf,
      required: c.weight,
      used,
      count: inside.length,
      filled: inside.filter((k) => (typeof k.name === "string" && k.name.trim() !== "") || (k.weight !== null && k.weight !== undefined)).length,
      kpiCount: c.kpiCount,
      status: statusOf(used, c.weight),
    };
  });
  const required = framework.components.reduce((s, c) => s + c.weight, 0);
  const used = kpis.reduce((s, k) => s + weightOf(k), 0);
  return { rows, total: { used, required, status: statusOf(used, required) } };
}
