// The template's own score formulas (no LAMBDA, no dynamic arrays), evaluated in HyperFormula for
// the cases the LibreOffice test computes (test/support/scoreCases.ts), on both ladders: the whole
// template as the Office.js writer puts it into Excel (structured references as the A1 references
// they stand for), every sheet loaded, every score cell of the evaluation sheet compared with the
// core to 1e-9. Also random results and weights against the same formulas.
import { HyperFormula } from "hyperformula";
import { findFramework } from "../../src/core/frameworks/shipped";
import type { Framework } from "../../src/core/schema/framework";
import type { Plan } from "../../src/core/schema/plan";
import { structuredToA1, tableIndex } from "../../src/excel/structuredRefs";
import { renderTemplate } from "../../src/layout/render";
import { isFormulaInput, type CellValue, type Grid } from "../../src/workbook/model";
import { scoreCasePlan } from "../support/scoreCases";
import { mismatches, scoreCells } from "../support/scoreCells";
import { rng } from "./cases";

const EVALUATION = "ผลการประเมิน";

/** The template in HyperFormula, as Excel gets it from the Office.js writer; the evaluation sheet's computed grid. */
function computed(plan: Plan, framework: Framework): { grid: Grid; formulas: string[] } {
  const model = renderTemplate(plan, { framework });
  const tables = tableIndex(model);
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  const formulas: string[] = [];
  for (const spec of model.sheets) {
    sheets[spec.name] = spec.rows.map((row, r) =>
      row.map((cell) => {
        // Text stays text (HyperFormula would read "1.1-1" as a date): an apostrophe says so.
        if (!isFormulaInput(cell)) return typeof cell === "string" ? `'${cell}` : (cell ?? null);
        const a1 = structuredToA1(cell.formula, spec.name, r, tables);
        if (spec.name === EVALUATION) formulas.push(a1);
        return a1;
      }),
    );
  }
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
  try {
    const id = hf.getSheetId(EVALUATION) as number;
    const values = (hf.getSheetValues(id) as unknown[][]).map((row) => row.map((v): CellValue => (typeof v === "object" && v !== null ? "#ERROR" : (v as CellValue))));
    return { grid: { values, formulas: values.map((r) => r.map(() => null)) }, formulas };
  } finally {
    hf.destroy();
  }
}

describe.each(["bma-2567-bureau", "bma-2566-bureau"])("the template's score formulas in HyperFormula, %s", (id) => {
  const framework = findFramework(id) as Framework;

  it("give every points, weighted score, subtotal and total of both rounds as the core does", () => {
    const plan = scoreCasePlan(framework);
    const { grid, formulas } = computed(plan, framework);
    const cells = scoreCells(grid, plan, framework);
    expect(cells.length).toBeGreaterThan(80);
    expect(mismatches(cells)).toEqual([]);
    // What spreadsheet programs have had for years: no LAMBDA names, no custom functions, no arrays.
    const used = new Set(formulas.flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1] as string)));
    expect([...used].sort()).toEqual(["AND", "COUNT", "COUNTA", "IF", "IFERROR", "INDEX", "ISNUMBER", "MATCH", "MAX", "MIN", "NOT", "OR", "SIGN", "SUM"]);
    expect(formulas.every((f) => !f.includes("{") && f.length <= 8192)).toBe(true);
  });

  it("agree with the core on random results and weights (10 templates, 440 results)", () => {
    const r = rng(id.length * 7);
    for (let n = 0; n < 10; n++) {
      const plan = scoreCasePlan(framework);
      for (const k of plan.kpis) {
        const kind = k.rubric?.kind;
        const next = (): number => (kind === "score100" ? r.num(-20, 130, 3) : kind === "milestone" ? r.num(-1, 6.5, 2) : r.num(-50, 250, 3));
        k.weight = r.num(0, 25, 2);
        k.result = { value: next(), self: next() };
        k.results = { mid: { value: next(), self: next() } };
      }
      const { grid } = computed(plan, framework);
      expect(mismatches(scoreCells(grid, plan, framework))).toEqual([]);
    }
  });
});
