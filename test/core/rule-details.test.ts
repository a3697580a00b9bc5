// The rules beyond their one canonical break: other ways to break them, where each finding then
// points, and what they must not report.
import { at, expectFindings, findingsOf } from "../helpers/findings";
import { kpiOf, levelOf, reweigh, signFor, stepOf, validPlan, type KpiInput } from "../helpers/plan";

/** A fresh valid plan changed by `change`, then validated. */
function findingsAfter(change: (plan: ReturnType<typeof validPlan>) => void, options = {}) {
  const plan = validPlan(options);
  change(plan);
  return findingsOf(plan);
}

describe("KPI_FIELD_MISSING", () => {
  it.each([
    ["name", (k: KpiInput) => (k.name = "")],
    ["target", (k: KpiInput) => (k.target = " ")],
    ["definition", (k: KpiInput) => (k.definition = null)],
    ["method", (k: KpiInput) => delete k.method],
    ["evidence", (k: KpiInput) => (k.evidence = ["", "  "])],
  ])("points at a blank %s", (field, blank) => {
    expectFindings(findingsAfter((p) => void blank(kpiOf(p, "1.3-1")))).toEqual([{ code: "KPI_FIELD_MISSING", where: at.kpi("1.3-1", field) }]);
  });

  it("points at a missing weight, which also leaves the weights short", () => {
    const findings = findingsAfter((p) => {
      kpiOf(p, "1.3-1").weight = null;
    });
    expectFindings(findings).toEqual([
      { code: "KPI_FIELD_MISSING", where: at.kpi("1.3-1", "weight") },
      { code: "WEIGHT_TOTAL", where: at.plan("weight") },
      { code: "COMPONENT_WEIGHT", where: at.component("1.3", "weight") },
    ]);
  });
});

describe("weights", () => {
  it("WEIGHT_INVALID: a negative weight, with the sums it upsets", () => {
    expectFindings(findingsAfter((p) => reweigh(p, "1.3-2", -10))).toEqual([
      { code: "WEIGHT_INVALID", where: at.kpi("1.3-2", "weight") },
      { code: "WEIGHT_TOTAL", where: at.plan("weight") },
      { code: "COMPONENT_WEIGHT", where: at.component("1.3", "weight") },
    ]);
  });

  it("weights that add up only with rounding noise (0.1 + 0.2 …) still add up", () => {
    const findings = findingsAfter((p) => {
      reweigh(p, "1.1-1", 10.1);
      reweigh(p, "1.1-2", 9.7);
      reweigh(p, "1.1-3", 10.2);
    });
    expectFindings(findings).toBeEmpty();
  });

  it("COMPONENT_KPI_COUNT: an empty negotiated component is reported once, by its count", () => {
    const findings = findingsAfter((p) => {
      p.kpis = p.kpis.filter((k) => k.component !== "1.3");
      p.actionPlan = p.actionPlan?.filter((a) => a.kpi !== "1.3-1");
      p.budgetTotal = 1_500_000;
    });
    expectFindings(findings).toEqual([
      { code: "WEIGHT_TOTAL", where: at.plan("weight") },
      { code: "COMPONENT_KPI_COUNT", where: at.component("1.3") },
    ]);
  });

  it("a shared component written only in part does not get the standard KPIs added", () => {
    const findings = findingsAfter(
      (p) => {
        p.kpis = p.kpis.filter((k) => k.id !== "3.1-1");
      },
      { shared: "explicit" },
    );
    expectFindings(findings).toBeEmpty();
  });
});

describe("JOINT_PARTNERS", () => {
  it("counts an agency named twice once", () => {
    const findings = findingsAfter((p) => {
      kpiOf(p, "1.2-1").partners = [
        { agency: "สำนักพัฒนาสังคม", role: "หน่วยงานหลัก" },
        { agency: " สำนักพัฒนาสังคม ", role: "ประสานงาน" },
      ];
    });
    expectFindings(findings).toEqual([{ code: "JOINT_PARTNERS", where: at.kpi("1.2-1", "partners") }]);
  });

  it("does not apply to KPIs outside a joint component", () => {
    const findings = findingsAfter((p) => {
      kpiOf(p, "1.1-1").partners = [{ agency: "สำนักงานเขต", role: null }];
    });
    expectFindings(findings).toBeEmpty();
  });
});

describe("BASELINE_YEARS and DUPLICATE_KPI", () => {
  it("BASELINE_YEARS: years that stop before the year just before the fiscal year", () => {
    const findings = findingsAfter((p) => {
      kpiOf(p, "1.3-1").baseline = [2562, 2563, 2564].map((year) => ({ year, text: "-" }));
    });
    expectFindings(findings).toEqual([{ code: "BASELINE_YEARS", where: at.kpi("1.3-1", "baseline") }]);
  });

  it("BASELINE_YEARS: accepts the years in any order and in Thai digits", () => {
    const findings = findingsAfter((p) => {
      kpiOf(p, "1.3-1").baseline = ["๒๕๖๖", "๒๕๖๔", "๒๕๖๕"].map((year) => ({ year, text: "-" }));
    });
    expectFindings(findings).toBeEmpty();
  });

  it("DUPLICATE_KPI: names that differ only in spaces and case are the same name", () => {
    const findings = findingsAfter((p) => {
      kpiOf(p, "1.1-1").name = "KPI ระดับความสำเร็จ";
      kpiOf(p, "1.3-1").name = "kpi ระดับ ความสำเร็จ ";
    });
    expectFindings(findings).toEqual([{ code: "DUPLICATE_KPI", where: at.kpi("1.3-1", "name") }]);
  });
});

describe("rubric rules", () => {
  it("RUBRIC_LEVELS: a missing level points at the rubric", () => {
    const findings = findingsAfter((p) => {
      const rubric = kpiOf(p, "1.1-1").rubric;
      if (rubric) rubric.levels = rubric.levels?.filter((l) => l.level !== 2);
    });
    expectFindings(findings).toEqual([{ code: "RUBRIC_LEVELS", where: at.kpi("1.1-1", "rubric.levels") }]);
  });

  it("RUBRIC_LEVELS: a rubric without rows also leaves the target nothing to match", () => {
    const findings = findingsAfter((p) => {
      const rubric = kpiOf(p, "1.1-2").rubric;
      if (rubric) rubric.levels = [];
    });
    expectFindings(findings).toEqual([
      { code: "RUBRIC_LEVELS", where: at.kpi("1.1-2", "rubric.levels") },
      { code: "TARGET_MISMATCH", where: at.kpi("1.1-2", "target") },
    ]);
  });

  it("findings point at the row the user wrote, when the rubric lists level 5 first as the forms do", () => {
    const findings = findingsAfter((p) => {
      const rubric = kpiOf(p, "1.1-1").rubric;
      if (rubric) rubric.levels = [...(rubric.levels ?? [])].reverse();
      levelOf(p, "1.1-1", 4).points = 7;
    });
    expectFindings(findings).toEqual([{ code: "RUBRIC_POINTS", where: at.kpi("1.1-1", "rubric.levels[1].points") }]);
  });

  it("RUBRIC_LADDER: an empty percentage is a ladder finding, its points checked on the framework's ladder", () => {
    const findings = findingsAfter((p) => {
      levelOf(p, "1.1-1", 3).percent = null;
    });
    expectFindings(findings).toEqual([{ code: "RUBRIC_LADDER", where: at.kpi("1.1-1", "rubric.levels[2].percent") }]);
  });

  it("a score-out-of-100 KPI needs no rubric rows", () => {
    const findings = findingsAfter(
      (p) => {
        const rubric = kpiOf(p, "2-1").rubric;
        if (rubric) rubric.levels = [];
      },
      { shared: "explicit" },
    );
    expectFindings(findings).toBeEmpty();
  });

  it("CRITERIA_ORDER: a missing criterion points at its row", () => {
    const findings = findingsAfter((p) => {
      levelOf(p, "1.3-2", 4).criterion = null;
    });
    expectFindings(findings).toEqual([{ code: "CRITERIA_ORDER", where: at.kpi("1.3-2", "rubric.levels[3].criterion") }]);
  });

  it("CRITERIA_ORDER: criteria that change direction", () => {
    const findings = findingsAfter((p) => {
      levelOf(p, "1.3-2", 2).criterion = 195;
    });
    expectFindings(findings).toEqual([{ code: "CRITERIA_ORDER", where: at.kpi("1.3-2", "rubric.levels") }]);
  });

  it("TARGET_MISMATCH: a milestone KPI that targets level 4", () => {
    const findings = findingsAfter((p) => {
      kpiOf(p, "1.3-1").target = "ระดับ ๔";
    });
    expectFindings(findings).toEqual([{ code: "TARGET_MISMATCH", where: at.kpi("1.3-1", "target") }]);
  });

  it("TARGET_MISMATCH: a descending KPI whose target is not its c5", () => {
    const findings = findingsAfter((p) => {
      kpiOf(p, "1.3-2").target = "ไม่เกิน ๑๘๐ นาที";
    });
    expectFindings(findings).toEqual([{ code: "TARGET_MISMATCH", where: at.kpi("1.3-2", "target") }]);
  });
});

describe("action-plan rules", () => {
  it("STEP_PERCENT_TOTAL: a step without a share, when the others state one", () => {
    const findings = findingsAfter((p) => {
      const step = stepOf(p, 1, 2);
      step.percent = null;
      step.cumulative = null;
    });
    expectFindings(findings).toEqual([{ code: "STEP_PERCENT_TOTAL", where: at.kpi("1.3-1", "actionPlan[1].steps") }]);
  });

  it("a step table without a share column states nothing to add up", () => {
    const findings = findingsAfter((p) => {
      for (const s of p.actionPlan?.[0]?.steps ?? []) {
        s.percent = null;
        s.cumulative = null;
      }
    });
    expectFindings(findings).toBeEmpty();
  });

  it("STEP_MONTHS: a month number that is no month", () => {
    const findings = findingsAfter((p) => {
      stepOf(p, 1, 1).months = [13];
    });
    expectFindings(findings).toEqual([{ code: "STEP_MONTHS", where: at.kpi("1.3-1", "actionPlan[1].steps[0].months[0]") }]);
  });

  it("STEP_MONTHS: September of the year before is outside", () => {
    const findings = findingsAfter((p) => {
      stepOf(p, 0, 1).months = [{ year: 2566, month: 9 }, 10];
    });
    expectFindings(findings).toEqual([{ code: "STEP_MONTHS", where: at.kpi("1.1-1", "actionPlan[0].steps[0].months[0]") }]);
  });
});

describe("NOT_A_NUMBER", () => {
  it.each([
    ["the budget of a project", "actionPlan[0].budget", (p: ReturnType<typeof validPlan>) => stepOf(p, 0, 1) && ((p.actionPlan ?? [])[0]!.budget = "ไม่ระบุ")],
    ["a planned month", "actionPlan[0].steps[0].months[1]", (p: ReturnType<typeof validPlan>) => (stepOf(p, 0, 1).months = [10, "พ.ย.?"])],
    ["a criterion", "rubric.levels[0].criterion", (p: ReturnType<typeof validPlan>) => (levelOf(p, "1.1-3", 1).criterion = "แปดสิบ")],
  ])("points at %s", (_, field, change) => {
    const findings = findingsAfter((p) => void change(p));
    expectFindings(findings).toInclude([{ code: "NOT_A_NUMBER", where: { kpi: field.startsWith("rubric") ? "1.1-3" : "1.1-1", field } }]);
  });

  it("a weight in words is not a number, and the weights fall short without it", () => {
    const findings = findingsAfter((p) => {
      kpiOf(p, "1.3-1").weight = "สิบ";
    });
    expectFindings(findings).toEqual([
      { code: "NOT_A_NUMBER", where: at.kpi("1.3-1", "weight") },
      { code: "WEIGHT_TOTAL", where: at.plan("weight") },
      { code: "COMPONENT_WEIGHT", where: at.component("1.3", "weight") },
    ]);
  });

  it("numbers written in Thai digits, with their units, are numbers", () => {
    const findings = findingsAfter((p) => {
      kpiOf(p, "1.3-1").weight = "๑๐ คะแนน";
      levelOf(p, "1.3-1", 5).points = "๑๐";
      stepOf(p, 1, 1).percent = "ร้อยละ ๔๐";
    });
    expectFindings(findings).toBeEmpty();
  });
});

describe("result rules", () => {
  it("RESULT_RANGE: a percentage above 100 (self-assessment too)", () => {
    const findings = findingsAfter((p) => {
      kpiOf(p, "1.1-3").result = { value: 101, self: 140 };
      signFor(p, "1.1");
    });
    expectFindings(findings).toEqual([
      { code: "RESULT_RANGE", where: at.kpi("1.1-3", "result.value") },
      { code: "RESULT_RANGE", where: at.kpi("1.1-3", "result.self") },
    ]);
  });

  /** Findings of the valid plan (shared KPIs written out) where KPI `id` has the result `value`, signed for. */
  const withResult = (id: string, value: number) =>
    findingsAfter(
      (p) => {
        kpiOf(p, id).result = { value };
        signFor(p, id.split("-")[0] as string);
      },
      { shared: "explicit" },
    );

  // Implausible for the criteria: outside them by more than their span and a tenfold off (or zero,
  // or of the other sign); a real shortfall is neither.
  it.each([
    ["a percentage typed as a fraction, 0.9877 against 80…100", "1.1-3", 0.9877],
    ["a percentage typed as a fraction, 0.9877 against 92…100", "3.2-1", 0.9877],
    ["nothing against 92…100", "3.2-1", 0],
    ["70 systems against 3…7 (a digit too many)", "3.1-1", 70],
    ["17 minutes against 190…170, lower being better (a digit too few)", "1.3-2", 17],
  ])("RESULT_RANGE: %s", (_what, id, value) => {
    const findings = withResult(id, value);
    expectFindings(findings).toEqual([{ code: "RESULT_RANGE", where: at.kpi(id, "result.value") }]);
    const [f] = findings;
    expect(f?.message.en).toMatch(/implausible for its criteria .*farther from them than their span/);
    expect(f?.message.th).toContain("เกินช่วงของเกณฑ์");
  });

  it.each([
    ["50 % disbursed against 92…100", "3.2-1", 50],
    ["no system against 3…7", "3.1-1", 0],
    ["30 systems against 3…7 (far, but not tenfold)", "3.1-1", 30],
    ["1.5 systems against 3…7 (below, within the span)", "3.1-1", 1.5],
    ["250 minutes against 190…170", "1.3-2", 250],
  ])("RESULT_RANGE: not for a result merely worse or better than the criteria: %s", (_what, id, value) => {
    expectFindings(withResult(id, value)).toBeEmpty();
  });

  it("RESULT_RANGE: a mid-year result against the mid-year criteria, and criteria below zero", () => {
    const findings = findingsAfter((p) => {
      const disbursement = kpiOf(p, "3.2-1");
      disbursement.rubric = { ...(disbursement.rubric as object), rounds: { mid: { criteria: [35, 40, 45, 50, 55] } } } as typeof disbursement.rubric;
      disbursement.results = { mid: { value: 0.45 } };
      // Criteria below zero (a change, lower being better): −2 … −10.
      for (const [i, c] of [-2, -4, -6, -8, -10].entries()) levelOf(p, "1.3-2", i + 1).criterion = c;
      Object.assign(kpiOf(p, "1.3-2"), { target: "-10", result: { value: 30, self: -7 } });
      signFor(p, "1.3");
      const end = (p.reviews ?? []).find((r) => r.component === "1.3");
      p.reviews = [...(p.reviews ?? []), { ...end, round: "mid", component: "3.2" }];
    }, { shared: "explicit" });
    expectFindings(findings).toEqual([
      { code: "RESULT_RANGE", where: at.kpi("1.3-2", "result.value") },
      { code: "RESULT_RANGE", where: at.kpi("3.2-1", "results.mid.value") },
    ]);
  });

  it("SCORE_STALE: a self-assessed score that its result does not give", () => {
    const findings = findingsAfter(
      (p) => {
        const r = kpiOf(p, "3.2-1").result;
        if (r) r.selfScore = 9.5;
      },
      { shared: "explicit", results: true },
    );
    expectFindings(findings).toEqual([{ code: "SCORE_STALE", where: at.kpi("3.2-1", "result.selfScore") }]);
  });

  it("SCORE_STALE: a score stored with the 3 decimals of the official tables is not stale", () => {
    const findings = findingsAfter((p) => {
      kpiOf(p, "1.3-2").result = { value: 177.3, score: 6.92 }; // 3.54 points → 70.8 % → 7.08 exactly
      kpiOf(p, "1.1-3").result = { value: 93.3333, score: 7.333 }; // 7.33332 → 7.333
      signFor(p, "1.3");
      signFor(p, "1.1");
    });
    expectFindings(findings).toEqual([{ code: "SCORE_STALE", where: at.kpi("1.3-2", "result.score") }]);
  });
});
