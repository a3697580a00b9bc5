// Text the command line would change or could not write is said, not changed silently: a text
// longer than a cell holds refuses the workbook (exit 2, naming the KPI and the field, no file);
// an agency given with spaces around it is written without them, saying so; control characters
// read from a workbook are a read issue at their cell.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { kpi, tempFolder } from "../helpers/cli";

const WITH_RESULTS = resolve(__dirname, "../fixtures/plans/fy2567-with-results.json");
const folder = tempFolder("kpi-text-");

interface PlanJson {
  agency: string;
  kpis: { id: string; name: string; definition: string; result?: { value: unknown } }[];
}

function planFile(name: string, change: (plan: PlanJson) => void): string {
  const plan = JSON.parse(readFileSync(WITH_RESULTS, "utf8")) as PlanJson;
  change(plan);
  const path = join(folder(), name);
  writeFileSync(path, JSON.stringify(plan));
  return path;
}

describe("kpi template with text longer than a cell holds", () => {
  it("writes no workbook, exits 2 and names the KPI and the field, in Thai and English", async () => {
    const from = planFile("long.json", (p) => {
      (p.kpis[1] as PlanJson["kpis"][number]).definition = "ก".repeat(40_000);
    });
    const out = join(folder(), "long.xlsx");
    const outcome = await kpi("template", "--framework", "bma-2567-bureau", "--from", from, "-o", out);
    expect(outcome.code).toBe(2);
    expect(outcome.err).toContain("the definition of KPI 1.1-2 is 40,000 characters long");
    expect(outcome.err).toContain('"นิยาม" ของตัวชี้วัด ๑.๑-๒ ยาว ๔๐,๐๐๐ ตัวอักษร');
    expect(outcome.err).not.toMatch(/internal error|at .*\.ts/);
    expect(existsSync(out)).toBe(false);
  });
});

describe("kpi template with an agency written otherwise", () => {
  it("says it writes the agency without the spaces around it, which no one would see", async () => {
    const out = join(folder(), "agency.xlsx");
    const outcome = await kpi("template", "--framework", "bma-2567-bureau", "--agency", "  สำนักพัฒนาสังคม ", "-o", out);
    expect(outcome.code).toBe(0);
    expect(outcome.err).toBe(
      'หน่วยงาน "  สำนักพัฒนาสังคม " เขียนลงแม่แบบเป็น "สำนักพัฒนาสังคม" (ตัดช่องว่างหน้าหลัง) / agency "  สำนักพัฒนาสังคม " written into the template as "สำนักพัฒนาสังคม" (spaces around it left out)',
    );
    const exported = await kpi("export", out);
    expect((JSON.parse(exported.out) as PlanJson).agency).toBe("สำนักพัฒนาสังคม");
  });

  it("and nothing more when the agency is given as it is written, or as an abbreviation (the line written names it)", async () => {
    const plain = await kpi("template", "--framework", "bma-2567-bureau", "--agency", "สำนักพัฒนาสังคม", "-o", join(folder(), "plain.xlsx"));
    expect([plain.code, plain.err]).toEqual([0, ""]);
    const short = await kpi("template", "--framework", "bma-2567-bureau", "--agency", "สพส.", "-o", join(folder(), "short.xlsx"));
    expect([short.code, short.err]).toEqual([0, ""]);
    expect(short.out).toContain("สำนักพัฒนาสังคม");
  });
});

describe("kpi validate of a workbook whose text reading changed", () => {
  it("lists control characters and CR line breaks as a read issue at their cell, and exports the text with line breaks", async () => {
    const from = planFile("controls.json", (p) => {
      const first = p.kpis[0] as PlanJson["kpis"][number];
      first.name = `${first.name}\u0007\r\nบรรทัดที่สอง`;
    });
    const out = join(folder(), "controls.xlsx");
    expect((await kpi("template", "--framework", "bma-2567-bureau", "--from", from, "-o", out)).code).toBe(0);
    const outcome = await kpi("validate", out, "--json");
    const { findings } = JSON.parse(outcome.out) as { findings: { code: string; source: string; where: { kpi?: string; cell?: string } }[] };
    expect(findings.filter((f) => f.code === "TEXT_CHANGED")).toEqual([expect.objectContaining({ source: "read", where: expect.objectContaining({ sheet: "ตัวชี้วัด", cell: "C7" }) })]);
    const exported = JSON.parse((await kpi("export", out)).out) as PlanJson;
    expect(exported.kpis[0]?.name).toMatch(/[^\u0007\r]\nบรรทัดที่สอง$/);
  });
});
