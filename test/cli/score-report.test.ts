// kpi score and kpi report refuse or warn, in words, where the arithmetic would mislead: a leading
// decimal point, empty list items, levels and ladder steps out of range, numbers too large for a
// double, a plan with errors, and totals above 100.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { scoreResult } from "../../src/core/scoring/score";
import { formatScore } from "../../src/core/scoring/round";
import { kpi, tempFolder, THAI } from "../helpers/cli";

const WITH_RESULTS = resolve(__dirname, "../fixtures/plans/fy2567-with-results.json");
const folder = tempFolder("kpi-score-report-");

/** The fixture plan with results, changed by `edit`, written as a JSON file. */
function planFile(name: string, edit: (plan: { kpis: Record<string, unknown>[] }) => void): string {
  const plan = JSON.parse(readFileSync(WITH_RESULTS, "utf8")) as { kpis: Record<string, unknown>[] };
  edit(plan);
  const path = join(folder(), name);
  writeFileSync(path, JSON.stringify(plan));
  return path;
}

/** 309-digit numbers: finite as doubles, but differences of two of them overflow. */
const big = (head: string): string => head.padEnd(309, "0");

describe("kpi score reads what the user typed", () => {
  it("reads a number that starts at its decimal point, in either digits", async () => {
    expect(await kpi("score", ".3", "--criteria", "0.1,0.2,0.3,0.4,0.5", "--weight", "10")).toEqual({ code: 0, out: "6.000", err: "" });
    expect(await kpi("score", ".๓", "--criteria", ".๑,.๒,.๓,.๔,.๕", "--weight", "๑๐")).toMatchObject({ code: 0, out: "6.000" });
  });

  it("still accepts criteria separated by commas, semicolons or spaces", async () => {
    expect(await kpi("score", "93", "--criteria", "92, 94 ;96 98,100", "--weight", "10")).toMatchObject({ code: 0, out: "3.000" });
  });
});

describe("kpi score refuses, with exit 2 and a Thai and English reason", () => {
  it.each([
    ["an empty item in the criteria", ["93", "--criteria", "92,,94,96,98,100", "--weight", "10"], /item 2 is empty/],
    ["a trailing comma", ["93", "--criteria", "92,94,96,98,100,", "--weight", "10"], /item 6 is empty/],
    ["a milestone level above 5", ["7", "--weight", "10"], /level reached must lie between 0 and 5/],
    ["a negative milestone level", ["--weight", "10", "--", "-1"], /level reached must lie between 0 and 5/],
    ["a score out of 100 above 100", ["150", "--out-of-100", "--weight", "10"], /between 0 and 100/],
    ["a ladder step above 100", ["3", "--weight", "10", "--ladder", "20,40,60,80,150"], /cannot exceed 100/],
    ["a ladder that does not increase", ["3", "--weight", "10", "--ladder", "20,40,40,80,100"], /must increase/],
    ["a weight near 1e18", ["98", "--criteria", "92,94,96,98,100", "--weight", "1000000000000000000"], /--weight must lie between 0 and 100/],
    [
      "criteria whose differences overflow",
      [big("1"), "--criteria", [`-${big("179")}`, `-${big("17")}`, big("17"), big("175"), big("179")].join(","), "--weight", "10"],
      /cannot be computed/,
    ],
  ])("%s", async (_what, args, reason) => {
    const outcome = await kpi("score", ...args);
    expect(outcome.code).toBe(2);
    expect(outcome.out).toBe("");
    expect(outcome.err).toMatch(reason);
    expect(outcome.err).toMatch(THAI);
    expect(outcome.err).not.toMatch(/NaN|Infinity|\n/);
  });
});

describe("scores stay numbers", () => {
  it("scoreResult gives a reason instead of NaN when Infinity − Infinity would happen", () => {
    const outcome = scoreResult({ kind: "numeric", result: 1e308, weight: 10, ladder: [20, 40, 60, 80, 100], criteria: [-1.79e308, -1.7e308, 1.7e308, 1.75e308, 1.79e308] });
    expect(outcome).toMatchObject({ ok: false, problem: { en: expect.stringMatching(/cannot be computed/) } });
  });

  it("formatScore prints very large values as numbers, not NaN", () => {
    expect(formatScore(5e20)).toBe((5e20).toFixed(3));
    expect(formatScore(1e17 + 0.5)).not.toMatch(/NaN/);
  });
});

describe("kpi report", () => {
  it("exits 0 and says nothing on standard error for a plan without errors", async () => {
    const outcome = await kpi("report", WITH_RESULTS, "--lang", "en");
    expect(outcome.code).toBe(0);
    expect(outcome.err).toBe("");
    expect(outcome.out).toMatch(/total \(out of 100\)\s+100\s+81\.620/);
  });

  it("exits 1 on a plan with errors and says so", async () => {
    const path = planFile("errors.json", (p) => {
      (p.kpis[0] as { target: string }).target = "";
    });
    const outcome = await kpi("report", path, "--lang", "en");
    expect(outcome.code).toBe(1);
    expect(outcome.err).toMatch(/the plan has 1 error; these scores may be wrong \(see kpi validate\)/);
    expect(outcome.err).toMatch(/แผนมีข้อผิดพลาด ๑ รายการ/);
    expect((await kpi("report", path, "--json")).code).toBe(1);
  });

  it("never calls a total above 100 a score out of 100", async () => {
    const path = planFile("over.json", (p) => {
      p.kpis[0]!.weight = 40;
    });
    const outcome = await kpi("report", path, "--lang", "en");
    expect(outcome.code).toBe(1);
    expect(outcome.out).not.toMatch(/out of 100\)/);
    expect(outcome.out).toMatch(/total \(not valid, see above\)\s+100\s+111\.620/);
    expect(outcome.err).toMatch(/the total 111\.620 is above the full 100/);
  });

  it("never prints NaN or Infinity: a total that overflows is a dash and a reason", async () => {
    const path = planFile("huge.json", (p) => {
      p.kpis[0]!.weight = 1e308;
      p.kpis[1]!.weight = 1e308;
    });
    const outcome = await kpi("report", path, "--lang", "en");
    expect(outcome.code).toBe(1);
    expect(`${outcome.out}\n${outcome.err}`).not.toMatch(/NaN|Infinity/);
    expect(outcome.out).toMatch(/total \(not valid, see above\)\s+100\s+–\s+–/);
    expect(outcome.err).toMatch(/the total cannot be computed/);
  });
});
