// `kpi import`: the report, whole-file writes only, no overwrite without --force, exit codes.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import type { Io } from "../../src/cli/io";
import { importPlanText } from "../../src/core/import";
import { parsePlan } from "../../src/core/schema/plan";
import { readTemplate } from "../../src/template/read";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { SEEDS, seed } from "./helpers";

const SEED_002 = join(SEEDS, "002_a41e8c2e0c8c4b4b.txt");
const SEED_004 = join(SEEDS, "004_ab572a2837e04c01.txt");

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "kpi-import-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("kpi import", () => {
  it("writes plan.json and prints what it recognised, skipped and found", async () => {
    const io = capture();
    const out = join(dir, "plan.json");
    expect(await run(["import", SEED_002, "-o", out, "--lang", "en"], io)).toBe(0);
    const expected = importPlanText(seed("002_a41e8c2e0c8c4b4b.txt"));
    expect(expected.ok).toBe(true);
    // Written as kpi export writes a plan: parsed, texts the document leaves blank never null.
    const written = readFileSync(out, "utf8");
    const parsed = expected.ok ? parsePlan(expected.plan) : null;
    expect(JSON.parse(written)).toEqual(parsed?.ok ? parsed.plan : null);
    expect(expected.ok && JSON.stringify(expected.plan)).toMatch(/"division":null/);
    expect(written).not.toMatch(/"(policy|strategy|subStrategy|objective|keyResult|division|role|text|name)": null/);
    const text = io.stdout.join("\n");
    expect(text).toContain("สำนักพัฒนาสังคม · bma-2567-bureau · 2567 · 6 KPIs");
    expect(text).toMatch(/recognised:\n/);
    expect(text).toMatch(/line 183 +"สำนักวัฒนธรรม กีฬา และการท่องเที่ยว/);
    expect(text).toContain("disagreements:");
    expect(text).toContain("validation: 0 errors, 1 warning");
    expect(text).toContain(`plan written to ${out}`);
    expect(readdirSync(dir)).toEqual(["plan.json"]);
  });

  it("reports in Thai by default, Thai digits in line numbers", async () => {
    const io = capture();
    expect(await run(["import", SEED_002], io)).toBe(0);
    const text = io.stdout.join("\n");
    expect(text).toContain("ส่วนที่อ่านได้:");
    expect(text).toContain("บรรทัด ๑๘๓");
    expect(text).toContain("ยังไม่ได้เขียนไฟล์");
  });

  it("refuses to overwrite an existing file unless --force, and leaves it untouched", async () => {
    const out = join(dir, "plan.json");
    writeFileSync(out, "precious");
    const io = capture();
    expect(await run(["import", SEED_002, "-o", out], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain("--force");
    expect(readFileSync(out, "utf8")).toBe("precious");
    expect(await run(["import", SEED_002, "-o", out, "--force"], capture())).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).format).toBe("kpi-plan");
    expect(readdirSync(dir)).toEqual(["plan.json"]);
  });

  it.each([
    ["a memo (seed 004)", SEED_004, "this document is a memo, a guideline or meeting minutes"],
    ["an empty file", "empty.txt", "the text is empty"],
    ["a binary file", "image.txt", "this is not text"],
  ])("%s: a clear message, exit 2, no output file", async (_what, file, message) => {
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xd8]));
    const io = capture();
    const input = file.includes("/") ? file : join(dir, file);
    const out = join(dir, "plan.json");
    expect(await run(["import", input, "-o", out], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain(message);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes("plan"))).toEqual([]);
  });

  it("a missing input file or an unsupported output: exit 2", async () => {
    const io = capture();
    expect(await run(["import", join(dir, "missing.txt")], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain("ENOENT");
    expect(await run(["import", SEED_002, "-o", join(dir, "plan.csv")], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain(".json or .xlsx");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a target it cannot write: exit 2 and no temporary file left behind", async () => {
    const io = capture();
    expect(await run(["import", SEED_002, "-o", join(dir, "no", "such", "dir", "plan.json")], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain("cannot write");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("--strict exits 1 when validation finds errors (seed 000: a joint KPI without rubric)", async () => {
    const seed000 = join(SEEDS, "000_bf72cb5ef0aa2334.txt");
    expect(await run(["import", seed000], capture())).toBe(0);
    expect(await run(["import", seed000, "--strict"], capture())).toBe(1);
  });

  it("--json prints the plan, the report and the findings", async () => {
    const io = capture();
    expect(await run(["import", SEED_002, "--json"], io)).toBe(0);
    const json = JSON.parse(io.stdout.join("\n"));
    expect(json.ok).toBe(true);
    expect(json.plan.kpis).toHaveLength(6);
    expect(json.report.skipped.map((s: { line: number }) => s.line)).toContain(183);
    expect(json.findings.map((f: { code: string }) => f.code)).toEqual(["TARGET_MISMATCH"]);
  });

  it("writes plan.xlsx that reads back to the same KPIs", async () => {
    const out = join(dir, "plan.xlsx");
    expect(await run(["import", SEED_002, "-o", out], capture())).toBe(0);
    const back = await readTemplate(await XlsxWorkbook.open(out));
    expect(back.plan.kpis.map((k) => [k.id, k.weight, k.rubric?.levels.length])).toEqual([
      ["1.1-1", 10, 5],
      ["1.1-2", 10, 5],
      ["1.1-3", 10, 5],
      ["1.2-1", 20, 5],
      ["1.3-1", 10, 5],
      ["1.3-2", 10, 5],
    ]);
    expect(back.plan.actionPlan).toHaveLength(3);
    // exceljs writes and reads the whole workbook: generous on a slow machine.
  }, 120_000);
});
