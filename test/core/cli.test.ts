// The `kpi` command line over the core: in-process through run(argv, io), and once as the real
// binary. Exit codes: 0 fine, 1 the plan has errors, 2 the input or the command is wrong.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { run } from "../../src/cli/main";
import type { Io } from "../../src/cli/io";
import { RULE_CODES } from "../../src/core/validation/finding";
import { planBreaking } from "../helpers/breakRule";
import { validPlan } from "../helpers/plan";

const ROOT = resolve(__dirname, "../..");
const FIXTURES = join(ROOT, "test/fixtures/plans");
const WITH_RESULTS = join(FIXTURES, "fy2567-with-results.json");

interface Outcome {
  code: number;
  out: string;
  err: string;
}

async function kpi(...argv: string[]): Promise<Outcome> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await run(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const THAI = /[\u0E00-\u0E7F]/;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kpi-cli-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes a file into the test's temporary folder and returns its path. */
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

describe("kpi score", () => {
  it("prints the weighted score with three decimals", async () => {
    expect(await kpi("score", "98.77", "--criteria", "92,94,96,98,100", "--weight", "10")).toEqual({ code: 0, out: "8.770", err: "" });
  });

  it("reads Thai digits everywhere", async () => {
    expect(await kpi("score", "๙๘.๗๗", "--criteria", "๙๒,๙๔,๙๖,๙๘,๑๐๐", "--weight", "๑๐")).toMatchObject({ code: 0, out: "8.770" });
  });

  it("prints unrounded points, share and score with --json", async () => {
    const { code, out } = await kpi("score", "98.77", "--criteria", "92,94,96,98,100", "--weight", "10", "--json");
    expect(code).toBe(0);
    const value = JSON.parse(out) as Record<string, number>;
    expect(Object.keys(value).sort()).toEqual(["points", "score", "share"]);
    expect(value.points).toBeCloseTo(4.385, 12);
    expect(value.share).toBeCloseTo(87.7, 12);
    expect(value.score).toBeCloseTo(8.77, 12);
  });

  it("scores a level without criteria, on another ladder, or out of 100", async () => {
    expect((await kpi("score", "4", "--weight", "20")).out).toBe("16.000");
    expect((await kpi("score", "1", "--weight", "25", "--ladder", "60,70,80,90,100")).out).toBe("15.000");
    expect((await kpi("score", "85", "--weight", "10", "--out-of-100")).out).toBe("8.500");
    expect((await kpi("score", "177.5", "--criteria", "190,185,180,175,170", "--weight", "10")).out).toBe("7.000");
  });

  it.each([
    ["criteria that are not monotonic", ["--criteria", "92,94,94,98,100"], /criteria must be strictly/],
    ["four criteria", ["--criteria", "92,94,96,98"], /expected 5 criteria/],
    ["a criterion in words", ["--criteria", "92,94,เก้าสิบหก,98,100"], /must be a number/],
    ["a ladder that falls", ["--criteria", "92,94,96,98,100", "--ladder", "20,40,30,80,100"], /ladder/],
  ])("refuses %s with exit 2 and a Thai and English message", async (_, args, en) => {
    const { code, out, err } = await kpi("score", "95", "--weight", "10", ...args);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(THAI);
    expect(err).toMatch(en);
  });
});

describe("kpi validate", () => {
  it("exits 0 on a valid plan, saying it found no problem", async () => {
    const { code, out } = await kpi("validate", file("valid.json", validPlan()));
    expect(code).toBe(0);
    expect(out).toMatch(/ไม่พบปัญหา/);
  });

  it("exits 0 on a plan with warnings only", async () => {
    expect((await kpi("validate", file("warning.json", planBreaking("DUPLICATE_KPI")))).code).toBe(0);
  });

  it("exits 1 on a plan with errors and lists each with its code and place", async () => {
    const { code, out } = await kpi("validate", file("broken.json", planBreaking("RUBRIC_POINTS")));
    expect(code).toBe(1);
    expect(out).toMatch(/RUBRIC_POINTS\s+1\.1-1 rubric\.levels\[3\]\.points/);
    expect(out).toMatch(/ข้อผิดพลาด ๑ รายการ/);
  });

  it("prints English with --lang en", async () => {
    const { out } = await kpi("validate", file("broken-en.json", planBreaking("RUBRIC_POINTS")), "--lang", "en");
    expect(out).toMatch(/1 error, 0 warnings/);
    expect(out).toMatch(/KPI 1\.1-1 level 4 gives 7 points; it should be 10 × 80 % = 8/);
  });

  it("prints { findings } shaped as DOMAIN §8 with --json", async () => {
    const plan = planBreaking("DUPLICATE_KPI");
    plan.budgetTotal = 1;
    const { code, out } = await kpi("validate", file("json.json", plan), "--json");
    expect(code).toBe(1);
    const { findings } = JSON.parse(out) as { findings: Record<string, unknown>[] };
    expect(findings).toEqual([
      { code: "BUDGET_TOTAL", severity: "error", message: { th: expect.stringMatching(THAI), en: expect.any(String) }, where: { field: "budgetTotal" }, source: "rule" },
      {
        code: "DUPLICATE_KPI",
        severity: "warning",
        message: { th: expect.stringMatching(THAI), en: expect.any(String) },
        where: { kpi: "1.1-2", field: "name" },
        source: "rule",
      },
    ]);
    for (const f of findings) expect(RULE_CODES).toContain(f.code);
  });

  it.each([
    ["a file that does not exist", () => join(dir, "nowhere.json"), /nowhere\.json.*ENOENT/s],
    ["a file that is not JSON", () => file("bad.json", '{ "format": "kpi-plan", '), /bad\.json.*not valid JSON/s],
    ["JSON that is not a kpi-plan", () => file("framework.json", { format: "kpi-framework", kpis: 3 }), /not a kpi-plan v1 document:[\s\S]*format: [\s\S]*kpis: /],
    ["a file of an unknown kind", () => file("plan.txt", "x"), /plan\.txt: only .*\.json/],
  ])("exits 2 on %s, saying why and where", async (_, path, message) => {
    const { code, err } = await kpi("validate", path());
    expect(code).toBe(2);
    expect(err).toMatch(THAI);
    expect(err).toMatch(message);
  });

  it("exits 2 on a framework it does not know, naming those it knows", async () => {
    const { code, err } = await kpi("validate", file("unknown-fw.json", { ...validPlan(), framework: "bma-2599-bureau" }));
    expect(code).toBe(2);
    expect(err).toMatch(/unknown framework "bma-2599-bureau".*bma-2567-bureau/);
  });
});

describe("kpi report", () => {
  it("prints components with their sub-components and the total out of 100, unrounded, with --json", async () => {
    const { code, out } = await kpi("report", WITH_RESULTS, "--json");
    expect(code).toBe(0);
    const report = JSON.parse(out) as { components: { code: string; score: number; children: unknown[] }[]; total: number };
    expect(report).toMatchObject({
      components: [
        { code: "1", name: expect.stringMatching(THAI), weight: 70, children: [{ code: "1.1" }, { code: "1.2" }, { code: "1.3" }] },
        { code: "2", weight: 10, children: [] },
        { code: "3", weight: 20, children: [{ code: "3.1", weight: 10, children: [] }, { code: "3.2", weight: 10, children: [] }] },
      ],
    });
    expect(report.components.map((c) => c.score)).toEqual([expect.closeTo(57, 9), expect.closeTo(7.85, 9), expect.closeTo(16.77, 9)]);
    expect(report.total).toBeCloseTo(81.62, 9);
  });

  it("prints a table with the committee's and the self-assessed totals", async () => {
    const { code, out } = await kpi("report", WITH_RESULTS, "--lang", "en");
    expect(code).toBe(0);
    expect(out).toMatch(/total \(out of 100\)\s+100\s+81\.620\s+91\.500/);
  });
});

describe("kpi frameworks", () => {
  it("prints every framework as JSON with --json", async () => {
    const { code, out } = await kpi("frameworks", "--json");
    expect(code).toBe(0);
    const frameworks = JSON.parse(out) as { id: string; ladder: number[] }[];
    expect(frameworks.map((f) => f.id)).toEqual(expect.arrayContaining(["bma-2567-bureau", "bma-2566-bureau", "bma-2566-district", "bma-2565-bureau"]));
    expect(frameworks.find((f) => f.id === "bma-2565-bureau")?.ladder).toEqual([60, 70, 80, 90, 100]);
  });
});

describe("the kpi binary", () => {
  const bin = join(ROOT, "bin/kpi.js");

  beforeAll(() => {
    // `npm ci` builds dist/ through `prepare`; build it here when a checkout skipped that.
    if (!existsSync(join(ROOT, "dist/cli/main.js"))) {
      try {
        execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.cli.json")], { cwd: ROOT, stdio: "pipe" });
      } catch {
        // tsc exits non-zero on type errors elsewhere but still emits the files this test needs.
      }
    }
  }, 120_000);

  it("scores from a real process", () => {
    const r = spawnSync(process.execPath, [bin, "score", "98.77", "--criteria", "92,94,96,98,100", "--weight", "10"], { encoding: "utf8" });
    expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 0, stdout: "8.770\n" });
  });

  it("validates a fixture with errors and exits 1, and a missing file with 2", () => {
    const found = spawnSync(process.execPath, [bin, "validate", join(FIXTURES, "fy2567-international-affairs.json"), "--json"], { encoding: "utf8" });
    expect(found.status).toBe(1);
    expect((JSON.parse(found.stdout) as { findings: { code: string }[] }).findings.map((f) => f.code)).toContain("RUBRIC_LEVELS");
    const missing = spawnSync(process.execPath, [bin, "validate", join(dir, "missing.json")], { encoding: "utf8" });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/missing\.json/);
  });
});
