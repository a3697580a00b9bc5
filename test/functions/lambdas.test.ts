// The workbook LAMBDA names KPISCORE and KPIPOINTS, evaluated in a real formula engine. HyperFormula
// has no LAMBDA, so the test substitutes the parameters of each body by cell references and
// evaluates the body itself, over thousands of random cases, against the core to 1e-9.
//
// HyperFormula is configured like Excel 365 (array arithmetic on, as dynamic-array Excel always
// evaluates SUMPRODUCT's arguments). ISOMITTED is Excel's and HyperFormula lacks it: the test adds
// it as a one-line plugin — TRUE for an argument left empty — and writes a left-out argument as an
// empty one, which is exactly how Excel passes it (`=KPISCORE(3,,10)`).
import { FunctionPlugin, HyperFormula, type DetailedCellError } from "hyperformula";
import { checkCriteria } from "../../src/core/scoring/criteria";
import { checkLadder, DEFAULT_LADDER, type Ladder } from "../../src/core/scoring/ladder";
import { milestonePoints, pointsFor } from "../../src/core/scoring/points";
import { scoreResult } from "../../src/core/scoring/score";
import { buildWorkbookLambdas, lambdaCall, WORKBOOK_LAMBDAS, type WorkbookLambda } from "../../src/layout/lambdas";
import { randomCase, rng, type Rng } from "./cases";

class IsOmittedPlugin extends FunctionPlugin {
  static override implementedFunctions = { ISOMITTED: { method: "isomitted", parameters: [] } };
  isomitted(ast: { args: { type: string }[] }): boolean {
    return ast.args.length === 0 || (ast.args.length === 1 && ast.args[0]?.type === "EMPTY");
  }
}
HyperFormula.registerFunctionPlugin(IsOmittedPlugin as never, { enGB: { ISOMITTED: "ISOMITTED" } } as never);

const CONFIG = { licenseKey: "gpl-v3", useArrayArithmetic: true } as const;
const CASES = 1_000; // per orientation: 2,000 in all, plus 300 with a baked-in ladder (HyperFormula takes ~5 ms a case)
const TOLERANCE = 1e-9;

/** Functions the bodies may call: implemented by Excel (2021+) and by HyperFormula, plus ISOMITTED. */
const PORTABLE = new Set(["IF", "INDEX", "MIN", "MAX", "ROWS", "COLUMNS", "COUNT", "SUMPRODUCT", "LEN", "SIGN", "AND", "NOT", "ISNUMBER", "ISOMITTED"]);

/** The body with each parameter replaced (outside string literals); "" leaves the argument out. */
function substitute(body: string, args: Record<string, string>): string {
  return body
    .split(/("[^"]*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\b[A-Za-z_][A-Za-z0-9_]*\b(?!\()/g, (word) => args[word] ?? word)))
    .join("");
}

const byName = (name: string, list: readonly WorkbookLambda[] = WORKBOOK_LAMBDAS): WorkbookLambda => {
  const found = list.find((l) => l.name === name);
  if (!found) throw new Error(name);
  return found;
};

type Raw = number | string | boolean | null;
interface RawCase {
  result: Raw;
  criteria: Raw[] | null; // null: left out
  weight: Raw;
  ladder: Raw[] | null; // null: left out
  orientation: "row" | "column";
}
type Want = number | "" | "error";

/** The core's verdict on raw cell values, with the LAMBDA's rule that only numbers are numbers. */
function oracle(c: RawCase, defaultLadder: Ladder = DEFAULT_LADDER): { score: Want; points: Want } {
  if (c.result === null || c.result === "") return { score: "", points: "" };
  if (typeof c.result !== "number") return { score: "error", points: "error" };
  const milestone = c.criteria === null || c.criteria.every((v) => v === null || v === "");
  let points: Want;
  let criteria: readonly unknown[] | undefined;
  if (milestone) points = milestonePoints(c.result);
  else {
    const check = checkCriteria(c.criteria ?? []);
    points = check.ok ? pointsFor(c.result, check.criteria) : "error";
    criteria = check.ok ? check.criteria : undefined;
  }
  if (typeof c.weight !== "number") return { score: "error", points };
  let ladder = defaultLadder;
  if (c.ladder !== null) {
    const check = checkLadder(c.ladder);
    if (!check.ok) return { score: "error", points };
    ladder = check.ladder;
  }
  if (!milestone && criteria === undefined) return { score: "error", points };
  const out = scoreResult({ kind: milestone ? "milestone" : "numeric", result: c.result, weight: c.weight, ladder, criteria });
  return { score: out.ok ? out.value.score : "error", points };
}

/** A random case, valid about two times in three, otherwise broken in one place. */
function rawCase(r: Rng): RawCase {
  const k = randomCase(r);
  const c: RawCase = { result: k.result, criteria: k.criteria, weight: k.weight, ladder: k.ladder, orientation: k.orientation };
  if (c.criteria === null && r.chance(0.5)) c.criteria = [null, "", null, null, ""];
  if (r.chance(0.35)) {
    const which = r.int(0, 9);
    const at = r.int(0, 4);
    if (which === 0) c.result = r.pick([null, "", "abc", true, "๙๘.๕"]);
    else if (which === 1) c.weight = r.pick([null, "ten", false, -r.num(0.01, 50, 2)]);
    else if (which === 2 && c.criteria) c.criteria[at] = r.pick([null, "", "x", true]);
    else if (which === 3 && c.criteria) c.criteria[at] = c.criteria[(at + 1) % 5] as number; // a repeat: not strictly monotonic
    else if (which === 4 && c.criteria) [c.criteria[1], c.criteria[3]] = [c.criteria[3] as Raw, c.criteria[1] as Raw];
    else if (which === 5) c.ladder = [20, 40, 30, 80, 100];
    else if (which === 6) c.ladder = [-10, 40, 60, 80, 100];
    else if (which === 7) c.ladder = [20, 40, "๖๐", 80, 100];
    else if (which === 8) c.result = r.pick(["", null]);
    else c.weight = 0;
  }
  return c;
}

const close = (got: unknown, want: Want): boolean => {
  if (want === "error") return typeof got === "object" && got !== null && "type" in (got as DetailedCellError);
  if (want === "") return got === "" || got === null;
  return typeof got === "number" && Math.abs(got - want) <= TOLERANCE * Math.max(1, Math.abs(want));
};

/** Lays the cases out (one row, or five rows, per case), evaluates both bodies, checks them. */
function evaluate(cases: RawCase[], orientation: "row" | "column", lambdas: readonly WorkbookLambda[], defaultLadder?: Ladder): void {
  const score = byName("KPISCORE", lambdas);
  const points = byName("KPIPOINTS", lambdas);
  const sheet: Raw[][] = [];
  const formulas: { row: number; c: RawCase }[] = [];
  cases.forEach((c, i) => {
    if (orientation === "row") {
      // A result | B:F criteria | G weight | H:L ladder | M KPISCORE | N KPIPOINTS
      const n = i + 1;
      const args = {
        result: `A${n}`,
        criteria: c.criteria === null ? "" : `B${n}:F${n}`,
        weight: `G${n}`,
        ladder: c.ladder === null ? "" : `H${n}:L${n}`,
      };
      sheet.push([
        c.result,
        ...(c.criteria ?? [null, null, null, null, null]),
        c.weight,
        ...(c.ladder ?? [null, null, null, null, null]),
        `=${substitute(score.body, args)}`,
        `=${substitute(points.body, args)}`,
      ]);
      formulas.push({ row: i, c });
    } else {
      // A result | B criteria (5 rows) | C weight | D ladder (5 rows) | E KPISCORE | F KPIPOINTS
      const top = i * 5 + 1;
      const args = {
        result: `A${top}`,
        criteria: c.criteria === null ? "" : `B${top}:B${top + 4}`,
        weight: `C${top}`,
        ladder: c.ladder === null ? "" : `D${top}:D${top + 4}`,
      };
      for (let k = 0; k < 5; k++) {
        sheet.push([
          k === 0 ? c.result : null,
          c.criteria?.[k] ?? null,
          k === 0 ? c.weight : null,
          c.ladder?.[k] ?? null,
          k === 0 ? `=${substitute(score.body, args)}` : null,
          k === 0 ? `=${substitute(points.body, args)}` : null,
        ]);
      }
      formulas.push({ row: i * 5, c });
    }
  });
  const hf = HyperFormula.buildFromArray(sheet, CONFIG);
  const scoreCol = orientation === "row" ? 12 : 4;
  try {
    for (const { row, c } of formulas) {
      const want = oracle(c, defaultLadder);
      const got = {
        score: hf.getCellValue({ sheet: 0, row, col: scoreCol }),
        points: hf.getCellValue({ sheet: 0, row, col: scoreCol + 1 }),
      };
      if (!close(got.score, want.score) || !close(got.points, want.points)) {
        throw new Error(`${orientation} case at row ${row + 1}: ${JSON.stringify({ c, got, want })}`);
      }
    }
  } finally {
    hf.destroy();
  }
}

describe("workbook LAMBDA names", () => {
  it("are KPISCORE(result, criteria, weight, [ladder]) and KPIPOINTS(result, criteria)", () => {
    expect(WORKBOOK_LAMBDAS.map((l) => [l.name, l.params, l.optional])).toEqual([
      ["KPISCORE", ["result", "criteria", "weight", "ladder"], ["ladder"]],
      ["KPIPOINTS", ["result", "criteria"], []],
    ]);
    for (const l of WORKBOOK_LAMBDAS) {
      const head = l.params.map((p) => (l.optional.includes(p) ? `[${p}]` : p)).join(",");
      expect(l.formula).toBe(`=LAMBDA(${head},${l.body})`);
      expect(l.formula.length).toBeLessThanOrEqual(8192); // Excel's limit for a formula
      expect(l.comment.length).toBeLessThanOrEqual(255); // Name Manager comment
      expect(l.comment).toMatch(/^\p{Script=Thai}/u);
    }
    expect(lambdaCall("KPISCORE", "E5", "F5:J5", "D5")).toBe("=KPISCORE(E5,F5:J5,D5)");
  });

  it("use only functions that both Excel and HyperFormula implement (and ISOMITTED)", () => {
    for (const l of WORKBOOK_LAMBDAS) {
      const used = new Set([...l.body.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1] as string));
      expect([...used].filter((f) => !PORTABLE.has(f))).toEqual([]);
      let depth = 0;
      for (const ch of l.body.replace(/"[^"]*"/g, "")) {
        depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
    }
    const hf = HyperFormula.buildEmpty(CONFIG);
    for (const f of PORTABLE) if (f !== "ISOMITTED") expect(hf.getRegisteredFunctionNames()).toContain(f);
    hf.destroy();
  });

  it("bake in the framework ladder as the default and refuse a bad one", () => {
    const old = buildWorkbookLambdas({ ladder: [60, 70, 80, 90, 100] });
    expect(byName("KPISCORE", old).body).toContain("IF(ISOMITTED(ladder),60,");
    expect(() => buildWorkbookLambdas({ ladder: [60, 50, 80, 90, 100] as never })).toThrow(/ladder must increase/);
  });

  it("give the issue's example: 98.77 on 92…100, weight 10 → 8.77 (4.385 points)", () => {
    evaluate([{ result: 98.77, criteria: [92, 94, 96, 98, 100], weight: 10, ladder: null, orientation: "row" }], "row", WORKBOOK_LAMBDAS);
    const hf = HyperFormula.buildFromArray([[98.77, 92, 94, 96, 98, 100, 10]], CONFIG);
    const args = { result: "A1", criteria: "B1:F1", weight: "G1", ladder: "" };
    hf.setCellContents({ sheet: 0, row: 1, col: 0 }, [[`=${substitute(byName("KPISCORE").body, args)}`, `=${substitute(byName("KPIPOINTS").body, args)}`]]);
    expect(hf.getCellValue({ sheet: 0, row: 1, col: 0 })).toBeCloseTo(8.77, 12);
    expect(hf.getCellValue({ sheet: 0, row: 1, col: 1 })).toBeCloseTo(4.385, 12);
    hf.destroy();
  });

  it.each(["row", "column"] as const)(`equal the core to 1e-9 on ${CASES.toLocaleString("en")} random cases, criteria in a %s`, (orientation) => {
    const r = rng(orientation === "row" ? 1 : 2);
    const cases = Array.from({ length: CASES }, () => ({ ...rawCase(r), orientation }));
    evaluate(cases, orientation, WORKBOOK_LAMBDAS);
  }, 240_000);

  it("use the baked-in ladder when the call leaves the ladder out", () => {
    const r = rng(3);
    const lambdas = buildWorkbookLambdas({ ladder: [60, 70, 80, 90, 100] });
    const cases = Array.from({ length: 300 }, () => ({ ...rawCase(r), ladder: null, orientation: "row" as const }));
    evaluate(cases, "row", lambdas, [60, 70, 80, 90, 100]);
  }, 240_000);
});
