// A fully valid kpi-plan for framework bma-2567-bureau, built the way an agency would write it,
// plus small accessors so that a test can change exactly one thing. Reused by the core, importer
// and template tests: every plan returned is a fresh object, free to mutate.
import { findFramework } from "../../src/core/frameworks/shipped";
import type { Framework } from "../../src/core/schema/framework";
import { parsePlan, type Plan, type PlanInput } from "../../src/core/schema/plan";

export const FRAMEWORK_ID = "bma-2567-bureau";

export type KpiInput = PlanInput["kpis"][number];
export type LevelInput = NonNullable<NonNullable<KpiInput["rubric"]>["levels"]>[number];
export type ActionPlanInput = NonNullable<PlanInput["actionPlan"]>[number];
export type StepInput = NonNullable<ActionPlanInput["steps"]>[number];

/**
 * How the shared components 2, 3.1 and 3.2 appear: `standard` leaves them out, as the source
 * documents do, so the framework's standard KPIs stand in; `explicit` writes them in the plan.
 */
export type SharedMode = "standard" | "explicit";

export interface ValidPlanOptions {
  shared?: SharedMode;
  /** Adds committee and self-assessed results with their stored weighted scores. */
  results?: boolean;
}

export function framework2567(): Framework {
  const fw = findFramework(FRAMEWORK_ID);
  if (!fw) throw new Error(`framework ${FRAMEWORK_ID} is not shipped`);
  return fw;
}

const LADDER = [20, 40, 60, 80, 100] as const;

/** Five rubric rows, level 1 first, with the FY2567 ladder and points = weight × percent. */
export function levels(weight: number, descriptions: readonly string[], criteria?: readonly number[]): LevelInput[] {
  return LADDER.map((percent, i) => ({
    level: i + 1,
    percent,
    points: (weight * percent) / 100,
    description: descriptions[i] ?? "",
    criterion: criteria?.[i] ?? null,
  }));
}

const MILESTONES = [
  "มีแผนการดำเนินงานเสนอผู้บริหารกรุงเทพมหานครให้ความเห็นชอบ",
  "ดำเนินการตามแผนได้ร้อยละ ๔๐",
  "ดำเนินการตามแผนได้ร้อยละ ๖๐",
  "ดำเนินการตามแผนได้ร้อยละ ๘๐",
  "ดำเนินการตามแผนครบถ้วนและรายงานผลต่อผู้บริหารกรุงเทพมหานคร",
];

const BASELINE = [
  { year: 2564, text: "-" },
  { year: 2565, text: "ระดับ ๔" },
  { year: 2566, text: "ระดับ ๕" },
];

interface KpiSpec {
  id: string;
  component: string;
  name: string;
  target: string;
  weight: number;
  unit?: string;
  criteria?: readonly number[];
  descriptions?: readonly string[];
  partners?: { agency: string; role: string }[];
}

function kpi(spec: KpiSpec): KpiInput {
  return {
    id: spec.id,
    component: spec.component,
    name: spec.name,
    unit: spec.unit ?? "ระดับ",
    baseline: BASELINE.map((b) => ({ ...b })),
    target: spec.target,
    weight: spec.weight,
    alignment: {
      policy: "นโยบายที่ ๐๑ : เมืองปลอดภัย",
      strategy: "๑. การพัฒนาเมืองให้น่าอยู่",
      subStrategy: "๑.๑ ลดความเหลื่อมล้ำ",
      objective: "ประชาชนได้รับบริการที่ดี",
      keyResult: "KR.๑ ความพึงพอใจของประชาชน",
    },
    definition: `นิยามของตัวชี้วัด ${spec.id}`,
    method: "ตรวจสอบผลการดำเนินงานเทียบกับเกณฑ์การให้คะแนน",
    evidence: ["รายงานผลการดำเนินงาน", "ภาพถ่ายประกอบการดำเนินงาน"],
    partners: spec.partners ?? [],
    rubric: {
      kind: spec.criteria ? "numeric" : "milestone",
      levels: levels(spec.weight, spec.descriptions ?? MILESTONES, spec.criteria),
    },
  };
}

/** The negotiated component 1: 1.1 (3 × 10), 1.2 (one joint KPI, 20), 1.3 (2 × 10). */
function negotiatedKpis(): KpiInput[] {
  return [
    kpi({ id: "1.1-1", component: "1.1", name: "ระดับความสำเร็จในการจัดกิจกรรมเมืองพี่เมืองน้อง", target: "ระดับ ๕", weight: 10 }),
    kpi({ id: "1.1-2", component: "1.1", name: "ระดับความสำเร็จในการเข้าร่วมเครือข่ายนานาชาติ", target: "ระดับ ๕", weight: 10 }),
    kpi({
      id: "1.1-3",
      component: "1.1",
      name: "ร้อยละของศูนย์พัฒนาเด็กก่อนวัยเรียนที่ได้รับการปรับปรุง",
      unit: "ร้อยละ",
      target: "ร้อยละ ๑๐๐",
      weight: 10,
      criteria: [80, 85, 90, 95, 100],
      descriptions: ["ร้อยละ ๘๐", "ร้อยละ ๘๕", "ร้อยละ ๙๐", "ร้อยละ ๙๕", "ร้อยละ ๑๐๐"],
    }),
    kpi({
      id: "1.2-1",
      component: "1.2",
      name: "ระดับความสำเร็จของการส่งเสริมเพื่อพัฒนาย่านสร้างสรรค์",
      target: "ระดับ ๕",
      weight: 20,
      partners: [
        { agency: "สำนักวัฒนธรรม กีฬา และการท่องเที่ยว", role: "จัดทำแผนบูรณาการและประสานหน่วยงาน" },
        { agency: "สำนักพัฒนาสังคม", role: "ส่งเสริมกิจกรรมของชุมชนในย่าน" },
      ],
    }),
    kpi({ id: "1.3-1", component: "1.3", name: "ระดับความสำเร็จในการนำเข้าข้อมูลแผนผังชุมชน", target: "ระดับ ๕", weight: 10 }),
    kpi({
      id: "1.3-2",
      component: "1.3",
      name: "ระยะเวลาเฉลี่ยในการระบายน้ำท่วมขังหลังฝนหยุดตก",
      unit: "นาที",
      target: "ไม่เกิน ๑๗๐ นาที",
      weight: 10,
      criteria: [190, 185, 180, 175, 170],
      descriptions: ["ไม่เกิน ๑๙๐ นาที", "ไม่เกิน ๑๘๕ นาที", "ไม่เกิน ๑๘๐ นาที", "ไม่เกิน ๑๗๕ นาที", "ไม่เกิน ๑๗๐ นาที"],
    }),
  ];
}

/** Components 2, 3.1 and 3.2 written out by the agency, as the framework prescribes them. */
function sharedKpis(): KpiInput[] {
  const innovation = kpi({
    id: "2-1",
    component: "2",
    name: "ระดับความสำเร็จของการพัฒนานวัตกรรมในการบริหารจัดการและการให้บริการ",
    unit: "คะแนน",
    target: "๑๐๐ คะแนน",
    weight: 10,
    descriptions: ["คะแนนประเมิน ๒๐ คะแนน", "คะแนนประเมิน ๔๐ คะแนน", "คะแนนประเมิน ๖๐ คะแนน", "คะแนนประเมิน ๘๐ คะแนน", "คะแนนประเมิน ๑๐๐ คะแนน"],
  });
  innovation.rubric = { ...innovation.rubric, kind: "score100" };
  return [
    innovation,
    kpi({
      id: "3.1-1",
      component: "3.1",
      name: "ความสำเร็จของการขับเคลื่อนการเปลี่ยนแปลงสู่รัฐบาลดิจิทัล",
      unit: "ระบบ",
      target: "๗ ระบบ",
      weight: 10,
      criteria: [3, 4, 5, 6, 7],
      descriptions: ["๓ ระบบ", "๔ ระบบ", "๕ ระบบ", "๖ ระบบ", "๗ ระบบ"],
    }),
    kpi({
      id: "3.2-1",
      component: "3.2",
      name: "ความสำเร็จของการเบิกจ่ายงบประมาณในภาพรวม",
      unit: "ร้อยละ",
      target: "ร้อยละ ๑๐๐",
      weight: 10,
      criteria: [92, 94, 96, 98, 100],
      descriptions: ["ร้อยละ ๙๒", "ร้อยละ ๙๔", "ร้อยละ ๙๖", "ร้อยละ ๙๘", "ร้อยละ ๑๐๐"],
    }),
  ];
}

/**
 * Results and the weighted scores they give (worked by hand from DOMAIN.md §4, not by the core):
 * see TOTALS for what they add up to.
 */
export const RESULTS: Record<string, { value: number; self: number; score: number; selfScore: number }> = {
  "1.1-1": { value: 5, self: 5, score: 10, selfScore: 10 },
  "1.1-2": { value: 4, self: 5, score: 8, selfScore: 10 },
  "1.1-3": { value: 93, self: 95, score: 7.2, selfScore: 8 }, // 3 + 3/5 = 3.6 points → 72 %
  "1.2-1": { value: 3, self: 4, score: 12, selfScore: 16 },
  "1.3-1": { value: 5, self: 5, score: 10, selfScore: 10 },
  "1.3-2": { value: 177.5, self: 175, score: 7, selfScore: 8 }, // descending: 3.5 points → 70 %
  "2-1": { value: 85, self: 90, score: 8.5, selfScore: 9 },
  "3.1-1": { value: 6, self: 6, score: 8, selfScore: 8 },
  "3.2-1": { value: 98.77, self: 99, score: 8.77, selfScore: 9 }, // 4.385 points → 87.7 %
};

/** Totals out of 100 of a plan with results: the standard KPIs stand in unscored (0). */
export const TOTALS = {
  explicit: { committee: 79.47, self: 88 },
  standard: { committee: 54.2, self: 62 },
} as const;

/** Two projects whose steps add up to 100 %, inside FY2567 (ต.ค. ๒๕๖๖ – ก.ย. ๒๕๖๗). */
function actionPlan(): ActionPlanInput[] {
  return [
    {
      kpi: "1.1-1",
      project: "โครงการกระชับความสัมพันธ์เมืองพี่เมืองน้อง",
      budget: 1_500_000,
      division: "ส่วนแผนงานและความร่วมมือ",
      steps: [
        { no: 1, text: "จัดทำแผนการดำเนินงาน", percent: 20, cumulative: 20, months: [10, 11] },
        { no: 2, text: "ประสานเมืองพี่เมืองน้อง", percent: 30, cumulative: 50, months: [{ year: 2567, month: 1 }, 2, 3] },
        { no: 3, text: "จัดกิจกรรมและรายงานผล", percent: 50, cumulative: 100, months: [4, 5, 6, 7, 8, 9] },
      ],
    },
    {
      kpi: "1.3-1",
      project: "โครงการนำเข้าข้อมูลแผนผังชุมชน",
      budget: 500_000,
      division: "ส่วนข้อมูลและสารสนเทศ",
      steps: [
        { no: 1, text: "อบรมอาสาสมัครพัฒนาชุมชน", percent: 40, cumulative: 40, months: [{ year: 2566, month: 12 }] },
        { no: 2, text: "นำเข้าข้อมูลและตรวจสอบ", percent: 60, cumulative: 100, months: [1, 2, 3, 4, 5, 6] },
      ],
    },
  ];
}

/** A plan that breaks no rule of DOMAIN.md §5: validatePlan returns no finding at all. */
export function validPlan(options: ValidPlanOptions = {}): PlanInput {
  const kpis = [...negotiatedKpis(), ...(options.shared === "explicit" ? sharedKpis() : [])];
  const plan: PlanInput = {
    format: "kpi-plan",
    version: 1,
    framework: FRAMEWORK_ID,
    agency: "สำนักงานการต่างประเทศ",
    fiscalYear: 2567,
    kpis,
    actionPlan: actionPlan(),
    budgetTotal: 2_000_000,
  };
  if (options.results) {
    for (const k of kpis) {
      const r = RESULTS[k.id];
      if (r) k.result = { ...r, note: "ดำเนินการได้ตามเป้าหมาย" };
    }
    // Each sub-component with results is signed for by its evaluator (SIGNOFF_MISSING).
    for (const component of new Set(kpis.filter((k) => k.result).map((k) => k.component))) signFor(plan, component);
  }
  return plan;
}

/** The year-end round's review of a component, signed by its evaluator (added unless there is one). */
export function signFor(plan: PlanInput, component: string): void {
  if ((plan.reviews ?? []).some((r) => r.round === "end" && r.component === component)) return;
  plan.reviews = [
    ...(plan.reviews ?? []),
    { round: "end", component, reasons: "ผลเป็นไปตามที่รายงาน", signoff: { name: "นางสาวทดสอบ ประเมินผล", position: "นักวิเคราะห์นโยบายและแผนชำนาญการ", date: "2024-10-15" } },
  ];
}

/** The KPI with this id; throws so that a typo in a test fails loudly. */
export function kpiOf(plan: PlanInput, id: string): KpiInput {
  const found = plan.kpis.find((k) => k.id === id);
  if (!found) throw new Error(`no KPI ${id} in the plan (has ${plan.kpis.map((k) => k.id).join(", ")})`);
  return found;
}

/** The rubric row of level n (1…5) of a KPI. */
export function levelOf(plan: PlanInput, id: string, n: number): LevelInput {
  const found = kpiOf(plan, id).rubric?.levels?.find((l) => l.level === n);
  if (!found) throw new Error(`KPI ${id} has no rubric level ${n}`);
  return found;
}

/** Step `no` of the action-plan entry at `entry`. */
export function stepOf(plan: PlanInput, entry: number, no: number): StepInput {
  const found = plan.actionPlan?.[entry]?.steps?.find((s) => s.no === no);
  if (!found) throw new Error(`no step ${no} in action-plan entry ${entry}`);
  return found;
}

/** Sets a KPI's weight and its rubric points together, so that only the weight rules can notice. */
export function reweigh(plan: PlanInput, id: string, weight: number): void {
  const k = kpiOf(plan, id);
  k.weight = weight;
  for (const l of k.rubric?.levels ?? []) l.points = (weight * Number(l.percent)) / 100;
}

/** parsePlan that must succeed: a failure lists the problems, which is what a test wants to see. */
export function parsed(input: unknown): Plan {
  const r = parsePlan(input);
  if (!r.ok) throw new Error(`parsePlan failed:\n${r.problems.map((p) => `  ${p.path}: ${p.message}`).join("\n")}`);
  return r.plan;
}

/** A deep copy of a plan input, for tests that derive many plans from one. */
export const clone = <T>(value: T): T => structuredClone(value);

/**
 * Gives the plan's first KPI two years' baselines of 20,000 characters each: each fits its own
 * cell of a template, but the KPI summary form joins them in one (40,025 characters).
 */
export function withLongBaselines(plan: Plan): Plan {
  const kpi = plan.kpis[0];
  if (!kpi) throw new Error("no KPI");
  kpi.baseline = [
    { year: 2564, text: "ก".repeat(20_000) },
    { year: 2565, text: "ข".repeat(20_000) },
  ];
  return plan;
}

/** The error `run` throws (fails the test when it throws none). */
export function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error("nothing was thrown");
}
