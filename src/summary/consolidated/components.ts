// องค์ประกอบ ๑, ๒, …: a sheet per top-level component for comparing agencies — each agency's
// scores in the component and its sub-components (self beside committee), the share of the
// component's weight earned, the rank within the component among agencies whose results in it
// are complete (formulas), and the average, highest and lowest under the table.
import { allComponents, isWithin } from "../../core/frameworks";
import { both, COMPLETE_LABELS } from "../../core/collect/labels";
import { competitionRanks } from "../../core/collect/rank";
import type { Collection } from "../../core/collect/types";
import type { Component } from "../../core/schema/framework";
import { toThaiDigits } from "../../core/thai/digits";
import { columnLetter } from "../../workbook/a1";
import type { CellInput, SheetRender } from "../../workbook/model";
import { COLOURS } from "../sheet";
import { reportsByCode } from "../../core/collect/collect";
import { holdsKpis, rankFormula, scoreCells, scoreColumns, unscoredIn } from "./componentCells";
import { columnRange, componentSheet, endTable, FIRST, sheetFor, tableSheet, type ConsolidatedOptions } from "./frame";

export function renderComponent(c: Collection, top: Component, index: number, o: ConsolidatedOptions): SheetRender {
  const codes = allComponents(c.framework).filter((x) => isWithin(x.code, top.code));
  const first = 2;
  const share = first + 2 * codes.length;
  const complete = share + 1;
  const missingCol = share + 2;
  const b = sheetFor(
    componentSheet(top.code),
    [
      { th: "อันดับในองค์ประกอบ", en: "Rank in the component", width: 11, align: "center" },
      { th: "หน่วยงาน", en: "Agency", width: 34 },
      ...scoreColumns(codes),
      { th: "ร้อยละของน้ำหนัก", en: `Share of the weight ${top.weight} earned (committee), %`, width: 12, format: "0.0", align: "center" },
      { th: "ผลครบ", en: "Results complete", width: 18, align: "center" },
      { th: "ที่ยังขาด", en: "What is missing", width: 36 },
    ],
    { th: `องค์ประกอบที่ ${toThaiDigits(top.code)} ${top.name.th} (น้ำหนัก ${toThaiDigits(top.weight)})`, en: `Component ${top.code}: ${top.name.en} (weight ${top.weight})` },
    c,
    o,
  );
  const lastRow = FIRST + Math.max(c.agencies.length, 1) - 1;
  const rows = c.agencies.map((a) => {
    const report = reportsByCode(a.report).get(top.code);
    const missing = unscoredIn(report);
    const ok = holdsKpis(report) && missing.length === 0;
    return { a, report, missing, ok };
  });
  const ranks = competitionRanks(rows.filter((r) => r.ok).map((r) => r.report?.score ?? 0));
  let k = 0;
  rows.forEach(({ a, report, missing, ok }, i) => {
    const row = FIRST + i;
    const committee = `${columnLetter(first + 1)}${row + 1}`;
    const cells: CellInput[] = [
      { formula: rankFormula(row, first + 1, complete, lastRow), value: ok ? (ranks[k++] as number) : "–" },
      a.agency,
      ...scoreCells(a, codes, row, first),
      { formula: `=${committee}/${top.weight}*100`, value: ((report?.score ?? 0) / top.weight) * 100 },
      both(ok ? COMPLETE_LABELS.complete : COMPLETE_LABELS.incomplete),
      ok ? null : holdsKpis(report) ? `ยังไม่มีผลที่ใช้คำนวณได้: ${missing.join(", ")} / no usable result: ${missing.join(", ")}` : "ไม่มีตัวชี้วัดในองค์ประกอบนี้ / no KPI in this component",
    ];
    b.row(cells);
  });
  const last = endTable(b);
  if (c.agencies.length > 0) {
    const numeric = Array.from({ length: share - first + 1 }, (_, i) => first + i);
    const values = (col: number): number[] =>
      rows.map((r, i) => {
        const cell = (b.rows[FIRST + i] as CellInput[])[col];
        const v = typeof cell === "object" && cell !== null ? cell.value : cell;
        return typeof v === "number" ? v : Number.NaN;
      }).filter((v) => Number.isFinite(v));
    const stat = (label: { th: string; en: string }, fn: "AVERAGE" | "MAX" | "MIN", compute: (v: number[]) => number): void => {
      const cells: CellInput[] = [null, both(label)];
      for (const col of numeric) {
        const v = values(col);
        cells[col] = v.length === 0 ? null : { formula: `=${fn}(${columnRange(col, FIRST, last).replace(/\$/g, "")})`, value: compute(v) };
      }
      const r = b.row(cells);
      b.styles.push({ range: `A${r + 1}:${columnLetter(missingCol)}${r + 1}`, style: { font: { bold: true }, fill: COLOURS.total } });
    };
    stat({ th: "ค่าเฉลี่ย", en: "average" }, "AVERAGE", (v) => v.reduce((s, x) => s + x, 0) / v.length);
    stat({ th: "สูงสุด", en: "highest" }, "MAX", (v) => Math.max(...v));
    stat({ th: "ต่ำสุด", en: "lowest" }, "MIN", (v) => Math.min(...v));
  }
  return tableSheet(b, `tblComponent${index + 1}`, last, "landscape", `องค์ประกอบที่ ${toThaiDigits(top.code)}`);
}
