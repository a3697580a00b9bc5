// One small change per rule of DOMAIN.md §5 that turns a valid plan into a plan breaking that
// rule. Keyed by RuleCode, so a new rule code does not compile until it has a way to be broken.
// Where a rule cannot be broken alone (weights add up through the components), the test that
// uses the break names the consequences.
import type { PlanInput } from "../../src/core/schema/plan";
import type { RuleCode } from "../../src/core/validation/finding";
import { clone, kpiOf, levelOf, reweigh, signFor, stepOf, validPlan, type ValidPlanOptions } from "./plan";

export interface Break {
  /** What the change does, in words, for test names. */
  what: string;
  apply(plan: PlanInput): void;
}

export const BREAKS: Record<RuleCode, Break> = {
  WEIGHT_TOTAL: {
    what: "1.1-1 weighs 15 instead of 10 (rubric points follow)",
    apply: (p) => reweigh(p, "1.1-1", 15),
  },
  COMPONENT_WEIGHT: {
    what: "5 points of weight move from 1.1-1 to 1.3-1: the total stays 100",
    apply: (p) => {
      reweigh(p, "1.1-1", 5);
      reweigh(p, "1.3-1", 15);
    },
  },
  COMPONENT_KPI_COUNT: {
    what: "1.3-1 is split into two KPIs of weight 5: component 1.3 holds 3 KPIs",
    apply: (p) => {
      reweigh(p, "1.3-1", 5);
      const extra = clone(kpiOf(p, "1.3-1"));
      extra.id = "1.3-3";
      extra.name = "ระดับความสำเร็จในการปรับปรุงข้อมูลแผนผังชุมชน";
      p.kpis.push(extra);
    },
  },
  UNKNOWN_COMPONENT: {
    what: "1.1-3 is filed under component 1.4, which bma-2567-bureau does not have",
    apply: (p) => {
      kpiOf(p, "1.1-3").component = "1.4";
    },
  },
  KPI_FIELD_MISSING: {
    what: "1.1-2 has a blank definition",
    apply: (p) => {
      kpiOf(p, "1.1-2").definition = "   ";
    },
  },
  WEIGHT_INVALID: {
    what: "1.1-1 weighs 0 and 1.1-2 carries its 10 points (weights still add up)",
    apply: (p) => {
      reweigh(p, "1.1-1", 0);
      reweigh(p, "1.1-2", 20);
    },
  },
  BASELINE_YEARS: {
    what: "1.1-1's baseline skips 2564 (2563, 2565, 2566)",
    apply: (p) => {
      kpiOf(p, "1.1-1").baseline = [
        { year: 2563, text: "-" },
        { year: 2565, text: "ระดับ ๔" },
        { year: 2566, text: "ระดับ ๕" },
      ];
    },
  },
  JOINT_PARTNERS: {
    what: "the joint KPI 1.2-1 gives its second agency no role",
    apply: (p) => {
      const partner = kpiOf(p, "1.2-1").partners?.[1];
      if (!partner) throw new Error("1.2-1 has no second partner");
      partner.role = "";
    },
  },
  DUPLICATE_ID: {
    what: "1.1-2 takes the id of 1.1-1",
    apply: (p) => {
      kpiOf(p, "1.1-2").id = "1.1-1";
    },
  },
  DUPLICATE_KPI: {
    what: "1.1-2 takes the name of 1.1-1",
    apply: (p) => {
      kpiOf(p, "1.1-2").name = kpiOf(p, "1.1-1").name;
    },
  },
  FOCUS_ALIGNMENT: {
    what: "1.1-1 names focus issue 9, which bma-2567-bureau does not have",
    apply: (p) => {
      kpiOf(p, "1.1-1").focusIssue = 9;
    },
  },
  RUBRIC_LEVELS: {
    what: "level 3 of 1.1-1 does not say what must be achieved",
    apply: (p) => {
      levelOf(p, "1.1-1", 3).description = "";
    },
  },
  RUBRIC_LADDER: {
    what: "level 2 of 1.1-2 earns 50 % (and 5 points, consistent with it) instead of 40 %",
    apply: (p) => {
      const level = levelOf(p, "1.1-2", 2);
      level.percent = 50;
      level.points = 5;
    },
  },
  RUBRIC_POINTS: {
    what: "level 4 of 1.1-1 gives 7 points instead of 10 × 80 % = 8",
    apply: (p) => {
      levelOf(p, "1.1-1", 4).points = 7;
    },
  },
  CRITERIA_ORDER: {
    what: "the criteria of 1.1-3 repeat 85 (80, 85, 85, 95, 100)",
    apply: (p) => {
      levelOf(p, "1.1-3", 3).criterion = 85;
    },
  },
  TARGET_MISMATCH: {
    what: "1.1-3 targets ร้อยละ ๙๕ while level 5 requires 100",
    apply: (p) => {
      kpiOf(p, "1.1-3").target = "ร้อยละ ๙๕";
    },
  },
  STEP_PERCENT_TOTAL: {
    what: "the last step of the first project is 40 % (cumulative 90): the steps add up to 90",
    apply: (p) => {
      const step = stepOf(p, 0, 3);
      step.percent = 40;
      step.cumulative = 90;
    },
  },
  STEP_CUMULATIVE: {
    what: "step 2 of the first project states 60 % cumulative instead of 20 + 30 = 50",
    apply: (p) => {
      stepOf(p, 0, 2).cumulative = 60;
    },
  },
  STEP_MONTHS: {
    what: "step 3 of the first project runs on into ต.ค. ๒๕๖๗, which is FY2568",
    apply: (p) => {
      stepOf(p, 0, 3).months = [4, 5, 6, 7, 8, 9, { year: 2567, month: 10 }];
    },
  },
  BUDGET_TOTAL: {
    what: "the plan states a budget of 2,100,000 baht while its projects add up to 2,000,000",
    apply: (p) => {
      p.budgetTotal = 2_100_000;
    },
  },
  NOT_A_NUMBER: {
    what: "level 2 of 1.1-1 gives its points as words (สี่คะแนน)",
    apply: (p) => {
      levelOf(p, "1.1-1", 2).points = "สี่คะแนน";
    },
  },
  RESULT_RANGE: {
    what: "the milestone KPI 1.1-1 reports level 7 (its stored score, if any, stays right; component 1.1 signed for)",
    apply: (p) => {
      const k = kpiOf(p, "1.1-1");
      k.result = { ...(k.result ?? {}), value: 7 };
      signFor(p, "1.1");
    },
  },
  SCORE_STALE: {
    what: "1.1-1 reached level 5 (10 points) but stores a weighted score of 9 (component 1.1 signed for)",
    apply: (p) => {
      const k = kpiOf(p, "1.1-1");
      k.result = { ...(k.result ?? {}), value: 5, score: 9 };
      signFor(p, "1.1");
    },
  },
  SIGNOFF_MISSING: {
    what: "1.1-1 has a year-end result, and no one signed the year-end review of component 1.1",
    apply: (p) => {
      const k = kpiOf(p, "1.1-1");
      k.result = { ...(k.result ?? {}), value: 5 };
      p.reviews = (p.reviews ?? []).filter((r) => !(r.round === "end" && r.component === "1.1"));
    },
  },
};

/** A fresh valid plan with exactly the change that breaks `code`. */
export function planBreaking(code: RuleCode, options: ValidPlanOptions = {}): PlanInput {
  const plan = validPlan(options);
  BREAKS[code].apply(plan);
  return plan;
}
