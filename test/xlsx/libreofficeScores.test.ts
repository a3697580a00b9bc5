// LibreOffice computes a template's scores as the core does. A template with results of every
// kind in both rounds (test/support/scoreCases.ts), on each ladder (FY2567 20…100, FY2566 60…100),
// is written with its summaries and result forms; every cached value of its score formulas is then
// replaced by a wrong number, so that only a recalculation can give the right ones. LibreOffice
// opens it headless with recalculation on load, saves it as .xlsx, and every weighted score,
// points, subtotal and total of the evaluation sheet must equal the core's to 1e-9; the summary
// sheets (values, 3 decimals) must come through as written.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findFramework } from "../../src/core/frameworks/shipped";
import type { Framework } from "../../src/core/schema/framework";
import { roundHalfUp } from "../../src/core/scoring/round";
import { planReport } from "../../src/core/scoring/report";
import { renderSummaries } from "../../src/summary/render";
import { insertTemplate } from "../../src/template/insert";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { convertWithLibreOffice, describeWith, findSoffice, libreOfficeProfile } from "../helpers/externalTools";
import { scoreCasePlan } from "../support/scoreCases";
import { mismatches, scoreCells } from "../support/scoreCells";

// LibreOffice starts cold on each conversion: minutes on a busy machine, never a failure.
jest.setTimeout(300_000);

const soffice = findSoffice();
const withLibreOffice = describeWith(soffice, "LibreOffice (soffice)", "apt-get install -y --no-install-recommends libreoffice-calc");
const WRONG = -12345;
const EVALUATION = "ผลการประเมิน";

withLibreOffice.each(["bma-2567-bureau", "bma-2566-bureau"])("LibreOffice computes the scores of a %s template", (id) => {
  const framework = findFramework(id) as Framework;
  const plan = scoreCasePlan(framework);
  let dir: string;
  let back: XlsxWorkbook;
  let formulas = 0;

  beforeAll(async () => {
    if (!soffice) throw new Error("CI is set but LibreOffice is missing: add libreoffice-calc to the CI packages");
    dir = mkdtempSync(join(tmpdir(), "kpi-lo-scores-"));
    const wb = XlsxWorkbook.create();
    await insertTemplate(wb, plan, framework);
    await wb.addSheets(renderSummaries({ plan, framework, template: "ข้อมูลแม่แบบ", generatedAt: new Date("2024-11-01T00:00:00Z") }).model);
    // Every cached result of the evaluation sheet's formulas made wrong: only recalculation fixes them.
    wb.workbook.getWorksheet(EVALUATION)?.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as { formula?: string } | null;
        if (v && typeof v === "object" && typeof v.formula === "string") {
          cell.value = { formula: v.formula, result: WRONG } as never;
          formulas++;
        }
      }),
    );
    const file = join(dir, "scores.xlsx");
    await wb.save(file);
    const r = convertWithLibreOffice(soffice, file, "xlsx:Calc MS Excel 2007 XML", join(dir, "out"), libreOfficeProfile(dir, { recalculate: true }));
    expect(r.status).toBe(0);
    back = await XlsxWorkbook.fromBuffer(readFileSync(join(dir, "out", "scores.xlsx")));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("gives every weighted score, points, subtotal and total of both rounds as the core does, to 1e-9", async () => {
    expect(formulas).toBeGreaterThan(100);
    const grid = (await back.readSheets([EVALUATION])).get(EVALUATION);
    if (!grid) throw new Error("no evaluation sheet");
    const cells = scoreCells(grid, plan, framework);
    // Every KPI in both rounds (3 cells each), and the components and totals.
    for (const k of plan.kpis) for (const round of ["mid", "end"]) expect(cells.filter((c) => c.what.endsWith(` of ${k.id} (${round})`))).toHaveLength(3);
    expect(cells.filter((c) => c.what.includes("the total"))).toHaveLength(4);
    expect(cells.some((c) => c.got === WRONG)).toBe(false);
    expect(mismatches(cells)).toEqual([]);
    // Not trivially blank: most cells hold a score, some of them out-of-range results capped or floored.
    expect(cells.filter((c) => typeof c.want === "number" && c.want > 0).length).toBeGreaterThan(40);
  });

  it("keeps the summaries' scores as written: the totals of each round with 3 decimals", async () => {
    const grids = await back.readSheets(["สรุปคะแนน", "แบบสรุปผลคะแนน (ครึ่งปี)", "แบบสรุปผลคะแนน (สิ้นปี)"]);
    const totalOf = (sheet: string, col: number): unknown =>
      grids.get(sheet)?.values.find((r) => typeof r[0] === "string" && r[0].startsWith("ผลการดำเนินการ (รวมเต็ม"))?.[col] ??
      grids.get(sheet)?.values.find((r) => typeof r[1] === "string" && r[1].startsWith("รวม (เต็ม ๑๐๐ คะแนน)"))?.[col];
    expect(totalOf("แบบสรุปผลคะแนน (ครึ่งปี)", 9)).toBe(roundHalfUp(planReport(plan, framework, "mid").total, 3));
    expect(totalOf("แบบสรุปผลคะแนน (สิ้นปี)", 9)).toBe(roundHalfUp(planReport(plan, framework, "end").total, 3));
    expect(totalOf("สรุปคะแนน", 6)).toBe(roundHalfUp(planReport(plan, framework, "end").total, 3));
  });
});
