// Plans for the workbook tests: one with everything a workbook must carry (results and stored
// scores, an action plan with shares, months and budgets, text that looks like formulas, numbers
// typed as Thai-digit text, inconsistencies that must survive), and plans of any size.
import { parsePlan, type Plan, type PlanInput } from "../../src/core/schema/plan";

type KpiInput = PlanInput["kpis"][number];

const LADDER = [20, 40, 60, 80, 100];

function levels(weight: number, descriptions: readonly string[], criteria?: readonly number[]) {
  return LADDER.map((percent, i) => ({
    level: i + 1,
    percent,
    points: (weight * percent) / 100,
    description: descriptions[i] ?? "",
    criterion: criteria?.[i] ?? null,
  }));
}

function kpi(id: string, component: string, weight: number, extra: Partial<KpiInput> = {}): KpiInput {
  return {
    id,
    component,
    name: `ระดับความสำเร็จของตัวชี้วัด ${id}`,
    unit: "ระดับ",
    baseline: [
      { year: 2564, text: "-" },
      { year: 2565, text: "ระดับ ๔" },
      { year: 2566, text: "ระดับ ๕" },
    ],
    target: "ระดับ ๕",
    weight,
    alignment: { policy: "นโยบาย ๑", strategy: "ยุทธศาสตร์ที่ ๗", subStrategy: "๗.๒", objective: "วัตถุประสงค์", keyResult: "KR.๑" },
    definition: `นิยามของ ${id}`,
    method: "เทียบผลกับเกณฑ์",
    evidence: ["รายงานผลการดำเนินงาน", "ภาพถ่าย"],
    partners: [],
    rubric: { kind: "milestone", levels: levels(weight, ["มีแผน", "ร้อยละ ๔๐", "ร้อยละ ๖๐", "ร้อยละ ๘๐", "ครบและรายงานผล"]) },
    ...extra,
  };
}

function withoutRubric(k: KpiInput): KpiInput {
  const { rubric: _none, ...rest } = k;
  return rest;
}

/** A FY2567 plan with results of both rounds, stored scores, reviews, an action plan and the awkward cases. */
export function richPlan(): Plan {
  const input: PlanInput = {
    format: "kpi-plan",
    version: 1,
    framework: "bma-2567-bureau",
    agency: "สำนักงานทดสอบ",
    fiscalYear: 2567,
    kpis: [
      kpi("1.1-1", "1.1", 10, {
        name: "=SUM(1,2) ไม่ใช่สูตร",
        // All four of the evaluators' texts, text that looks like a formula, a number or a list.
        result: {
          value: 5,
          self: 5,
          note: "-ดำเนินการครบ",
          strengths: "=ทีมงานเข้มแข็ง",
          weaknesses: "1. ยังไม่ครบ\n2. ล่าช้า",
          suggestions: "-",
          score: 10,
          selfScore: 10,
        },
        // The mid-year round: its own result and texts.
        results: { mid: { value: 3, self: 4, note: "=ครึ่งปีได้ระดับ ๓" } },
        baseline: [
          { year: 2563, text: "+66 2 123 4567" },
          { year: 2566, text: "@ระดับ ๕" },
          { year: 2566, text: "ครั้งที่สองของปีเดียวกัน" },
        ],
      }),
      kpi("1.1-2", "1.1", 10, {
        definition: "'ขึ้นต้นด้วยอัญประกาศ",
        method: "10",
        target: "TRUE",
        unit: "1/2",
        // A stored score that no longer matches its result: must survive for SCORE_STALE.
        result: { value: 4, self: 5, score: 9.5 },
      }),
      kpi("1.1-3", "1.1", 10, {
        unit: "ร้อยละ",
        target: "ร้อยละ ๑๐๐",
        rubric: {
          kind: "numeric",
          levels: levels(10, ["ร้อยละ ๘๐", "ร้อยละ ๘๕", "ร้อยละ ๙๐", "ร้อยละ ๙๕", "ร้อยละ ๑๐๐"], [80, 85, 90, 95, 100]),
          conditions: "เงื่อนไข: นับเฉพาะศูนย์ที่เปิดบริการ",
          // Mid-year criteria of their own (a budget-disbursement-like ladder of 35…55).
          rounds: { mid: { criteria: [35, 40, 45, 50, 55] } },
        },
        result: { value: 93, self: "ประมาณ ๙๕" },
        results: { mid: { value: 47.62 } },
      }),
      kpi("1.2-1", "1.2", 20, {
        partners: [
          { agency: "สำนักวัฒนธรรม กีฬา และการท่องเที่ยว", role: "- จัดทำแผน\n- ประสานงาน" },
          { agency: "สำนักพัฒนาสังคม", role: "ส่งเสริมกิจกรรม" },
          { agency: "สำนักงานประชาสัมพันธ์", role: "" },
        ],
        // Points that break weight × percent (level 4 says 15, not 16): must survive for RUBRIC_POINTS.
        rubric: {
          kind: "milestone",
          levels: levels(20, ["๑", "๒", "๓", "๔", "๕"]).map((l) => (l.level === 4 ? { ...l, points: 15 } : l)),
        },
      }),
      kpi("1.3-1", "1.3", "สิบ" as unknown as number, {
        evidence: ["๑. ขึ้นต้นด้วยเลขเอง", "", "บรรทัดแรก\nบรรทัดที่สอง"],
        rubric: { kind: "milestone", levels: [] },
      }),
      // Suggestions without a result yet.
      withoutRubric(kpi("1.3-2", "1.3", 10, { unit: "นาที", result: { value: null, suggestions: "ควรเก็บข้อมูลทุกเดือน" } })),
      kpi("2-1", "2", 10, {
        rubric: { kind: "score100", levels: levels(10, ["๒๐", "๔๐", "๖๐", "๘๐", "๑๐๐"]) },
        result: { value: 85, self: 90, selfScore: 9 },
      }),
      kpi("9.9-1", "9.9", 5, { name: "ตัวชี้วัดนอกกรอบ" }),
    ],
    actionPlan: [
      {
        kpi: "1.1-1",
        project: "โครงการเมืองพี่เมืองน้อง",
        budget: 1500000,
        division: "ส่วนความสัมพันธ์ระหว่างประเทศ",
        steps: [
          { no: 1, text: "จัดทำแผน", percent: 20, cumulative: 20, months: [10, 11] },
          { no: 2, text: "-ดำเนินกิจกรรม", percent: 50, cumulative: 70, months: [12, 1, 2, 3, 4, 5] },
          // A cumulative figure that is not the running sum: must survive for STEP_CUMULATIVE.
          { no: 3, text: "รายงานผล", percent: 30, cumulative: 90, months: [8, 9, { year: 2567, month: 10 }, 13] },
        ],
      },
      {
        kpi: "1.1-3",
        project: "โครงการพัฒนาหลักสูตร",
        budget: "ไม่ได้ใช้งบประมาณ",
        division: "",
        steps: [
          { no: "ก", text: "ศึกษา", percent: null, cumulative: null, months: [] },
          { no: 2, text: "ทดลอง", percent: 40, cumulative: 40, months: [6, 7] },
        ],
      },
      { kpi: "1.3-1", project: "โครงการไม่มีขั้นตอน", budget: 250000.5, division: "ส่วนแผนงาน", steps: [] },
    ],
    budgetTotal: 2000000,
    // Per round and component: the evaluators' texts and sign-off (dates ISO, as a plan keeps them),
    // one for a component above the leaves, text that looks like a formula.
    reviews: [
      {
        round: "mid",
        component: "1.1",
        reasons: "ตัวชี้วัดที่ 1 : ดำเนินการได้ระดับ ๓\nตัวชี้วัดที่ 3 : ร้อยละ 47.62",
        weaknesses: "-ไม่มี-",
        signoff: { name: "นางสาวศิริพร ทองประเสริฐ", position: "นักวิเคราะห์นโยบายและแผนชำนาญการ", date: "2024-04-25" },
      },
      {
        round: "end",
        component: "1.1",
        reasons: "=ครบทุกตัวชี้วัด",
        strengths: "1. ทีมงาน\n2. ข้อมูล",
        weaknesses: "ล่าช้า",
        suggestions: "+ควรวางแผนล่วงหน้า",
        signoff: { name: "นายปกรณ์ วงศ์สุวรรณ", position: "นักทรัพยากรบุคคลชำนาญการ", organisation: "สำนักงาน ก.ก.", date: "2024-10-15" },
      },
      { round: "end", component: "1", reasons: "ภาพรวมขององค์ประกอบที่ ๑" },
    ],
  };
  const parsed = parsePlan(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.plan;
}

/** A plan of n negotiated KPIs under 1.1, 1.2 and 1.3, each with a rubric, a result and a project. */
export function sizedPlan(n: number): Plan {
  const leaves = ["1.1", "1.1", "1.1", "1.2", "1.3", "1.3"];
  const kpis: KpiInput[] = [];
  const actionPlan: NonNullable<PlanInput["actionPlan"]> = [];
  for (let i = 0; i < n; i++) {
    const component = leaves[i % 6] as string;
    const id = `${component}-${i + 1}`;
    const numeric = i % 3 === 1;
    kpis.push(
      kpi(id, component, 10, {
        name: `ตัวชี้วัดที่ ${i + 1} ระดับความสำเร็จของการดำเนินงานตามแผน`,
        rubric: numeric
          ? { kind: "numeric", levels: levels(10, ["๘๐", "๘๕", "๙๐", "๙๕", "๑๐๐"], [80, 85, 90, 95, 100]) }
          : { kind: "milestone", levels: levels(10, ["มีแผน", "ร้อยละ ๔๐", "ร้อยละ ๖๐", "ร้อยละ ๘๐", "ครบ"]) },
        result: { value: numeric ? 93 : 4, self: numeric ? 95 : 5 },
      }),
    );
    actionPlan.push({
      kpi: id,
      project: `โครงการที่ ${i + 1}`,
      budget: 100000 * (i + 1),
      division: "ส่วนแผนงาน",
      steps: [
        { no: 1, text: "วางแผน", percent: 30, cumulative: 30, months: [10, 11] },
        { no: 2, text: "ดำเนินการ", percent: 50, cumulative: 80, months: [12, 1, 2, 3] },
        { no: 3, text: "รายงานผล", percent: 20, cumulative: 100, months: [9] },
      ],
    });
  }
  const parsed = parsePlan({ format: "kpi-plan", version: 1, framework: "bma-2567-bureau", agency: "หน่วยงานทดสอบ", fiscalYear: 2567, kpis, actionPlan });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.plan;
}
