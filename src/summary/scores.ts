// สรุปคะแนน, the score summary of one round (the latest with results unless asked): per component
// and KPI the weight, the self-assessed result and score beside the committee's and their
// difference (3 decimals); the total out of 100.
import { latestRound, roundName, roundResult } from "../core/plan/rounds";
import type { RoundId } from "../core/schema/common";
import type { Kpi } from "../core/schema/plan";
import { planReport, type ComponentReport, type KpiReport } from "../core/scoring/report";
import { effectiveKpis } from "../core/plan/standard";
import { toThaiDigits } from "../core/thai/digits";
import { FONT } from "../layout/layout";
import type { SheetRender } from "../workbook/model";
import { Builder, COLOURS, header, numeric, score } from "./sheet";
import type { SummaryOptions } from "./types";

export function renderScores(o: SummaryOptions, name: string, font: string): SheetRender {
  const b = new Builder(
    name,
    [
      { th: "รหัส", en: "Code", width: 9, align: "center" },
      { th: "องค์ประกอบ / ตัวชี้วัด", en: "Component / KPI", width: 48 },
      { th: "น้ำหนัก", en: "Weight", width: 9, align: "center" },
      { th: "ผลประเมินตนเอง", en: "Self-assessed result", width: 12, align: "center" },
      { th: "คะแนนถ่วงน้ำหนัก (ตนเอง)", en: "Weighted score (self)", width: 13, format: "0.000", align: "center" },
      { th: "ผลของคณะกรรมการ", en: "Committee result", width: 12, align: "center" },
      { th: "คะแนนถ่วงน้ำหนัก (คณะกรรมการ)", en: "Weighted score (committee)", width: 14, format: "0.000", align: "center" },
      { th: "ผลต่าง (คณะกรรมการ − ตนเอง)", en: "Difference (committee − self)", width: 13, format: "+0.000;-0.000;0.000", align: "center" },
    ],
    font,
  );
  const round = o.round ?? latestRound(o.plan, o.framework);
  header(b, "scores", o, roundName(o.framework, round));
  const report = planReport(o.plan, o.framework, round);
  const kpis = new Map(effectiveKpis(o.plan, o.framework).map((e) => [e.kpi.id, e.kpi]));
  const walk = (c: ComponentReport, depth: number): void => {
    const r = b.row([toThaiDigits(c.code), `${depth > 0 ? "  " : ""}${c.name.th}`, c.weight, null, score(c.selfScore), null, score(c.score), score(c.score - c.selfScore)]);
    b.styles.push({ range: b.span(r), style: { font: { bold: true }, fill: c.children.length > 0 ? COLOURS.parent : COLOURS.leaf } });
    for (const k of c.kpis) kpiRow(b, k, kpis.get(k.id), round);
    for (const child of c.children) walk(child, depth + 1);
  };
  for (const c of report.components) walk(c, 0);
  const total = o.framework.components.reduce((s, c) => s + c.weight, 0);
  const r = b.row([null, "รวม (เต็ม ๑๐๐ คะแนน) / total (out of 100)", total, null, score(report.selfTotal), null, score(report.total), score(report.total - report.selfTotal)]);
  b.styles.push({ range: b.span(r), style: { font: { bold: true }, fill: COLOURS.total } });
  if (report.unscored.length > 0) {
    const note = b.row([
      `ยังไม่มีผลหรือผลใช้คำนวณไม่ได้ (นับเป็น ๐): ${report.unscored.join(", ")} / no usable result yet (counted as 0): ${report.unscored.join(", ")}`,
    ]);
    b.merges.push(b.span(note));
    b.styles.push({ range: b.span(note), style: { font: { italic: true, size: FONT.noteSize, color: COLOURS.note }, wrap: true } });
  }
  return b.sheet("scores", "landscape");
}

function kpiRow(b: Builder, k: KpiReport, kpi: Kpi | undefined, round: RoundId): void {
  const result = kpi ? roundResult(kpi, round) : undefined;
  const self = result?.self ?? null;
  const value = result?.value ?? null;
  const diff = k.score !== null && k.selfScore !== null ? k.score - k.selfScore : null;
  b.row([toThaiDigits(k.id), `    ${k.name || "-"}`, k.weight, numeric(self), score(k.selfScore), numeric(value), score(k.score), score(diff)]);
}
