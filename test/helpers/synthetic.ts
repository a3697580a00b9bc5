// Synthetic bma-2567-bureau plans of any size, for the validation benchmark and for tests that
// need many KPIs. Every KPI is complete (baseline, rubric, result, one action-plan project) and
// every sub-component signed for, so validation walks every rule; the only findings are the component counts, which a plan with
// more than six negotiated KPIs cannot meet.
import type { PlanInput } from "../../src/core/schema/plan";
import { levels, type ActionPlanInput, type KpiInput } from "./plan";

const LEAVES = [
  { code: "1.1", weight: 30, share: 3 },
  { code: "1.2", weight: 20, share: 1 },
  { code: "1.3", weight: 20, share: 2 },
] as const;

const MILESTONES = ["มีแผน", "ดำเนินการร้อยละ ๔๐", "ดำเนินการร้อยละ ๖๐", "ดำเนินการร้อยละ ๘๐", "ดำเนินการครบและรายงานผล"];

/** The leaf each KPI goes to: 1.1, 1.1, 1.1, 1.2, 1.3, 1.3, … as the framework's counts. */
function leafOf(i: number): (typeof LEAVES)[number] {
  const slot = i % 6;
  return slot < 3 ? LEAVES[0] : slot < 4 ? LEAVES[1] : LEAVES[2];
}

function countIn(n: number, code: string): number {
  let c = 0;
  for (let i = 0; i < n; i++) if (leafOf(i).code === code) c++;
  return c;
}

export function syntheticPlan(n: number): PlanInput {
  const counts = new Map(LEAVES.map((l) => [l.code, countIn(n, l.code)]));
  const kpis: KpiInput[] = [];
  const actionPlan: ActionPlanInput[] = [];
  for (let i = 0; i < n; i++) {
    const leaf = leafOf(i);
    const weight = leaf.weight / (counts.get(leaf.code) ?? 1);
    const id = `${leaf.code}-${i + 1}`;
    const kind = i % 3 === 0 ? "milestone" : "numeric";
    const descending = i % 3 === 2;
    const criteria = kind === "milestone" ? undefined : descending ? [190, 185, 180, 175, 170] : [80, 85, 90, 95, 100];
    kpis.push({
      id,
      component: leaf.code,
      name: `ตัวชี้วัดสังเคราะห์ที่ ${i + 1}`,
      unit: descending ? "นาที" : kind === "numeric" ? "ร้อยละ" : "ระดับ",
      baseline: [
        { year: 2564, text: "-" },
        { year: 2565, text: "ระดับ ๓" },
        { year: 2566, text: "ระดับ ๔" },
      ],
      target: descending ? "ไม่เกิน ๑๗๐ นาที" : kind === "numeric" ? "ร้อยละ ๑๐๐" : "ระดับ ๕",
      weight,
      definition: `นิยามของตัวชี้วัดที่ ${i + 1}`,
      method: "ตรวจสอบผลการดำเนินงานเทียบกับเกณฑ์",
      evidence: ["รายงานผลการดำเนินงาน"],
      partners:
        leaf.code === "1.2"
          ? [
              { agency: "สำนักพัฒนาสังคม", role: "หน่วยงานหลัก" },
              { agency: "สำนักงานเขต", role: "หน่วยงานร่วม" },
            ]
          : [],
      rubric: { kind, levels: levels(weight, MILESTONES, criteria) },
      // The agency's own result in the KPI's terms (a level, minutes, a percentage), as a result form has it.
      result: { value: kind === "milestone" ? i % 6 : descending ? 170 + (i % 25) : 80 + (i % 21), self: kind === "milestone" ? 5 : descending ? 170 : 100 },
    });
    actionPlan.push({
      kpi: id,
      project: `โครงการที่ ${i + 1}`,
      budget: 100_000,
      division: "ส่วนแผนงาน",
      steps: [
        { no: 1, text: "วางแผน", percent: 25, cumulative: 25, months: [10, 11] },
        { no: 2, text: "ดำเนินการ", percent: 25, cumulative: 50, months: [12, 1, 2] },
        { no: 3, text: "ดำเนินการ", percent: 25, cumulative: 75, months: [3, 4, 5, 6] },
        { no: 4, text: "รายงานผล", percent: 25, cumulative: 100, months: [{ year: 2567, month: 9 }] },
      ],
    });
  }
  return {
    format: "kpi-plan",
    version: 1,
    framework: "bma-2567-bureau",
    agency: "หน่วยงานสังเคราะห์",
    fiscalYear: 2567,
    kpis,
    actionPlan,
    budgetTotal: n * 100_000,
    // The evaluators' review of each sub-component with results, signed (SIGNOFF_MISSING).
    reviews: LEAVES.filter((l) => (counts.get(l.code) ?? 0) > 0).map((l) => ({
      round: "end" as const,
      component: l.code,
      reasons: "ผลเป็นไปตามที่รายงาน",
      signoff: { name: "นางสาวทดสอบ ประเมินผล", position: "นักวิเคราะห์นโยบายและแผนชำนาญการ", date: "2024-10-15" },
    })),
  };
}
