// The Office.js adapter against a fake Excel that models cells, tables, names and context.sync().
import { officeCell } from "../../src/excel/cells";
import { createOfficePort } from "../../src/excel/officePort";
import { structuredToA1 } from "../../src/excel/structuredRefs";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/render";
import { templatePlan } from "../../src/layout/templatePlan";
import { insertTemplate } from "../../src/template/insert";
import { readTemplate } from "../../src/template/read";
import { framework2567 } from "../workbook/harness";
import { richPlan, sizedPlan } from "../workbook/plans";
import { FakeExcel } from "./fakeExcel";

const fw = framework2567();

describe("context.sync() calls", () => {
  it.each([1, 10, 100, 300])("are the same for a plan of %i KPIs: 4 to insert a template, 3 to read it", async (n) => {
    const excel = new FakeExcel();
    const port = createOfficePort(excel.run);
    await insertTemplate(port, sizedPlan(n), fw);
    expect(excel.syncs).toBe(4);
    excel.syncs = 0;
    const back = await readTemplate(port);
    expect(excel.syncs).toBe(3);
    expect(back.plan.kpis).toHaveLength(n);
  });

  it("happen with screen updating suspended whenever cells are written", async () => {
    const excel = new FakeExcel();
    await insertTemplate(createOfficePort(excel.run), sizedPlan(20), fw);
    const writes = excel.syncLog.filter((s) => s.cellWrites > 0);
    expect(writes).toHaveLength(1);
    expect(writes.every((s) => s.suspended)).toBe(true);
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

describe("what Excel gets", () => {
  let excel: FakeExcel;
  beforeAll(async () => {
    excel = new FakeExcel();
    await insertTemplate(createOfficePort(excel.run), richPlan(), fw);
  });

  it("tables named tblKpi… made over cells already written, so AutoCorrect never rewrites a formula", () => {
    expect(excel.tables.map((t) => [t.sheet, t.name, t.style])).toEqual([
      [DEFAULT_SHEET_NAMES.register, "tblKpi", "TableStyleLight1"],
      [DEFAULT_SHEET_NAMES.rubric, "tblRubric", "TableStyleLight1"],
      [DEFAULT_SHEET_NAMES.evaluation, "tblEvaluation", "TableStyleLight1"],
      [DEFAULT_SHEET_NAMES.actionPlan, "tblActionPlan", "TableStyleLight1"],
    ]);
    expect(excel.autoCorrected).toBe(0);
  });

  it("formulas with the A1 references the structured references stand for", () => {
    const rubric = excel.sheet(DEFAULT_SHEET_NAMES.rubric)!;
    expect(rubric.cells.get("G5")?.formula).toBe('=IF(OR($C5="",$E5=""),"",$C5*$E5/100)');
    expect(rubric.cells.get("B5")?.formula).toMatch(/^=IFERROR\(INDEX\('ตัวชี้วัด'!\$C\$5:\$C\$\d+,MATCH\(\$A5,'ตัวชี้วัด'!\$B\$5:\$B\$\d+,0\)\)&"",""\)$/);
    const evaluation = excel.sheet(DEFAULT_SHEET_NAMES.evaluation)!;
    const scores = [...evaluation.cells.values()].map((c) => c.formula ?? "").filter((f) => f.includes("KPISCORE("));
    expect(scores).toContainEqual(expect.stringMatching(/KPISCORE\(\$L\d+,\$F\d+:\$J\d+,\$E\d+,\{20,40,60,80,100\}\)/));
  });

  it("still gets its sheets from an Excel that refuses LAMBDA names (2021 and older)", async () => {
    const old = new FakeExcel();
    old.refuseLambda = true;
    const port = createOfficePort(old.run);
    await insertTemplate(port, richPlan(), fw);
    expect(old.names.map((n) => n.name)).toEqual(["KPI_FRAMEWORK"]);
    expect((await readTemplate(port)).plan).toStrictEqual(richPlan());
  });

  it("would have been rewritten by AutoCorrect had it typed into the tables: the fake models it", async () => {
    const fake = new FakeExcel();
    await insertTemplate(createOfficePort(fake.run), richPlan(), fw);
    fake.type(DEFAULT_SHEET_NAMES.rubric, "H5", "=1+1");
    expect(fake.autoCorrected).toBeGreaterThan(0);
  });

  it("the LAMBDA names and the framework name, and an existing name is never replaced", async () => {
    expect(excel.names.map((n) => n.name)).toEqual(["KPI_FRAMEWORK", "KPISCORE", "KPIPOINTS"]);
    expect(excel.names[1]?.formula.startsWith("=LAMBDA(result,criteria,weight,[ladder],")).toBe(true);
    await insertTemplate(createOfficePort(excel.run), richPlan(), fw);
    expect(excel.names).toHaveLength(3);
    expect(excel.sheets.map((s) => s.name)).toContain(`${DEFAULT_SHEET_NAMES.register} (2)`);
  });

  it("page layout, fonts, frozen headers, hidden metadata and a protected evaluation sheet", () => {
    const register = excel.sheet(DEFAULT_SHEET_NAMES.register)!;
    expect(register.page).toEqual(expect.objectContaining({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$1:$4", printTitleColumns: "$A:$C" }));
    expect(excel.sheet(DEFAULT_SHEET_NAMES.evaluation)!.page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(register.formats).toContainEqual({ range: expect.stringMatching(/^5:\d+$/), property: "autofitRows", value: true });
    expect(register.freeze).toEqual({ rows: 4, columns: 3 });
    expect(register.lastFormat("C5", "font.name")).toBe("TH Sarabun New");
    expect(register.lastFormat("C5", "font.size")).toBe(16);
    expect(register.numberFormatAt("C6")).toBe("@");
    expect(excel.sheet(DEFAULT_SHEET_NAMES.meta)!.visibility).toBe("Hidden");
    expect(excel.sheet(DEFAULT_SHEET_NAMES.evaluation)!.protection).toEqual(expect.objectContaining({ allowAutoFilter: true, allowInsertRows: false }));
    expect(excel.sheet(DEFAULT_SHEET_NAMES.evaluation)!.numberFormatAt("N7")).toBe("0.000");
  });

  it("data validation: a drop-down of rubric kinds that refuses other text, numbers that only warn", () => {
    const register = excel.sheet(DEFAULT_SHEET_NAMES.register)!;
    const rules = register.validations.filter((v) => v.property === "rule").map((v) => v.value);
    expect(rules).toContainEqual({ list: { inCellDropDown: true, source: "ระดับความสำเร็จ,ค่าตัวเลข,คะแนนเต็ม ๑๐๐" } });
    const alerts = register.validations.filter((v) => v.property === "errorAlert").map((v) => (v.value as { style: string }).style);
    expect(alerts).toEqual(expect.arrayContaining(["Stop", "Warning"]));
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
  });
});

describe("text", () => {
  it("is written with an apostrophe unless it starts with a Thai letter, so Excel keeps it as typed", () => {
    expect(officeCell("ระดับ ๕", true)).toBe("ระดับ ๕");
    expect(officeCell("๑๐", true)).toBe("'๑๐");
    for (const t of ["=1+1", "+66", "-", "@x", "'q", "10", "TRUE", "1/2", "KR.๑"]) expect(officeCell(t, true)).toBe(`'${t}`);
    expect(officeCell({ formula: "=A1" }, true)).toBe("=A1");
    expect(officeCell({ formula: "=A1" }, false)).toBe("");
    expect(officeCell(12.5, true)).toBe(12.5);
    expect(officeCell(null, true)).toBe("");
  });

  it("typed without an apostrophe would have turned into numbers, dates and formulas: the fake models that", async () => {
    const excel = new FakeExcel();
    await insertTemplate(createOfficePort(excel.run), templatePlan(fw, { agency: "ส" }), fw);
    excel.type(DEFAULT_SHEET_NAMES.actionPlan, "Z1", "10");
    expect(excel.sheet(DEFAULT_SHEET_NAMES.actionPlan)!.text("Z1")).toBe(10);
    expect(() => excel.type(DEFAULT_SHEET_NAMES.actionPlan, "Z2", "-")).toThrow(/InvalidArgument/);
    expect(() => excel.type(DEFAULT_SHEET_NAMES.actionPlan, "Z3", "=tblMissing[x]")).toThrow(/does not exist/);
  });
});
