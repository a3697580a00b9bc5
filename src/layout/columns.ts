// The columns of each table of a template, as data: key, Thai header, English subtitle, width,
// role, number format and validation. render/ and read/ interpret them; change a header or a
// width here, nowhere else.
import { FISCAL_MONTHS, monthName } from "../core/thai/calendar";
import { toThaiDigits } from "../core/thai/digits";

/**
 * How a column's cells are written and read:
 * - text: typed text, read back exactly as typed (number format "@", so Excel converts nothing);
 * - number: a number; Thai digits and units are read as numbers, other text is kept as text so
 *   that validation reports it (NOT_A_NUMBER) at the cell;
 * - derived: a formula shown for convenience (names looked up from the register, criteria from
 *   the rubric), locked and ignored when reading;
 * - stated: a formula, unless the plan states a value the formula would not give (then that
 *   value is written, so an inconsistency survives the round trip and validation can see it); a
 *   value typed over the formula is read as stated.
 */
export type ColumnRole = "text" | "number" | "derived" | "stated";

export interface ColumnDef {
  /** The plan field, or a layout key ("baseline:2566", "partner:1:agency", "month:10"). */
  key: string;
  /** The table header: unique in its sheet, short, no [ ] # ' (structured references). */
  th: string;
  /** The English subtitle shown above the header. */
  en: string;
  /** Width in characters. */
  width: number;
  role: ColumnRole;
  numberFormat?: string;
  wrap?: boolean;
  align?: "left" | "center" | "right";
  /** Locked even though it is typed in (the evaluation sheet's KPI id: the key of the row). */
  locked?: boolean;
  /** A drop-down list: the framework's leaf components, or the rubric kinds. */
  list?: "components" | "kinds";
  /** Templates made before the column existed lack it: reading does without it, no COLUMN_MISSING. */
  optional?: boolean;
  /** A numeric range checked by Excel as a warning (Thai digits must stay typable). */
  range?: { min?: number; max?: number; whole?: boolean };
}

const text = (key: string, th: string, en: string, width: number, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  key,
  th,
  en,
  width,
  role: "text",
  numberFormat: "@",
  wrap: true,
  ...extra,
});
const num = (key: string, th: string, en: string, width: number, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  key,
  th,
  en,
  width,
  role: "number",
  numberFormat: "General",
  align: "center",
  ...extra,
});
const derived = (key: string, th: string, en: string, width: number, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  key,
  th,
  en,
  width,
  role: "derived",
  numberFormat: "General",
  ...extra,
});

/** A baseline column: one per year (and a second one for a year a KPI lists twice). */
export interface BaselineColumn {
  year: number;
  occurrence: number;
}

export const baselineHeader = (c: BaselineColumn): string =>
  `พ.ศ. ${toThaiDigits(c.year)}${c.occurrence > 1 ? ` (${toThaiDigits(c.occurrence)})` : ""}`;

export function registerColumns(baseline: readonly BaselineColumn[], partners: number): ColumnDef[] {
  const partnerColumns = Array.from({ length: partners }, (_, i) => {
    const n = i + 1;
    return [
      text(`partner:${n}:agency`, `หน่วยงานที่เกี่ยวข้อง ${toThaiDigits(n)}`, `Partner agency ${n}`, 24),
      text(`partner:${n}:role`, `บทบาทของหน่วยงาน ${toThaiDigits(n)}`, `Role of partner ${n}`, 40),
    ];
  }).flat();
  return [
    text("component", "องค์ประกอบ", "Component", 11, { align: "center", wrap: false, list: "components" }),
    text("id", "รหัส", "KPI ID", 9, { align: "center", wrap: false }),
    text("name", "ชื่อตัวชี้วัด", "KPI name", 45),
    ...baseline.map((c) =>
      text(`baseline:${c.year}:${c.occurrence}`, baselineHeader(c), `Baseline BE ${c.year}${c.occurrence > 1 ? ` (${c.occurrence})` : ""}`, 16),
    ),
    text("target", "เป้าหมาย", "Target", 16),
    num("weight", "น้ำหนัก", "Weight", 9, { range: { min: 0 } }),
    text("unit", "หน่วยนับ", "Unit", 10, { align: "center" }),
    text("kind", "ชนิดเกณฑ์", "Rubric kind", 18, { list: "kinds", wrap: false }),
    num("focusIssue", "ประเด็นมุ่งเน้น", "Focus issue (its number)", 10, { range: { min: 1, whole: true }, optional: true }),
    text("policy", "นโยบายผู้ว่าฯ", "Governor's policy", 30),
    text("strategy", "ยุทธศาสตร์", "Strategy", 30),
    text("subStrategy", "ยุทธศาสตร์ย่อย", "Sub-strategy", 30),
    text("objective", "วัตถุประสงค์หลัก", "Objective", 30),
    text("keyResult", "ตัวชี้วัดหลัก (KR)", "Key result", 30),
    text("definition", "นิยาม", "Definition", 50),
    text("method", "วิธีคำนวณ", "Calculation method", 40),
    text("evidence", "วิธีเก็บข้อมูล/หลักฐาน", "Evidence (numbered, one per line)", 45),
    text("conditions", "เงื่อนไข/หมายเหตุของเกณฑ์", "Rubric conditions / notes", 35),
    ...partnerColumns,
  ];
}

export function rubricColumns(): ColumnDef[] {
  return [
    text("kpi", "รหัส", "KPI ID", 9, { align: "center", wrap: false }),
    derived("name", "ชื่อตัวชี้วัด", "KPI name (from the register)", 40, { wrap: true }),
    derived("weight", "น้ำหนัก", "Weight (from the register)", 9, { align: "center" }),
    num("level", "ระดับ", "Level", 8, { range: { min: 0, max: 5, whole: true } }),
    num("percent", "ร้อยละความสำเร็จ", "Success %", 11, { range: { min: 0, max: 100 } }),
    text("description", "วิธีวัดผลการดำเนินงาน", "What must be achieved", 60),
    { key: "points", th: "คะแนนที่ได้รับ", en: "Points = weight × % (formula)", width: 12, role: "stated", numberFormat: "General", align: "center" },
    num("criterion", "เกณฑ์ (ค่าตัวเลข)", "Criterion (numeric KPIs)", 13),
    num("midCriterion", "เกณฑ์ระยะครึ่งปี", "Mid-year criterion, where it differs (blank: the same)", 13, { optional: true }),
  ];
}

export const CRITERIA_KEYS = ["c1", "c2", "c3", "c4", "c5"] as const;

export function evaluationColumns(): ColumnDef[] {
  return [
    text("round", "รอบการประเมิน", "Round", 10, { align: "center", wrap: false, locked: true, optional: true }),
    derived("component", "องค์ประกอบ", "Component", 11, { align: "center" }),
    text("kpi", "รหัส", "KPI ID", 9, { align: "center", wrap: false, locked: true }),
    derived("name", "ตัวชี้วัด", "KPI", 40, { wrap: true }),
    derived("kind", "ชนิดเกณฑ์", "Rubric kind", 14),
    derived("weight", "น้ำหนัก", "Weight", 9, { align: "center" }),
    ...CRITERIA_KEYS.map((k, i) =>
      derived(k, `เกณฑ์ ${toThaiDigits(i + 1)} คะแนน`, `Criterion for ${i + 1} point${i === 0 ? "" : "s"}`, 10, { align: "center" }),
    ),
    num("self", "ผลประเมินตนเอง", "Self-assessed result", 13),
    num("value", "ผลของคณะกรรมการ", "Committee result", 13),
    derived("points", "คะแนนที่ได้", "Points (0–5)", 10, { numberFormat: "0.00", align: "center" }),
    { key: "score", th: "คะแนนถ่วงน้ำหนัก", en: "Weighted score", width: 13, role: "stated", numberFormat: "0.000", align: "center" },
    { key: "selfScore", th: "คะแนนถ่วงน้ำหนัก (ตนเอง)", en: "Weighted score (self)", width: 13, role: "stated", numberFormat: "0.000", align: "center" },
    text("note", "เหตุผลของคะแนน", "Reasons for the score", 35),
    text("strengths", "จุดแข็ง", "Strengths", 30),
    text("weaknesses", "จุดอ่อน", "Weaknesses", 30),
    text("suggestions", "ข้อเสนอแนะ", "Suggestions", 30),
  ];
}

/** Per round and (sub-)component: the evaluators' texts and who signed, as the result form prints them. */
export function reviewColumns(): ColumnDef[] {
  return [
    text("round", "รอบการประเมิน", "Round", 10, { align: "center", wrap: false, locked: true }),
    text("component", "องค์ประกอบ", "Component", 11, { align: "center", wrap: false, locked: true }),
    derived("name", "ชื่อองค์ประกอบ", "Component name", 30, { wrap: true }),
    text("reasons", "เหตุผลของคะแนน", "Reasons for the score", 45),
    text("strengths", "จุดแข็ง", "Strengths", 35),
    text("weaknesses", "จุดอ่อน", "Weaknesses", 35),
    text("suggestions", "ข้อเสนอแนะเพื่อการพัฒนา", "Suggestions for development", 35),
    text("signName", "ผู้ประเมิน (ชื่อ-สกุล)", "Evaluator (name)", 24),
    text("signPosition", "ตำแหน่ง", "Position", 24),
    text("signOrganisation", "หน่วยงานผู้ประเมิน", "Evaluator's office (if named)", 22),
    text("signDate", "วัน/เดือน/ปี", "Date signed (e.g. ๒๕ เมษายน ๒๕๖๗)", 18, { wrap: false }),
  ];
}

/** "ต.ค. ๒๕๖๖": a fiscal month with its BE calendar year. */
export function monthHeader(month: number, fiscalYear: number): string {
  const year = month >= 10 ? fiscalYear - 1 : fiscalYear;
  return `${monthName(month).abbr} ${toThaiDigits(year)}`;
}

export function actionPlanColumns(fiscalYear: number): ColumnDef[] {
  return [
    text("kpi", "รหัสตัวชี้วัด", "KPI ID", 10, { align: "center", wrap: false }),
    text("project", "โครงการ/กิจกรรม", "Project (a row with a project starts it; its steps follow)", 35),
    num("no", "ขั้นที่", "Step", 7),
    text("step", "ขั้นตอนการดำเนินงาน", "Work step", 45),
    num("percent", "ร้อยละของขั้นตอน", "Step %", 10, { range: { min: 0, max: 100 } }),
    { key: "cumulative", th: "ร้อยละสะสม", en: "Cumulative % (formula)", width: 10, role: "stated", numberFormat: "General", align: "center" },
    ...FISCAL_MONTHS.map((m) => {
      const year = m >= 10 ? fiscalYear - 1 : fiscalYear;
      return text(`month:${m}`, monthHeader(m, fiscalYear), `${monthName(m).en} ${year - 543}`, 7, { align: "center", wrap: false });
    }),
    text("otherMonths", "เดือนอื่น", "Other months (outside the bars)", 14),
    num("budget", "งบประมาณ (บาท)", "Budget (baht)", 16, { numberFormat: "#,##0.00", align: "right", range: { min: 0 } }),
    text("division", "หน่วยงานที่รับผิดชอบ", "Responsible division", 24),
  ];
}

/** The year's focus issues an agency serves: a reference, written from the framework, never read. */
export function focusColumns(): ColumnDef[] {
  return [
    text("issue", "ประเด็นที่", "Focus issue", 9, { align: "center", wrap: false, locked: true }),
    text("heading", "ประเด็นมุ่งเน้นการพัฒนา", "Development focus issue", 40, { locked: true }),
    text("kpi", "ตัวชี้วัดสนับสนุน", "Supporting KPI", 50, { locked: true }),
    text("target", "ค่าเป้าหมาย", "Target", 20, { locked: true }),
    text("responsible", "หน่วยงานรับผิดชอบ", "Responsible agencies", 40, { locked: true }),
  ];
}

export function metaColumns(): ColumnDef[] {
  return [
    text("key", "รายการ", "Key", 22, { wrap: false, locked: true }),
    text("value", "ค่า", "Value", 60, { wrap: false, locked: true }),
  ];
}
