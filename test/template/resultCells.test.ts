// The cells a result form changes in a template: a value the workbook holds already, as the read
// understands it, is no change; a workbook of layout 1 has no place for a mid-year result or a
// review, which are reported as such; every field goes to the cell the read found it in.
import type { Plan } from "../../src/core/schema/plan";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/render";
import { insertTemplate } from "../../src/template/insert";
import { readTemplate, readTemplateGrids } from "../../src/template/read";
import { resultCells } from "../../src/template/resultCells";
import type { Grid } from "../../src/workbook/model";
import { MemoryWorkbook } from "../workbook/memory";
import { toLayout1 } from "../support/layout1";
import { fixture, framework2567 } from "../workbook/harness";

const fw = framework2567();
const plan = (): Plan => fixture("fy2567-with-results");

async function workbookOf(p: Plan): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await insertTemplate(wb, p, fw);
  return wb;
}

async function gridsOf(wb: MemoryWorkbook): Promise<Map<string, Grid>> {
  return wb.readSheets((await wb.inventory()).sheets);
}

/** The plan with a mid-year result for its first KPI and a year-end review of component 1.1. */
function withMoreResults(p: Plan): Plan {
  const out = structuredClone(p);
  const k = out.kpis[0] as Plan["kpis"][number];
  k.results = { mid: { value: 2, note: "=ครึ่งทาง" } };
  out.reviews = [{ round: "end", component: "1.1", reasons: "ตามแผน", signoff: { name: "นายทดสอบ", position: "นักวิเคราะห์", date: "2024-10-25" } }];
  return out;
}

describe("the cells a result form changes", () => {
  it("are the blank cells of each new field, found where the read found the field, text as text", async () => {
    const wb = await workbookOf(plan());
    const read = await readTemplate(wb);
    const merged = withMoreResults(read.plan);
    const id = (merged.kpis[0] as Plan["kpis"][number]).id;
    const cells = resultCells(read, await gridsOf(wb), merged, "mid");
    expect(cells.writes.map((c) => [c.field, c.value])).toEqual([
      ["results.mid.value", 2],
      ["results.mid.note", "=ครึ่งทาง"],
    ]);
    expect(cells.writes.map((c) => `${c.sheet}!${c.cell}`)).toEqual([read.cellOf({ kpi: id, field: "results.mid.value" }), read.cellOf({ kpi: id, field: "results.mid.note" })].map((r) => `${r?.sheet}!${r?.cell}`));
    const end = resultCells(read, await gridsOf(wb), merged, "end");
    expect(end.writes.map((c) => [c.component, c.field, c.value])).toEqual([
      ["1.1", "reviews.end.reasons", "ตามแผน"],
      ["1.1", "reviews.end.signoff.name", "นายทดสอบ"],
      ["1.1", "reviews.end.signoff.position", "นักวิเคราะห์"],
      ["1.1", "reviews.end.signoff.date", "๒๕ ตุลาคม ๒๕๖๗"],
    ]);
    expect([cells.conflicts, cells.formulas, cells.missing, end.conflicts]).toEqual([[], [], [], []]);
  });

  it("leave out what the workbook says already in its own way: Thai digits, a date typed as the forms write it", async () => {
    const wb = await workbookOf(plan());
    const read = await readTemplate(wb);
    const merged = withMoreResults(read.plan);
    const id = (merged.kpis[0] as Plan["kpis"][number]).id;
    const value = read.cellOf({ kpi: id, field: "results.mid.value" });
    const date = read.cellOf({ component: "1.1", field: "reviews.end.signoff.date" });
    if (!value || !date) throw new Error("no cells");
    wb.type(value.sheet, value.cell, "๒");
    wb.type(date.sheet, date.cell, "25/10/2567");
    const again = await readTemplate(wb);
    expect(resultCells(again, await gridsOf(wb), merged, "mid").writes.map((c) => c.field)).toEqual(["results.mid.note"]);
    expect(resultCells(again, await gridsOf(wb), merged, "end").writes.map((c) => c.field)).not.toContain("reviews.end.signoff.date");
  });

  it("have no place in a workbook of layout 1 for a mid-year result or a review: reported, not written", async () => {
    const wb = await workbookOf(plan());
    const grids = await gridsOf(wb);
    toLayout1(grids);
    const read = readTemplateGrids(DEFAULT_SHEET_NAMES.meta, grids);
    const merged = withMoreResults(read.plan);
    const mid = resultCells(read, grids, merged, "mid");
    expect(mid.writes).toEqual([]);
    expect(mid.missing.map((m) => [m.field, m.what.en])).toEqual([
      ["results.mid.value", `${(merged.kpis[0] as Plan["kpis"][number]).id} committee result (mid-year)`],
      ["results.mid.note", `${(merged.kpis[0] as Plan["kpis"][number]).id} reasons for the score (mid-year)`],
    ]);
    expect(resultCells(read, grids, merged, "end").missing.map((m) => m.field)).toEqual([
      "reviews.end.reasons",
      "reviews.end.signoff.name",
      "reviews.end.signoff.position",
      "reviews.end.signoff.date",
    ]);
  });
});
