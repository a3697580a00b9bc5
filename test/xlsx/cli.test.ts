// The command line on workbooks: kpi template, validate, export and report.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parsePlan } from "../../src/core/schema/plan";
import { templatePlan } from "../../src/layout/templatePlan";
import { insertTemplate } from "../../src/template/insert";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { validPlan } from "../helpers/plan";
import { kpi, tempFolder } from "../helpers/cli";
import { fixture, framework2567 } from "../workbook/harness";

const folder = tempFolder("kpi-cli-");
const path = (name: string): string => join(folder(), name);

describe("kpi template", () => {
  it("writes the framework's template with the shared components prefilled", async () => {
    const r = await kpi("template", "--framework", "bma-2567-bureau", "--agency", "สำนักพัฒนาสังคม", "-o", path("t.xlsx"));
    expect(r).toEqual(expect.objectContaining({ code: 0 }));
    expect(r.out).toContain("wrote template");
    const exported = await kpi("export", path("t.xlsx"));
    expect(JSON.parse(exported.out)).toEqual(JSON.parse(JSON.stringify(templatePlan(framework2567(), { agency: "สำนักพัฒนาสังคม" }))));
  });

  it("takes an abbreviation or a district's short name for the agency's full name", async () => {
    for (const [typed, name] of [["สนน.", "สำนักการระบายน้ำ"], ["เขตบางรัก", "สำนักงานเขตบางรัก"], ["หน่วยงานใหม่", "หน่วยงานใหม่"]] as const) {
      const file = path(`agency-${name}.xlsx`);
      expect((await kpi("template", "--framework", "bma-2567-bureau", "--agency", typed, "-o", file)).code).toBe(0);
      expect(JSON.parse((await kpi("export", file)).out).agency).toBe(name);
    }
  });

  it("never writes over an existing file unless --force", async () => {
    writeFileSync(path("mine.xlsx"), "the user's own workbook");
    const r = await kpi("template", "--framework", "bma-2567-bureau", "--agency", "ส", "-o", path("mine.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/อยู่แล้ว.*exists; not overwritten/);
    expect(readFileSync(path("mine.xlsx"), "utf8")).toBe("the user's own workbook");
    expect((await kpi("template", "--framework", "bma-2567-bureau", "--agency", "ส", "-o", path("mine.xlsx"), "--force")).code).toBe(0);
  });

  it("starts from a plan, and refuses unknown frameworks and non-.xlsx outputs", async () => {
    const from = join(__dirname, "..", "fixtures", "plans", "fy2567-social-development.json");
    expect((await kpi("template", "--framework", "bma-2567-bureau", "--from", from, "-o", path("s.xlsx"))).code).toBe(0);
    const exported = parsePlan(JSON.parse((await kpi("export", path("s.xlsx"))).out));
    expect(exported.ok && exported.plan).toStrictEqual(templatePlan(framework2567(), { agency: "สำนักพัฒนาสังคม", from: fixture("fy2567-social-development") }));
    expect((await kpi("template", "--framework", "bma-2599-bureau", "--agency", "ส", "-o", path("x.xlsx"))).code).toBe(2);
    expect((await kpi("template", "--framework", "bma-2567-bureau", "--agency", "ส", "-o", path("x.json"))).code).toBe(2);
    expect(existsSync(path("x.xlsx"))).toBe(false);
  });

  it("takes the framework of the plan it starts from when --framework is not given, and asks for one without --from", async () => {
    const from = join(__dirname, "..", "fixtures", "plans", "fy2567-social-development.json");
    expect((await kpi("template", "--from", from, "-o", path("own.xlsx"))).code).toBe(0);
    expect(JSON.parse((await kpi("export", path("own.xlsx"))).out)).toEqual(JSON.parse((await kpi("export", path("s.xlsx"))).out));
    // A workbook's own framework is the one stored in it.
    expect((await kpi("template", "--from", path("own.xlsx"), "--agency", "สำนักการระบายน้ำ", "-o", path("own2.xlsx"))).code).toBe(0);
    expect(JSON.parse((await kpi("export", path("own2.xlsx"))).out).framework).toBe("bma-2567-bureau");
    const none = await kpi("template", "--agency", "ส", "-o", path("none.xlsx"));
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/ระบุ --framework.*give the framework with --framework/);
    expect(existsSync(path("none.xlsx"))).toBe(false);
  });
});

describe("kpi validate, export and report on a workbook", () => {
  beforeAll(async () => {
    const from = join(__dirname, "..", "fixtures", "plans", "fy2567-international-affairs.json");
    await kpi("template", "--framework", "bma-2567-bureau", "--from", from, "-o", path("ia.xlsx"));
  });

  it("validate names the sheet and cell of each finding", async () => {
    const r = await kpi("validate", path("ia.xlsx"), "--json");
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out).findings as { code: string; where: { sheet?: string; cell?: string; kpi?: string } }[];
    expect(findings.find((f) => f.code === "RUBRIC_LEVELS" && f.where.kpi === "1.2-1")?.where).toEqual(
      expect.objectContaining({ sheet: "เกณฑ์การให้คะแนน", cell: expect.stringMatching(/^[A-Z]+\d+$/) }),
    );
    const text = await kpi("validate", path("ia.xlsx"), "--lang", "en");
    expect(text.out).toMatch(/RUBRIC_LEVELS\s+'เกณฑ์การให้คะแนน'!D\d+/);
  });

  it("export writes kpi-plan JSON, and never over an existing file unless --force", async () => {
    const r = await kpi("export", path("ia.xlsx"), "-o", path("ia.json"));
    expect(r.code).toBe(0);
    const plan = parsePlan(JSON.parse(readFileSync(path("ia.json"), "utf8")));
    expect(plan.ok && plan.plan.kpis.slice(0, 6)).toStrictEqual(fixture("fy2567-international-affairs").kpis);
    expect((await kpi("export", path("ia.xlsx"), "-o", path("ia.json"))).code).toBe(2);
    expect((await kpi("export", path("ia.xlsx"), "-o", path("ia.json"), "--force")).code).toBe(0);
  });

  it("the evaluators' four texts travel in each KPI's result: plan.json → template → export", async () => {
    const source = JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "plans", "fy2567-international-affairs.json"), "utf8")) as {
      kpis: { id: string; result?: Record<string, unknown> }[];
    };
    const texts = { note: "ครบตามเป้าหมาย", strengths: "=ทีมงานเข้มแข็ง", weaknesses: "ล่าช้า\nบางขั้นตอน", suggestions: "-" };
    const first = source.kpis[0] as { id: string; result?: Record<string, unknown> };
    first.result = { value: 5, ...texts };
    writeFileSync(path("texts.json"), JSON.stringify(source));
    expect((await kpi("template", "--framework", "bma-2567-bureau", "--from", path("texts.json"), "-o", path("texts.xlsx"))).code).toBe(0);
    const exported = JSON.parse((await kpi("export", path("texts.xlsx"))).out) as { kpis: { id: string; result?: unknown }[] };
    expect(exported).not.toHaveProperty("evaluationNotes");
    expect(exported.kpis.find((k) => k.id === first.id)?.result).toEqual({ value: 5, ...texts });
  });

  it("report scores the workbook, and exits 1 saying the plan has errors (the fixture's rubrics do)", async () => {
    const r = await kpi("report", path("ia.xlsx"), "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.out).toContain("total (out of 100)");
    expect(r.err).toMatch(/the plan has \d+ errors?; these scores may be wrong/);
  });

  it("says plainly when a file is not a template", async () => {
    writeFileSync(path("junk.xlsx"), "not a zip");
    const r = await kpi("validate", path("junk.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not a readable \.xlsx file/);
  });
});

describe("kpi validate lists the cells of a workbook it could not read", () => {
  interface Listed {
    code: string;
    severity: string;
    where: { sheet?: string; cell?: string };
  }

  /** A template of a plan that breaks no rule, saved after `edit` changed some of its cells. */
  async function workbook(name: string, edit: (wb: XlsxWorkbook) => void = () => undefined): Promise<string> {
    const parsed = parsePlan(validPlan());
    if (!parsed.ok) throw new Error("validPlan does not parse");
    const wb = XlsxWorkbook.create();
    await insertTemplate(wb, parsed.plan, framework2567());
    edit(wb);
    await wb.save(path(name));
    return path(name);
  }

  /** The first row of a sheet whose cell in column `col` (1-based) satisfies `test`, and that cell. */
  function cellWhere(wb: XlsxWorkbook, sheet: string, col: number, test: (v: unknown) => boolean): { row: number; address: string } {
    let found: { row: number; address: string } | null = null;
    wb.workbook.getWorksheet(sheet)?.eachRow((row, n) => {
      if (!found && test(row.getCell(col).value)) found = { row: n, address: row.getCell(col).address };
    });
    if (!found) throw new Error(`no such row on ${sheet}`);
    return found;
  }

  it("has nothing to list for a workbook read whole", async () => {
    const file = await workbook("whole.xlsx");
    const r = await kpi("validate", file, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ findings: [], seal: expect.objectContaining({ status: "none" }) });
    expect(Object.keys(JSON.parse((await kpi("validate", join(__dirname, "..", "fixtures", "plans", "fy2567-social-development.json"), "--json")).out))).toEqual(["findings"]);
  });

  it("lists an unreadable cell with its sheet and cell, in Thai and English and in --json; an error fails the check", async () => {
    let at = "";
    const file = await workbook("typed-below-total.xlsx", (wb) => {
      // A committee result typed on the total row of the evaluation sheet: a row of no KPI.
      const total = cellWhere(wb, "ผลการประเมิน", 4, (v) => String(v ?? "").startsWith("รวม"));
      const cell = wb.workbook.getWorksheet("ผลการประเมิน")!.getRow(total.row).getCell(13);
      cell.value = 5;
      at = `'ผลการประเมิน'!${wb.workbook.getWorksheet("ผลการประเมิน")!.getRow(total.row).getCell(3).address}`;
    });
    // Read issues are listed with the rule findings, in the order the task pane lists them.
    const json = JSON.parse((await kpi("validate", file, "--json")).out) as { findings: (Listed & { source: string })[] };
    expect(json.findings.map((i) => [i.code, i.severity, `'${i.where.sheet}'!${i.where.cell}`, i.source])).toEqual([["ROW_WITHOUT_KPI", "error", at, "read"]]);
    const th = await kpi("validate", file);
    expect(th.code).toBe(1);
    expect(th.out).toContain("ข้อผิดพลาด ๑ รายการ");
    expect(th.out).toMatch(new RegExp(`✗ ROW_WITHOUT_KPI\\s+${at.replace(/[()]/g, "\\$&")}\\s+แถวนี้มีข้อมูลแต่ไม่ตรงกับตัวชี้วัดใด`));
    const en = await kpi("validate", file, "--lang", "en");
    expect(en.out).toContain("1 error, 0 warnings");
    expect(en.out).toMatch(/✗ ROW_WITHOUT_KPI\s+'ผลการประเมิน'!C\d+\s+this row holds data but matches no KPI of the register/);
    expect(en.err).toBe("");
  });

  it("lists a warning without failing the check", async () => {
    let at = "";
    const file = await workbook("step-letter.xlsx", (wb) => {
      const step = cellWhere(wb, "แผนปฏิบัติการ", 3, (v) => v === 2);
      wb.workbook.getWorksheet("แผนปฏิบัติการ")!.getCell(step.address).value = "ข";
      at = `'แผนปฏิบัติการ'!${step.address}`;
    });
    const r = await kpi("validate", file, "--json", "--lang", "en");
    const json = JSON.parse(r.out) as { findings: Listed[] };
    expect(json.findings.map((i) => [i.code, i.severity, `'${i.where.sheet}'!${i.where.cell}`])).toEqual([["STEP_NO_UNREADABLE", "warning", at]]);
    expect(r.code).toBe(0);
    const en = await kpi("validate", file, "--lang", "en");
    expect(en.out).toContain("0 errors, 1 warning");
    expect(en.out).toMatch(/! STEP_NO_UNREADABLE\s+'แผนปฏิบัติการ'!C\d+\s+1\.1-1\s+step number "ข" is not a number/);
  });
});
