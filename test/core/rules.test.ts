// Every rule code of DOMAIN.md §5: a plan breaking exactly that rule yields that code, with the
// severity of the DOMAIN table, at the right place; a valid plan yields nothing at all.
import { CATALOGUE } from "../../src/core/validation/catalogue";
import { RULE_CODES, type RuleCode, type Severity, type Where } from "../../src/core/validation/finding";
import { RULES } from "../../src/core/validation/validate";
import { BREAKS, planBreaking } from "../helpers/breakRule";
import { at, compact, expectFindings, findingsOf, type ExpectedFinding } from "../helpers/findings";
import { validPlan, type SharedMode } from "../helpers/plan";

/** Severities as DOMAIN.md §5 lists them (not read from the catalogue, so that it is checked). */
const DOMAIN_SEVERITY: Record<RuleCode, Severity> = {
  WEIGHT_TOTAL: "error",
  COMPONENT_WEIGHT: "error",
  COMPONENT_KPI_COUNT: "error",
  UNKNOWN_COMPONENT: "error",
  KPI_FIELD_MISSING: "error",
  WEIGHT_INVALID: "error",
  BASELINE_YEARS: "warning",
  JOINT_PARTNERS: "error",
  DUPLICATE_ID: "error",
  DUPLICATE_KPI: "warning",
  FOCUS_ALIGNMENT: "warning",
  RUBRIC_LEVELS: "error",
  RUBRIC_LADDER: "error",
  RUBRIC_POINTS: "error",
  CRITERIA_ORDER: "error",
  TARGET_MISMATCH: "warning",
  STEP_PERCENT_TOTAL: "error",
  STEP_CUMULATIVE: "error",
  STEP_MONTHS: "error",
  BUDGET_TOTAL: "error",
  NOT_A_NUMBER: "error",
  RESULT_RANGE: "warning",
  SCORE_STALE: "error",
  SIGNOFF_MISSING: "warning",
};

const f = (code: RuleCode, where: Where): ExpectedFinding => ({ code, where, severity: DOMAIN_SEVERITY[code] });

/**
 * What each break of helpers/breakRule.ts yields. The first finding is the rule's own; any other
 * is a consequence that cannot be avoided, named here on purpose.
 */
const EXPECTED: Record<RuleCode, ExpectedFinding[]> = {
  WEIGHT_TOTAL: [
    f("WEIGHT_TOTAL", at.plan("weight")),
    // Component weights are fixed by the framework, so a total off 100 is a component off too.
    f("COMPONENT_WEIGHT", at.component("1.1", "weight")),
  ],
  COMPONENT_WEIGHT: [f("COMPONENT_WEIGHT", at.component("1.1", "weight")), f("COMPONENT_WEIGHT", at.component("1.3", "weight"))],
  COMPONENT_KPI_COUNT: [f("COMPONENT_KPI_COUNT", at.component("1.3"))],
  UNKNOWN_COMPONENT: [
    f("UNKNOWN_COMPONENT", at.kpi("1.1-3", "component")),
    // The KPI is missing from the component it belonged to.
    f("COMPONENT_KPI_COUNT", at.component("1.1")),
    f("COMPONENT_WEIGHT", at.component("1.1", "weight")),
  ],
  KPI_FIELD_MISSING: [f("KPI_FIELD_MISSING", at.kpi("1.1-2", "definition"))],
  WEIGHT_INVALID: [f("WEIGHT_INVALID", at.kpi("1.1-1", "weight"))],
  BASELINE_YEARS: [f("BASELINE_YEARS", at.kpi("1.1-1", "baseline"))],
  JOINT_PARTNERS: [f("JOINT_PARTNERS", at.kpi("1.2-1", "partners"))],
  DUPLICATE_ID: [f("DUPLICATE_ID", at.kpi("1.1-1", "id"))],
  DUPLICATE_KPI: [f("DUPLICATE_KPI", at.kpi("1.1-2", "name"))],
  FOCUS_ALIGNMENT: [f("FOCUS_ALIGNMENT", at.kpi("1.1-1", "focusIssue"))],
  RUBRIC_LEVELS: [f("RUBRIC_LEVELS", at.kpi("1.1-1", "rubric.levels[2].description"))],
  RUBRIC_LADDER: [f("RUBRIC_LADDER", at.kpi("1.1-2", "rubric.levels[1].percent"))],
  RUBRIC_POINTS: [f("RUBRIC_POINTS", at.kpi("1.1-1", "rubric.levels[3].points"))],
  CRITERIA_ORDER: [f("CRITERIA_ORDER", at.kpi("1.1-3", "rubric.levels"))],
  TARGET_MISMATCH: [f("TARGET_MISMATCH", at.kpi("1.1-3", "target"))],
  STEP_PERCENT_TOTAL: [f("STEP_PERCENT_TOTAL", at.kpi("1.1-1", "actionPlan[0].steps"))],
  STEP_CUMULATIVE: [f("STEP_CUMULATIVE", at.kpi("1.1-1", "actionPlan[0].steps[1].cumulative"))],
  STEP_MONTHS: [f("STEP_MONTHS", at.kpi("1.1-1", "actionPlan[0].steps[2].months[6]"))],
  BUDGET_TOTAL: [f("BUDGET_TOTAL", at.plan("budgetTotal"))],
  NOT_A_NUMBER: [f("NOT_A_NUMBER", at.kpi("1.1-1", "rubric.levels[1].points"))],
  RESULT_RANGE: [f("RESULT_RANGE", at.kpi("1.1-1", "result.value"))],
  SCORE_STALE: [f("SCORE_STALE", at.kpi("1.1-1", "result.score"))],
  SIGNOFF_MISSING: [f("SIGNOFF_MISSING", at.component("1.1", "reviews.end.signoff"))],
};

const MODES: SharedMode[] = ["standard", "explicit"];

describe("a valid plan", () => {
  it.each(MODES.flatMap((shared) => [false, true].map((results) => ({ shared, results }))))(
    "yields no finding at all (shared components: $shared, results: $results)",
    (options) => {
      expectFindings(findingsOf(validPlan(options))).toBeEmpty();
    },
  );
});

describe("every rule code", () => {
  it("has a rule, a catalogue entry with the DOMAIN severity, and a way to break it", () => {
    expect(Object.keys(RULES).sort()).toEqual([...RULE_CODES].sort());
    expect(Object.keys(BREAKS).sort()).toEqual([...RULE_CODES].sort());
    for (const code of RULE_CODES) expect([code, CATALOGUE[code].severity]).toEqual([code, DOMAIN_SEVERITY[code]]);
  });

  describe.each(RULE_CODES.map((code) => [code, BREAKS[code].what] as const))("%s: %s", (code) => {
    it.each(MODES)("is what the broken plan yields, where expected (shared components: %s)", (shared) => {
      const findings = findingsOf(planBreaking(code, { shared }));
      expect(findings.map((x) => x.code)).toContain(code);
      expectFindings(findings).toEqual(EXPECTED[code]);
    });

    it("has a Thai and an English message", () => {
      for (const finding of findingsOf(planBreaking(code))) {
        expect(finding.message.th).toMatch(/[\u0E00-\u0E7F]/);
        expect(finding.message.en).toMatch(/[a-z]{3}/);
        expect(finding.message.en).not.toMatch(/undefined|NaN|\[object/);
        expect(finding.message.th).not.toMatch(/undefined|NaN|\[object/);
      }
    });

    it("still shows on a plan with results; only stored scores the change makes stale add to it", () => {
      const findings = findingsOf(planBreaking(code, { shared: "explicit", results: true }));
      expectFindings(findings).toInclude(EXPECTED[code]);
      const extra = compact(findings).filter((x) => !EXPECTED[code].some((e) => e.code === x.code && JSON.stringify(e.where) === JSON.stringify(x.where)));
      expect(extra.map((x) => x.code)).toEqual(extra.map(() => "SCORE_STALE"));
    });
  });
});
