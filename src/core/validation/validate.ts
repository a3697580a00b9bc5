import type { Framework } from "../schema/framework";
import type { Kpi, Plan } from "../schema/plan";
import type { Ladder } from "../scoring/ladder";
import { effectiveKpis } from "../plan/standard";
import { componentWeights, type WeightSummary } from "../plan/weights";
import type { RuleContext, Rule } from "./context";
import type { Finding, RuleCode, Where } from "./finding";
import { budgetTotal, stepCumulative, stepMonths, stepPercentTotal } from "./rules/actionPlan";
import { baselineYears, duplicateId, duplicateKpi, jointPartners, kpiFieldMissing } from "./rules/fields";
import { focusAlignment } from "./rules/focus";
import { notANumber } from "./rules/numbers";
import { resultRange, scoreStale } from "./rules/results";
import { signoffMissing } from "./rules/reviews";
import { criteriaOrder, rubricLadder, rubricLevels, rubricPoints, targetMismatch } from "./rules/rubric";
import { componentKpiCount, componentWeight, unknownComponent, weightInvalid, weightTotal } from "./rules/weights";

/** Every rule of DOMAIN.md §5, by code, in the order findings are listed. */
export const RULES: Record<RuleCode, Rule> = {
  WEIGHT_TOTAL: weightTotal,
  COMPONENT_WEIGHT: componentWeight,
  COMPONENT_KPI_COUNT: componentKpiCount,
  UNKNOWN_COMPONENT: unknownComponent,
  KPI_FIELD_MISSING: kpiFieldMissing,
  WEIGHT_INVALID: weightInvalid,
  BASELINE_YEARS: baselineYears,
  JOINT_PARTNERS: jointPartners,
  DUPLICATE_ID: duplicateId,
  DUPLICATE_KPI: duplicateKpi,
  FOCUS_ALIGNMENT: focusAlignment,
  RUBRIC_LEVELS: rubricLevels,
  RUBRIC_LADDER: rubricLadder,
  RUBRIC_POINTS: rubricPoints,
  CRITERIA_ORDER: criteriaOrder,
  TARGET_MISMATCH: targetMismatch,
  STEP_PERCENT_TOTAL: stepPercentTotal,
  STEP_CUMULATIVE: stepCumulative,
  STEP_MONTHS: stepMonths,
  BUDGET_TOTAL: budgetTotal,
  NOT_A_NUMBER: notANumber,
  RESULT_RANGE: resultRange,
  SCORE_STALE: scoreStale,
  SIGNOFF_MISSING: signoffMissing,
};

export interface ValidateOptions {
  /** Maps a plan location to a sheet and cell, for plans read from a workbook. */
  locate?: (where: Where) => { sheet: string; cell: string } | undefined;
}

export interface PlanCheck {
  /** Errors first, then warnings, each in rule order. */
  findings: Finding[];
  /** Weight used against required per component: what the weight rules judged. */
  weights: WeightSummary;
}

/**
 * Checks a plan against its framework: the findings, errors first, and the weights per component
 * they were judged on. Never throws: a rule that fails unexpectedly is skipped rather than hiding
 * every other finding.
 */
export function checkPlan(plan: Plan, framework: Framework, options: ValidateOptions = {}): PlanCheck {
  const kpis = effective(plan, framework);
  const ctx: RuleContext = {
    plan,
    framework,
    ladder: framework.ladder as unknown as Ladder,
    kpis: plan.kpis,
    effective: kpis,
    weights: componentWeights(kpis, framework),
  };
  const findings: Finding[] = [];
  for (const rule of Object.values(RULES)) {
    try {
      findings.push(...rule(ctx));
    } catch {
      // A defect in one rule must not cost the user the other findings.
    }
  }
  const located = options.locate
    ? findings.map((f) => ({ ...f, where: { ...f.where, ...(safeLocate(options.locate, f.where) ?? {}) } }))
    : findings;
  return { findings: located.sort((a, b) => rank(a) - rank(b)), weights: ctx.weights };
}

/** The findings of checkPlan alone. */
export const validatePlan = (plan: Plan, framework: Framework, options: ValidateOptions = {}): Finding[] => checkPlan(plan, framework, options).findings;

/** The KPIs as evaluated; a plan damaged after parsing falls back to its own KPIs, never throws. */
function effective(plan: Plan, framework: Framework): readonly Kpi[] {
  try {
    return effectiveKpis(plan, framework).map((e) => e.kpi);
  } catch {
    return Array.isArray(plan.kpis) ? plan.kpis : [];
  }
}

const rank = (f: Finding): number => (f.severity === "error" ? 0 : 1);

function safeLocate(locate: ValidateOptions["locate"], where: Where): { sheet: string; cell: string } | undefined {
  try {
    return locate?.(where);
  } catch {
    return undefined;
  }
}

export const hasErrors = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === "error");
