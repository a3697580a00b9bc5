// Both evaluation rounds through the command line: a FY2567 plan with mid-year and year-end
// results, criteria of its own for the mid-year round, the evaluators' texts and sign-offs goes
// into a template (kpi template --from) and comes back whole (kpi export); kpi report takes a
// round and writes the round's official result form.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parsePlan, type Plan } from "../../src/core/schema/plan";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { kpi, tempFolder } from "../helpers/cli";

const folder = tempFolder("kpi-rounds-");
const path = (name: string): string => join(folder(), name);
const FIXTURE = join(__dirname, "..", "fixtures", "plans", "fy2567-international-affairs-results.json");

function parsed(json: unknown): Plan {
  const p = parsePlan(json);
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return p.plan;
}

describe("a plan with mid-year and year-end results", () => {
  it("round-trips through the template with both rounds, the mid-year criteria and every text and sign-off", async () => {
    const plan = parsed(JSON.parse(readFileSync(FIXTURE, "utf8")));
    expect(plan.kpis.every((k) => k.result && k.results?.mid)).toBe(true);
    expect(plan.reviews).toHaveLength(12);
    expect((await kpi("template", "--framework", "bma-2567-bureau", "--from", FIXTURE, "-o", path("ia.xlsx"))).code).toBe(0);
    const exported = await kpi("export", path("ia.xlsx"));
    expect(exported.err).toBe("");
    expect(parsed(JSON.parse(exported.out))).toStrictEqual(plan);
  });

  it("reports the year-end round by default, the latest with results, and the mid-year one when asked", async () => {
    const end = JSON.parse((await kpi("report", FIXTURE, "--json")).out) as { round: string; total: number };
    expect(end.round).toBe("end");
    expect(end.total).toBeCloseTo(98.2843, 9);
    const mid = JSON.parse((await kpi("report", path("ia.xlsx"), "--json", "--round", "mid")).out) as { round: string; total: number; components: { code: string; score: number }[] };
    expect(mid.round).toBe("mid");
    expect(mid.total).toBeCloseTo(53.048, 9);
    expect((await kpi("report", FIXTURE, "--round", "mid", "--lang", "en")).out.split("\n")[0]).toBe("สำนักงานการต่างประเทศ · bma-2567-bureau · mid-year (six months)");
    // A plan with mid-year results only reports the mid-year round unless asked.
    const json = JSON.parse(readFileSync(FIXTURE, "utf8")) as { kpis: { result?: unknown }[] };
    for (const k of json.kpis) delete k.result;
    writeFileSync(path("mid-only.json"), JSON.stringify(json));
    expect(JSON.parse((await kpi("report", path("mid-only.json"), "--json")).out).round).toBe("mid");
    const bad = await kpi("report", FIXTURE, "--round", "q3");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--round ต้องเป็น mid.*--round must be mid or end/);
  });

  it("writes the round's result form with the official figures, never over a file without --force", async () => {
    const r = await kpi("report", path("ia.xlsx"), "--form", "-o", path("form.xlsx"));
    // Written, and exit 1 saying why: the source plan's joint KPI has no rubric (RUBRIC_LEVELS).
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/the plan has 1 error/);
    expect(r.out).toContain("wrote the year-end result form");
    const wb = await XlsxWorkbook.fromBuffer(readFileSync(path("form.xlsx")));
    const grid = (await wb.readSheets(["แบบสรุปผลคะแนน (สิ้นปี)"])).get("แบบสรุปผลคะแนน (สิ้นปี)");
    const rowOf = (pattern: RegExp) => grid?.values.find((row) => typeof row[0] === "string" && pattern.test(row[0].trim()));
    expect(["๑.๑", "๑.๒", "๑.๓", "๒", "๓.๑", "๓.๒"].map((c) => rowOf(new RegExp(`^องค์ประกอบที่ ${c.replace(/\./g, "\\.")} `))?.[9])).toEqual([30, 20, 20, 9.514, 10, 8.77]);
    expect(rowOf(/^ผลการดำเนินการ \(รวมเต็ม/)?.[9]).toBe(98.284);
    expect(wb.workbook.getWorksheet("แบบสรุปผลคะแนน (สิ้นปี)")?.pageSetup.orientation).toBe("landscape");

    const again = await kpi("report", FIXTURE, "--form", "-o", path("form.xlsx"), "--round", "mid");
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/exists; not overwritten/);
    expect((await kpi("report", FIXTURE, "--form", "-o", path("form.xlsx"), "--round", "mid", "--force")).code).toBe(1);
    const mid = await XlsxWorkbook.fromBuffer(readFileSync(path("form.xlsx")));
    expect((await mid.inventory()).sheets).toEqual(["แบบสรุปผลคะแนน (ครึ่งปี)"]);

    // A text longer than a cell holds (a JSON plan's texts are unbounded): exit 2, naming the cell, nothing written.
    const long = JSON.parse(readFileSync(FIXTURE, "utf8")) as { reviews: { round: string; reasons?: string }[] };
    for (const r of long.reviews) if (r.round === "end") r.reasons = "ย".repeat(40_000);
    writeFileSync(path("long.json"), JSON.stringify(long));
    const refused = await kpi("report", path("long.json"), "--form", "-o", path("long-form.xlsx"));
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/จึงไม่ได้สร้างแผ่นสรุป.*ยาว ๔๐,๐๐๐ ตัวอักษร \('แบบสรุปผลคะแนน \(สิ้นปี\)'!A\d+\)/);
    expect(refused.err).toMatch(/so no summary sheet was written: the text in the cell starting "ยยย.*is 40,000 characters long/);
    expect(existsSync(path("long-form.xlsx"))).toBe(false);

    expect((await kpi("report", FIXTURE, "--form")).code).toBe(2);
    expect((await kpi("report", FIXTURE, "--form", "-o", path("form.json"))).code).toBe(2);
    expect((await kpi("report", FIXTURE, "-o", path("x.xlsx"))).code).toBe(2);
  });
});
