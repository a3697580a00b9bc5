// A workbook holding two templates (a second one inserted beside the first, its sheets named
// "… (2)"): every command that reads a workbook refuses to guess which (exit 2, listing both with
// the --sheet that reads each), and --sheet — the metadata sheet or any sheet of the template —
// chooses; the command then says on standard error which of the two it read.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { findFramework } from "../../src/core/frameworks/shipped";
import { parsePlan, type Plan } from "../../src/core/schema/plan";
import { insertTemplate } from "../../src/template/insert";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { readIsolated } from "../../src/cli/isolatedRead";
import { kpi, tempFolder } from "../helpers/cli";

jest.setTimeout(60_000);

const folder = tempFolder("kpi-several-templates-");
const fw = findFramework("bma-2567-bureau")!;
const fixture = (name: string): Plan => {
  const parsed = parsePlan(JSON.parse(readFileSync(resolve(__dirname, "../fixtures/plans", name), "utf8")));
  if (!parsed.ok) throw new Error(name);
  return parsed.plan;
};
const FIRST = "fy2567-international-affairs.json";
const SECOND = "fy2567-social-development.json";

let both = "";
let one = "";
beforeAll(async () => {
  const wb = XlsxWorkbook.create();
  await insertTemplate(wb, fixture(FIRST), fw);
  await insertTemplate(wb, fixture(SECOND), fw);
  both = join(folder(), "two.xlsx");
  writeFileSync(both, await wb.toBuffer());
  const single = XlsxWorkbook.create();
  await insertTemplate(single, fixture(FIRST), fw);
  one = join(folder(), "one.xlsx");
  writeFileSync(one, await single.toBuffer());
});

const agencyOf = (json: string): string => (JSON.parse(json) as Plan).agency;

describe("a workbook of two templates read without --sheet", () => {
  it.each([
    ["validate", () => ["validate", both]],
    ["export", () => ["export", both]],
    ["report", () => ["report", both]],
    ["template --from", () => ["template", "--framework", "bma-2567-bureau", "--from", both, "-o", join(folder(), "from.xlsx")]],
  ])("kpi %s refuses with exit 2, listing both templates with the --sheet that reads each", async (_name, argv) => {
    const outcome = await kpi(...argv());
    expect(outcome.code).toBe(2);
    expect(outcome.out).toBe("");
    expect(outcome.err).toContain("สมุดงานนี้มีแม่แบบ ๒ ชุด");
    expect(outcome.err).toContain("this workbook holds 2 templates: say which one to read with --sheet");
    expect(outcome.err).toMatch(/--sheet "ข้อมูลแม่แบบ" +สำนักงานการต่างประเทศ · bma-2567-bureau/);
    expect(outcome.err).toMatch(/--sheet "ข้อมูลแม่แบบ \(2\)" +สำนักพัฒนาสังคม · bma-2567-bureau/);
  });
});

describe("--sheet", () => {
  it("reads the template of the metadata sheet named, and says which of the two it read", async () => {
    const outcome = await kpi("export", both, "--sheet", "ข้อมูลแม่แบบ (2)");
    expect(outcome.code).toBe(0);
    expect(agencyOf(outcome.out)).toBe("สำนักพัฒนาสังคม");
    expect(outcome.err).toContain('this workbook holds 2 templates; read "ข้อมูลแม่แบบ (2)" (สำนักพัฒนาสังคม');
    expect(outcome.err).toContain('สมุดงานนี้มีแม่แบบ ๒ ชุด อ่านชุด "ข้อมูลแม่แบบ (2)"');
  });

  it("takes any sheet of a template as its name", async () => {
    const first = await kpi("export", both, "--sheet", "ตัวชี้วัด");
    expect(agencyOf(first.out)).toBe("สำนักงานการต่างประเทศ");
    const second = await kpi("validate", both, "--sheet", "ผลการประเมิน (2)", "--json");
    expect(second.code).toBeLessThan(2);
    expect(second.err).toContain('read "ข้อมูลแม่แบบ (2)"');
  });

  it("reaches report and template --from too", async () => {
    const report = await kpi("report", both, "--sheet", "ข้อมูลแม่แบบ", "--lang", "en");
    expect(report.code).toBeLessThan(2);
    expect(report.out).toMatch(/^สำนักงานการต่างประเทศ · bma-2567-bureau/);
    const out = join(folder(), "again.xlsx");
    const template = await kpi("template", "--framework", "bma-2567-bureau", "--from", both, "--sheet", "ข้อมูลแม่แบบ (2)", "-o", out);
    expect(template.code).toBe(0);
    expect(agencyOf((await kpi("export", out)).out)).toBe("สำนักพัฒนาสังคม");
  });

  it("naming no template's sheet is refused with exit 2, listing the templates", async () => {
    const outcome = await kpi("validate", both, "--sheet", "Sheet9");
    expect(outcome.code).toBe(2);
    expect(outcome.err).toContain('no template has a sheet "Sheet9" (this workbook holds "ข้อมูลแม่แบบ", "ข้อมูลแม่แบบ (2)")');
  });

  it("is for workbooks only: on a JSON plan it is refused with exit 2", async () => {
    const outcome = await kpi("validate", resolve(__dirname, "../fixtures/plans", FIRST), "--sheet", "ข้อมูลแม่แบบ");
    expect(outcome.code).toBe(2);
    expect(outcome.err).toContain("--sheet is for workbooks (.xlsx) only");
  });

  it("is not needed, and says nothing more, for a workbook of one template", async () => {
    const outcome = await kpi("export", one);
    expect(outcome.code).toBe(0);
    expect(outcome.err).toBe("");
    expect((await kpi("export", one, "--sheet", "ข้อมูลแม่แบบ")).err).toBe("");
  });
});

describe("readIsolated (the reading of kpi collect)", () => {
  it("refuses a workbook of two templates, listing them", async () => {
    const refused = await readIsolated(both);
    expect(refused).toMatchObject({ ok: false, exitCode: 2, reason: expect.stringContaining("this workbook holds 2 templates") });
  });
});
