// The Office.js adapter of the workbook port against a fake Excel that models cells, tables, names
// and context.sync(): its sync budget, and what the template it writes is in Excel — read back
// through the port where the port can say, else as a person sees it (a cell's font, number
// format, validation; a sheet's page setup and protection).
import { officeCell } from "../../src/excel/cells";
import { createOfficePort } from "../../src/excel/officePort";
import { structuredToA1 } from "../../src/excel/structuredRefs";
import { DEFAULT_SHEET_NAMES, renderTemplate } from "../../src/layout/render";
import { DATA_SHEET_IDS } from "../../src/layout/types";
import { insertTemplate } from "../../src/template/insert";
import { readTemplate } from "../../src/template/read";
import { cellAddress, parseCell } from "../../src/workbook/a1";
import { isFormulaInput, quotePrefixed } from "../../src/workbook/model";
import type { WorkbookPort } from "../../src/workbook/port";
import { cellOf, framework2567 } from "../workbook/harness";
import { richPlan, sizedPlan } from "../workbook/plans";
import { listTemplates } from "../../src/template/list";
import { renderSummaries } from "../../src/summary/render";
import { FakeExcel, PAYLOAD_LIMIT } from "./fakeExcel";

const fw = framework2567();

describe("context.sync() calls", () => {
  it.each([1, 10, 100, 200])("are the same for a plan of %i KPIs: 4 to insert a template, 3 to read it (more only past what one 5 MB request carries)", async (n) => {
    const excel = new FakeExcel();
    const port = createOfficePort(excel.run);
    await insertTemplate(port, sizedPlan(n), fw);
    expect(excel.syncs).toBe(4);
    excel.syncs = 0;
    const back = await readTemplate(port);
    expect(excel.syncs).toBe(3);
    expect(back.plan.kpis).toHaveLength(n);
  });

  it("make each table on its own sheet, whichever sheet a person has open (an address without a sheet means the active one)", async () => {
    const excel = new FakeExcel();
    const port = createOfficePort(excel.run);
    await excel.run(async (context) => {
      context.workbook.worksheets.add("งานของฉัน");
      await context.sync();
    });
    excel.activeSheet = "งานของฉัน";
    await insertTemplate(port, richPlan(), fw);
    expect(excel.tables.map((t) => t.sheet)).toEqual(DATA_SHEET_IDS.map((id) => DEFAULT_SHEET_NAMES[id]));
  });

  it("happen with screen updating suspended whenever cells are written", async () => {
    const excel = new FakeExcel();
    await insertTemplate(createOfficePort(excel.run), sizedPlan(20), fw);
    const writes = excel.syncLog.filter((s) => s.cellWrites > 0);
    expect(writes).toHaveLength(1);
    expect(writes.every((s) => s.suspended)).toBe(true);
  });

  it("read each cell's number format with its value, in the same sync", async () => {
    const excel = new FakeExcel();
    const port = createOfficePort(excel.run);
    await insertTemplate(port, richPlan(), fw);
    const evaluation = DEFAULT_SHEET_NAMES.evaluation;
    excel.type(evaluation, "M30", "98.77%");
    excel.syncs = 0;
    const grid = (await port.readSheets([evaluation])).get(evaluation);
    expect(excel.syncs).toBe(1);
    const { row, column } = parseCell("M30");
    expect([grid?.values[row]?.[column], grid?.formats?.[row]?.[column]]).toEqual([0.9877, "0.00%"]);
    // General is null; the template's own formats come as Excel gives them.
    expect(grid?.formats?.[row]?.[column - 1]).toBeNull();
    expect(grid?.formats?.flat()).toContain("0.000");
  });

  it("are one per port call, each its own Excel.run batch", async () => {
    const excel = new FakeExcel();
    const port = createOfficePort(excel.run);
    await port.inventory();
    await port.readSheets(["nothing here", "nor here"]);
    expect([excel.runs, excel.syncs]).toEqual([2, 2]);
    expect((await port.readSheets(["nothing here"])).size).toBe(0);
  });
});

describe("what the template is in Excel", () => {
  let excel: FakeExcel;
  let port: WorkbookPort;
  const rubric = DEFAULT_SHEET_NAMES.rubric;
  beforeAll(async () => {
    excel = new FakeExcel();
    port = createOfficePort(excel.run);
    await insertTemplate(port, richPlan(), fw);
  });

  /** "B5"-style addresses of the cells of a grid that hold a formula. */
  const formulaCells = (formulas: readonly (readonly (string | null)[])[]): string[] =>
    formulas.flatMap((row, r) => row.flatMap((f, c) => (f === null ? [] : [cellAddress(r, c)])));

  it("tables named tblKpi… made over cells already written: AutoCorrect spread no formula", async () => {
    expect((await port.inventory()).tables).toEqual(["tblKpi", "tblRubric", "tblEvaluation", "tblReview", "tblActionPlan"]);
    expect(excel.tables.map((t) => [t.sheet, t.style])).toEqual(
      [DEFAULT_SHEET_NAMES.register, rubric, DEFAULT_SHEET_NAMES.evaluation, DEFAULT_SHEET_NAMES.reviews, DEFAULT_SHEET_NAMES.actionPlan].map((s) => [s, "TableStyleLight1"]),
    );
    // Formulas read back exactly where the template put formulas, and nowhere else.
    const model = renderTemplate(richPlan(), { framework: fw });
    const grids = await port.readSheets(model.sheets.map((s) => s.name));
    for (const sheet of model.sheets) {
      const written = sheet.rows.flatMap((row, r) => row.flatMap((c, i) => (isFormulaInput(c) ? [cellAddress(r, i)] : [])));
      expect([sheet.name, formulaCells(grids.get(sheet.name)?.formulas ?? [])]).toEqual([sheet.name, written]);
    }
  });

  it("formulas with structured references to other tables and the totals, as the .xlsx path writes them; a table's own row as its A1 cells", async () => {
    const grids = await port.readSheets([rubric, DEFAULT_SHEET_NAMES.evaluation, DEFAULT_SHEET_NAMES.register]);
    const at = (sheet: string, address: string) => {
      const { row, column } = parseCell(address);
      return grids.get(sheet)?.formulas[row]?.[column];
    };
    expect(at(rubric, "G5")).toBe('=IF(OR($C5="",$E5=""),"",$C5*$E5/100)');
    expect(at(rubric, "B5")).toBe('=IFERROR(INDEX(tblKpi[ชื่อตัวชี้วัด],MATCH($A5,tblKpi[รหัส],0))&"","")');
    expect(grids.get(DEFAULT_SHEET_NAMES.register)?.formulas.flat()).toContain("=SUBTOTAL(109,tblKpi[น้ำหนัก])");
    // The same score formula as the .xlsx writer's, its own row's structured references as A1
    // ones: the committee's result (M), the criteria (G:K), the weight (F), the kind (E) of the
    // first KPI (row 8).
    const score = at(DEFAULT_SHEET_NAMES.evaluation, "O8") ?? "";
    expect(score).toMatch(/^=IF\(OR\(NOT\(ISNUMBER\(\$M8\)\),NOT\(ISNUMBER\(\$F8\)\)\),"",/);
    expect(score).toContain("COUNT($G8:$K8)=5");
    expect(score).toContain('OR($E8="ค่าตัวเลข",$E8="numeric")');
    expect(score).not.toMatch(/KPISCORE|KPI\.SCORE|tblEvaluation/);
  });

  it("still gets its sheets from an Excel that refuses LAMBDA names (2021 and older)", async () => {
    const old = new FakeExcel();
    old.refuseLambda = true;
    const oldPort = createOfficePort(old.run);
    const inserted = await insertTemplate(oldPort, richPlan(), fw);
    expect((await oldPort.inventory()).names).toEqual(["KPI_FRAMEWORK"]);
    // The pane says so (Thai and English), rather than leaving the user to meet #NAME?.
    expect(inserted.namesRefused).toEqual(["KPISCORE", "KPIPOINTS"]);
    expect(inserted.message.en).toMatch(/refused the names KPISCORE, KPIPOINTS/);
    expect(inserted.message.th).toMatch(/ไม่รับชื่อ KPISCORE, KPIPOINTS/);
    // No cell calls a name this Excel refused (it would show #NAME?), and no score cell shows it:
    // the template's scores are written without the names (portable formulas).
    const grids = await oldPort.readSheets((await oldPort.inventory()).sheets);
    const formulas = [...grids.values()].flatMap((g) => g.formulas.flat()).filter((f): f is string => f !== null);
    expect(formulas.filter((f) => /(?<![A-Za-z0-9_.])(KPISCORE|KPIPOINTS)\(/.test(f))).toEqual([]);
    expect([...grids.values()].flatMap((g) => g.values.flat())).not.toContain("#NAME?");
    expect((await readTemplate(oldPort)).plan).toStrictEqual(richPlan());
  });

  it("would have had formulas spread by AutoCorrect had it typed into the tables: a person typing one sees it", async () => {
    const fake = new FakeExcel();
    const typed = createOfficePort(fake.run);
    await insertTemplate(typed, richPlan(), fw);
    fake.type(rubric, "H5", "=1+1");
    const column = (await typed.readSheets([rubric])).get(rubric)?.formulas.map((row) => row[7]) ?? [];
    expect(column.filter((f) => f === "=1+1").length).toBeGreaterThan(1);
  });

  it("the LAMBDA names and the framework name, and an existing name is never replaced", async () => {
    expect((await port.inventory()).names).toEqual(["KPI_FRAMEWORK", "KPISCORE", "KPIPOINTS"]);
    // What the Name Manager shows for KPISCORE.
    expect(excel.names.find((n) => n.name === "KPISCORE")?.formula.startsWith("=LAMBDA(result,criteria,weight,[ladder],")).toBe(true);
    await insertTemplate(port, richPlan(), fw);
    expect((await port.inventory()).names).toEqual(["KPI_FRAMEWORK", "KPISCORE", "KPIPOINTS"]);
    expect((await port.inventory()).sheets).toContain(`${DEFAULT_SHEET_NAMES.register} (2)`);
  });

  it("page layout, fonts, rows fitted to their text, frozen headers, hidden metadata and a protected evaluation sheet", () => {
    const register = excel.sheet(DEFAULT_SHEET_NAMES.register)!;
    expect(register.page).toEqual(expect.objectContaining({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$1:$4", printTitleColumns: "$A:$C" }));
    expect(excel.sheet(DEFAULT_SHEET_NAMES.evaluation)!.page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect([register.isRowAutofit(4), register.isRowAutofit(5), register.isRowAutofit(6)]).toEqual([false, true, true]);
    expect([register.rowHeightSeen(5), register.rowHeightSeen(6)]).toEqual(["fits", "fits"]);
    expect(register.freeze).toEqual({ rows: 4, columns: 3 });
    expect(register.lastFormat("C5", "font.name")).toBe("TH Sarabun New");
    expect(register.lastFormat("C5", "font.size")).toBe(16);
    expect(register.numberFormatAt("C6")).toBe("@");
    expect(excel.sheet(DEFAULT_SHEET_NAMES.meta)!.visibility).toBe("Hidden");
    expect(excel.sheet(DEFAULT_SHEET_NAMES.evaluation)!.protection).toEqual(expect.objectContaining({ allowAutoFilter: true, allowInsertRows: false }));
    expect(excel.sheet(DEFAULT_SHEET_NAMES.evaluation)!.numberFormatAt("O7")).toBe("0.000");
  });

  it("data validation: a drop-down of rubric kinds that refuses other text, numbers that only warn", async () => {
    const register = excel.sheet(DEFAULT_SHEET_NAMES.register)!;
    const id = (r: Record<string, unknown>) => r["รหัส"] === "1.1-1";
    const kind = register.validationAt(await cellOf(port, DEFAULT_SHEET_NAMES.register, "ชนิดเกณฑ์", id));
    expect(kind.rule).toEqual({ list: { inCellDropDown: true, source: "ระดับความสำเร็จ,ค่าตัวเลข,คะแนนเต็ม ๑๐๐" } });
    expect(kind.errorAlert).toMatchObject({ style: "Stop" });
    const weight = register.validationAt(await cellOf(port, DEFAULT_SHEET_NAMES.register, "น้ำหนัก", id));
    expect(weight.rule).toMatchObject({ decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } });
    expect(weight.errorAlert).toMatchObject({ style: "Warning" });
  });
});

describe("summary sheets in Excel", () => {
  it("get the layout's estimated row heights: Excel's autofit would leave the merged cells' wrapped text on one line", async () => {
    const excel = new FakeExcel();
    const port = createOfficePort(excel.run);
    const plan = richPlan();
    const reasons = "เหตุผลของคะแนนที่ยาวหลายบรรทัด ".repeat(30);
    plan.reviews = [{ round: "end", component: "1.1", reasons }];
    const { model } = renderSummaries({ plan, framework: fw, template: "ข้อมูลแม่แบบ", generatedAt: new Date("2024-10-01T03:00:00Z") });
    await port.addSheets(model);
    let merged = 0;
    for (const spec of model.sheets) {
      const sheet = excel.sheet(spec.name)!;
      const estimated = spec.estimatedRowHeights ?? [];
      expect(estimated.length).toBeGreaterThan(0);
      const explicit = new Map((spec.rowHeights ?? []).map((h) => [h.row, h.height]));
      for (const h of estimated) expect([spec.name, h.row, sheet.rowHeightSeen(h.row + 1)]).toEqual([spec.name, h.row, explicit.get(h.row) ?? h.height]);
      const mergedRows = new Set(spec.merges.map((m) => Number(/(\d+)$/.exec(m)?.[1]) - 1));
      merged += estimated.filter((h) => mergedRows.has(h.row)).length;
    }
    // The result form's reasons: a merged row of many lines, as tall as the estimate says.
    const form = model.sheets.find((s) => s.rows.some((r) => r[0] === reasons))!;
    const row = form.rows.findIndex((r) => r[0] === reasons);
    expect(excel.sheet(form.name)!.rowHeightSeen(row + 1)).toBeGreaterThan(3 * 22);
    expect(merged).toBeGreaterThan(0);
  });
});

describe("an insert that Excel stops midway", () => {
  it.each([
    ["tables.add", 3],
    ["format", 40],
    ["range.formulas", 2],
    ["dataValidation", 5],
  ])("leaves nothing of the template behind when Excel refuses %s (the %i-th), and the next insert takes the template's own names", async (command, nth) => {
    const excel = new FakeExcel();
    const port = createOfficePort(excel.run);
    await excel.run(async (context) => {
      context.workbook.worksheets.add("งานของฉัน").getRange("A1").values = [["ของฉัน"]];
      await context.sync();
    });
    excel.failCommand = { name: command, nth };
    await expect(insertTemplate(port, richPlan(), fw)).rejects.toThrow(/made to fail/);
    expect(await port.inventory()).toEqual({ sheets: ["งานของฉัน"], tables: [], names: [] });
    expect(excel.sheet("งานของฉัน")?.text("A1")).toBe("ของฉัน");
    expect(await listTemplates(port)).toEqual([]);
    const again = await insertTemplate(port, richPlan(), fw);
    expect(again.renamed).toBe(false);
    expect((await readTemplate(port)).plan).toStrictEqual(richPlan());
  });
});

describe("a very large plan on Excel on the web (5 MB per request and per response)", () => {
  it("is written in as many syncs as it needs, each under the limit, and read back whole", async () => {
    const excel = new FakeExcel();
    const port = createOfficePort(excel.run);
    await insertTemplate(port, sizedPlan(1000), fw);
    expect(excel.syncLog.filter((s) => s.refused)).toEqual([]);
    expect(Math.max(...excel.syncLog.map((s) => s.requestBytes))).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(excel.syncLog.filter((s) => s.cellWrites > 0).length).toBeGreaterThan(1);
    expect(excel.syncLog.filter((s) => s.cellWrites > 0).every((s) => s.suspended)).toBe(true);
    const back = await readTemplate(port);
    expect(back.plan.kpis.map((k) => k.id).sort()).toEqual(sizedPlan(1000).kpis.map((k) => k.id).sort());
    expect(back.plan.actionPlan).toHaveLength(1000);
    expect(back.issues).toEqual([]);
  }, 600_000);
});

describe("a row a person appends to a table (Tab in its last cell)", () => {
  const header = (grid: { values: unknown[][] }, name: string): number => (grid.values[3] ?? []).findIndex((v) => v === name);

  it("counts in the totals under the register and the action plan, and is found by the look-ups of the other sheets", async () => {
    const excel = new FakeExcel();
    const port = createOfficePort(excel.run);
    await insertTemplate(port, sizedPlan(6), fw);
    const { register, rubric, actionPlan } = DEFAULT_SHEET_NAMES;
    const read = async (sheet: string) => (await port.readSheets([sheet])).get(sheet) as { values: unknown[][]; formulas: (string | null)[][] };
    const total = (grid: { values: unknown[][]; formulas: (string | null)[][] }) => {
      for (const [r, row] of grid.formulas.entries()) for (const [c, f] of row.entries()) if (f?.startsWith("=SUBTOTAL(")) return grid.values[r]?.[c];
      throw new Error("no total");
    };

    const kpis = await read(register);
    const before = total(kpis) as number;
    const row: (string | number | null)[] = [];
    row[header(kpis, "รหัส")] = "1.1-99";
    row[header(kpis, "องค์ประกอบ")] = "1.1";
    row[header(kpis, "ชื่อตัวชี้วัด")] = "ตัวชี้วัดที่เพิ่มท้ายตาราง";
    row[header(kpis, "น้ำหนัก")] = 5;
    excel.appendTableRow("tblKpi", Array.from(row, (v) => v ?? null));
    expect(total(await read(register))).toBe(before + 5);

    const rubricGrid = await read(rubric);
    const idCol = header(rubricGrid, "รหัส");
    const nameCol = header(rubricGrid, "ชื่อตัวชี้วัด");
    excel.type(rubric, cellAddress(4, idCol), "'1.1-99");
    expect((await read(rubric)).values[4]?.[nameCol]).toBe("ตัวชี้วัดที่เพิ่มท้ายตาราง");

    const plan = await read(actionPlan);
    const budget = total(plan) as number;
    const step: (string | number | null)[] = [];
    step[header(plan, "งบประมาณ (บาท)")] = 1234;
    excel.appendTableRow("tblActionPlan", Array.from(step, (v) => v ?? null));
    expect(total(await read(actionPlan))).toBe(budget + 1234);
  });
});

describe("structured references written as A1", () => {
  const tables = new Map([
    ["tblx", { sheet: "S", firstDataRow: 4, lastRow: 9, columns: new Map([["a", 0], ["b'[c", 1], ["d", 3]]) }],
  ]);
  it("this row, a span of this row, a whole column (on another sheet), and not inside text", () => {
    expect(structuredToA1("=tblX[[#This Row],[A]]*2", "S", 6, tables)).toBe("=$A7*2");
    expect(structuredToA1("=SUM(tblX[[#This Row],[A]:[D]])", "S", 6, tables)).toBe("=SUM($A7:$D7)");
    expect(structuredToA1("=SUM(tblX[D])", "T", 0, tables)).toBe("=SUM('S'!$D$5:$D$10)");
    expect(structuredToA1("=tblX[[#This Row],[b'''[c]]", "T", 0, tables)).toBe("='S'!$B1");
    expect(structuredToA1('="tblX[A]"&tblX[[#This Row],[A]]', "S", 0, tables)).toBe('="tblX[A]"&$A1');
    expect(structuredToA1("=other[A]", "S", 0, tables)).toBe("=other[A]");
    expect(structuredToA1("=SUM(tblX[D])+tblX[[#This Row],[A]]", "S", 6, tables, new Set(["tblx"]))).toBe("=SUM(tblX[D])+$A7");
  });
});

describe("text", () => {
  it("carries the quote prefix exactly where the render model says: Office.js has no property for it, so an apostrophe, as typed", () => {
    for (const t of ["=1+1", "+66", "-", "@x", "10", "ระดับ ๕", "๑๐", "KR.๑"]) expect([t, officeCell(t, true)]).toEqual([t, quotePrefixed(t) ? `'${t}` : t]);
  });

  it("is written with an apostrophe unless it starts with a Thai letter, so Excel keeps it as typed", () => {
    expect(officeCell("ระดับ ๕", true)).toBe("ระดับ ๕");
    expect(officeCell("๑๐", true)).toBe("'๑๐");
    for (const t of ["=1+1", "+66", "-", "@x", "'q", "10", "TRUE", "1/2", "KR.๑"]) expect(officeCell(t, true)).toBe(`'${t}`);
    expect(officeCell({ formula: "=A1" }, true)).toBe("=A1");
    expect(officeCell({ formula: "=A1" }, false)).toBe("");
    expect(officeCell(12.5, true)).toBe(12.5);
    expect(officeCell(null, true)).toBe("");
  });

  it("typed by a person instead, would have turned into numbers and formulas, or been refused", async () => {
    const excel = new FakeExcel();
    const port = createOfficePort(excel.run);
    await insertTemplate(port, richPlan(), fw);
    const plan = DEFAULT_SHEET_NAMES.actionPlan;
    excel.type(plan, "Z1", "10");
    const grid = (await port.readSheets([plan])).get(plan);
    expect(grid?.values[0]?.[25]).toBe(10);
    // The same characters written by the adapter stay text (richPlan's method of 1.1-2 is "10").
    expect((await readTemplate(port)).plan.kpis.find((k) => k.id === "1.1-2")?.method).toBe("10");
    expect(() => excel.type(plan, "Z2", "-")).toThrow(/InvalidArgument/);
    expect(() => excel.type(plan, "Z3", "=tblMissing[x]")).toThrow(/does not exist/);
  });
});
