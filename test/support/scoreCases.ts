// Plans whose results cover every way a score is computed, for the tests that compute a template's
// score cells in another engine (LibreOffice, HyperFormula) and compare them with the core:
// milestone levels (whole, between, not reached, above 5, below 0), numeric criteria ascending and
// descending (between, exactly on a criterion, beyond c5, worse than c1), scores out of 100 (inside,
// above 100, below 0), empty results, mid-year criteria of their own — in both rounds, committee and
// self, on the framework's ladder.
import { leafComponents } from "../../src/core/frameworks";
import type { Framework } from "../../src/core/schema/framework";
import { parsePlan, type Plan, type PlanInput } from "../../src/core/schema/plan";

type KpiInput = PlanInput["kpis"][number];
type R = number | null;

interface Case {
  kind: "milestone" | "numeric" | "score100";
  criteria?: number[];
  midCriteria?: number[];
  weight: number;
  /** Year-end committee and self results, then mid-year ones. */
  end: [R, R];
  mid: [R, R];
}

const ASC = [80, 85, 90, 95, 100];
const DESC = [200, 190, 180, 170, 160];

export const SCORE_CASES: readonly Case[] = [
  { kind: "milestone", weight: 10, end: [3, 5], mid: [0, null] },
  { kind: "milestone", weight: 7.5, end: [3.5, 7], mid: [-1, 2] },
  { kind: "milestone", weight: 20, end: [null, 4], mid: [null, null] },
  { kind: "numeric", criteria: ASC, weight: 10, end: [93, 100], mid: [70, 80] },
  { kind: "numeric", criteria: ASC, midCriteria: [35, 40, 45, 50, 55], weight: 12.5, end: [105, 84.999], mid: [47.62, 60] },
  { kind: "numeric", criteria: DESC, weight: 10, end: [185, 150], mid: [210, 170] },
  { kind: "numeric", criteria: [45, 40, 35, 30, 25], midCriteria: [50, 45, 40, 35, 30], weight: 20, end: [33.62, 25], mid: [40.0001, null] },
  { kind: "score100", weight: 10, end: [78.5, 120], mid: [-5, 100] },
  { kind: "score100", weight: 10, end: [null, 95.143], mid: [72.286, null] },
  { kind: "numeric", criteria: [3, 4, 5, 6, 7], weight: 10, end: [6, 7], mid: [2.999, 3.001] },
  { kind: "milestone", weight: 10, end: [5, 0], mid: [4.25, 3] },
];

const result = ([value, self]: [R, R]) => ({ value, ...(self === null ? {} : { self }) });

/** The cases as one plan of the framework, spread over its leaf components. */
export function scoreCasePlan(framework: Framework): Plan {
  const ladder = framework.ladder;
  const leaves = leafComponents(framework);
  const kpis: KpiInput[] = SCORE_CASES.map((c, i) => {
    const component = (leaves[i % leaves.length] as { code: string }).code;
    return {
      id: `${component}-${Math.floor(i / leaves.length) + 1}`,
      component,
      name: `กรณีทดสอบ ${i + 1} (${c.kind})`,
      target: "ระดับ ๕",
      weight: c.weight,
      definition: "นิยาม",
      method: "วิธีคำนวณ",
      evidence: ["หลักฐาน"],
      rubric: {
        kind: c.kind,
        levels: ladder.map((percent, l) => ({ level: l + 1, percent, points: (c.weight * percent) / 100, description: `ระดับ ${l + 1}`, criterion: c.criteria?.[l] ?? null })),
        ...(c.midCriteria ? { rounds: { mid: { criteria: c.midCriteria } } } : {}),
      },
      result: result(c.end),
      results: { mid: result(c.mid) },
    };
  });
  const parsed = parsePlan({ format: "kpi-plan", version: 1, framework: framework.id, agency: "หน่วยงานทดสอบ", fiscalYear: framework.fiscalYear, kpis, actionPlan: [] });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.plan;
}
