// validatePlan as a whole: never throws, orders errors first, maps findings to cells, scales.
import fc from "fast-check";
import { parsePlan, type Plan } from "../../src/core/schema/plan";
import { planReport } from "../../src/core/scoring/report";
import { RULE_CODES, type Finding, type Where } from "../../src/core/validation/finding";
import { validatePlan } from "../../src/core/validation/validate";
import { planBreaking } from "../helpers/breakRule";
import { at, expectFindings, findingsOf, toA1 } from "../helpers/findings";
import { cellJunk, mutatedPlans } from "../helpers/mutate";
import { framework2567, kpiOf, parsed, validPlan } from "../helpers/plan";
import { syntheticPlan } from "../helpers/synthetic";

function wellFormed(f: Finding): void {
  expect(RULE_CODES).toContain(f.code);
  expect(["error", "warning"]).toContain(f.severity);
  expect(f.message.th.length).toBeGreaterThan(0);
  expect(f.message.en.length).toBeGreaterThan(0);
  expect(Object.keys(f.where).length).toBeGreaterThan(0);
}

describe("validatePlan never throws", () => {
  const base = validPlan({ shared: "explicit", results: true });

  it("on any plan that parses after its input was damaged", () => {
    let validated = 0;
    fc.assert(
      fc.property(mutatedPlans(base, 6), mutatedPlans(base, 6, cellJunk), (a, b) => {
        for (const input of [a, b]) {
          const r = parsePlan(input);
          if (!r.ok) continue;
          validated++;
          const findings = validatePlan(r.plan, framework2567());
          findings.forEach(wellFormed);
          expect(() => planReport(r.plan, framework2567())).not.toThrow();
        }
      }),
      { numRuns: 200 },
    );
    expect(validated).toBeGreaterThan(100); // the property must not pass by parsing nothing
  });

  it("on a parsed plan damaged afterwards (deleted fields, junk of any type)", () => {
    const plan = parsed(base);
    fc.assert(
      fc.property(mutatedPlans(plan, 4), (damaged: Plan) => {
        expect(Array.isArray(validatePlan(damaged, framework2567()))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("when the plan's KPI list itself is junk", () => {
    for (const kpis of [null, undefined, 42, "x", {}, [null], [{}]]) {
      const plan = { ...parsed(base), kpis } as unknown as Plan;
      expect(() => validatePlan(plan, framework2567())).not.toThrow();
    }
  });
});

describe("findings", () => {
  it("list errors before warnings", () => {
    const input = planBreaking("DUPLICATE_KPI");
    kpiOf(input, "1.2-1").definition = "";
    const findings = findingsOf(input);
    expect(findings.map((f) => f.severity)).toEqual(["error", "warning"]);
  });

  it("get a sheet and an A1 cell from the locate option, where it knows one", () => {
    const rowOf: Record<string, number> = { "1.1-1": 7, "1.1-2": 8 };
    const locate = (w: Where) => (w.kpi && rowOf[w.kpi] ? { sheet: "ตัวชี้วัด", cell: toA1(w.field === "name" ? 2 : 5, rowOf[w.kpi] as number) } : undefined);
    const input = planBreaking("DUPLICATE_KPI");
    kpiOf(input, "1.3-1").method = "";
    expectFindings(findingsOf(input, framework2567(), { locate })).toEqual([
      { code: "DUPLICATE_KPI", where: { kpi: "1.1-2", field: "name", ...at.cell("ตัวชี้วัด", "B8") } },
      { code: "KPI_FIELD_MISSING", where: at.kpi("1.3-1", "method") },
    ]);
  });

  it("survive a locate function that throws", () => {
    const locate = (): never => {
      throw new Error("sheet gone");
    };
    expectFindings(findingsOf(planBreaking("BUDGET_TOTAL"), framework2567(), { locate })).toEqual([
      { code: "BUDGET_TOTAL", where: at.plan("budgetTotal") },
    ]);
  });
});

describe("large plans", () => {
  it.each([12, 600])("a synthetic plan of %d KPIs breaks only the component counts (the benchmark validates real work)", (n) => {
    expectFindings(findingsOf(syntheticPlan(n))).toEqual([
      { code: "COMPONENT_KPI_COUNT", where: at.component("1.1") },
      { code: "COMPONENT_KPI_COUNT", where: at.component("1.2") },
      { code: "COMPONENT_KPI_COUNT", where: at.component("1.3") },
    ]);
  });

  it("the six-KPI synthetic plan is valid", () => {
    expectFindings(findingsOf(syntheticPlan(6))).toBeEmpty();
  });
});
