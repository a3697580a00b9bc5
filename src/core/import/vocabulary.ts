// The words the official forms use, as data: column headers of each table, the labels inside a
// KPI detail page, the alignment chain. Patterns run on compact keys (no whitespace, Arabic
// digits, garbles fixed). A new wording in another agency's or year's form is a new pattern here.

export interface ColumnSpec<F extends string> {
  readonly field: F;
  readonly patterns: readonly RegExp[];
  /** Patterns that rule a cell out even when `patterns` match ("ระดับคะแนน" is no points column). */
  readonly not?: readonly RegExp[];
}

export type SummaryField = "no" | "component" | "name" | "baseline" | "target" | "weight" | "unit" | "definition" | "method" | "evidence";

/** KPI summary table (แบบสรุปตัวชี้วัด) and the KPI detail table (แบบวิเคราะห์…) share these columns. */
export const KPI_TABLE_COLUMNS: readonly ColumnSpec<SummaryField>[] = [
  { field: "no", patterns: [/^(ที่|ลำดับ(ที่)?|no\.?)$/i] },
  { field: "component", patterns: [/^องค์ประกอบ(ที่)?$/, /^component$/i] },
  { field: "definition", patterns: [/นิยาม/, /^คำอธิบายตัวชี้วัด/] },
  { field: "method", patterns: [/^(วิธี(การ)?คำนวณ|สูตร(การ)?คำนวณ)/] },
  { field: "evidence", patterns: [/^(วิธี(การ)?เก็บ(รวบรวม)?ข้อมูล|แหล่งข้อมูล|หลักฐาน)/] },
  { field: "name", patterns: [/ชื่อตัวชี้วัด/, /^ตัวชี้วัด(ผลการปฏิบัติราชการ|เจรจาตกลง)?$/, /^kpi$/i] },
  { field: "baseline", patterns: [/ผลการดำเนินงาน/, /ย้อนหลัง/, /ข้อมูลพื้นฐาน/, /baseline/i] },
  { field: "target", patterns: [/เป้าหมาย/, /^target/i] },
  { field: "weight", patterns: [/น้ำหนัก/, /^weight/i] },
  { field: "unit", patterns: [/^หน่วยนับ/, /^หน่วยวัด/] },
];

export type RubricField = "level" | "percent" | "description" | "points" | "criterion";

export const RUBRIC_COLUMNS: readonly ColumnSpec<RubricField>[] = [
  { field: "level", patterns: [/^ระดับ(ความสำเร็จ|ที่|คะแนน)?$/, /^ระดับความสำเร็จ/, /^level/i] },
  { field: "percent", patterns: [/ร้อยละ/, /%/, /เปอร์เซ็นต์/, /^percent/i] },
  { field: "criterion", patterns: [/^(ค่า)?เกณฑ์(เชิงปริมาณ|ตัวเลข)/, /^ผลการดำเนินงาน(ที่ต้องได้)?$/, /^ค่าเป้าหมาย/] },
  {
    field: "description",
    patterns: [/วิธีวัดผล/, /^คำอธิบาย/, /^รายละเอียด/, /^เกณฑ์(การให้คะแนน|การประเมิน|การวัด|การพิจารณา)?$/, /^ผลสำเร็จ/, /^ขั้นตอน/, /^สิ่งที่ต้อง/, /^(การ)?ดำเนินงาน$/],
  },
  { field: "points", patterns: [/^คะแนน/, /คะแนนที่ได้/, /^points?$/i], not: [/^ระดับคะแนน/] },
];

export type StepField = "step" | "no" | "percent" | "cumulative" | "budget" | "division";

export const STEP_COLUMNS: readonly ColumnSpec<StepField>[] = [
  { field: "no", patterns: [/^(ที่|ลำดับ(ที่)?)$/] },
  // "ติดตามความก้าวหน้าโครงการ (ร้อยละ)": the project's progress so far, i.e. the running total.
  { field: "cumulative", patterns: [/สะสม/, /ความก้าวหน้า/, /cumulative/i] },
  { field: "percent", patterns: [/ร้อยละ/, /น้ำหนัก/, /%/] },
  { field: "budget", patterns: [/งบประมาณ/, /บาท/], not: [/ปีงบประมาณ/] },
  { field: "division", patterns: [/รับผิดชอบ/, /^หน่วยงาน/, /^ส่วนราชการ/] },
  { field: "step", patterns: [/^(ขั้นตอน|แนวทาง|กิจกรรม|รายละเอียด|การดำเนินงาน|วิธีดำเนินการ|แผนงาน|โครงการ\/กิจกรรม)/] },
];

export type BudgetField = "no" | "project" | "budget" | "division" | "kpi";

export const BUDGET_COLUMNS: readonly ColumnSpec<BudgetField>[] = [
  { field: "no", patterns: [/^(ที่|ลำดับ(ที่)?)$/] },
  { field: "kpi", patterns: [/^ตัวชี้วัด/] },
  { field: "budget", patterns: [/งบประมาณ/, /จำนวนเงิน/, /\(บาท\)/, /^บาท$/], not: [/ปีงบประมาณ/, /^แหล่ง/, /^ไม่ใช้/] },
  { field: "division", patterns: [/รับผิดชอบ/, /^หน่วยงาน/, /^ส่วนราชการ/] },
  { field: "project", patterns: [/^(รายการ\/)?(ชื่อ)?(แผนงาน\/)?(โครงการ|กิจกรรม)/] },
];

export type AlignmentField = "policy" | "strategy" | "subStrategy" | "objective" | "keyResult";

export interface AlignmentLabel {
  readonly field: AlignmentField | null;
  /** Matches the label at the start of the line's compact key. */
  readonly pattern: RegExp;
}

/**
 * The alignment chain of a detail page. The form's label is removed from the value (the
 * number that follows it, "๗.", "๓.๑", "KR.๑", is part of the value). Order matters:
 * "ยุทธศาสตร์ย่อยที่" before "ยุทธศาสตร์ที่". `field: null` labels are recognised but have no
 * place in kpi-plan (their lines are reported as skipped).
 */
export const ALIGNMENT_LABELS: readonly AlignmentLabel[] = [
  { field: "policy", pattern: /^สอดคล้องกับนโยบาย(ผู้ว่าราชการกรุงเทพมหานคร|ผู้ว่าฯ?|ผู้บริหาร(กรุงเทพมหานคร)?)?/ },
  { field: "policy", pattern: /^นโยบายผู้ว่าราชการกรุงเทพมหานคร/ },
  { field: "subStrategy", pattern: /^ยุทธศาสตร์ย่อย(ที่)?/ },
  { field: "strategy", pattern: /^ยุทธศาสตร์(ที่)?/ },
  { field: "objective", pattern: /^วัตถุประสงค์(หลัก)?(\(objective\))?/i },
  { field: "objective", pattern: /^เป้าประสงค์(ที่)?/ },
  { field: "keyResult", pattern: /^(ตัวชี้วัดหลัก|ตัววัดผลหลัก|ผลลัพธ์หลัก)?\(?keyresults?:?(kr)?\)?/i },
  { field: "keyResult", pattern: /^(ตัวชี้วัดหลัก|ตัววัดผลหลัก|ผลลัพธ์หลัก)/ },
  { field: null, pattern: /^กลยุทธ์(ที่)?/ },
];

export type DetailField = "definition" | "partners" | "method" | "evidence" | "name" | "baseline" | "target" | "weight" | "unit";

export interface DetailLabel {
  readonly field: DetailField;
  readonly pattern: RegExp;
  /** Recognised without emphasis at the start of a paragraph (strong wording); else only bold. */
  readonly plainStart: boolean;
  /** The label text stays in the field (partner group headings carry the agency). */
  readonly keep?: boolean;
  /** Only in a detail page laid out as "label: value" lines, never inside the definition cell. */
  readonly labelledOnly?: boolean;
}

/** The labels that split the long text of a detail page into its fields. */
export const DETAIL_LABELS: readonly DetailLabel[] = [
  { field: "definition", pattern: /^นิยาม(ศัพท์|ตัวชี้วัด|และวิธีคำนวณ)?/, plainStart: true },
  {
    field: "partners",
    pattern: /^(ภารกิจ|บทบาท|หน้าที่|บทบาทหน้าที่)(และ)?(ความรับผิดชอบ)?(ของ)?(หน่วยงาน|ส่วนราชการ)(\/ส่วนราชการ)?ฯ?(ที่เกี่ยวข้อง|ที่รับผิดชอบ|ร่วม)?/,
    plainStart: true,
  },
  { field: "partners", pattern: /^หน่วยงาน(\/ส่วนราชการ)?ฯ?(ที่เกี่ยวข้อง|ร่วม(ดำเนินการ)?)/, plainStart: false },
  { field: "partners", pattern: /^-?(\d+(\.\d+)*\.?)?หน่วยงาน(หลัก|รอง|สนับสนุน|เจ้าภาพ)/, plainStart: false, keep: true },
  { field: "method", pattern: /^(วิธี(การ)?คำนวณ|สูตร(การ)?คำนวณ|วิธี(การ)?วัดผล|วิธีการประเมินผล)/, plainStart: true },
  { field: "evidence", pattern: /^(วิธี(การ)?เก็บ(รวบรวม)?ข้อมูล|วิธีจัดเก็บข้อมูล)/, plainStart: true },
  { field: "evidence", pattern: /^(แหล่ง(ที่มา)?(ของ)?ข้อมูล|เอกสาร\/?หลักฐาน|หลักฐาน(ที่ใช้|ประกอบ)?)/, plainStart: false },
  { field: "name", pattern: /^(ชื่อตัวชี้วัด|ตัวชี้วัด(ที่\d+(\.\d+)*)?(?=[:：])|ตัวชี้วัดที่\d+(\.\d+)*)/, plainStart: true, labelledOnly: true },
  { field: "baseline", pattern: /^(ข้อมูลพื้นฐาน|ผลการดำเนินงานย้อนหลัง)/, plainStart: true, labelledOnly: true },
  { field: "target", pattern: /^(ค่า)?เป้าหมาย/, plainStart: true, labelledOnly: true },
  { field: "weight", pattern: /^น้ำหนัก/, plainStart: true, labelledOnly: true },
  { field: "unit", pattern: /^หน่วยนับ/, plainStart: true, labelledOnly: true },
];

/** A partner group heading: "๑. หน่วยงานหลัก (สำนักพัฒนาสังคม)", "หน่วยงานสนับสนุน". */
export const PARTNER_GROUP = /^-?(\d+(\.\d+)*\.?)?หน่วยงาน(หลัก|รอง|สนับสนุน|เจ้าภาพ|ร่วม)/;

/** Words an agency name starts with, to split "๓.๑ สำนักอนามัย ให้คำปรึกษา…" into agency and role. */
export const AGENCY_START = /^(สำนักงาน|สำนัก|กอง|ฝ่าย|ศูนย์|สถาบัน|โรงพยาบาล|สำนักงานเขต|เขต|หน่วยงาน|สถานี|กรม|การ|องค์การ|สนข\.|สยป\.|สพส\.)/;

/** Words that may follow an agency's name and still belong to it. */
export const AGENCY_TAIL = /^(กรุงเทพมหานคร|กทม\.?|สำนักปลัดกรุงเทพมหานคร)$/;

/** BMA agency names that contain spaces, so a role cannot start inside them. */
export const MULTIWORD_AGENCIES: readonly string[] = [
  "สำนักวัฒนธรรม กีฬา และการท่องเที่ยว",
  "สำนักงานคณะกรรมการข้าราชการกรุงเทพมหานคร",
  "สำนักงานเลขานุการสภากรุงเทพมหานคร",
  "สำนักงานเลขานุการผู้ว่าราชการกรุงเทพมหานคร",
];

/** Labels of the rows of a rubric laid out with the levels as columns. */
export const TRANSPOSED_ROWS: readonly ColumnSpec<RubricField>[] = [
  { field: "percent", patterns: [/ร้อยละ/, /%/, /เปอร์เซ็นต์/] },
  { field: "points", patterns: [/^คะแนน(ที่ได้(รับ)?)?$/, /^points?$/i] },
  { field: "criterion", patterns: [/^(ค่า)?เกณฑ์(เชิงปริมาณ|ตัวเลข)/, /^ค่าเป้าหมาย/] },
  { field: "description", patterns: [/เกณฑ์/, /วิธีวัดผล/, /รายละเอียด/, /คำอธิบาย/, /ผลการดำเนินงาน/, /ผลสำเร็จ/] },
];

/** Marks a ticked box in "องค์ประกอบที่ ๑.๑ ☑". */
export const TICKS = /[✓✔☑☒■◼▣●√✗✘⊠]/;

/** A form title: "แบบสรุปตัวชี้วัด… ประจำปีงบประมาณ พ.ศ. ๒๕๖๗" (matched on the compact key). */
export const TITLE_WORDS = /(ตัวชี้วัด|ประเมินผล|แบบสรุป|แบบวิเคราะห์|เจรจาตกลง|คำรับรอง|แผนปฏิบัติ)/;
/** Dotted leaders of a table of contents ("คำนำ ........ ก"): such a line names a page, it is no title. */
export const LEADERS = /\.{4,}|…{2,}|_{4,}/;
export const FISCAL_YEAR = /ปีงบประมาณ(พ\.ศ\.)?(\d{4})/;
