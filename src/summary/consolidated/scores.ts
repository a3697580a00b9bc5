// คะแนนและอันดับ, scores and ranking: a row per agency whose plan counts — every component's and
// sub-component's score, self-assessed beside the committee's, the totals out of 100, the
// difference and the rank (formulas) — ranked agencies first; plans without complete results are
// not ranked and say what is missing.
import { allComponents } from "../../core/frameworks";
import { completeText, missingText } from "../../core/collect/labels";
import type { Collection } from "../../core/collect/types";
import { toThaiDigits } from "../../core/thai/digits";
import { columnLetter } from "../../workbook/a1";
import type { SheetRender } from "../../workbook/model";
import { COLOURS } from "../sheet";
import { rankFormula, SCORE_FORMAT, scoreCells, scoreColumns, totalFormula } from "./componentCells";
import { endTable, FIRST, sheetFor, SHEETS, tableSheet, type ConsolidatedOptions } from "./frame";

/** Where the scores sheet keeps what the chart sheet reads. */
export interface ScoresLayout {
  /** Row of each agency (0-based), in the order of c.agencies. */
  rows: number[];
  totalSelf: number;
  totalCommittee: number;
  rank: number;
}

export function renderScores(c: Collection, o: ConsolidatedOptions): { sheet: SheetRender; layout: ScoresLayout } {
  const components = allComponents(c.framework);
  const first = 2;
  const totalSelf = first + 2 * components.length;
  const totalCommittee = totalSelf + 1;
  const complete = totalSelf + 3;
  const b = sheetFor(
    SHEETS.scores,
    [
      { th: "อันดับ", en: "Rank", width: 8, align: "center" },
      { th: "หน่วยงาน", en: "Agency", width: 34 },
      ...scoreColumns(components),
      { th: "รวม ตนเอง", en: "Total, self (of 100)", width: 11, format: SCORE_FORMAT, align: "center" },
      { th: "รวม คณะกรรมการ", en: "Total, committee (of 100)", width: 12, format: SCORE_FORMAT, align: "center" },
      { th: "ผลต่าง", en: "Difference (committee − self)", width: 12, format: "+0.000;-0.000;0.000", align: "center" },
      { th: "ผลครบ", en: "Results complete", width: 18, align: "center" },
      { th: "ที่ยังขาด", en: "What is missing", width: 40 },
      { th: "ไฟล์", en: "File", width: 28 },
    ],
    { th: "คะแนนและอันดับ", en: "Scores and ranking" },
    c,
    o,
  );
  const rows: number[] = [];
  const lastRow = FIRST + Math.max(c.agencies.length, 1) - 1;
  c.agencies.forEach((a, i) => {
    const row = FIRST + i;
    rows.push(row);
    b.row([
      { formula: rankFormula(row, totalCommittee, complete, lastRow), value: a.rank ?? "–" },
      a.agency,
      ...scoreCells(a, components, row, first),
      { formula: totalFormula(c.framework, components, row, first, false), value: a.report.selfTotal },
      { formula: totalFormula(c.framework, components, row, first, true), value: a.report.total },
      { formula: `=${columnLetter(totalCommittee)}${row + 1}-${columnLetter(totalSelf)}${row + 1}`, value: a.report.total - a.report.selfTotal },
      completeText(a),
      missingText(a),
      a.status.file,
    ]);
  });
  const last = endTable(b);
  // Which component each code is: the legend under the table.
  for (const comp of components) {
    const r = b.row([null, `${toThaiDigits(comp.code)} ${comp.name.th} (น้ำหนัก ${toThaiDigits(comp.weight)}) / ${comp.code} ${comp.name.en} (weight ${comp.weight})`]);
    b.styles.push({ range: `B${r + 1}`, style: { wrap: false, font: { size: 14, color: COLOURS.note } } });
  }
  return { sheet: tableSheet(b, "tblScores", last, "landscape", "คะแนนและอันดับ", [], false), layout: { rows, totalSelf, totalCommittee, rank: 0 } };
}
