// Two KPIs with one id are an error wherever a plan is read: DUPLICATE_ID for JSON, and for a
// workbook the read issue KPI_ID_DUPLICATE that names the cell, said once, not twice.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { withoutReadRepeats } from "../../src/core/validation/repeats";
import type { Finding } from "../../src/core/validation/finding";
import { kpi, tempFolder } from "../helpers/cli";

const WITH_RESULTS = resolve(__dirname, "../fixtures/plans/fy2567-with-results.json");
const folder = tempFolder("kpi-duplicate-id-");

interface Listed {
  code: string;
  severity: string;
  source?: string;
  where: { kpi?: string; field?: string; sheet?: string; cell?: string };
}

/** The fixture plan whose second KPI takes the first one's id. */
function duplicatePlan(): string {
  const plan = JSON.parse(readFileSync(WITH_RESULTS, "utf8")) as { kpis: { id: string }[] };
  plan.kpis[1]!.id = plan.kpis[0]!.id;
  const path = join(folder(), "duplicate.json");
  writeFileSync(path, JSON.stringify(plan));
  return path;
}

describe("a plan whose KPIs share an id", () => {
  it("fails kpi validate as JSON, pointing at the second KPI's id", async () => {
    const outcome = await kpi("validate", duplicatePlan(), "--json");
    expect(outcome.code).toBe(1);
    const { findings } = JSON.parse(outcome.out) as { findings: Listed[] };
    expect(findings.filter((f) => f.code === "DUPLICATE_ID")).toEqual([
      expect.objectContaining({ severity: "error", where: { kpi: "1.1-1", field: "id" } }),
    ]);
  });

  it("says it in Thai and English, naming both KPIs by their place in the list", async () => {
    const outcome = await kpi("validate", duplicatePlan(), "--lang", "en");
    expect(outcome.out).toMatch(/KPI id 1\.1-1 is used twice: KPI no\. 2 has the id of KPI no\. 1/);
    expect((await kpi("validate", duplicatePlan())).out).toMatch(/รหัสตัวชี้วัด ๑\.๑-๑ ซ้ำ: ตัวชี้วัดลำดับที่ ๒ ใช้รหัสเดียวกับลำดับที่ ๑/);
  });

  it("fails as a workbook too, said once by the read issue that names the register's cell", async () => {
    const xlsx = join(folder(), "duplicate.xlsx");
    expect((await kpi("template", "--framework", "bma-2567-bureau", "--from", duplicatePlan(), "-o", xlsx)).code).toBe(0);
    const outcome = await kpi("validate", xlsx, "--json");
    expect(outcome.code).toBe(1);
    const { findings } = JSON.parse(outcome.out) as { findings: Listed[] };
    expect(findings.map((f) => f.code)).not.toContain("DUPLICATE_ID");
    expect(findings.filter((f) => f.code === "KPI_ID_DUPLICATE" && f.where.sheet === "ตัวชี้วัด")).toEqual([
      expect.objectContaining({ severity: "error", source: "read", where: expect.objectContaining({ kpi: "1.1-1" }) }),
    ]);
    // kpi report counts it once as well, and exits 1 for the plan as JSON and as a workbook.
    const json = await kpi("report", duplicatePlan(), "--lang", "en");
    const book = await kpi("report", xlsx, "--lang", "en");
    expect([json.code, book.code]).toEqual([1, 1]);
    expect(json.err).toMatch(/the plan has 1 error;/);
  });
});

describe("withoutReadRepeats", () => {
  const dup = (kpi: string): Finding => ({ code: "DUPLICATE_ID", severity: "error", message: { th: "ซ้ำ", en: "twice" }, where: { kpi, field: "id" } });
  const name: Finding = { code: "DUPLICATE_KPI", severity: "warning", message: { th: "ซ้ำ", en: "twice" }, where: { kpi: "1.1-1", field: "name" } };

  it("drops a duplicate-id finding only where a read issue reports the same KPI's id twice", () => {
    const issues = [{ code: "KPI_ID_DUPLICATE", where: { kpi: "1.1-1", sheet: "ตัวชี้วัด", cell: "B8" } }];
    expect(withoutReadRepeats([dup("1.1-1"), dup("1.2-1"), name], issues)).toEqual([dup("1.2-1"), name]);
    expect(withoutReadRepeats([dup("1.1-1")], [])).toEqual([dup("1.1-1")]);
    expect(withoutReadRepeats([dup("1.1-1")], [{ code: "ROW_WITHOUT_KPI", where: { kpi: "1.1-1" } }])).toEqual([dup("1.1-1")]);
  });
});
