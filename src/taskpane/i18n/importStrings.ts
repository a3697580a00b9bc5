// The Import screen's words, Thai and English. Apart from strings.ts so that they travel in the
// Import screen's chunk (fetched when the user opens it), not in the pane's start-up JavaScript;
// useImportScreen merges them into the catalogue. The English table is typed from the Thai one.
import type { Lang } from "./strings";

const th = {
  importHeading: "นำเข้าจากข้อความ",
  importIntro:
    "คัดลอกข้อความทั้งหมดของแบบฟอร์มตัวชี้วัด (แบบสรุปตัวชี้วัด แบบวิเคราะห์และกำหนดตัวชี้วัด เกณฑ์การให้คะแนน แผนปฏิบัติการ) จาก Word หรือ PDF แล้ววางในช่องด้านล่าง หรือวางลงในแผ่นงานแล้วเลือกช่วงนั้น ตรวจดูตัวอย่างก่อน สมุดงานจะไม่ถูกแก้ไขจนกว่าจะกดสร้างแม่แบบ",
  importLoading: "กำลังโหลดตัวนำเข้า…",
  importText: "ข้อความจากแบบฟอร์ม",
  importTextHint: "วางด้วย Ctrl+V ช่องของตารางต้องคั่นด้วยแท็บ (เหมือนเมื่อคัดลอกจาก Word) กด Ctrl+Enter เพื่อแสดงตัวอย่าง",
  importPreview: "แสดงตัวอย่าง",
  importFromSelection: "ใช้ช่วงที่เลือกใน Excel",
  importReadingSelection: "กำลังอ่านช่วงที่เลือก…",
  importSelectionRead: (rows: number) => `อ่านข้อความจากช่วงที่เลือก ${rows} แถว`,
  importSelectionEmpty: "ช่วงที่เลือกไม่มีข้อความ: วางข้อความของแบบฟอร์มลงในแผ่นงาน เลือกช่วงนั้น แล้วลองอีกครั้ง",
  importSelectionFailed: (message: string) => `อ่านช่วงที่เลือกไม่ได้ (เลือกช่วงเซลล์ที่ต่อเนื่องกันเพียงช่วงเดียว): ${message}`,
  importFailedTitle: "นำเข้าไม่ได้",
  importPasteHint: "คัดลอกข้อความของแบบฟอร์มจาก Word หรือ PDF แล้ววางในช่องข้อความ หรือเลือกช่วงในแผ่นงานที่วางข้อความไว้",
  importInvalidPlan: (detail: string) => `แผนที่อ่านได้ไม่ตรงรูปแบบ kpi-plan: ${detail}`,
  importChooseFramework: "เลือกกรอบการประเมินด้านล่าง แล้วระบบจะอ่านข้อความอีกครั้ง",
  importNoYear: "ไม่พบปีงบประมาณ (พ.ศ.) ในหัวเอกสาร จึงไม่รู้ว่าใช้กรอบการประเมินใด",
  previewHeading: "ตัวอย่างสิ่งที่จะสร้าง",
  previewSummary: (agency: string, year: string, kpis: number) => `${agency} · ปีงบประมาณ ${year} · ตัวชี้วัด ${kpis} ตัว`,
  frameworkFound: "พบในเอกสาร",
  frameworkChosen: "เลือกเอง",
  frameworkPick: "— เลือกกรอบการประเมิน —",
  frameworkNeeded: "เลือกกรอบการประเมินก่อนสร้างแม่แบบ",
  previewKpis: "ตัวชี้วัดตามองค์ประกอบ",
  previewComponent: (name: string, used: string, required: string | null, count: string) =>
    `${name} · น้ำหนัก ${used}${required === null ? "" : `/${required}`} · ${count}`,
  previewCount: (n: number, of: number | null) => (of === null ? `ตัวชี้วัด ${n} ตัว` : `ตัวชี้วัด ${n}/${of}`),
  previewKpiWeight: (weight: string | null) => (weight === null ? "ไม่มีน้ำหนัก" : `น้ำหนัก ${weight}`),
  previewKpiLevels: (levels: number) => (levels === 0 ? "ยังไม่มีเกณฑ์การให้คะแนน" : `เกณฑ์ ${levels} ระดับ`),
  previewNoKpi: "ไม่มีตัวชี้วัดขององค์ประกอบนี้ในข้อความ",
  previewStandard: (n: number) => `องค์ประกอบร่วม: เติมตัวชี้วัดมาตรฐาน ${n} ตัวให้เหมือนแม่แบบใหม่`,
  previewFindings: "ผลการตรวจแผน",
  previewDisagreements: (n: number) => `ข้อมูลที่ระบุไม่ตรงกัน (${n}) ใช้ค่าจากตารางสรุป`,
  previewSkipped: (n: number) => `บรรทัดที่ไม่ได้ใช้ (${n})`,
  previewLine: (lines: string) => `บรรทัด ${lines}`,
  previewNotes: "หมายเหตุ",
  importInsert: "สร้างแม่แบบจากข้อความนี้",
  importInsertHint: "แม่แบบจะเป็นแผ่นงานใหม่ข้างแผ่นงานเดิม แผ่นงานที่มีอยู่จะไม่ถูกเขียนทับ",
};

export type ImportStrings = typeof th;

const en: ImportStrings = {
  importHeading: "Import from text",
  importIntro:
    "Copy all the text of the KPI forms (KPI summary, KPI detail pages, rubrics, action plan) out of Word or PDF and paste it into the box below, or paste it into a sheet and select that range. Check the preview first: nothing is written to the workbook until you insert the template.",
  importLoading: "Loading the importer…",
  importText: "Text of the forms",
  importTextHint: "Paste with Ctrl+V; table cells must stay tab-separated (as a copy from Word gives). Ctrl+Enter shows the preview.",
  importPreview: "Preview",
  importFromSelection: "Use the selected range",
  importReadingSelection: "Reading the selected range…",
  importSelectionRead: (rows) => `Read ${rows} row${rows === 1 ? "" : "s"} of text from the selected range`,
  importSelectionEmpty: "The selected range holds no text: paste the forms' text into a sheet, select it and try again",
  importSelectionFailed: (message) => `Could not read the selection (select one block of adjacent cells): ${message}`,
  importFailedTitle: "Nothing to import",
  importPasteHint: "Copy the text of the forms out of Word or PDF and paste it into the box, or select the range of a sheet where it was pasted",
  importInvalidPlan: (detail) => `The plan read is not valid kpi-plan: ${detail}`,
  importChooseFramework: "Choose the framework below and the text is read again",
  importNoYear: "No fiscal year (BE) in the document's titles, so its framework is not known",
  previewHeading: "Preview of what will be created",
  previewSummary: (agency, year, kpis) => `${agency} · fiscal year ${year} · ${kpis} KPI${kpis === 1 ? "" : "s"}`,
  frameworkFound: "found in the text",
  frameworkChosen: "chosen by you",
  frameworkPick: "— choose a framework —",
  frameworkNeeded: "Choose a framework before inserting",
  previewKpis: "KPIs by component",
  previewComponent: (name, used, required, count) => `${name} · weight ${used}${required === null ? "" : `/${required}`} · ${count}`,
  previewCount: (n, of) => (of === null ? `${n} KPI${n === 1 ? "" : "s"}` : `KPIs ${n}/${of}`),
  previewKpiWeight: (weight) => (weight === null ? "no weight" : `weight ${weight}`),
  previewKpiLevels: (levels) => (levels === 0 ? "no rubric yet" : `rubric of ${levels} level${levels === 1 ? "" : "s"}`),
  previewNoKpi: "The text has no KPI for this component",
  previewStandard: (n) => `Shared components: ${n} standard KPI${n === 1 ? " is" : "s are"} prefilled, as in a new template`,
  previewFindings: "Plan check",
  previewDisagreements: (n) => `Disagreements (${n}): the summary table's value is kept`,
  previewSkipped: (n) => `Lines not used (${n})`,
  previewLine: (lines) => `line ${lines}`,
  previewNotes: "Notes",
  importInsert: "Insert as a template",
  importInsertHint: "The template goes to new sheets next to the existing ones; no sheet is overwritten.",
};

export const IMPORT_STRINGS: Record<Lang, ImportStrings> = { th, en };
