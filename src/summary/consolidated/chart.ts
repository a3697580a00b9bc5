// กราฟคะแนนรวม, totals by agency: a small table that reads the totals and ranks from the scores
// sheet (formulas), in its order, and a clustered column chart over it — committee beside self.
// Agencies are labelled by abbreviation or a district's short name, so that 77 labels fit.
import type { AgencyScores, Collection } from "../../core/collect/types";
import { rangeAddress, cellAddress, columnLetter } from "../../workbook/a1";
import type { ChartSpec, SheetRender } from "../../workbook/model";
import { HEADER_ROW } from "../sheet";
import { SCORE_FORMAT } from "./componentCells";
import { endTable, FIRST, onSheet, sheetFor, SHEETS, tableSheet, type ConsolidatedOptions } from "./frame";
import type { ScoresLayout } from "./scores";

/** "สนศ.", "เขตบางรัก", else the name as written. */
export function shortLabel(a: Pick<AgencyScores, "agency" | "known">): string {
  if (a.known?.abbr) return a.known.abbr;
  if (a.known?.kind === "district") return a.agency.replace(/^สำนักงาน/, "");
  return a.agency;
}

export function renderChart(c: Collection, scores: ScoresLayout, o: ConsolidatedOptions): { sheet: SheetRender; chart: ChartSpec } {
  const b = sheetFor(
    SHEETS.chart,
    [
      { th: "หน่วยงาน", en: "Agency", width: 22 },
      { th: "คะแนนรวม (คณะกรรมการ)", en: "Total (committee)", width: 14, format: SCORE_FORMAT, align: "center" },
      { th: "คะแนนรวม (ตนเอง)", en: "Total (self)", width: 14, format: SCORE_FORMAT, align: "center" },
      { th: "อันดับ", en: "Rank", width: 8, align: "center" },
    ],
    { th: "กราฟคะแนนรวมรายหน่วยงาน", en: "Totals by agency" },
    c,
    o,
  );
  c.agencies.forEach((a, i) => {
    const row = scores.rows[i] as number;
    b.row([
      shortLabel(a),
      { formula: `=${onSheet(SHEETS.scores, row, scores.totalCommittee)}`, value: a.report.total },
      { formula: `=${onSheet(SHEETS.scores, row, scores.totalSelf)}`, value: a.report.selfTotal },
      { formula: `=${onSheet(SHEETS.scores, row, scores.rank)}`, value: a.rank ?? "–" },
    ]);
  });
  const last = endTable(b);
  // To the right of the table, wide enough for every agency's pair of columns.
  const width = Math.max(10, Math.ceil(c.agencies.length * 0.6));
  const chart: ChartSpec = {
    sheet: SHEETS.chart,
    type: "columnClustered",
    data: rangeAddress(HEADER_ROW, 0, last, 2),
    title: "คะแนนรวมรายหน่วยงาน / totals by agency",
    from: cellAddress(FIRST - 2, 5),
    to: `${columnLetter(5 + width)}${FIRST + 24}`,
  };
  return { sheet: tableSheet(b, "tblChart", last, "landscape", "กราฟคะแนนรวม"), chart };
}
