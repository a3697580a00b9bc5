import type { Bilingual } from "../schema/common";

export type Severity = "error" | "warning";

/** Where a finding points: a KPI and field of the plan, and a sheet + cell when read from a workbook. */
export interface Where {
  kpi?: string;
  field?: string;
  component?: string;
  sheet?: string;
  cell?: string;
}

export interface Finding {
  code: RuleCode;
  severity: Severity;
  message: Bilingual;
  where: Where;
}

export const RULE_CODES = [
  "WEIGHT_TOTAL",
  "COMPONENT_WEIGHT",
  "COMPONENT_KPI_COUNT",
  "UNKNOWN_COMPONENT",
  "KPI_FIELD_MISSING",
  "WEIGHT_INVALID",
  "BASELINE_YEARS",
  "JOINT_PARTNERS",
  "DUPLICATE_ID",
  "DUPLICATE_KPI",
  "FOCUS_ALIGNMENT",
  "RUBRIC_LEVELS",
  "RUBRIC_LADDER",
  "RUBRIC_POINTS",
  "CRITERIA_ORDER",
  "TARGET_MISMATCH",
  "STEP_PERCENT_TOTAL",
  "STEP_CUMULATIVE",
  "STEP_MONTHS",
  "BUDGET_TOTAL",
  "NOT_A_NUMBER",
  "RESULT_RANGE",
  "SCORE_STALE",
  "SIGNOFF_MISSING",
] as const;
export type RuleCode = (typeof RULE_CODES)[number];
