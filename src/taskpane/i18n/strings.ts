// Every string the task pane shows, Thai and English, in one catalogue. Messages about the plan
// itself (findings, read problems, seal checks) come with their own Thai/English pair from the
// core and the layout; this file holds the pane's words. The English table is typed from the
// Thai one, so a key missing in either language does not compile.
export type Lang = "th" | "en";

const th = {
  appTitle: "ตัวชี้วัดเจรจาตกลง กทม.",
  appSubtitle: "จัดทำ ตรวจ และส่งแผนตัวชี้วัด",
  languageSwitch: "แสดงเป็นภาษาอังกฤษ (English)",
  navLabel: "ขั้นตอน",
  navStart: "เริ่มแผน",
  navCheck: "ตรวจสอบ",
  navSend: "ตรวจก่อนส่ง",
  navSummaries: "สรุปผล",
  navFocus: "ประเด็นมุ่งเน้น",
  navBasket: "ตะกร้าตัวชี้วัด",
  navNeedsPlan: "เปิดหรือสร้างแผนก่อน",
  loading: "กำลังอ่านสมุดงาน…",
  noHost: "บานหน้าต่างนี้ทำงานใน Excel: เปิดจากปุ่มบนริบบอนของ Excel",
  failed: (message: string) => `เกิดข้อผิดพลาด: ${message}`,
  retry: "ลองอีกครั้ง",
  screenLoading: "กำลังเปิดหน้าจอ…",
  openPlanLabel: (agency: string, year: string) => `แผนที่เปิดอยู่: ${agency} ปีงบประมาณ ${year}`,

  // Start
  startHeading: "เริ่มแผนตัวชี้วัด",
  startIntro: "เลือกปีงบประมาณ ประเภทหน่วยงาน และหน่วยงาน แล้วสร้างแม่แบบลงในสมุดงานนี้ แผ่นงานที่มีอยู่เดิมจะไม่ถูกเขียนทับ",
  fiscalYear: "ปีงบประมาณ",
  fiscalYearOption: (be: number) => `พ.ศ. ${be}`,
  agencyKind: "ประเภทหน่วยงาน",
  kindBureau: "หน่วยงานระดับสำนัก",
  kindDistrict: "สำนักงานเขต",
  kindUnavailable: "ปีนี้ไม่มีกรอบการประเมินสำหรับประเภทนี้",
  kindNone: "ไม่มีในปีนี้",
  framework: "กรอบการประเมิน",
  agency: "หน่วยงาน",
  agencyHint: "เลือกจากรายการหรือพิมพ์ชื่อเอง พิมพ์ตัวย่อได้ เช่น สนน. หรือ เขตบางรัก",
  agencyRequired: "กรุณาระบุหน่วยงาน",
  agencyResolved: (name: string) => `จะใช้ชื่อ: ${name}`,
  insert: "สร้างแม่แบบในสมุดงานนี้",
  inserting: "กำลังสร้างแม่แบบ…",
  existingHeading: "แผนที่มีอยู่ในสมุดงานนี้",
  existingNone: "สมุดงานนี้ยังไม่มีแผนตัวชี้วัด",
  openPlan: (agency: string, year: string) => `เปิดแผน ${agency} ปี ${year}`,
  opened: "เปิดอยู่",
  unnamedAgency: "(ไม่ระบุหน่วยงาน)",
  startImportHint: "มีแบบฟอร์มตัวชี้วัดที่ทำไว้ใน Word หรือ PDF อยู่แล้ว?",
  startImport: "นำเข้าจากข้อความของแบบฟอร์ม",

  // Import (the Import screen's own words are in importStrings.ts, in its chunk)
  navImport: "นำเข้า",

  // Check
  checkHeading: "ตรวจสอบแผน",
  liveHint: "ตรวจให้อัตโนมัติเมื่อพิมพ์หรือวางข้อมูล เซลล์ที่มีปัญหาจะถูกระบายสี โดยไม่เปลี่ยนค่าในเซลล์",
  checking: "กำลังตรวจ…",
  checkedSummary: (errors: number, warnings: number, time: string) =>
    errors + warnings === 0 ? `ตรวจเมื่อ ${time}: ไม่พบปัญหา` : `ตรวจเมื่อ ${time}: ข้อผิดพลาด ${errors} รายการ คำเตือน ${warnings} รายการ`,
  checkAll: "ตรวจทั้งหมดอีกครั้ง",
  weightsHeading: "น้ำหนักที่ใช้ / ที่กำหนด",
  weightsTotal: "รวมทั้งแผน",
  weightOk: "ครบ",
  weightUnder: (n: string) => `ขาด ${n}`,
  weightOver: (n: string) => `เกิน ${n}`,
  weightMeter: (name: string, used: string, required: string, state: string) => `${name}: ใช้ ${used} จาก ${required} (${state})`,
  kpiCount: (n: number, of: number) => `ตัวชี้วัด ${n}/${of}`,
  findingsHeading: "สิ่งที่ต้องแก้ไข",
  findingsNone: "ไม่พบปัญหา",
  groupErrors: (n: number) => `ข้อผิดพลาด (${n})`,
  groupWarnings: (n: number) => `คำเตือน (${n})`,
  groupKpi: (id: string) => `ตัวชี้วัด ${id}`,
  groupPlan: "ทั้งแผน",
  goToCell: (where: string) => `ไปที่ ${where}`,
  noCell: "ไม่ระบุเซลล์",
  severityError: "ข้อผิดพลาด",
  severityWarning: "คำเตือน",
};

export type Strings = typeof th;

const en: Strings = {
  appTitle: "BMA negotiated KPIs",
  appSubtitle: "Plan, check and send the KPI agreement",
  languageSwitch: "English (แสดงเป็นภาษาอังกฤษ)",
  navLabel: "Steps",
  navStart: "Start",
  navCheck: "Check",
  navSend: "Check before sending",
  navSummaries: "Summaries",
  navFocus: "Focus issues",
  navBasket: "KPI basket",
  navNeedsPlan: "Open or start a plan first",
  loading: "Reading the workbook…",
  noHost: "This pane works inside Excel: open it from the button on Excel's ribbon",
  failed: (message) => `Something went wrong: ${message}`,
  retry: "Try again",
  screenLoading: "Opening the screen…",
  openPlanLabel: (agency, year) => `Open plan: ${agency}, fiscal year ${year}`,

  startHeading: "Start a KPI plan",
  startIntro: "Choose the fiscal year, the kind of agency and the agency, then insert the template into this workbook. Existing sheets are never overwritten.",
  fiscalYear: "Fiscal year",
  fiscalYearOption: (be) => `BE ${be} (${be - 544}–${String(be - 543).slice(2)})`,
  agencyKind: "Agency kind",
  kindBureau: "Bureau",
  kindDistrict: "District office",
  kindUnavailable: "No framework of this kind for that year",
  kindNone: "none that year",
  framework: "Framework",
  agency: "Agency",
  agencyHint: "Pick from the list or type the name; abbreviations such as สนน. or เขตบางรัก work",
  agencyRequired: "Name the agency",
  agencyResolved: (name) => `Will be written as: ${name}`,
  insert: "Insert the template into this workbook",
  inserting: "Inserting the template…",
  existingHeading: "Plans in this workbook",
  existingNone: "This workbook holds no KPI plan yet",
  openPlan: (agency, year) => `Open the plan of ${agency}, ${year}`,
  opened: "open",
  unnamedAgency: "(agency not named)",
  startImportHint: "Already have the KPI forms in Word or PDF?",
  startImport: "Import from the text of the forms",

  navImport: "Import",

  checkHeading: "Plan check",
  liveHint: "Checked as you type or paste. Offending cells are tinted; their values are never changed.",
  checking: "Checking…",
  checkedSummary: (errors, warnings, time) =>
    errors + warnings === 0
      ? `Checked at ${time}: no problems`
      : `Checked at ${time}: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`,
  checkAll: "Check everything again",
  weightsHeading: "Weight used / required",
  weightsTotal: "Whole plan",
  weightOk: "complete",
  weightUnder: (n) => `${n} short`,
  weightOver: (n) => `${n} over`,
  weightMeter: (name, used, required, state) => `${name}: ${used} of ${required} used (${state})`,
  kpiCount: (n, of) => `KPIs ${n}/${of}`,
  findingsHeading: "Problems to fix",
  findingsNone: "No problems found",
  groupErrors: (n) => `Errors (${n})`,
  groupWarnings: (n) => `Warnings (${n})`,
  groupKpi: (id) => `KPI ${id}`,
  groupPlan: "Whole plan",
  goToCell: (where) => `Go to ${where}`,
  noCell: "no cell",
  severityError: "Error",
  severityWarning: "Warning",
};

export const STRINGS: Record<Lang, Strings> = { th, en };

/** Office's display language → the pane's: Thai for "th…", English otherwise. */
export const langOf = (displayLanguage: string | undefined): Lang => ((displayLanguage ?? "").toLowerCase().startsWith("th") ? "th" : "en");

/** A time of day as people read it: "10:05 น." / "10:05". */
export function clock(date: Date, lang: Lang): string {
  const hm = `${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}`;
  return lang === "th" ? `${hm} น.` : hm;
}

/** A number for the pane: up to 3 decimals, no trailing zeros. */
export const num = (v: number): string => String(Math.round(v * 1000) / 1000);
