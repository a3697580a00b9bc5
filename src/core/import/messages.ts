// Every user-visible text of the importer, Thai first, English second, in one place.
import type { Bilingual } from "../schema/common";
import { toThaiDigits } from "../thai/digits";

const t = (v: string | number): string => toThaiDigits(String(v));
const show = (v: string | number | null): string => (v === null || v === "" ? "(ว่าง)" : String(v));
const showEn = (v: string | number | null): string => (v === null || v === "" ? "(empty)" : String(v));

export const MSG = {
  // errors
  empty: (): Bilingual => ({
    th: "ไม่มีข้อความให้นำเข้า (ข้อความว่าง)",
    en: "there is no text to import (the text is empty)",
  }),
  binary: (): Bilingual => ({
    th: "นี่ไม่ใช่ข้อความ (พบอักขระไบนารีหรืออักขระที่ถอดรหัสไม่ได้) ให้คัดลอกข้อความจาก Word/PDF มาใหม่ หรือบันทึกเป็นไฟล์ข้อความ .txt (UTF-8)",
    en: "this is not text (binary or undecodable characters found); copy the text out of Word/PDF again, or save it as a UTF-8 .txt file",
  }),
  notKpi: (): Bilingual => ({
    th: "ไม่พบตารางสรุปตัวชี้วัดหรือหน้ารายละเอียดตัวชี้วัด (แบบวิเคราะห์และกำหนดตัวชี้วัด) ในเอกสารนี้ จึงไม่ได้สร้างแผน",
    en: "no KPI summary table or KPI detail page found in this document, so no plan was made",
  }),
  memo: (): Bilingual => ({
    th: "เอกสารนี้เป็นบันทึกข้อความ หนังสือแนวทาง หรือรายงานการประชุม ไม่ใช่แบบฟอร์มตัวชี้วัด แผนปฏิบัติการ หรือแบบรายงานผลการประเมิน จึงไม่ได้สร้างตัวชี้วัดจากเอกสารนี้",
    en: "this document is a memo, a guideline or meeting minutes, not KPI forms, an action plan or a result form, so no KPIs were made from it",
  }),
  noResults: (): Bilingual => ({
    th: "เป็นแบบรายงานผลการประเมิน แต่ไม่พบตารางสรุปผลคะแนนหรือตารางคะแนนรายตัวชี้วัด จึงไม่ได้สร้างแผน",
    en: "this is a result form, but no summary table of scores or per-KPI score table was found, so no plan was made",
  }),
  noTabs: (): Bilingual => ({
    th: "พบหัวตารางตัวชี้วัดแต่ช่องของตารางไม่ได้คั่นด้วยแท็บ จึงอ่านตารางไม่ได้ ให้คัดลอกตารางจาก Word หรือ PDF ใหม่โดยให้แต่ละช่องคั่นด้วยแท็บ (เช่น วางลงใน Notepad)",
    en: "a KPI table header was found but the table's cells are not separated by tabs, so the tables cannot be read; copy the tables out of Word or PDF again with tab-separated cells (for example, paste them into Notepad)",
  }),
  noYear: (): Bilingual => ({
    th: "ไม่พบปีงบประมาณ (พ.ศ.) ในหัวเอกสาร ให้เลือกกรอบการประเมิน (คำสั่ง kpi: --framework)",
    en: "no fiscal year (BE) found in the document's titles; choose the framework (kpi command: --framework)",
  }),
  unknownFramework: (id: string, known: string): Bilingual => ({
    th: `ไม่รู้จักกรอบการประเมิน "${id}" (มี ${known})`,
    en: `unknown framework "${id}" (known: ${known})`,
  }),
  // recognised sections
  contents: (): Bilingual => ({ th: "สารบัญ (ไม่ได้ใช้)", en: "table of contents (not used)" }),
  resultTable: (kpis: number, round: string): Bilingual => ({
    th: `ตารางสรุปผลคะแนน${round === "mid" ? "ระยะครึ่งปี" : "ระยะสิ้นปี"}: ${t(kpis)} ตัวชี้วัด`,
    en: `${round === "mid" ? "mid-year" : "year-end"} summary table of scores: ${kpis} KPI${kpis === 1 ? "" : "s"}`,
  }),
  resultPage: (component: string | null, texts: string[], signed: boolean): Bilingual => ({
    th: `หน้าสรุปผลการตรวจติดตาม องค์ประกอบ ${component ? t(component) : "?"}${texts.length > 0 ? ` (${texts.map((x) => REVIEW_TH[x] ?? x).join(", ")})` : ""}${signed ? " ลงนามแล้ว" : ""}`,
    en: `evaluators' page, component ${component ?? "?"}${texts.length > 0 ? ` (${texts.join(", ")})` : ""}${signed ? ", signed" : ""}`,
  }),
  title: (pages: number, year: number | null, agency: string | null): Bilingual => ({
    th: `หัวแบบฟอร์ม ${t(pages)} หน้า${year ? ` ปีงบประมาณ ${t(year)}` : ""}${agency ? ` หน่วยงาน ${agency}` : ""}`,
    en: `form titles on ${pages} page${pages === 1 ? "" : "s"}${year ? `, fiscal year ${year}` : ""}${agency ? `, agency ${agency}` : ""}`,
  }),
  summary: (components: number, kpis: number): Bilingual => ({
    th: `ตารางสรุปตัวชี้วัด: ${t(components)} องค์ประกอบ ${t(kpis)} ตัวชี้วัด`,
    en: `KPI summary table: ${components} component heading${components === 1 ? "" : "s"}, ${kpis} KPI${kpis === 1 ? "" : "s"}`,
  }),
  detail: (fields: string[]): Bilingual => ({
    th: `หน้ารายละเอียดตัวชี้วัด (${fields.map((f) => FIELD_TH[f] ?? f).join(", ")})`,
    en: `KPI detail page (${fields.map((f) => FIELD_EN[f] ?? f).join(", ")})`,
  }),
  rubric: (levels: number, kind: string): Bilingual => ({
    th: `เกณฑ์การให้คะแนน ${t(levels)} ระดับ (${kind === "numeric" ? "เชิงตัวเลข" : "ระดับความสำเร็จ"})`,
    en: `rubric with ${levels} level${levels === 1 ? "" : "s"} (${kind})`,
  }),
  conditions: (): Bilingual => ({ th: "เงื่อนไข/หมายเหตุของเกณฑ์การให้คะแนน", en: "rubric conditions / notes" }),
  actionPlan: (steps: number, project: string): Bilingual => ({
    th: `แผนปฏิบัติการ "${project}" ${t(steps)} ขั้นตอน`,
    en: `action plan "${project}", ${steps} step${steps === 1 ? "" : "s"}`,
  }),
  budget: (rows: number): Bilingual => ({
    th: `ตารางงบประมาณ ${t(rows)} โครงการ`,
    en: `budget table, ${rows} project${rows === 1 ? "" : "s"}`,
  }),
  // skipped lines
  notUsedPart: (what: "preface" | "contents" | "text"): Bilingual => ({
    th: what === "contents" ? "สารบัญ: ไม่ใช่แบบฟอร์มตัวชี้วัด" : what === "preface" ? "ส่วนนำของแผน (คำนำ ข้อมูลทั่วไป วิสัยทัศน์ SWOT): ไม่ใช่แบบฟอร์มตัวชี้วัด" : "ข้อความที่ไม่ใช่ส่วนใดของแบบฟอร์ม",
    en: what === "contents" ? "table of contents: not a KPI form" : what === "preface" ? "the plan's introduction (preface, general information, vision, SWOT): not a KPI form" : "text that is no part of the forms",
  }),
  resultUnused: (): Bilingual => ({ th: "ไม่มีช่องในแผนสำหรับข้อความนี้ของแบบรายงานผล", en: "kpi-plan has no field for this text of the result form" }),
  pageNoKpi: (component: string | null): Bilingual => ({
    th: `หน้าสรุปผลขององค์ประกอบ ${component ? t(component) : "ที่ไม่ระบุ"} จับคู่กับตัวชี้วัดในตารางสรุปไม่ได้`,
    en: `the evaluators' page of component ${component ?? "(not stated)"} matches no KPI of the summary table`,
  }),
  unrecognised: (): Bilingual => ({ th: "ไม่ตรงกับส่วนใดของแบบฟอร์ม", en: "matches no part of the forms" }),
  boxNoTick: (): Bilingual => ({
    th: "ช่ององค์ประกอบไม่มีเครื่องหมายเลือก ใช้องค์ประกอบจากตารางสรุปแทน",
    en: "no component box is ticked; the component comes from the summary table",
  }),
  betweenRubricTitle: (): Bilingual => ({
    th: "ข้อความระหว่างหัวเกณฑ์การให้คะแนนกับตาราง ไม่มีช่องในแผน",
    en: "text between a rubric's title and its table; kpi-plan has no field for it",
  }),
  alignmentUnused: (): Bilingual => ({
    th: "ความสอดคล้องเชิงยุทธศาสตร์ที่ไม่มีตัวชี้วัดตามมา",
    en: "alignment lines not followed by a KPI",
  }),
  alignmentNoField: (): Bilingual => ({
    th: "หัวข้อความสอดคล้องนี้ไม่มีช่องในแผน kpi-plan",
    en: "kpi-plan has no field for this alignment label",
  }),
  rubricNoKpi: (): Bilingual => ({
    th: "เกณฑ์การให้คะแนนที่จับคู่กับตัวชี้วัดไม่ได้",
    en: "a rubric that matches no KPI",
  }),
  rubricDuplicate: (kpi: string): Bilingual => ({
    th: `ตัวชี้วัด ${t(kpi)} มีเกณฑ์การให้คะแนนแล้ว จึงไม่ใช้ตารางนี้`,
    en: `KPI ${kpi} already has a rubric; this table is not used`,
  }),
  detailNoKpi: (): Bilingual => ({
    th: "ข้อความรายละเอียดที่ไม่มีชื่อตัวชี้วัดและจับคู่กับตัวชี้วัดใดไม่ได้",
    en: "detail text without a KPI name that matches no KPI",
  }),
  notesNoRubric: (): Bilingual => ({
    th: "เงื่อนไข/หมายเหตุที่ไม่ได้อยู่ต่อจากเกณฑ์การให้คะแนน",
    en: "conditions / notes that do not follow a rubric",
  }),
  emptySummaryBaseline: (): Bilingual => ({
    th: "ข้อมูลพื้นฐานในตารางสรุปไม่ระบุปี จึงเก็บไม่ได้",
    en: "the summary's baseline names no year, so it cannot be kept",
  }),
  templateRow: (): Bilingual => ({
    th: "แถวตัวอย่างของแบบฟอร์มเปล่า (ชื่อตัวชี้วัดยังไม่ได้กรอก)",
    en: "a blank form's sample row (no KPI name filled in)",
  }),
  // notes
  frameworkInferred: (id: string, year: number, kind: string): Bilingual => ({
    th: `ใช้กรอบการประเมิน ${id} ตามปีงบประมาณ ${t(year)} และประเภทหน่วยงาน (${kind === "district" ? "สำนักงานเขต" : "สำนัก"}) ในเอกสาร`,
    en: `framework ${id} inferred from the fiscal year ${year} and the agency kind (${kind}) in the document`,
  }),
  frameworkGiven: (id: string): Bilingual => ({ th: `ใช้กรอบการประเมิน ${id} ตามที่ระบุ`, en: `framework ${id} as given` }),
  frameworkMissing: (id: string): Bilingual => ({
    th: `ไม่มีกรอบการประเมิน ${id} ในโปรแกรม จึงไม่ได้ตรวจแผน ให้เลือกกรอบการประเมิน (คำสั่ง kpi: --framework)`,
    en: `no framework ${id} is installed, so the plan was not checked; choose the framework (kpi command: --framework)`,
  }),
  yearMismatch: (doc: number, fw: number): Bilingual => ({
    th: `เอกสารเป็นปีงบประมาณ ${t(doc)} แต่กรอบการประเมินเป็นปี ${t(fw)}`,
    en: `the document is for fiscal year ${doc} but the framework is for ${fw}`,
  }),
  attachedByPosition: (kpi: string): Bilingual => ({
    th: `หน้ารายละเอียดที่ไม่มีแถวชื่อตัวชี้วัด จับคู่กับตัวชี้วัด ${t(kpi)} ตามลำดับในเอกสาร`,
    en: `a detail page without its name row was attached to KPI ${kpi} by its position`,
  }),
  attachedByTitle: (what: string, kpi: string): Bilingual => ({
    th: `${what === "rubric" ? "เกณฑ์การให้คะแนน" : "แผนปฏิบัติการ"}จับคู่กับตัวชี้วัด ${t(kpi)} ตามชื่อในหัวตาราง`,
    en: `${what === "rubric" ? "rubric" : "action plan"} attached to KPI ${kpi} by the name in its title`,
  }),
  componentGuessed: (kpi: string, component: string): Bilingual => ({
    th: `ไม่ทราบองค์ประกอบของตัวชี้วัด "${kpi}" จึงจัดไว้ในองค์ประกอบที่ ${t(component)} ให้ตรวจสอบ`,
    en: `the component of KPI "${kpi}" is not stated; it was put in component ${component}, please check`,
  }),
  detailOnly: (name: string): Bilingual => ({
    th: `ตัวชี้วัด "${name}" มีหน้ารายละเอียดแต่ไม่มีในตารางสรุป`,
    en: `KPI "${name}" has a detail page but no row in the summary table`,
  }),
  planNoKpi: (project: string): Bilingual => ({
    th: `แผนปฏิบัติการ "${project}" จับคู่กับตัวชี้วัดไม่ได้`,
    en: `action plan "${project}" matches no KPI`,
  }),
  dropped: (n: number): Bilingual => ({
    th: `ตัดเลขหน้าและหัว/ท้ายกระดาษที่ซ้ำกันออก ${t(n)} บรรทัด`,
    en: `${n} line${n === 1 ? "" : "s"} dropped as page numbers or repeated page headers/footers`,
  }),
  yearFromBaseline: (year: number): Bilingual => ({
    th: `ไม่พบปีงบประมาณในหัวเอกสาร ใช้ปี ${t(year)} ซึ่งต่อจากปีสุดท้ายของข้อมูลพื้นฐาน`,
    en: `no fiscal year in the titles; ${year}, the year after the last baseline year, is used`,
  }),
  frameworkResult: (id: string): Bilingual => ({
    th: `คิดคะแนนใหม่ตามกรอบการประเมิน ${id} เพื่อเทียบกับคะแนนที่พิมพ์ในแบบรายงาน`,
    en: `scores recomputed under framework ${id} to compare with the ones the form prints`,
  }),
  dateUnread: (text: string): Bilingual => ({
    th: `อ่านวันที่ลงนาม "${text}" ไม่ได้ เก็บไว้ตามที่เขียน`,
    en: `the sign-off date "${text}" could not be read; it is kept as written`,
  }),
  // disagreements
  scoreDiffers: (where: string, who: "committee" | "self", printed: number, computed: number): Bilingual => ({
    th: `${where}: คะแนน${who === "self" ? "ประเมินตนเอง" : "ของคณะกรรมการ"}ที่พิมพ์ไว้ ${t(printed.toFixed(3))} แต่คิดใหม่ได้ ${t(computed.toFixed(3))}`,
    en: `${where}: the ${who === "self" ? "self-assessed" : "committee's"} score printed is ${printed.toFixed(3)} but recomputes to ${computed.toFixed(3)}`,
  }),
  disagree: (where: string, field: string, kept: string | number | null, other: string | number | null, keptFrom: Source, otherFrom: Source): Bilingual => ({
    th: `${where} ${FIELD_TH[field] ?? field}: ${SOURCE_TH[keptFrom]}ระบุ "${show(kept)}" แต่${SOURCE_TH[otherFrom]}ระบุ "${show(other)}" ใช้ค่าจาก${SOURCE_TH[keptFrom]}`,
    en: `${where} ${FIELD_EN[field] ?? field}: the ${SOURCE_EN[keptFrom]} says "${showEn(kept)}" but the ${SOURCE_EN[otherFrom]} says "${showEn(other)}"; the ${SOURCE_EN[keptFrom]}'s value is kept`,
  }),
  componentStated: (code: string, what: "count" | "weight", stated: number, actual: number): Bilingual => ({
    th: `องค์ประกอบที่ ${t(code)}: หัวข้อระบุ${what === "count" ? "จำนวน" : "น้ำหนัก"} ${t(stated)} แต่ตัวชี้วัดที่ระบุรวมได้ ${t(actual)}`,
    en: `component ${code}: its heading states a ${what === "count" ? "KPI count" : "weight"} of ${stated}, but its KPIs add up to ${actual}`,
  }),
  stepsStated: (stated: number, actual: number, project: string): Bilingual => ({
    th: `แผนปฏิบัติการ "${project}" ระบุว่ามี ${t(stated)} ขั้นตอน แต่ตารางมี ${t(actual)} ขั้นตอน`,
    en: `action plan "${project}" says it has ${stated} steps, but its table lists ${actual}`,
  }),
  totalStated: (stated: number, actual: number): Bilingual => ({
    th: `ตารางสรุประบุน้ำหนักรวม ${t(stated)} แต่น้ำหนักของตัวชี้วัดรวมได้ ${t(actual)}`,
    en: `the summary table states a total weight of ${stated}, but its KPIs add up to ${actual}`,
  }),
};

export type Source = "summary" | "detail" | "rubric" | "heading" | "table";

const SOURCE_TH: Record<Source, string> = {
  summary: "ตารางสรุป",
  detail: "หน้ารายละเอียด",
  rubric: "หัวเกณฑ์การให้คะแนน",
  heading: "หัวข้อองค์ประกอบ",
  table: "ตาราง",
};
const SOURCE_EN: Record<Source, string> = {
  summary: "summary table",
  detail: "detail page",
  rubric: "rubric title",
  heading: "component heading",
  table: "table",
};

const REVIEW_TH: Record<string, string> = { reasons: "เหตุผลของคะแนน", strengths: "จุดแข็ง", weaknesses: "จุดอ่อน", suggestions: "ข้อเสนอแนะ" };

const FIELD_TH: Record<string, string> = {
  name: "ชื่อตัวชี้วัด",
  target: "เป้าหมาย",
  weight: "น้ำหนัก",
  baseline: "ข้อมูลพื้นฐาน",
  alignment: "ความสอดคล้อง",
  definition: "นิยาม",
  method: "วิธีคำนวณ",
  evidence: "หลักฐาน",
  partners: "ภารกิจของหน่วยงานที่เกี่ยวข้อง",
  unit: "หน่วยนับ",
};
const FIELD_EN: Record<string, string> = {
  name: "name",
  target: "target",
  weight: "weight",
  baseline: "baseline",
  alignment: "alignment",
  definition: "definition",
  method: "method",
  evidence: "evidence",
  partners: "partner roles",
  unit: "unit",
};
