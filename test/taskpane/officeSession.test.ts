// The Office.js ports and the checker against a fake Excel that models cells, tables, events,
// conditional formats and data validation: sync budgets, own writes, marks, seal, generated
// sheets and charts.
import { createOfficeHost } from "../../src/excel/host";
import { createOfficePort } from "../../src/excel/officePort";
import { PROTECTION } from "../../src/layout/layout";
import { makeSeal } from "../../src/seal/seal";
import { sealFromGrid } from "../../src/seal/store";
import { renderSummaries } from "../../src/summary/render";
import { isGeneratedSheet, MARKER_CELL } from "../../src/summary/marker";
import { sealBlock } from "../../src/seal/store";
import { PlanChecker } from "../../src/taskpane/check/checker";
import { LiveCheck } from "../../src/taskpane/check/live";
import type { SheetChange } from "../../src/workbook/ports";
import { insertTemplate } from "../../src/template/insert";
import { FakeOfficeHost } from "./fakeOfficeHost";
import { FW, goodPlan } from "./helpers";

const REGISTER = "ตัวชี้วัด";
const RUBRIC = "เกณฑ์การให้คะแนน";
const META = "ข้อมูลแม่แบบ";

async function excelWithPlan(options: ConstructorParameters<typeof FakeOfficeHost>[0] = {}) {
  const host = new FakeOfficeHost(options);
  await insertTemplate(createOfficePort(host.run), goodPlan(), FW);
  const session = createOfficeHost({ run: host.run });
  return { host, session, port: createOfficePort(host.run) };
}

/** The seal written as the pane writes it: over the old seal rows, else after the last used row. */
async function writeSeal(host: ReturnType<typeof createOfficeHost>, meta: string, seal: ReturnType<typeof makeSeal>): Promise<void> {
  const block = sealBlock((await host.workbook.readSheets([meta])).get(meta), seal);
  await host.output.writeCells(meta, block.address, block.values);
}

/** The cell of a KPI's column on a sheet of the fake, by header text. */
function cell(host: FakeOfficeHost, sheet: string, kpi: string, header: string, nth = 1): string {
  const s = host.sheet(sheet);
  const headerCell = [...s.cells.entries()].find(([a, c]) => c.value === header && /^[A-Z]+4$/.test(a));
  const idCell = [...s.cells.entries()].find(([a, c]) => (c.value === "รหัส" || c.value === "รหัสตัวชี้วัด") && /^[A-Z]+4$/.test(a));
  if (!headerCell || !idCell) throw new Error(`no ${header} on ${sheet}`);
  const col = headerCell[0].replace(/\d+$/, "");
  const idCol = idCell[0].replace(/\d+$/, "");
  const rows = [...s.cells.entries()].filter(([a, c]) => a.replace(/\d+$/, "") === idCol && c.value === kpi).map(([a]) => Number(a.replace(/^[A-Z]+/, "")));
  rows.sort((a, b) => a - b);
  const row = rows[nth - 1];
  if (row === undefined) throw new Error(`no row ${nth} of ${kpi}`);
  return `${col}${row}`;
}

describe("the live check through Office.js", () => {
  it("spends at most two syncs per check, full or live", async () => {
    const { host, session } = await excelWithPlan();
    const checker = new PlanChecker(session, META);
    await checker.open();
    let before = host.syncs;
    const full = await checker.full();
    expect(full.errors).toBe(0);
    expect(host.syncs - before).toBeLessThanOrEqual(2);
    const weight = cell(host, REGISTER, "1.1-1", "น้ำหนัก");
    await host.type(REGISTER, weight, "-3");
    before = host.syncs;
    const live = await checker.live([{ sheet: REGISTER, address: weight, structural: false }]);
    expect(host.syncs - before).toBe(2); // read + marks
    expect(live.findings.some((f) => f.where.cell === weight && f.severity === "error")).toBe(true);
    before = host.syncs;
    await checker.live([{ sheet: REGISTER, address: weight, structural: false }]);
    expect(host.syncs - before).toBe(1); // marks already right: read only
  });

  it("re-reads only the pasted range, and whole sheets after rows were inserted", async () => {
    const { host, session } = await excelWithPlan();
    const checker = new PlanChecker(session, META);
    await checker.full();
    const read = jest.spyOn(session.live, "read");
    const first = cell(host, RUBRIC, "1.1-1", "คะแนนที่ได้รับ");
    await host.paste(RUBRIC, first, [[1], [2], [3], [4], [5]]);
    const event = host.delivered[host.delivered.length - 1];
    expect(event?.details).toBeUndefined();
    const r = await checker.live([{ sheet: RUBRIC, address: event?.address ?? "", structural: false }]);
    expect(read.mock.calls[0]?.[0]).toMatchObject({ sheets: [], ranges: [{ sheet: RUBRIC, address: event?.address }] });
    expect(r.findings.filter((f) => f.code === "RUBRIC_POINTS").length).toBeGreaterThanOrEqual(4);
    await checker.live([{ sheet: RUBRIC, address: "A9", structural: true }]);
    expect(read.mock.calls[1]?.[0]).toMatchObject({ sheets: [RUBRIC], ranges: [] });
  });

  it("marks offending cells with conditional formats only, and removes them when fixed — even those of an earlier pane", async () => {
    const { host, session } = await excelWithPlan();
    const weight = cell(host, REGISTER, "1.1-1", "น้ำหนัก");
    const formatsBefore = host.sheet(REGISTER).formats.length;
    const templateRules = host.sheet(RUBRIC).conditionalFormats.length;
    expect(templateRules).toBeGreaterThan(0);
    const points = cell(host, RUBRIC, "1.1-2", "คะแนนที่ได้รับ");
    await host.type(REGISTER, weight, "abc");
    await host.type(RUBRIC, points, 99);
    await new PlanChecker(session, META).full();
    expect(host.marks(RUBRIC)).toEqual([`${points}:error`]);
    expect(host.marks(REGISTER)).toContain(`${weight}:error`);
    expect(host.cell(REGISTER, weight)).toBe("abc");
    expect(host.sheet(REGISTER).formats.length).toBe(formatsBefore);
    // The pane is closed and opened again: a new session and checker find the old mark.
    await host.type(REGISTER, weight, 10);
    await host.type(RUBRIC, points, 10); // level 5 comes first: 100 % of weight 10
    const again = await new PlanChecker(createOfficeHost({ run: host.run }), META).full();
    expect(again.errors).toBe(0);
    expect(host.marks(REGISTER)).toEqual([]);
    expect(host.marks(RUBRIC)).toEqual([]);
    expect(host.sheet(RUBRIC).conditionalFormats.length).toBe(templateRules); // the template's own stay
  });

  it("lists the findings on hosts without conditional formats or invalid-cell lookup, and when marking fails", async () => {
    const { host } = await excelWithPlan();
    const weight = cell(host, REGISTER, "1.1-1", "น้ำหนัก");
    await host.type(REGISTER, weight, "abc");
    const old = createOfficeHost({ run: host.run, supports: (v) => v !== "1.9" && v !== "1.6" });
    const read = jest.spyOn(old.live, "read");
    const r = await new PlanChecker(old, META).full();
    expect(r.findings.some((f) => f.where.cell === weight)).toBe(true);
    expect(r.marked).toBe(false);
    expect(host.marks(REGISTER)).toEqual([]);
    expect(read).toHaveBeenCalledTimes(2); // metadata, then one read for the check: no fallback
    const failing = createOfficeHost({ run: host.run });
    failing.marks.updateMarks = async () => {
      throw new Error("InvalidOperation");
    };
    const again = await new PlanChecker(failing, META).full();
    expect(again.findings.some((f) => f.where.cell === weight)).toBe(true);
    expect(again.marked).toBe(false);
  });

  it("lists findings on protected sheets without marking them", async () => {
    const { host, session } = await excelWithPlan();
    const evaluation = "ผลการประเมิน";
    expect(host.sheet(evaluation).protection).not.toBeNull();
    // N6 is locked: a person lifts the protection to type there.
    host.unprotect(evaluation);
    await host.type(evaluation, "N6", "ไม่ใช่ตัวเลข");
    host.protect(evaluation, PROTECTION);
    const r = await new PlanChecker(session, META).full();
    expect(r.findings.some((f) => f.where.sheet === evaluation)).toBe(true);
    expect(host.marks(evaluation)).toEqual([]);
  });

  it("hears people's edits but not its own writes", async () => {
    const { host, session } = await excelWithPlan();
    const heard: SheetChange[] = [];
    const stop = await session.live.watch([REGISTER, META], (c) => heard.push(...c));
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(REGISTER).getRange("Z99").values = [["add-in"]];
      await ctx.sync();
    });
    await writeSeal(session, META, makeSeal(goodPlan(), { framework: FW.id, layoutVersion: 1 }));
    await host.settle();
    expect(host.delivered.filter((e) => e.triggerSource === "ThisLocalAddin").length).toBeGreaterThanOrEqual(2);
    expect(heard).toEqual([]);
    await host.type(REGISTER, "C6", "x");
    await host.paste(REGISTER, "C7", [["a", "b"], ["c", "d"]]);
    expect(heard).toEqual([
      { sheet: REGISTER, address: "C6", structural: false },
      { sheet: REGISTER, address: "C7:D8", structural: false },
    ]);
    await stop();
    await host.type(REGISTER, "C6", "y");
    expect(heard).toHaveLength(2);
  });

  it("also drops the echo of its own writes on hosts without triggerSource (before ExcelApi 1.14)", async () => {
    const { host, session } = await excelWithPlan({ noTriggerSource: true });
    const heard: SheetChange[] = [];
    await session.live.watch([META], (c) => heard.push(...c));
    await writeSeal(session, META, makeSeal(goodPlan(), { framework: FW.id, layoutVersion: 1 }));
    await host.settle();
    expect(heard).toEqual([]);
  });

  it("debounces and checks through LiveCheck, with own writes never triggering a check", async () => {
    const { host, session } = await excelWithPlan();
    const results: string[] = [];
    const live = new LiveCheck(new PlanChecker(session, META), { debounceMs: 10, onResult: (r) => results.push(r.kind), onError: (e) => { throw e; } });
    await live.start();
    await host.type(REGISTER, cell(host, REGISTER, "1.1-2", "น้ำหนัก"), "0");
    await host.settle();
    await new Promise((r) => setTimeout(r, 40));
    expect(results).toEqual(["full", "live"]);
    await live.stop();
  });
});

describe("seal, generated sheets and charts through Office.js", () => {
  it("writes the seal into the protected metadata sheet and protects it again; values stay text", async () => {
    const { host, session, port } = await excelWithPlan();
    const seal = { ...makeSeal(goodPlan(), { framework: FW.id, layoutVersion: 1, now: new Date("2024-05-01T00:00:00Z") }), digest: "1".repeat(64) };
    await writeSeal(session, META, seal);
    expect(host.sheet(META).protection).toMatchObject(PROTECTION);
    const stored = sealFromGrid((await port.readSheets([META])).get(META));
    expect(stored).toEqual(seal);
    await writeSeal(session, META, { ...seal, digest: "a".repeat(64) });
    const rows = [...host.sheet(META).cells.values()].filter((c) => c.value === "seal.sha256");
    expect(rows).toHaveLength(1);
  });

  it("finds cells that break Excel's own data validation", async () => {
    const { host, session } = await excelWithPlan();
    const level = cell(host, RUBRIC, "1.1-1", "ระดับ");
    await host.paste(RUBRIC, level, [[7]]);
    const r = await session.live.read({ invalidIn: [RUBRIC] });
    expect(r.invalid).toContainEqual({ sheet: RUBRIC, cell: level });
  });

  it("selects a cell on its sheet", async () => {
    const { host, session } = await excelWithPlan();
    await session.selection.select({ sheet: RUBRIC, cell: "F9" });
    expect(host.activeSheet).toBe(RUBRIC);
    expect(host.selection).toEqual({ sheet: RUBRIC, cell: "F9" });
  });

  it("deletes only sheets whose marker says they were generated for this template, and draws the chart", async () => {
    const { host, session, port } = await excelWithPlan();
    const summaries = renderSummaries({ plan: goodPlan(), framework: FW, template: META, generatedAt: new Date() });
    await port.addSheets(summaries.model);
    expect(await session.output.addCharts(summaries.charts)).toBe(true);
    expect(host.charts).toEqual([
      expect.objectContaining({ sheet: "กราฟคะแนน", type: "ColumnClustered", source: summaries.charts[0]?.data, seriesBy: "Columns", from: summaries.charts[0]?.from }),
    ]);
    // A user's copy: same marker text, other name.
    await host.run(async (ctx) => {
      const copy = ctx.workbook.worksheets.add("สำเนาสรุป");
      copy.getRange("A3").values = [[host.cell("สรุปคะแนน", "A3")]];
      await ctx.sync();
    });
    const markers = await session.output.cellOfEachSheet(MARKER_CELL);
    expect(markers.filter((m) => String(m.value).includes("kpi-generated")).map((m) => m.sheet)).toEqual(["แบบสรุปตัวชี้วัด", "สรุปคะแนน", "กราฟคะแนน", "สำเนาสรุป"]);
    const ours = markers.filter((m) => isGeneratedSheet(m.sheet, m.value, META));
    const removed = await session.output.deleteSheets([...ours, { sheet: REGISTER, value: "x" }].map((m) => ({ sheet: m.sheet, cell: MARKER_CELL, value: m.value })));
    expect(removed).toEqual(["แบบสรุปตัวชี้วัด", "สรุปคะแนน", "กราฟคะแนน"]);
    expect(host.excel.sheets.map((s) => s.name)).toContain("สำเนาสรุป");
    expect(host.excel.sheets.map((s) => s.name)).toContain(REGISTER);
    expect(host.charts).toEqual([]);
  });
});
