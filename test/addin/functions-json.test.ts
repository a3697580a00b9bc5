// functions.json as the production build generates it from the JSDoc in src/functions/functions.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as functions from "../../src/functions/functions";
import { productionBuild } from "./build";
import { checkFunctionsJson, looksLikeCellReference, type FunctionsJson } from "./functionRules";

const EXPECTED = ["SCORE", "POINTS", "LEVEL", "SHARE", "NUMBER", "EXPLAIN"];

let json: FunctionsJson;
beforeAll(() => {
  json = JSON.parse(readFileSync(join(productionBuild(), "functions.json"), "utf8")) as FunctionsJson;
}, 240_000);

describe("functions.json", () => {
  it("has ids and names Excel accepts, and Thai and English descriptions everywhere", () => {
    expect(checkFunctionsJson(json)).toEqual([]);
  });

  it("declares the six functions, each with the parameters of its TypeScript signature", () => {
    expect(json.functions.map((f) => f.id)).toEqual(EXPECTED);
    const exported = functions as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const f of json.functions) {
      const fn = exported[f.id.toLowerCase()];
      expect(typeof fn).toBe("function");
      expect(f.parameters).toHaveLength(fn?.length ?? -1);
      expect(f.options).toBeUndefined(); // synchronous, not volatile, not streaming
    }
  });

  it("takes criteria and ladders as ranges and makes only the ladder and language optional", () => {
    const score = json.functions.find((f) => f.id === "SCORE");
    expect(score?.parameters.map((p) => [p.name, p.dimensionality ?? "scalar", p.optional ?? false])).toEqual([
      ["result", "scalar", false],
      ["criteria", "matrix", false],
      ["weight", "scalar", false],
      ["ladder", "matrix", true],
    ]);
    const explain = json.functions.find((f) => f.id === "EXPLAIN");
    expect(explain?.parameters.filter((p) => p.optional).map((p) => p.name)).toEqual(["ladder", "english"]);
  });

  describe("the check fails on what Excel would reject", () => {
    const base = (): FunctionsJson => JSON.parse(JSON.stringify(json)) as FunctionsJson;
    const cases: [string, (j: FunctionsJson) => void, RegExp][] = [
      ["a name like a cell reference", (j) => void (j.functions[0]!.name = "ABC1"), /reads as a cell reference/],
      ["an R1C1 name", (j) => void (j.functions[0]!.name = "R1C1"), /reads as a cell reference/],
      ["a two-letter name", (j) => void (j.functions[0]!.name = "SC"), /shorter than 3 characters/],
      ["a name with a space", (j) => void (j.functions[0]!.name = "KPI SCORE"), /must be ASCII letters/],
      ["a Thai name", (j) => void (j.functions[0]!.name = "น้ำหนัก"), /must be ASCII letters|combining marks/],
      ["an id with a dash", (j) => void (j.functions[0]!.id = "KPI-SCORE"), /id may use only/],
      ["a duplicate id", (j) => void (j.functions[1]!.id = j.functions[0]!.id), /duplicate id/],
      ["a duplicate name", (j) => void (j.functions[1]!.name = j.functions[0]!.name.toLowerCase()), /duplicate name/],
      ["an English-only description", (j) => void (j.functions[0]!.description = "The weighted score"), /has no Thai/],
      ["a Thai-only parameter description", (j) => void (j.functions[0]!.parameters[0]!.description = "ผลการดำเนินงาน"), /parameter result: description has no English/],
      ["a required parameter after an optional one", (j) => void j.functions[0]!.parameters.push({ name: "extra", description: "เพิ่ม / extra" }), /required parameter follows an optional one/],
    ];
    it.each(cases)("%s", (_name, mutate, problem) => {
      const j = base();
      mutate(j);
      expect(checkFunctionsJson(j).some((p) => problem.test(p))).toBe(true);
    });
  });

  it("knows cell references when it sees them", () => {
    for (const ref of ["A1", "XFD1048576", "kpi2", "KPI2025", "R1C1", "RC", "r2c3"]) expect(looksLikeCellReference(ref)).toBe(true);
    for (const name of ["SCORE", "KPIS2025", "ABCD1", "LEVEL"]) expect(looksLikeCellReference(name)).toBe(false);
  });
});
