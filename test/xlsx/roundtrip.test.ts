// A workbook made by `kpi template` and saved again by another program reads as the same plan,
// with the same findings: openpyxl (which writes absolute relationship targets such as
// "/xl/tables/table1.xml") and LibreOffice Calc. Needs python3-openpyxl and libreoffice-calc
// (.ci/run installs both); without them on a developer machine the tests skip with a warning.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import { describeWith, findOpenpyxlPython, findSoffice } from "../helpers/externalTools";
import { kpi, tempFolder } from "../helpers/cli";

// LibreOffice starts cold on each conversion: minutes on a busy machine, never a failure.
jest.setTimeout(300_000);

const PLAN = resolve(__dirname, "../fixtures/plans/fy2567-with-results.json");
const python = findOpenpyxlPython();
const soffice = findSoffice();
const folder = tempFolder("kpi-roundtrip-");

/** The template of the fixture plan (with results), written by `kpi template`. */
async function template(name: string): Promise<string> {
  const path = join(folder(), name);
  expect((await kpi("template", "--framework", "bma-2567-bureau", "--from", PLAN, "-o", path)).code).toBe(0);
  return path;
}

/** What the command line reads from a workbook: the exported plan and validate's whole JSON report. */
async function readBack(path: string): Promise<{ plan: unknown; report: unknown }> {
  const exported = await kpi("export", path);
  expect({ code: exported.code, err: exported.err }).toEqual({ code: 0, err: "" });
  const validated = await kpi("validate", path, "--json");
  expect(validated.code).toBeLessThan(2);
  return { plan: JSON.parse(exported.out), report: JSON.parse(validated.out) };
}

describeWith(python, "Python with openpyxl", "apt-get install -y --no-install-recommends python3-openpyxl")("a template saved again by openpyxl", () => {
  it("reads back as the same plan with the same findings, although its relationship targets are absolute", async () => {
    if (!python) throw new Error("CI is set but openpyxl is missing: add python3-openpyxl to the CI packages");
    const original = await template("original.xlsx");
    const saved = join(folder(), "openpyxl.xlsx");
    const r = spawnSync(python, ["-c", "import openpyxl, sys; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])", original, saved], {
      encoding: "utf8",
      timeout: 300_000,
    });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
    // What made exceljs fail ("Cannot read properties of undefined"): the file really holds them.
    const rels = await (await JSZip.loadAsync(readFileSync(saved))).file("xl/worksheets/_rels/sheet1.xml.rels")?.async("string");
    expect(rels).toContain('Target="/xl/tables/');
    expect(await readBack(saved)).toEqual(await readBack(original));
  });
});

describeWith(soffice, "LibreOffice (soffice)", "apt-get install -y --no-install-recommends libreoffice-calc")("a template saved again by LibreOffice Calc", () => {
  it("reads back as the same plan with the same findings", async () => {
    if (!soffice) throw new Error("CI is set but LibreOffice is missing: add libreoffice-calc to the CI packages");
    const original = await template("lo.xlsx");
    const out = join(folder(), "libreoffice");
    const r = spawnSync(
      soffice,
      ["--headless", "--norestore", `-env:UserInstallation=file://${join(folder(), "profile")}`, "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, original],
      { encoding: "utf8", timeout: 300_000 },
    );
    expect(r.status).toBe(0);
    const back = await readBack(join(out, "lo.xlsx"));
    expect(back).toEqual(await readBack(original));
    // LibreOffice rewrites formulas as it saves them (sheet names unquoted, TRUE as TRUE()): still the template's.
    expect((back.report as { findings: { code: string }[] }).findings.filter((f) => f.code === "TEMPLATE_FORMULA_CHANGED")).toEqual([]);
  });
});
