// What only the Office.js adapter of the pane's ports (src/excel/host.ts) has, over the fake
// Excel: its sync budget per check, Excel telling it about its own writes (and how it tells them
// apart on hosts without triggerSource), hosts without conditional formats or invalid-cell lookup,
// a protected sheet's own options put back, how a mark and a chart look in Excel, and numbers as a
// selection shows them. What both adapters do is in the contract suites (test/workbook/ports).
import { createOfficeHost } from "../../src/excel/host";
import { MARK_STYLE } from "../../src/excel/marks";
import { selectionText } from "../../src/excel/outputBatches";
import { PROTECTION } from "../../src/layout/layout";
import { PlanChecker } from "../../src/taskpane/check/checker";
import { LiveCheck } from "../../src/taskpane/check/live";
import { insertTemplate } from "../../src/template/insert";
import type { SheetChange } from "../../src/workbook/ports";
import { FakeOfficeHost, type FakeHostOptions } from "../taskpane/fakeOfficeHost";
import { cellOf } from "../workbook/harness";
import { FW, goodPlan } from "../workbook/ports/harness";

async function opened(options: FakeHostOptions = {}, hostOptions: Omit<Parameters<typeof createOfficeHost>[0], "run"> = {}) {
  const excel = new FakeOfficeHost(options);
  const host = createOfficeHost({ run: excel.run, ...hostOptions });
  const { sheets } = await insertTemplate(host.workbook, goodPlan(), FW);
  return { excel, host, sheets };
}

const kpi = (id: string) => (r: Record<string, unknown>) => r["รหัส"] === id;

describe("the check through Office.js", () => {
  it("spends two syncs per check that adds marks, one when the marks are already right, three when a mark goes", async () => {
    const { excel, host, sheets } = await opened();
    const checker = new PlanChecker(host, sheets.meta);
    await checker.open();
    let before = excel.syncs;
    expect((await checker.full()).errors).toBe(0);
    expect(excel.syncs - before).toBeLessThanOrEqual(2);
    const weight = await cellOf(host.workbook, sheets.register, "น้ำหนัก", kpi("1.1-1"));
    await excel.type(sheets.register, weight, -3);
    const change: SheetChange[] = [{ sheet: sheets.register, address: weight, structural: false }];
    before = excel.syncs;
    const live = await checker.live(change);
    expect(excel.syncs - before).toBe(2); // read + marks
    expect(live.findings.some((f) => f.where.cell === weight && f.severity === "error")).toBe(true);
    before = excel.syncs;
    await checker.live(change);
    expect(excel.syncs - before).toBe(1); // marks already right: read only
    await excel.type(sheets.register, weight, 10);
    before = excel.syncs;
    await checker.live(change);
    // read + the sheet's rules read again (ids are positions that any rule added meanwhile moves) + update
    expect(excel.syncs - before).toBe(3);
  });

  it("marks cells on a sheet where a person added rules of other types (colour scale, data bar, highlight), and leaves those alone", async () => {
    const { excel, host, sheets } = await opened();
    const { register } = sheets;
    excel.addRule(register, "J5:J20", "ColorScale");
    excel.addRule(register, "J5:J20", "DataBar");
    excel.addRule(register, "C5:C20", "CellValue");
    const theirs = () => excel.sheet(register).conditionalFormats.filter((cf) => cf.type !== "Custom").length;
    const weight = await cellOf(host.workbook, register, "น้ำหนัก", kpi("1.1-1"));
    await excel.type(register, weight, "abc");
    const checker = new PlanChecker(host, sheets.meta);
    const bad = await checker.full();
    expect(bad.marked).toBe(true);
    expect(excel.marks(register)).toContain(`${weight}:error`);
    await excel.type(register, weight, 10);
    expect((await checker.full()).marked).toBe(true);
    expect(excel.marks(register)).toEqual([]);
    expect(theirs()).toBe(3);
  });

  it("lists the findings on hosts without conditional formats or invalid-cell lookup (before ExcelApi 1.6 / 1.9), in one read", async () => {
    const { excel, sheets } = await opened();
    const old = createOfficeHost({ run: excel.run, supports: (v) => v !== "1.9" && v !== "1.6" });
    const weight = await cellOf(old.workbook, sheets.register, "น้ำหนัก", kpi("1.1-1"));
    await excel.type(sheets.register, weight, "abc");
    const level = await cellOf(old.workbook, sheets.rubric, "ระดับ", kpi("1.1-1"));
    await excel.paste(sheets.rubric, level, [[7]]);
    const read = jest.spyOn(old.live, "read");
    const r = await new PlanChecker(old, sheets.meta).full();
    expect(old.marks.canMark).toBe(false);
    expect(r.findings.some((f) => f.where.cell === weight)).toBe(true);
    expect(r.marked).toBe(false);
    expect(read).toHaveBeenCalledTimes(2); // the metadata, then one read for the check: no fallback
    const seen = await old.live.read({ invalidIn: [sheets.rubric], marksIn: [sheets.register] });
    expect([seen.invalid, seen.marks]).toEqual([[], []]);
  });
});

describe("Excel's change events", () => {
  it("include the add-in's own writes, which the live port leaves out", async () => {
    const { excel, host, sheets } = await opened();
    const delivered: unknown[] = [];
    // A handler of its own, straight on Excel's event: what Excel tells every listener.
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheets.meta).onChanged.add(async (e) => void delivered.push(e.triggerSource));
      await context.sync();
    });
    const heard: SheetChange[] = [];
    await host.live.watch([sheets.meta], (c) => heard.push(...c));
    await host.output.writeCells(sheets.meta, "A90:B90", [["seal.note", "x"]]);
    await excel.settle();
    expect(delivered).toEqual(["ThisLocalAddin"]);
    expect(heard).toEqual([]);
  });

  it("without triggerSource (before ExcelApi 1.14): people's edits are never dropped, whenever the add-in writes; its marks are not heard", async () => {
    const { excel, host, sheets } = await opened({ noTriggerSource: true });
    const heard: SheetChange[] = [];
    await host.live.watch([sheets.register], (c) => heard.push(...c));
    await host.marks.updateMarks({ remove: [], add: [{ sheet: sheets.register, cell: "C6", severity: "error" }] });
    await host.output.writeCells(sheets.meta, "A90:B90", [["seal.note", "x"]]);
    // A person types while the add-in writes and marks, at the same moment: heard.
    await excel.type(sheets.register, "C7", "ก");
    await excel.settle();
    expect(heard).toEqual([{ sheet: sheets.register, address: "C7", structural: false }]);
  });

  it("without triggerSource, the add-in's own cell writes on a watched sheet are heard like people's: one more check, which writes nothing heard again", async () => {
    const { excel, host, sheets } = await opened({ noTriggerSource: true });
    const checker = new PlanChecker(host, sheets.meta);
    const results: string[] = [];
    const live = new LiveCheck(checker, { debounceMs: 5, onResult: (r) => results.push(r.kind), onError: (e) => { throw e; } });
    await live.start();
    await host.output.writeCells(sheets.register, "Z99", [["ของ add-in"]]);
    await excel.settle();
    await new Promise((r) => setTimeout(r, 40));
    await excel.settle();
    await new Promise((r) => setTimeout(r, 40));
    expect(results).toEqual(["full", "live"]);
    await live.stop();
  });
});

describe("what people see in Excel", () => {
  it("a protected sheet keeps its own protection options after the add-in writes cells and draws charts", async () => {
    const { excel, host, sheets } = await opened();
    const options = { ...PROTECTION, allowFormatCells: false, allowSort: true };
    excel.unprotect(sheets.evaluation);
    excel.protect(sheets.evaluation, options);
    await host.output.writeCells(sheets.evaluation, "A1", [["ชื่อเรื่อง"]]);
    await host.output.addCharts([{ sheet: sheets.evaluation, type: "columnClustered", data: "A4:C9", title: "t", from: "E2", to: "L20" }]);
    expect(excel.sheet(sheets.evaluation).protection).toEqual(options);
    expect(excel.sheet(sheets.meta).protection).toEqual(PROTECTION);
  });

  it("a chart Excel refuses leaves the sheet protected as it was, and the refusal is told", async () => {
    const { excel, host, sheets } = await opened();
    const options = { ...excel.sheet(sheets.evaluation).protection };
    excel.excel.failCommand = { name: "charts.add" };
    await expect(host.output.addCharts([{ sheet: sheets.evaluation, type: "columnClustered", data: "A4:C9", title: "t", from: "E2", to: "L20" }])).rejects.toThrow();
    expect(excel.sheet(sheets.evaluation).protection).toEqual(options);
    expect(excel.charts).toEqual([]);
  });

  it("a mark: Excel's light red (error) or yellow (warning) over the cell, its own fill left as it was", async () => {
    const { excel, host, sheets } = await opened();
    const fill = excel.sheet(sheets.register).lastFormat("G5", "fill.color");
    await host.marks.updateMarks({
      remove: [],
      add: [
        { sheet: sheets.register, cell: "G5", severity: "error" },
        { sheet: sheets.register, cell: "H6", severity: "warning" },
      ],
    });
    const shown = (cell: string) => excel.sheet(sheets.register).conditionalFormats.filter((cf) => cf.range === cell).map((cf) => cf.format);
    expect(shown("G5")).toEqual([{ "fill.color": MARK_STYLE.error.fill, "font.color": MARK_STYLE.error.font }]);
    expect(shown("H6")).toEqual([{ "fill.color": MARK_STYLE.warning.fill, "font.color": MARK_STYLE.warning.font }]);
    expect(excel.sheet(sheets.register).lastFormat("G5", "fill.color")).toBe(fill);
  });

  it("a chart: clustered columns over its data, with its title, the legend below, where it was asked to go", async () => {
    const { excel, host, sheets } = await opened();
    await host.output.addCharts([{ sheet: sheets.register, type: "columnClustered", data: "A4:C9", title: "คะแนน / Scores", from: "E2", to: "L20" }]);
    expect(excel.charts).toEqual([
      { sheet: sheets.register, type: "ColumnClustered", source: "A4:C9", seriesBy: "Columns", title: "คะแนน / Scores", legend: "Bottom", from: "E2", to: "L20" },
    ]);
  });
});

describe("selectionText: a selected cell as people read it", () => {
  it.each([
    [null, "", "General", ""],
    ["ร้อยละ ๘๐", "ร้อยละ ๘๐", "General", "ร้อยละ ๘๐"],
    [10, "10", "General", "10"],
    [6.6667, "6.67", "General", "6.6667"],
    [0.95, "95%", "0%", "95%"],
    [45200, "1/10/2566", "d/m/yyyy", "1/10/2566"],
    [12345.678, "####", "#,##0.00", "12345.678"],
    [true, "TRUE", "General", "TRUE"],
    [false, "", "General", "FALSE"],
  ])("%p shown as %p in format %p → %p", (value, shown, format, want) => {
    expect(selectionText(value, shown, format)).toBe(want);
  });
});
