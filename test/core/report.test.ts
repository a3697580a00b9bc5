import { planReport, type ComponentReport, type PlanReport } from "../../src/core/scoring/report";
import { framework2567, parsed, RESULTS, TOTALS, validPlan, type SharedMode } from "../helpers/plan";

function reportOf(shared: SharedMode): PlanReport {
  return planReport(parsed(validPlan({ shared, results: true })), framework2567());
}

/** The component with this code, anywhere in the tree. */
function component(report: PlanReport, code: string): ComponentReport {
  const walk = (list: ComponentReport[]): ComponentReport | undefined =>
    list.reduce<ComponentReport | undefined>((found, c) => found ?? (c.code === code ? c : walk(c.children)), undefined);
  const found = walk(report.components);
  if (!found) throw new Error(`no component ${code} in the report`);
  return found;
}

describe("planReport on a plan with results", () => {
  it("scores each KPI against its rubric", () => {
    const report = reportOf("explicit");
    const kpis = report.components.flatMap(function all(c): ComponentReport["kpis"] {
      return [...c.kpis, ...c.children.flatMap(all)];
    });
    expect(kpis.map((k) => k.id).sort()).toEqual(Object.keys(RESULTS).sort());
    for (const k of kpis) {
      expect(k.score).toBeCloseTo(RESULTS[k.id]?.score ?? Number.NaN, 9);
      expect(k.selfScore).toBeCloseTo(RESULTS[k.id]?.selfScore ?? Number.NaN, 9);
    }
  });

  it("adds up sub-components into components and components into a total out of 100", () => {
    const report = reportOf("explicit");
    expect(component(report, "1.1").score).toBeCloseTo(10 + 8 + 7.2, 9);
    expect(component(report, "1.2").score).toBeCloseTo(12, 9);
    expect(component(report, "1.3").score).toBeCloseTo(10 + 7, 9);
    expect(component(report, "1").score).toBeCloseTo(54.2, 9);
    expect(component(report, "2").score).toBeCloseTo(8.5, 9);
    expect(component(report, "3").score).toBeCloseTo(8 + 8.77, 9);
    expect(report.components.map((c) => [c.code, c.weight])).toEqual([
      ["1", 70],
      ["2", 10],
      ["3", 20],
    ]);
    expect(report.total).toBeCloseTo(TOTALS.explicit.committee, 9);
    expect(report.unscored).toEqual([]);
  });

  it("totals the self-assessment beside the committee's score", () => {
    const report = reportOf("explicit");
    expect(component(report, "1.1").selfScore).toBeCloseTo(10 + 10 + 8, 9);
    expect(report.selfTotal).toBeCloseTo(TOTALS.explicit.self, 9);
    expect(report.selfTotal).not.toBeCloseTo(report.total, 3);
  });

  it("lists the framework's standard KPIs standing in for omitted shared components as unscored (0)", () => {
    const report = reportOf("standard");
    expect(report.unscored).toEqual(["2-1", "3.1-1", "3.2-1"]);
    expect(component(report, "2").kpis).toEqual([expect.objectContaining({ id: "2-1", weight: 10, score: null, selfScore: null })]);
    expect(component(report, "3").score).toBe(0);
    expect(report.total).toBeCloseTo(TOTALS.standard.committee, 9);
    expect(report.selfTotal).toBeCloseTo(TOTALS.standard.self, 9);
  });

  it("counts a KPI without a result as 0 and lists it", () => {
    const input = validPlan({ shared: "explicit", results: true });
    const kpi = input.kpis.find((k) => k.id === "1.2-1");
    if (kpi) delete kpi.result;
    const report = planReport(parsed(input), framework2567());
    expect(report.unscored).toEqual(["1.2-1"]);
    expect(report.total).toBeCloseTo(TOTALS.explicit.committee - 12, 9);
  });
});
