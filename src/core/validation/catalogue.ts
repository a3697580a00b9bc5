import type { Bilingual } from "../schema/common";
import { toThaiDigits } from "../thai/digits";
import type { RuleCode, Severity } from "./finding";

type Params = Record<string, string | number>;

interface Entry {
  severity: Severity;
  th: (p: Params) => string;
  en: (p: Params) => string;
}

const fmt = (v: string | number | undefined): string =>
  typeof v === "number" ? String(Math.round(v * 1e6) / 1e6) : (v ?? "");
// Thai messages show numbers in Thai digits, as the official forms do.
const th = (v: string | number | undefined): string => toThaiDigits(fmt(v));

// Findings about a round's results say which round; the year-end one (kpi-plan v1) goes unnamed.
const ROUND_TH: Record<string, string> = { mid: "ระยะครึ่งปี", end: "ระยะสิ้นปี" };
const ROUND_EN: Record<string, string> = { mid: "mid-year", end: "year-end" };
const roundTh = (p: Params): string => (p.round === "mid" ? ROUND_TH.mid ?? "" : "");
const roundEn = (p: Params): string => (p.round === "mid" ? `${ROUND_EN.mid} ` : "");

/** Every user-visible validation message, Thai and English, keyed by rule code. */
export const CATALOGUE: Record<RuleCode, Entry> = {
  WEIGHT_TOTAL: {
    severity: "error",
    th: (p) => `น้ำหนักรวมของตัวชี้วัดทั้งหมดเท่ากับ ${th(p.total)} ต้องเท่ากับ ๑๐๐`,
    en: (p) => `KPI weights sum to ${fmt(p.total)}; they must sum to 100`,
  },
  COMPONENT_WEIGHT: {
    severity: "error",
    th: (p) => `องค์ประกอบที่ ${th(p.component)} มีน้ำหนักรวม ${th(p.actual)} คะแนน กรอบการประเมินกำหนด ${th(p.expected)} คะแนน`,
    en: (p) => `component ${fmt(p.component)} weighs ${fmt(p.actual)}; the framework sets ${fmt(p.expected)}`,
  },
  COMPONENT_KPI_COUNT: {
    severity: "error",
    th: (p) => `องค์ประกอบที่ ${th(p.component)} มี ${th(p.actual)} ตัวชี้วัด กรอบการประเมินกำหนด ${th(p.expected)} ตัวชี้วัด`,
    en: (p) => `component ${fmt(p.component)} holds ${fmt(p.actual)} KPIs; the framework sets ${fmt(p.expected)}`,
  },
  UNKNOWN_COMPONENT: {
    severity: "error",
    th: (p) => `ไม่มีองค์ประกอบที่ "${p.component}" ที่รับตัวชี้วัดในกรอบการประเมิน ${p.framework} (มี ${th(p.known)})`,
    en: (p) => `framework ${fmt(p.framework)} has no component "${fmt(p.component)}" that holds KPIs (it has ${fmt(p.known)})`,
  },
  KPI_FIELD_MISSING: {
    severity: "error",
    th: (p) => `ตัวชี้วัด ${th(p.kpi)} ยังไม่ได้กรอก${p.fieldTh}`,
    en: (p) => `KPI ${fmt(p.kpi)} has no ${fmt(p.fieldEn)}`,
  },
  WEIGHT_INVALID: {
    severity: "error",
    th: (p) => `น้ำหนักของตัวชี้วัด ${th(p.kpi)} คือ ${th(p.value)} ต้องเป็นจำนวนที่มากกว่า ๐`,
    en: (p) => `KPI ${fmt(p.kpi)} weighs ${fmt(p.value)}; a weight must be a positive number`,
  },
  BASELINE_YEARS: {
    severity: "warning",
    th: (p) => `ข้อมูลพื้นฐานของตัวชี้วัด ${th(p.kpi)} เป็นของปี ${th(p.years)} ควรเป็นปีติดกันจนถึง พ.ศ. ${th(p.expected)}`,
    en: (p) => `KPI ${fmt(p.kpi)} gives baseline years ${fmt(p.years)}; they should run without gaps up to ${fmt(p.expected)} BE`,
  },
  JOINT_PARTNERS: {
    severity: "error",
    th: (p) => `ตัวชี้วัดบูรณาการ ${th(p.kpi)} ระบุหน่วยงานพร้อมภารกิจ ${th(p.count)} หน่วยงาน ต้องมีอย่างน้อย ๒ หน่วยงาน`,
    en: (p) => `joint KPI ${fmt(p.kpi)} names ${fmt(p.count)} agencies with a role; it needs at least two`,
  },
  DUPLICATE_ID: {
    severity: "error",
    th: (p) =>
      `รหัสตัวชี้วัด ${th(p.kpi)} ซ้ำ: ตัวชี้วัดลำดับที่ ${th(p.position)} ใช้รหัสเดียวกับลำดับที่ ${th(p.first)} รหัสต้องไม่ซ้ำกัน เพราะเกณฑ์ ผลการประเมิน และแผนปฏิบัติการผูกกับรหัส`,
    en: (p) =>
      `KPI id ${fmt(p.kpi)} is used twice: KPI no. ${fmt(p.position)} has the id of KPI no. ${fmt(p.first)}; ids must be unique, because rubrics, results and action plans are matched by id`,
  },
  DUPLICATE_KPI: {
    severity: "warning",
    th: (p) => `ตัวชี้วัด ${th(p.kpi)} มีชื่อซ้ำกับตัวชี้วัด ${th(p.other)}`,
    en: (p) => `KPI ${fmt(p.kpi)} has the same name as KPI ${fmt(p.other)}`,
  },
  FOCUS_ALIGNMENT: {
    severity: "warning",
    th: (p) =>
      `ตัวชี้วัด ${th(p.kpi)} (องค์ประกอบที่ ${th(p.component)}) ${p.detailTh} หนังสือแนวทางให้ใช้ตัวชี้วัดตามแผนปฏิบัติราชการกรุงเทพมหานครหรือยุทธศาสตร์ของหน่วยงานแทนได้ จึงเป็นเพียงคำเตือน`,
    en: (p) =>
      `KPI ${fmt(p.kpi)} (component ${fmt(p.component)}) ${fmt(p.detailEn)}; the memo also allows KPIs from the BMA action plan or the agency's own strategy, so this is a warning`,
  },
  RUBRIC_LEVELS: {
    severity: "error",
    th: (p) => `เกณฑ์การให้คะแนนของตัวชี้วัด ${th(p.kpi)}: ${p.detailTh}`,
    en: (p) => `rubric of KPI ${fmt(p.kpi)}: ${fmt(p.detailEn)}`,
  },
  RUBRIC_LADDER: {
    severity: "error",
    th: (p) => `ตัวชี้วัด ${th(p.kpi)} ระดับ ${th(p.level)} ระบุร้อยละ ${th(p.actual)} กรอบการประเมินกำหนดร้อยละ ${th(p.expected)}`,
    en: (p) => `KPI ${fmt(p.kpi)} level ${fmt(p.level)} states ${fmt(p.actual)} %; the framework's ladder sets ${fmt(p.expected)} %`,
  },
  RUBRIC_POINTS: {
    severity: "error",
    th: (p) => `ตัวชี้วัด ${th(p.kpi)} ระดับ ${th(p.level)} ให้ ${th(p.actual)} คะแนน ควรเป็น ${th(p.weight)} × ${th(p.percent)}% = ${th(p.expected)} คะแนน`,
    en: (p) => `KPI ${fmt(p.kpi)} level ${fmt(p.level)} gives ${fmt(p.actual)} points; it should be ${fmt(p.weight)} × ${fmt(p.percent)} % = ${fmt(p.expected)}`,
  },
  CRITERIA_ORDER: {
    severity: "error",
    th: (p) => `เกณฑ์ของตัวชี้วัด ${th(p.kpi)}: ${p.detailTh}`,
    en: (p) => `criteria of KPI ${fmt(p.kpi)}: ${fmt(p.detailEn)}`,
  },
  TARGET_MISMATCH: {
    severity: "warning",
    th: (p) =>
      `เป้าหมายของตัวชี้วัด ${th(p.kpi)} คือ "${p.target}" แต่${p.level5 ? `ระดับ ๕ กำหนด "${p.level5}"` : "เกณฑ์การให้คะแนนไม่มีระดับ ๕"}`,
    en: (p) =>
      `KPI ${fmt(p.kpi)} targets "${fmt(p.target)}" but ${p.level5 ? `level 5 requires "${fmt(p.level5)}"` : "its rubric has no level 5"}`,
  },
  STEP_PERCENT_TOTAL: {
    severity: "error",
    th: (p) => `ขั้นตอนของ "${p.project}" (ตัวชี้วัด ${th(p.kpi)}) รวมกันได้ร้อยละ ${th(p.total)} ต้องเท่ากับ ๑๐๐${p.missing ? ` (ขั้นตอนที่ ${th(p.missing)} ไม่ระบุร้อยละ)` : ""}`,
    en: (p) => `steps of "${fmt(p.project)}" (KPI ${fmt(p.kpi)}) add up to ${fmt(p.total)} %; they must add up to 100${p.missing ? ` (step ${fmt(p.missing)} states no share)` : ""}`,
  },
  STEP_CUMULATIVE: {
    severity: "error",
    th: (p) => `ขั้นตอนที่ ${th(p.step)} ของ "${p.project}" ระบุร้อยละสะสม ${th(p.actual)} ควรเป็น ${th(p.expected)}`,
    en: (p) => `step ${fmt(p.step)} of "${fmt(p.project)}" states ${fmt(p.actual)} % cumulative; it should be ${fmt(p.expected)}`,
  },
  STEP_MONTHS: {
    severity: "error",
    th: (p) => `ขั้นตอนที่ ${th(p.step)} ของ "${p.project}" วางแผนไว้ในเดือน ${th(p.month)} ซึ่งอยู่นอกปีงบประมาณ พ.ศ. ${th(p.fiscalYear)} (ต.ค. ${th(Number(p.fiscalYear) - 1)} – ก.ย. ${th(p.fiscalYear)})`,
    en: (p) => `step ${fmt(p.step)} of "${fmt(p.project)}" is planned in ${fmt(p.month)}, outside fiscal year ${fmt(p.fiscalYear)} BE (Oct ${Number(p.fiscalYear) - 1} – Sep ${fmt(p.fiscalYear)})`,
  },
  BUDGET_TOTAL: {
    severity: "error",
    th: (p) => `งบประมาณรวมระบุ ${th(p.stated)} บาท แต่งบประมาณของโครงการรวมกันได้ ${th(p.sum)} บาท`,
    en: (p) => `the stated budget total is ${fmt(p.stated)} baht but the projects add up to ${fmt(p.sum)} baht`,
  },
  NOT_A_NUMBER: {
    severity: "error",
    th: (p) => `${p.fieldTh}${p.kpi ? ` ของตัวชี้วัด ${th(p.kpi)}` : ""} ต้องเป็นตัวเลข แต่มีข้อความ "${p.value}"`,
    en: (p) => `${fmt(p.fieldEn)}${p.kpi ? ` of KPI ${fmt(p.kpi)}` : ""} must be a number, but holds the text "${fmt(p.value)}"`,
  },
  RESULT_RANGE: {
    severity: "warning",
    th: (p) =>
      `ผลการดำเนินงาน${roundTh(p)}ของตัวชี้วัด ${th(p.kpi)} คือ ${th(p.value)} ${p.far ? "ห่างจากเกณฑ์" : "ซึ่งอยู่นอกช่วง"} ${th(p.min)}–${th(p.max)} ${p.far ? "เกินช่วงของเกณฑ์และต่างกันถึงสิบเท่า ตรวจว่าพิมพ์ถูกต้อง (เช่น ๐.๙๘๗๗ แทน ๙๘.๗๗)" : "ที่เป็นไปได้"}`,
    en: (p) =>
      `KPI ${fmt(p.kpi)} has ${roundEn(p)}result ${fmt(p.value)}, ${p.far ? "implausible for its criteria" : "outside the plausible range"} ${fmt(p.min)}–${fmt(p.max)}${p.far ? ": farther from them than their span and tenfold off; check it (0.9877 typed for 98.77?)" : ""}`,
  },
  SCORE_STALE: {
    severity: "error",
    th: (p) => `คะแนนถ่วงน้ำหนัก${roundTh(p)}ของตัวชี้วัด ${th(p.kpi)} บันทึกไว้ ${th(p.stored)} แต่คำนวณจากผลและเกณฑ์ได้ ${th(p.expected)}`,
    en: (p) => `KPI ${fmt(p.kpi)} stores a ${roundEn(p)}weighted score of ${fmt(p.stored)}; its result and criteria give ${fmt(p.expected)}`,
  },
  SIGNOFF_MISSING: {
    severity: "warning",
    th: (p) => `องค์ประกอบที่ ${th(p.component)} มีผลการประเมิน${ROUND_TH[p.round as string] ?? ""} แต่ยังไม่มีชื่อผู้ประเมินที่ลงนาม`,
    en: (p) => `component ${fmt(p.component)} has ${ROUND_EN[p.round as string] ?? ""} results but no evaluator's sign-off`,
  },
};

export function message(code: RuleCode, params: Params): Bilingual {
  const entry = CATALOGUE[code];
  return { th: entry.th(params), en: entry.en(params) };
}
