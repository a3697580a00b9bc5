// What a document is, decided before anything is read from it: a KPI agreement (the negotiated
// KPI forms), an annual action plan, an evaluation result form, a memo or guideline, or no KPI
// document at all. Each kind is told by the words its forms are built on — their titles, the
// headings of their sections, their sign-off — never by a sample's wording or line positions.
import type { Bilingual } from "../schema/common";
import type { RoundId } from "../schema/plan";
import type { Line } from "./lines";

export type DocumentKind = "agreement" | "actionPlan" | "result" | "memo" | "other";

export interface Classification {
  kind: DocumentKind;
  /** Lines that made the decision, for the report. */
  evidence: number[];
  /** Result forms: the round their titles name (ระยะครึ่งปี → mid, ระยะสิ้นปี → end). */
  round?: RoundId;
}

export const KIND_NAMES: Record<DocumentKind, Bilingual> = {
  agreement: { th: "แบบฟอร์มตัวชี้วัดเจรจาตกลง", en: "KPI agreement forms" },
  actionPlan: { th: "แผนปฏิบัติการประจำปี", en: "annual action plan" },
  result: { th: "แบบรายงานผลการประเมิน", en: "evaluation result form" },
  memo: { th: "บันทึกข้อความ/หนังสือแนวทาง/รายงานการประชุม", en: "memo, guideline or minutes" },
  other: { th: "ไม่ใช่เอกสารตัวชี้วัด", en: "not a KPI document" },
};

/** The compact key of a line without the bullets and boxes forms put before a heading. */
const head = (l: Line): string => l.compact.replace(/^[■□▪●•◆◇\-–*]+/, "");

/** Title of a result form: the yearly result table or a page of the evaluators' summary. */
const RESULT_TITLE = /^(ผลการประเมินผลการปฏิบัติ(งาน|ราชการ)|แบบสรุปผลคะแนน|แบบรายงานผลการประเมิน)|ตรวจติดตาม(และ)?ประเมินผล/;
/** The evaluators' texts and sign-off, which only result forms carry. */
const RESULT_PARTS = /^(เหตุผลของคะแนน|เจ้าหน้าที่ผู้สรุปผล|ผลการตรวจติดตาม(และ)?ประเมินผล|ชื่อหน่วยงานผู้รับการประเมิน)/;
/** Title of an annual action plan (แผนปฏิบัติการ / แผนปฏิบัติราชการ ประจำปี…). */
const PLAN_TITLE = /^แผนปฏิบัติ(การ|ราชการ)/;
/** "ตาราง ก" — the action plan's table of negotiated KPIs. */
const TABLE_A = /^-?ตาราง(ที่)?ก\.?(แสดง|ตัวชี้วัด)/;
/** Titles of the KPI agreement forms. */
const AGREEMENT_TITLE = /^(แบบสรุป(รูป)?ตัวชี้วัด|แบบวิเคราะห์|รายละเอียดตัวชี้วัด|แบบฟอร์มตัวชี้วัด|คำรับรองการปฏิบัติราชการ)/;
/** A memo's letterhead and its fields, a guideline's or minutes' headings. */
const MEMO_HEAD = /บันทึกข้อความ|^(ส่วนราชการ|เรื่อง|เรียน|ที่กท)/;
const MINUTES = /^(รายงานการประชุม|ระเบียบวาระที่)/;

const ROUND_MID = /ระยะ(ครึ่ง|คริ่ง)ปี|รอบ6เดือน|ครึ่งปีงบประมาณ/;
const ROUND_END = /ระยะสิ้นปี|สิ้นปีงบประมาณ|รอบ12เดือน/;

/** The first non-blank lines, where a document's title and letterhead stand. */
const TOP = 12;

export function classifyDocument(lines: readonly Line[]): Classification {
  const filled = lines.filter((l) => !l.blank);
  const top = filled.slice(0, TOP);
  const resultTitles = filled.filter((l) => !l.tabular && l.compact.length < 260 && RESULT_TITLE.test(head(l)));
  const resultParts = filled.filter((l) => RESULT_PARTS.test(head(l)) || l.cells.some((c) => RESULT_PARTS.test(c.replace(/\s+/g, "").replace(/^[■□▪●•◆◇]+/, ""))));
  if (resultTitles.length > 0 && resultParts.length > 0) {
    const titles = resultTitles.map((l) => l.compact).join(" ");
    const mid = ROUND_MID.test(titles);
    const end = ROUND_END.test(titles);
    const round: RoundId | undefined = mid && !end ? "mid" : end && !mid ? "end" : mostTitles(resultTitles);
    const evidence = [resultTitles[0] as Line, resultParts[0] as Line].map((l) => l.no);
    return round ? { kind: "result", evidence, round } : { kind: "result", evidence };
  }
  const memo = top.filter((l) => MEMO_HEAD.test(l.compact));
  const minutes = filled.filter((l) => !l.tabular && MINUTES.test(l.compact));
  const letter = memo.some((l) => /บันทึกข้อความ/.test(l.compact)) || (memo.some((l) => /^เรื่อง/.test(l.compact)) && memo.some((l) => /^เรียน/.test(l.compact)));
  const planTitle = top.find((l) => !l.tabular && PLAN_TITLE.test(l.compact));
  const tableA = filled.find((l) => !l.tabular && TABLE_A.test(l.compact));
  if ((letter || minutes.length >= 2) && !planTitle) {
    return { kind: "memo", evidence: (letter ? memo : minutes).slice(0, 2).map((l) => l.no) };
  }
  if (planTitle || tableA) return { kind: "actionPlan", evidence: [(planTitle ?? tableA) as Line].map((l) => l.no) };
  const agreement = filled.find((l) => !l.tabular && AGREEMENT_TITLE.test(l.compact));
  return agreement ? { kind: "agreement", evidence: [agreement.no] } : { kind: "other", evidence: [] };
}

/** Titles naming both rounds: the round most of them name. */
function mostTitles(titles: readonly Line[]): RoundId | undefined {
  const mid = titles.filter((l) => ROUND_MID.test(l.compact)).length;
  const end = titles.filter((l) => ROUND_END.test(l.compact)).length;
  return mid > end ? "mid" : end > mid ? "end" : undefined;
}
