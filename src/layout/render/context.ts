// What rendering a template works from: the plan, the framework, the sheet and table names, and
// the KPIs in register order, grouped under the framework's components, with blank rows for the
// KPIs a component still lacks.
import { allComponents, leafComponents } from "../../core/frameworks";
import type { Component, Framework } from "../../core/schema/framework";
import type { Kpi, Plan } from "../../core/schema/plan";
import type { RenderOptions, SheetNames, TableNames } from "../types";

/** A KPI as it is laid out: the plan's own, or a blank row a component still lacks. */
export interface Slot {
  kpi: Kpi;
  placeholder: boolean;
}

/** The KPIs of the register in sheet order, grouped under the framework's components. */
export interface Group {
  component: Component | null;
  /** Leaf components carry KPI rows; parents only a heading. */
  slots: Slot[];
  depth: number;
}

export interface Ctx {
  plan: Plan;
  framework: Framework;
  sheets: SheetNames;
  tables: TableNames;
  font: string;
  scoreFunction: "lambda" | "addin";
  groups: Group[];
  options: RenderOptions;
}


export function groupKpis(plan: Plan, framework: Framework): Group[] {
  const leaves = new Set(leafComponents(framework).map((c) => c.code));
  const used = new Set(plan.kpis.map((k) => k.id));
  const groups: Group[] = [];
  const depthOf = (code: string): number => code.split(".").length - 1;
  for (const c of allComponents(framework)) {
    if (!leaves.has(c.code)) {
      groups.push({ component: c, slots: [], depth: depthOf(c.code) });
      continue;
    }
    const own = plan.kpis.filter((k) => k.component === c.code).map((kpi) => ({ kpi, placeholder: false }));
    const blanks: Slot[] = [];
    for (let n = 1; own.length + blanks.length < c.kpiCount; n++) {
      const id = `${c.code}-${n}`;
      if (used.has(id)) continue;
      used.add(id);
      blanks.push({ kpi: blankKpi(id, c.code), placeholder: true });
    }
    groups.push({ component: c, slots: [...own, ...blanks], depth: depthOf(c.code) });
  }
  const others = plan.kpis.filter((k) => !leaves.has(k.component)).map((kpi) => ({ kpi, placeholder: false }));
  if (others.length > 0) groups.push({ component: null, slots: others, depth: 0 });
  return groups;
}

function blankKpi(id: string, component: string): Kpi {
  return {
    id,
    component,
    name: "",
    baseline: [],
    target: "",
    weight: null,
    alignment: {},
    definition: "",
    method: "",
    evidence: [],
    partners: [],
  };
}

export const slotsOf = (ctx: Ctx): Slot[] => ctx.groups.flatMap((g) => g.slots);
