// Problems met while reading a workbook, as ReadIssues shaped like validation findings: a code,
// a severity, a Thai and English message, and the sheet and cell.
import type { CellRef, ReadIssue, ReadIssueCode } from "../types";

/**
 * The codes whose messages are here. TEMPLATE_FORMULA_CHANGED's is with the comparison of formulas
 * (src/template/formulas.ts), which the task pane loads only for a full check: not at start-up.
 */
export type CommonCode = Exclude<ReadIssueCode, "TEMPLATE_FORMULA_CHANGED">;

const MESSAGES: Record<CommonCode, (p: Record<string, string>) => { th: string; en: string }> = {
  NOT_A_TEMPLATE: (p) => ({
    th: `ไม่พบข้อมูลแม่แบบ (แผ่นงาน "${p.sheet}") สมุดงานนี้ไม่ได้สร้างจากแม่แบบตัวชี้วัด`,
    en: `no template metadata (sheet "${p.sheet}"): this workbook was not made from a KPI template`,
  }),
  NEWER_LAYOUT: (p) => ({
    th: `แม่แบบนี้เป็นรุ่น ${p.found} ใหม่กว่าที่โปรแกรมรู้จัก (${p.known}) อาจอ่านได้ไม่ครบ`,
    en: `this template is layout version ${p.found}, newer than this program knows (${p.known}); some of it may not be read`,
  }),
  SHEET_MISSING: (p) => ({ th: `ไม่พบแผ่นงาน "${p.sheet}"`, en: `sheet "${p.sheet}" is missing` }),
  COLUMN_MISSING: (p) => ({
    th: `ไม่พบคอลัมน์ "${p.column}" ในแผ่นงาน "${p.sheet}" จึงอ่านข้อมูลคอลัมน์นี้ไม่ได้`,
    en: `column "${p.column}" is missing on sheet "${p.sheet}"; its data cannot be read`,
  }),
  KPI_ID_MISSING: (p) => ({
    th: `แถวนี้มีข้อมูลตัวชี้วัดแต่ไม่มีรหัส จึงใช้รหัสชั่วคราว "${p.id}"`,
    en: `this row holds a KPI without an id; it is read as "${p.id}"`,
  }),
  KPI_ID_DUPLICATE: (p) => ({
    th: `รหัสตัวชี้วัด "${p.id}" ซ้ำกับแถวอื่น เกณฑ์ ผลการประเมิน และแผนปฏิบัติการจะผูกกับแถวแรก`,
    en: `KPI id "${p.id}" is used twice; the rubric, results and action plan attach to the first`,
  }),
  ROW_WITHOUT_KPI: (p) => ({
    th: `แถวนี้มีข้อมูลแต่ไม่ตรงกับตัวชี้วัดใดในแผ่นงานตัวชี้วัด (รหัส "${p.id}") จึงไม่ได้นำเข้า`,
    en: `this row holds data but matches no KPI of the register (id "${p.id}"); it was not read`,
  }),
  RUBRIC_KIND_UNKNOWN: (p) => ({
    th: `ไม่รู้จักชนิดเกณฑ์ "${p.value}" จึงถือเป็น "${p.kind}"`,
    en: `unknown rubric kind "${p.value}"; read as ${p.kind}`,
  }),
  BASELINE_YEAR_UNKNOWN: (p) => ({
    th: `หัวคอลัมน์ "${p.value}" ไม่ระบุปี พ.ศ. ข้อมูลพื้นฐานในคอลัมน์นี้จึงไม่ได้นำเข้า`,
    en: `header "${p.value}" names no BE year; the baseline data below it was not read`,
  }),
  STEP_NO_UNREADABLE: (p) => ({
    th: `ลำดับขั้นตอน "${p.value}" ไม่ใช่ตัวเลข`,
    en: `step number "${p.value}" is not a number`,
  }),
  ROUND_UNKNOWN: (p) => ({
    th: `รอบการประเมิน "${p.value}" ไม่ใช่ ครึ่งปี หรือ สิ้นปี ข้อมูลในแถวนี้จึงไม่ได้นำเข้า`,
    en: `round "${p.value}" is neither ครึ่งปี (mid-year) nor สิ้นปี (year-end); this row was not read`,
  }),
  REVIEW_WITHOUT_COMPONENT: () => ({
    th: "แถวนี้มีความเห็นผู้ประเมินแต่ไม่มีรหัสองค์ประกอบ จึงไม่ได้นำเข้า",
    en: "this row holds an evaluators' review but no component code; it was not read",
  }),
  DATE_UNREADABLE: (p) => ({
    th: `อ่านวันที่ "${p.value}" ไม่ได้ จึงเก็บไว้ตามที่พิมพ์ (ตัวอย่าง: ๒๕ เมษายน ๒๕๖๗ หรือ 25/4/2567)`,
    en: `date "${p.value}" cannot be read; it is kept as typed (e.g. ๒๕ เมษายน ๒๕๖๗ or 25/4/2567)`,
  }),
  METADATA_UNREADABLE: (p) => ({
    th: `อ่านข้อมูลแม่แบบ "${p.key}" ไม่ได้ (${p.value})`,
    en: `template metadata "${p.key}" is unreadable (${p.value})`,
  }),
  // A workbook keeps the framework it was agreed with; a shipped or given one of that id may differ.
  FRAMEWORK_DIFFERS: (p) =>
    p.used === "given"
      ? {
          th: `ตรวจตามกรอบการประเมิน ${p.given} ที่ระบุ ซึ่งต่างจากกรอบ ${p.id} ที่เก็บในสมุดงาน (ต่างกันที่: ${p.partsTh})`,
          en: `checked against the given framework ${p.given}, which differs from the framework ${p.id} stored in this workbook (in: ${p.partsEn})`,
        }
      : {
          th: `กรอบการประเมิน ${p.id} ที่เก็บในสมุดงาน (ที่ใช้ตกลงกัน) ต่างจากที่มากับโปรแกรม (ต่างกันที่: ${p.partsTh}) จึงตรวจตามกรอบในสมุดงาน`,
          en: `the framework ${p.id} stored in this workbook (the one agreed) differs from the one shipped with the program (in: ${p.partsEn}); checked against the stored one`,
        },
  // The stored framework is the one agreed: when it cannot be read, the check says which it used.
  FRAMEWORK_UNREADABLE: (p) => ({
    th: `อ่านกรอบการประเมินที่เก็บในสมุดงานไม่ได้ (${p.problem}) จึงตรวจตามกรอบ ${p.id} ที่${p.used === "given" ? "ระบุ" : "มากับโปรแกรม"}`,
    en: `the framework stored in this workbook cannot be read (${p.problem}); checked against the ${p.used === "given" ? "given" : "shipped"} framework ${p.id}`,
  }),
  // What reading changed, said rather than done silently (see cells.ts).
  TEXT_CHANGED: () => ({ th: "อ่านข้อความโดยตัดอักขระควบคุมออก และเปลี่ยน CR เป็นการขึ้นบรรทัด", en: "text read without its control characters, CR made a line break" }),
  SPACES_TRIMMED: (p) => ({ th: `อ่าน "${p.value}" เป็น "${p.code}"`, en: `"${p.value}" read as "${p.code}"` }),
  PERCENT_CELL: (p) => ({ th: `เซลล์แสดง ${p.shown}% (ค่า ${p.held}) อ่านเป็น ${p.read}`, en: `the cell shows ${p.shown}% (holding ${p.held}): read as ${p.read}` }),
};

const SEVERITY: Record<CommonCode, ReadIssue["severity"]> = {
  NOT_A_TEMPLATE: "error",
  NEWER_LAYOUT: "warning",
  SHEET_MISSING: "error",
  COLUMN_MISSING: "error",
  KPI_ID_MISSING: "error",
  KPI_ID_DUPLICATE: "error",
  ROW_WITHOUT_KPI: "error",
  RUBRIC_KIND_UNKNOWN: "warning",
  BASELINE_YEAR_UNKNOWN: "warning",
  STEP_NO_UNREADABLE: "warning",
  ROUND_UNKNOWN: "error",
  REVIEW_WITHOUT_COMPONENT: "error",
  DATE_UNREADABLE: "warning",
  METADATA_UNREADABLE: "error",
  FRAMEWORK_DIFFERS: "warning",
  FRAMEWORK_UNREADABLE: "warning",
  TEXT_CHANGED: "warning",
  SPACES_TRIMMED: "warning",
  PERCENT_CELL: "warning",
};

export function readIssue(code: CommonCode, at: CellRef, params: Record<string, string> = {}, kpi?: string): ReadIssue {
  const where: ReadIssue["where"] = { sheet: at.sheet, cell: at.cell };
  if (kpi !== undefined) where.kpi = kpi;
  return { code, severity: SEVERITY[code], message: MESSAGES[code]({ sheet: at.sheet, ...params }), where };
}
