// แบบสรุปผลคะแนนการตรวจติดตามประเมินผลการปฏิบัติราชการ, the official result form of one round:
// first the table by component and KPI (weight, the five criteria or the five milestone texts,
// result, points, weighted score, subtotals, the total out of 100 with 3 decimals), then one block
// per sub-component as the form prints it — its KPIs with result and score, the reasons for the
// score, strengths, weaknesses, suggestions for development and the evaluator's signature block —
// each block on a page of its own.
import { allComponents, findComponent, leafComponents } from "../core/frameworks";
import { roundCriteria, roundName, roundResult } from "../core/plan/rounds";
import { effectiveKpis } from "../core/plan/standard";
import type { Bilingual, RoundId } from "../core/schema/common";
import type { Component } from "../core/schema/framework";
import type { Kpi, Review } from "../core/schema/plan";
import { componentsByCode, planReport, type ComponentReport, type KpiReport } from "../core/scoring/report";
import { thaiDate } from "../core/thai/calendar";
import { toThaiDigits } from "../core/thai/digits";
import { estimateRowHeight, FONT } from "../layout/layout";
import { componentHeading } from "../layout/text";
import type { CellValue, SheetRender } from "../workbook/model";
import { rangeAddress } from "../workbook/a1";
import { Builder, COLOURS, header, numeric, score } from "./sheet";
import type { SummaryOptions } from "./types";

/** Milestone KPIs show what each level asks, in the note size: the criteria columns are wide. */
const CRITERION_WIDTH = 17;

const COLUMNS = [
  { th: "องค์ประกอบ / ตัวชี้วัด", en: "Component / KPI", width: 42 },
  { th: "น้ำหนัก (ร้อยละ)", en: "Weight", width: 9, align: "center" as const },
  ...[1, 2, 3, 4, 5].map((k) => ({ th: `${toThaiDigits(k)} คะแนน`, en: `${k} point${k === 1 ? "" : "s"}`, width: CRITERION_WIDTH, align: "center" as const })),
  { th: "ผลการดำเนินงาน", en: "Result", width: 13, align: "center" as const },
  { th: "คะแนนที่ได้ (เต็ม ๕)", en: "Points (of 5)", width: 11, format: "0.000", align: "center" as const },
  { th: "ค่าคะแนนถ่วงน้ำหนัก", en: "Weighted score", width: 13, format: "0.000", align: "center" as const },
];
/** Column indexes: name, weight, the five criteria, result, points, weighted score. */
const C = { name: 0, weight: 1, first: 2, result: 7, points: 8, score: 9 } as const;
const WIDTH = COLUMNS.reduce((s, c) => s + c.width, 0);
const NAME_WIDTH = COLUMNS[C.name]?.width ?? 40;

const NO_TEXT = "-";

/** The result as the form prints it: "ระดับ ๓" for a level (0: not reached), the number otherwise. */
function resultCell(kpi: Kpi, value: unknown): CellValue {
  if (typeof value !== "number") return numeric(value);
  if ((kpi.rubric?.kind ?? "milestone") !== "milestone") return value;
  return value <= 0 ? "ไม่ถึงระดับ ๑" : `ระดับ ${toThaiDigits(value)}`;
}

/** The five criteria cells of a KPI in a round: numbers, the level texts, or one text for a score out of 100. */
function criteriaCells(kpi: Kpi, round: RoundId): { cells: CellValue[]; merged: boolean; texts: boolean } {
  const kind = kpi.rubric?.kind ?? "milestone";
  if (kind === "score100") return { cells: ["คะแนนประเมิน (เต็ม ๑๐๐)", null, null, null, null], merged: true, texts: false };
  if (kind === "numeric") return { cells: roundCriteria(kpi, round).slice(0, 5).map(numeric), merged: false, texts: false };
  const byLevel = new Map((kpi.rubric?.levels ?? []).map((l) => [l.level, l.description]));
  return { cells: [1, 2, 3, 4, 5].map((k) => byLevel.get(k) || `ระดับ ${toThaiDigits(k)}`), merged: false, texts: true };
}

export function renderForm(o: SummaryOptions, round: RoundId, name: string, font: string = o.font ?? FONT.primary): SheetRender {
  const b = new Builder(name, COLUMNS, font);
  const roundLabel = roundName(o.framework, round);
  header(b, "form", o, roundLabel);
  b.repeatHeader = false;
  const report = planReport(o.plan, o.framework, round);
  const byCode = componentsByCode(report.components);
  const kpis = new Map(effectiveKpis(o.plan, o.framework).map((e) => [e.kpi.id, e.kpi]));

  const kpiRow = (k: KpiReport, indent: string): void => {
    const kpi = kpis.get(k.id) as Kpi;
    const criteria = criteriaCells(kpi, round);
    const label = `${indent}${toThaiDigits(k.id)} ${k.name || NO_TEXT}`;
    const r = b.row([label, k.weight, ...criteria.cells, resultCell(kpi, roundResult(kpi, round)?.value), score(k.points), score(k.score)]);
    if (criteria.merged) b.merges.push(rangeAddress(r, C.first, r, C.first + 4));
    if (criteria.texts) b.styles.push({ range: rangeAddress(r, C.first, r, C.first + 4), style: { font: { size: FONT.noteSize }, horizontal: "left" } });
    const size = criteria.texts ? FONT.noteSize : FONT.size;
    b.heights.push({
      row: r,
      height: estimateRowHeight([{ text: label, width: NAME_WIDTH }, ...criteria.cells.map((t) => ({ text: String(t ?? ""), width: CRITERION_WIDTH, size }))]),
    });
  };
  const componentRow = (c: ComponentReport, depth: number): void => {
    const fw = findComponent(o.framework, c.code);
    // The heading (its weight in words) across to the subtotal, which sits under the weighted scores.
    const text = `${"  ".repeat(depth)}${fw ? componentHeading(fw) : `${toThaiDigits(c.code)} ${c.name.th}`}`;
    const r = b.row([text, null, null, null, null, null, null, null, null, score(c.score)]);
    b.merges.push(rangeAddress(r, 0, r, C.points));
    b.styles.push(
      { range: b.span(r), style: { font: { bold: true }, fill: c.children.length > 0 ? COLOURS.parent : COLOURS.leaf } },
      { range: rangeAddress(r, 0, r, 0), style: { horizontal: "left" } },
    );
    b.heights.push({ row: r, height: estimateRowHeight([{ text, width: WIDTH - (COLUMNS[C.score]?.width ?? 0) }]) });
    for (const k of c.kpis) kpiRow(k, `${"  ".repeat(depth + 1)}`);
    for (const child of c.children) componentRow(child, depth + 1);
    if (c.children.length > 0) {
      const t = b.row([`รวมองค์ประกอบที่ ${toThaiDigits(c.code)} / subtotal of component ${c.code}`, c.weight, null, null, null, null, null, null, null, score(c.score)]);
      b.merges.push(rangeAddress(t, C.first, t, C.points));
      b.styles.push({ range: b.span(t), style: { font: { bold: true } } });
    }
  };
  for (const c of report.components) componentRow(c, 0);
  const total = o.framework.components.reduce((s, c) => s + c.weight, 0);
  const t = b.row([`ผลการดำเนินการ (รวมเต็ม ${toThaiDigits(total)} คะแนน) / total (out of ${total})`, total, null, null, null, null, null, null, null, score(report.total)]);
  b.merges.push(rangeAddress(t, C.first, t, C.points));
  b.styles.push({ range: b.span(t), style: { font: { bold: true }, fill: COLOURS.total } });
  b.tableEnd = t;

  const reviews = o.plan.reviews ?? [];
  for (const leaf of leafComponents(o.framework)) {
    const c = byCode.get(leaf.code);
    if (!c) continue;
    const review = reviews.find((r) => r.round === round && r.component === leaf.code) ?? reviews.find((r) => r.round === round && leaf.code.startsWith(`${r.component}.`));
    block(b, o, round, roundLabel, leaf, c, review, kpis);
  }
  return b.sheet("form", "landscape");
}

/** One sub-component's page, as the official form prints it. */
function block(b: Builder, o: SummaryOptions, round: RoundId, roundLabel: Bilingual, leaf: Component, c: ComponentReport, review: Review | undefined, kpis: Map<string, Kpi>): void {
  const line = (text: string, style: { bold?: boolean; size?: number } = {}): number => {
    const r = b.row([text]);
    b.merges.push(b.span(r));
    b.styles.push({ range: b.span(r), style: { horizontal: "left", wrap: true, font: { ...(style.bold ? { bold: true } : {}), ...(style.size ? { size: style.size } : {}) } } });
    b.heights.push({ row: r, height: estimateRowHeight([{ text, width: WIDTH, ...(style.size ? { size: style.size } : {}) }]) });
    return r;
  };
  const first = line("แบบสรุปผลคะแนนการตรวจติดตามประเมินผลการปฏิบัติราชการ", { bold: true, size: FONT.titleSize });
  b.pageBreaks.push(first);
  b.styles.push({ range: b.span(first), style: { horizontal: "center" } });
  const second = line(`ของหน่วยงานสังกัดกรุงเทพมหานคร ประจำปีงบประมาณ พ.ศ. ${toThaiDigits(o.plan.fiscalYear)} (${roundLabel.th})`, { bold: true });
  b.styles.push({ range: b.span(second), style: { horizontal: "center" } });
  line(`ชื่อหน่วยงานผู้รับการประเมิน : ${o.plan.agency || NO_TEXT}`);
  const top = allComponents(o.framework).find((x) => !x.code.includes(".") && (leaf.code === x.code || leaf.code.startsWith(`${x.code}.`)));
  if (top) line(`องค์ประกอบที่ ${toThaiDigits(top.code)} : ${top.name.th}`, { bold: true });
  if (top && top.code !== leaf.code) line(`${toThaiDigits(leaf.code)} ${leaf.name.th}`, { bold: true });
  line(`ผลคะแนน (น้ำหนักคะแนนรวม ${toThaiDigits(leaf.weight)} คะแนน) :`);

  // The sub-component's KPIs: result, points, weighted score; then its total.
  const head = b.row(["ตัวชี้วัด", null, null, null, null, null, null, "ผลการดำเนินงาน", "คะแนนที่ได้ (เต็ม ๕)", "ค่าคะแนนถ่วงน้ำหนัก"]);
  b.merges.push(rangeAddress(head, 0, head, C.first + 4));
  b.styles.push({ range: b.span(head), style: { font: { bold: true }, fill: COLOURS.header, horizontal: "center", border: "thin", wrap: true } });
  c.kpis.forEach((k, i) => {
    const kpi = kpis.get(k.id) as Kpi;
    const text = `${toThaiDigits(i + 1)}. ${k.name || NO_TEXT}`;
    const r = b.row([text, null, null, null, null, null, null, resultCell(kpi, roundResult(kpi, round)?.value), score(k.points), score(k.score)]);
    b.merges.push(rangeAddress(r, 0, r, C.first + 4));
    b.styles.push({ range: b.span(r), style: { border: "thin", wrap: true } }, { range: rangeAddress(r, 0, r, 0), style: { horizontal: "left" } });
    b.heights.push({ row: r, height: estimateRowHeight([{ text, width: WIDTH - 37 }]) });
  });
  const sum = b.row(["รวม", null, null, null, null, null, null, null, null, score(c.score)]);
  b.merges.push(rangeAddress(sum, 0, sum, C.points));
  b.styles.push({ range: b.span(sum), style: { border: "thin", font: { bold: true }, horizontal: "right" } }, { range: rangeAddress(sum, C.score, sum, C.score), style: { horizontal: "center" } });

  line("ผลการตรวจติดตามประเมินผล :", { bold: true });
  const reasons = review?.reasons || notesOf(c, kpis, round);
  for (const [title, text] of [
    ["■ เหตุผลของคะแนน", reasons],
    ["■ จุดแข็ง", review?.strengths],
    ["■ จุดอ่อน", review?.weaknesses],
    ["■ ข้อเสนอแนะเพื่อการพัฒนา", review?.suggestions],
  ] as const) {
    line(title, { bold: true });
    line(text || NO_TEXT);
  }
  // The signature block: who signed, or dotted lines to sign on.
  const s = review?.signoff;
  line("เจ้าหน้าที่ผู้สรุปผลการตรวจติดตามประเมินผล :", { bold: true });
  line("ลงชื่อ ..............................................");
  line(s?.name ? `(${s.name})` : "(..............................................)");
  line(`ตำแหน่ง ${s?.position || ".............................................."}`);
  if (s?.organisation) line(s.organisation);
  line(`วัน/เดือน/ปี ${s?.date ? (thaiDate(s.date) ?? s.date) : ".............................................."}`);
}

/** Without the evaluators' reasons, the per-KPI notes of the round: "ตัวชี้วัดที่ ๑ : …". */
function notesOf(c: ComponentReport, kpis: Map<string, Kpi>, round: RoundId): string {
  return c.kpis
    .map((k, i) => {
      const note = roundResult(kpis.get(k.id) as Kpi, round)?.note;
      return note ? `ตัวชี้วัดที่ ${toThaiDigits(i + 1)} : ${note}` : "";
    })
    .filter((t) => t !== "")
    .join("\n");
}
