// The production functions bundle, run in a sandbox whose only global is a stub CustomFunctions:
// it registers every function of functions.json through associate and answers correctly.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadBundle, productionBuild, StubError, type Sandbox } from "../addin/build";

let sandbox: Sandbox;
let ids: string[];
beforeAll(() => {
  const dir = productionBuild();
  ids = (JSON.parse(readFileSync(join(dir, "functions.json"), "utf8")) as { functions: { id: string }[] }).functions.map((f) => f.id);
  sandbox = loadBundle(readFileSync(join(dir, "functions.js"), "utf8"));
}, 240_000);

const call = (id: string, ...args: unknown[]): unknown => {
  const fn = sandbox.registered.get(id);
  if (!fn) throw new Error(`${id} is not registered`);
  return fn(...args);
};
const failure = (id: string, ...args: unknown[]): StubError => {
  try {
    call(id, ...args);
  } catch (e) {
    if (e instanceof StubError) return e;
    throw e;
  }
  throw new Error(`${id} did not fail`);
};

const row = (...values: unknown[]): unknown[][] => [values];
const column = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
const CRITERIA = row(92, 94, 96, 98, 100);

describe("functions.js in a sandbox", () => {
  it("registers every function of functions.json, each once, through CustomFunctions.associate", () => {
    expect([...sandbox.registered.keys()].sort()).toEqual([...ids].sort());
    expect(sandbox.associations).toHaveLength(ids.length);
  });

  it("touches no global but CustomFunctions and webpack's chunk list, which the page's other scripts (pane, commands) join", () => {
    // functions.js comes first on the page and carries the webpack runtime the pane and the
    // commands share with it (webpack.config.js, dependOn).
    const names = Object.getOwnPropertyNames(sandbox.context);
    expect(names).toEqual(["CustomFunctions", "webpackChunkkpi_addin"]);
    expect(Array.isArray(sandbox.context.webpackChunkkpi_addin) && (sandbox.context.webpackChunkkpi_addin as unknown[]).length).toBe(0);
  });

  it("answers the issue's examples", () => {
    expect(call("SCORE", 98.77, CRITERIA, 10)).toBeCloseTo(8.77, 12);
    expect(call("SCORE", "๙๘.๗๗", column(92, 94, 96, 98, 100), "๑๐")).toBeCloseTo(8.77, 12);
    expect(call("POINTS", 98.77, CRITERIA)).toBeCloseTo(4.385, 12);
    expect(call("LEVEL", 98.77, CRITERIA)).toBe(4);
    expect(call("SHARE", 4.385, null)).toBeCloseTo(87.7, 12);
    expect(call("SHARE", 1, row(60, 70, 80, 90, 100))).toBe(60);
    expect(call("NUMBER", "ร้อยละ ๙๘.๗๗")).toBe(98.77);
    expect(call("EXPLAIN", 98.77, CRITERIA, 10, null, true)).toBe("4 + (98.77 − 98) / (100 − 98) = 4.385 → 87.70 % × 10 = 8.770");
    expect(call("EXPLAIN", 98.77, CRITERIA, 10)).toBe("คะแนน 4 + (98.77 − 98) / (100 − 98) = 4.385 → ร้อยละ 87.70 × น้ำหนัก 10 = 8.770");
  });

  it("scores a milestone KPI when the criteria are left out or blank", () => {
    expect(call("SCORE", 3, null, 10)).toBe(6);
    expect(call("SCORE", 3, row("", "", "", "", ""), 10)).toBe(6);
    expect(call("SCORE", 3, [[null]], 25, row(60, 70, 80, 90, 100))).toBe(20);
  });

  it("returns a blank for a blank result", () => {
    for (const id of ["SCORE", "POINTS", "LEVEL", "EXPLAIN"]) expect(call(id, null, CRITERIA, 10)).toBe("");
    expect(call("SCORE", "  ", CRITERIA, 10)).toBe("");
    expect(call("SHARE", "")).toBe("");
    expect(call("NUMBER", null)).toBe("");
  });

  it("fails with #VALUE! or #N/A and a Thai-then-English message", () => {
    const cases: [string, unknown[], string, RegExp][] = [
      ["SCORE", ["abc", CRITERIA, 10], "#VALUE!", /^ผลการดำเนินงานไม่ใช่ตัวเลข: «abc» \/ the result is not a number: «abc»$/],
      ["SCORE", [98, row(92, 94, 93, 98, 100), 10], "#VALUE!", /strictly ascending or strictly descending/],
      ["SCORE", [98, row(92, 94, 96, 98), 10], "#VALUE!", /5 cells in one row or one column \(got 1×4\)/],
      ["SCORE", [98, [[1, 2, 3], [4, 5, 6]], 10], "#VALUE!", /got 2×3/],
      ["SCORE", [98, CRITERIA, -1], "#VALUE!", /^น้ำหนักต้องเป็นตัวเลขไม่ติดลบ \/ the weight must be a non-negative number$/],
      ["SCORE", [98, CRITERIA, null], "#N/A", /the weight is blank/],
      ["SCORE", [98, row(92, "", 96, 98, 100), 10], "#N/A", /criteria for level 2 is blank/],
      ["SCORE", [98, CRITERIA, 10, row(20, 40, 30, 80, 100)], "#VALUE!", /a ladder must increase at every level/],
      ["SHARE", [6], "#VALUE!", /points must be between 0 and 5/],
      ["NUMBER", ["10 หรือ 20"], "#VALUE!", /no single number in the text/],
      ["EXPLAIN", [98, CRITERIA, 10, null, "fr"], "#VALUE!", /language must be/],
    ];
    for (const [id, args, code, message] of cases) {
      const e = failure(id, ...args);
      expect([id, e.code]).toEqual([id, code]);
      expect(e.message).toMatch(message);
      expect(e.message ?? "").toMatch(/^\p{Script=Thai}/u);
    }
  });
});
