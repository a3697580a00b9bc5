// What rendering a template works from: the plan, the framework, the sheet and table names, and
// the KPIs in register order, grouped under the framework's components, with blank rows for the
// KPIs a component still lacks.
import { allComponents, leafComponents } from "../../core/frameworks";
import { roundHasResults, roundsOf } from "../../core/plan/rounds";
import { RoundId } from "../../core/schema/common";
import type { Component, Framework } from "../../core/schema/framework";
import type { Kpi, Plan } from "../../core/schema/plan";
import type { RenderOptions, SheetNames, TableNames } from "../types";
import type { TooLong } from "./tooLong";

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
  groups: Group[];
  /** The rounds the evaluation and review sheets hold: the framework's, and any other the plan has results or reviews for. */
  rounds: RoundId[];
  options: RenderOptions;
  /** Text cells longer than a cell holds, found as sheets are finished: the template is refused. */
  tooLong: TooLong[];
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

/** The framework's rounds, plus (in round order) any the plan has results or reviews for. */
export function roundsToRender(plan: Plan, framework: Framework): RoundId[] {
  const named = new Set(roundsOf(framework).map((r) => r.id));
  const extra = RoundId.options.filter((r) => !named.has(r) && (roundHasResults(plan, r) || (plan.reviews ?? []).some((v) => v.round === r)));
  return RoundId.options.filter((r) => named.has(r) || extra.includes(r)).sort((a, b) => order(framework, a) - order(framework, b));
}

const order = (framework: Framework, round: RoundId): number => {
  const i = roundsOf(framework).findIndex((r) => r.id === round);
  return i < 0 ? roundsOf(framework).length + RoundId.options.indexOf(round) : i;
};

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
