// กราฟคะแนน, scores by component: a data table per leaf component (self and committee) and the
// clustered column chart the Office.js session draws over it. The chart's data is the component
// and its two scores; the weight stands beside them, outside the range, so that it is no series.
import { leafComponents } from "../core/frameworks";
import { latestRound, roundName } from "../core/plan/rounds";
import type { Component } from "../core/schema/framework";
import { componentsByCode, planReport } from "../core/scoring/report";
import { toThaiDigits } from "../core/thai/digits";
import { cellAddress, rangeAddress } from "../workbook/a1";
import { FONT } from "../layout/layout";
import type { SheetRender } from "../workbook/model";
import { Builder, COLOURS, header, HEADER_ROW, kindTitle, score } from "./sheet";
import type { ChartSpec, SummaryOptions } from "./types";

/** "๑.๑ Function Base": the code and the English name in brackets when the Thai name has one. */
export function chartLabel(c: Component): string {
  const bracket = /\(([^()]+)\)\s*$/.exec(c.name.th);
  return `${toThaiDigits(c.code)} ${bracket ? bracket[1] : c.name.th}`;
}

export function renderChart(o: SummaryOptions, name: string, font: string): { sheet: SheetRender; chart: ChartSpec } {
  const b = new Builder(
    name,
    [
      { th: "องค์ประกอบ", en: "Component", width: 34 },
      { th: "คะแนน (ตนเอง)", en: "Score (self)", width: 13, format: "0.000", align: "center" },
      { th: "คะแนน (คณะกรรมการ)", en: "Score (committee)", width: 15, format: "0.000", align: "center" },
      { th: "น้ำหนัก", en: "Weight", width: 10, align: "center" },
    ],
    font,
  );
  const round = o.round ?? latestRound(o.plan, o.framework);
  header(b, "chart", o, roundName(o.framework, round));
  const report = planReport(o.plan, o.framework, round);
  const byCode = componentsByCode(report.components);
  const leaves = leafComponents(o.framework);
  for (const c of leaves) {
    const r = byCode.get(c.code);
    b.row([chartLabel(c), score(r?.selfScore ?? 0), score(r?.score ?? 0), c.weight]);
  }
  const lastData = b.rows.length - 1;
  const note = b.row([
    "กราฟวาดในแผ่นงานนี้เมื่อสร้างจาก Add-in ใน Excel; ไฟล์ที่เขียนโดยไม่ผ่าน Excel (.xlsx โดยตรง) มีเฉพาะตารางข้อมูลนี้ / " +
      "the chart is drawn here when the add-in generates the sheet in Excel; files written without Excel (.xlsx directly) hold this data table only",
  ]);
  b.merges.push(b.span(note));
  b.styles.push({ range: b.span(note), style: { font: { italic: true, size: FONT.noteSize, color: COLOURS.note }, wrap: true } });
  const chartTop = note + 2;
  const chart: ChartSpec = {
    sheet: name,
    type: "columnClustered",
    data: rangeAddress(HEADER_ROW, 0, lastData, 2),
    title: `${kindTitle("chart").th} / ${kindTitle("chart").en}`,
    from: cellAddress(chartTop, 0),
    to: cellAddress(chartTop + 18, 3),
  };
  return { sheet: b.sheet("chart", "portrait"), chart };
}
