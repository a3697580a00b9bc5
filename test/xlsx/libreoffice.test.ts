// Another spreadsheet engine opens our workbooks: LibreOffice Calc, headless, converts a generated
// template to PDF and CSV, and saves it again as .xlsx, which must read back as the same plan.
// Needs the Debian package libreoffice-calc. Without it the test is skipped with a warning on a
// developer machine; in CI (process.env.CI set) a missing LibreOffice fails the test.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { insertTemplate } from "../../src/template/insert";
import { readTemplate } from "../../src/template/read";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { framework2567 } from "../workbook/harness";
import { richPlan } from "../workbook/plans";
import { convertWithLibreOffice, describeWith, findSoffice, libreOfficeProfile } from "../helpers/externalTools";

// LibreOffice starts cold on each conversion: minutes on a busy machine, never a failure.
jest.setTimeout(300_000);

const soffice = findSoffice();
const withLibreOffice = describeWith(soffice, "LibreOffice (soffice)", "apt-get install -y --no-install-recommends libreoffice-calc");

withLibreOffice("LibreOffice Calc opens a generated template", () => {
  let dir: string;
  let file: string;

  beforeAll(async () => {
    if (!soffice) throw new Error("CI is set but LibreOffice is missing: add libreoffice-calc to the CI packages");
    dir = mkdtempSync(join(tmpdir(), "kpi-lo-"));
    file = join(dir, "plan.xlsx");
    const wb = XlsxWorkbook.create();
    await insertTemplate(wb, richPlan(), framework2567());
    writeFileSync(file, await wb.toBuffer());
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function convert(to: string, out: string): { status: number | null; output: string } {
    return convertWithLibreOffice(soffice as string, file, to, out, libreOfficeProfile(dir));
  }

  it("converts it to PDF (A4 landscape pages) without complaint", () => {
    const out = join(dir, "pdf");
    const r = convert("pdf", out);
    expect(r.status).toBe(0);
    expect(r.output).not.toMatch(/Error|repair/i);
    const pdf = readFileSync(join(out, "plan.pdf"));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // A4 landscape is 841.9 × 595.3 points.
    const boxes = [...pdf.toString("latin1").matchAll(/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(box).toEqual([842, 595]);
  });

  it("converts every sheet to CSV, Thai text intact and formulas computed", () => {
    const out = join(dir, "csv");
    const r = convert("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", out);
    expect(r.status).toBe(0);
    const files = readdirSync(out);
    expect(files.length).toBeGreaterThanOrEqual(4);
    const rubric = readFileSync(join(out, files.find((f) => f.includes("เกณฑ์การให้คะแนน")) as string), "utf8");
    expect(rubric).toContain("วิธีวัดผลการดำเนินงาน");
    // The KPI name is looked up from the register by a structured reference; LibreOffice computes it.
    expect(rubric).toContain("=SUM(1,2) ไม่ใช่สูตร");
  });

  it("saves it again as .xlsx, and that file reads back as the same plan", async () => {
    const out = join(dir, "xlsx");
    const r = convert("xlsx:Calc MS Excel 2007 XML", out);
    expect(r.status).toBe(0);
    const saved = join(out, "plan.xlsx");
    expect(existsSync(saved)).toBe(true);
    const wb = await XlsxWorkbook.fromBuffer(readFileSync(saved));
    const back = await readTemplate(wb);
    expect(back.plan).toStrictEqual(richPlan());
    expect(wb.formulaNamesAsTyped().map((n) => n.name).sort()).toEqual(["KPIPOINTS", "KPISCORE", "KPI_FRAMEWORK"]);
  });
});
