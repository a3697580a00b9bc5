// What each validation rule asks, in Thai and English: for lists of the rules (`kpi rules`, the
// documentation). Apart from the messages (catalogue.ts), which every check needs, so that the task
// pane's start-up carries none of this text.
import type { Bilingual } from "../schema/common";
import type { RuleCode } from "./finding";

export const RULE_DESCRIPTIONS: Record<RuleCode, Bilingual> = {
  WEIGHT_TOTAL: { th: "น้ำหนักของตัวชี้วัดทั้งหมดรวมกันเท่ากับ ๑๐๐", en: "KPI weights of the plan sum to 100" },
  COMPONENT_WEIGHT: { th: "น้ำหนักในแต่ละองค์ประกอบเท่ากับที่กรอบการประเมินกำหนด", en: "weights in each (sub)component sum to the framework's weight" },
  COMPONENT_KPI_COUNT: { th: "จำนวนตัวชี้วัดในแต่ละองค์ประกอบเท่ากับที่กรอบการประเมินกำหนด", en: "each (sub)component holds the framework's number of KPIs" },
  UNKNOWN_COMPONENT: { th: "รหัสองค์ประกอบของตัวชี้วัดมีอยู่ในกรอบการประเมิน", en: "a KPI's component code exists in the framework" },
  KPI_FIELD_MISSING: { th: "กรอกชื่อ เป้าหมาย น้ำหนัก นิยาม วิธีคำนวณ และหลักฐานครบ", en: "name, target, weight, definition, method, evidence are filled" },
  WEIGHT_INVALID: { th: "น้ำหนักเป็นจำนวนบวก", en: "weight is a positive number" },
  BASELINE_YEARS: { th: "ข้อมูลพื้นฐานเป็นของปีก่อนหน้าปีงบประมาณติดกัน", en: "baseline years are the years just before the fiscal year" },
  JOINT_PARTNERS: { th: "ตัวชี้วัดบูรณาการระบุหน่วยงานอย่างน้อย ๒ หน่วยงานพร้อมภารกิจ", en: "a joint KPI names at least two agencies, each with its role" },
  DUPLICATE_ID: { th: "รหัสตัวชี้วัดไม่ซ้ำกัน", en: "no two KPIs share an id" },
  DUPLICATE_KPI: { th: "ชื่อตัวชี้วัดไม่ซ้ำกัน", en: "no two KPIs share a name" },
  FOCUS_ALIGNMENT: {
    th: "ตัวชี้วัดขององค์ประกอบที่ ๑ สอดคล้องกับประเด็นมุ่งเน้นการพัฒนาของปี (หรือแผนปฏิบัติราชการ กทม. หรือยุทธศาสตร์ของหน่วยงาน)",
    en: "a component-1 KPI serves one of the year's focus issues (or the BMA action plan or the agency's strategy)",
  },
  RUBRIC_LEVELS: { th: "เกณฑ์การให้คะแนนมี ๕ ระดับ (๑–๕) พร้อมคำอธิบายทุกระดับ", en: "exactly five levels, 1…5, each with a description" },
  RUBRIC_LADDER: { th: "ร้อยละความสำเร็จของแต่ละระดับตรงกับกรอบการประเมิน", en: "the percentages are the framework's ladder" },
  RUBRIC_POINTS: { th: "คะแนนของแต่ละระดับเท่ากับน้ำหนัก × ร้อยละ", en: "points of each level = weight × percentage" },
  CRITERIA_ORDER: { th: "เกณฑ์เชิงตัวเลขเพิ่มขึ้นหรือลดลงอย่างเคร่งครัด", en: "numeric criteria are strictly ascending or strictly descending" },
  TARGET_MISMATCH: { th: "ค่าเป้าหมายตรงกับเกณฑ์ระดับ ๕", en: "the target is what level 5 requires" },
  STEP_PERCENT_TOTAL: { th: "ร้อยละของขั้นตอนในแผนปฏิบัติการรวมกันเท่ากับ ๑๐๐", en: "action-plan step shares sum to 100" },
  STEP_CUMULATIVE: { th: "ร้อยละสะสมเท่ากับผลรวมของร้อยละของขั้นตอนจนถึงขั้นนั้น", en: "the cumulative column is the running sum of the step shares" },
  STEP_MONTHS: { th: "เดือนที่วางแผนอยู่ในปีงบประมาณ", en: "planned months lie inside the fiscal year" },
  BUDGET_TOTAL: { th: "งบประมาณรวมที่ระบุเท่ากับผลรวมของงบประมาณโครงการ", en: "a stated budget total equals the sum of its projects" },
  NOT_A_NUMBER: { th: "ช่องตัวเลขต้องเป็นตัวเลข (เลขไทยนับเป็นตัวเลข)", en: "a numeric cell holds a number (Thai digits are numbers)" },
  RESULT_RANGE: { th: "ผลการดำเนินงานอยู่ในช่วงที่เป็นไปได้ตามชนิดของตัวชี้วัดและเกณฑ์", en: "a result is plausible for its kind and criteria" },
  SCORE_STALE: { th: "คะแนนที่บันทึกไว้ตรงกับคะแนนที่คำนวณใหม่", en: "a stored score equals the score recomputed from its inputs" },
  SIGNOFF_MISSING: { th: "องค์ประกอบที่มีผลการประเมินในรอบใดมีผู้ประเมินลงนาม", en: "a component with results in a round has the evaluator's sign-off" },
};
