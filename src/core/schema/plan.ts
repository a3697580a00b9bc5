import { z } from "zod";
import { Numeric, StrictNumber, Text } from "./common";
import { RubricKind } from "./framework";

export const RubricLevel = z.object({
  level: Numeric,
  percent: Numeric,
  points: Numeric,
  description: Text,
  /** Result needed for this level, numeric rubrics only. */
  criterion: Numeric,
});
export type RubricLevel = z.infer<typeof RubricLevel>;

export const Rubric = z.object({
  kind: RubricKind,
  levels: z.array(RubricLevel).default([]),
  /** The เงื่อนไข / หมายเหตุ block that maps work steps to levels. */
  conditions: Text.optional(),
});
export type Rubric = z.infer<typeof Rubric>;

export const Alignment = z.object({
  policy: Text.optional(),
  strategy: Text.optional(),
  subStrategy: Text.optional(),
  objective: Text.optional(),
  keyResult: Text.optional(),
});
export type Alignment = z.infer<typeof Alignment>;

export const Result = z.object({
  /** The committee's result: the level reached, the measured number, or a 0–100 score. */
  value: Numeric,
  /** The agency's self-assessed result. */
  self: Numeric.optional(),
  note: Text.optional(),
  /** A weighted score stored in a workbook, checked against the recomputed one (SCORE_STALE). */
  score: Numeric.optional(),
  selfScore: Numeric.optional(),
});
export type Result = z.infer<typeof Result>;

export const Kpi = z.object({
  id: z.string().min(1),
  component: z.string(),
  name: Text,
  unit: Text.optional(),
  baseline: z.array(z.object({ year: StrictNumber, text: Text })).default([]),
  target: Text,
  weight: Numeric,
  alignment: Alignment.default({}),
  definition: Text,
  method: Text,
  evidence: z.array(Text).default([]),
  partners: z.array(z.object({ agency: Text, role: Text })).default([]),
  rubric: Rubric.optional(),
  result: Result.optional(),
});
export type Kpi = z.infer<typeof Kpi>;

/** A planned month: a calendar month number (10 = ต.ค.), or a month of a named BE year. */
export const PlannedMonth = z.union([
  Numeric,
  z.object({ year: StrictNumber, month: Numeric }),
]);
export type PlannedMonth = z.infer<typeof PlannedMonth>;

export const Step = z.object({
  no: Numeric,
  text: Text,
  percent: Numeric,
  cumulative: Numeric,
  months: z.array(PlannedMonth).default([]),
});
export type Step = z.infer<typeof Step>;

export const ActionPlanEntry = z.object({
  kpi: z.string(),
  project: Text,
  budget: Numeric,
  division: Text,
  steps: z.array(Step).default([]),
});
export type ActionPlanEntry = z.infer<typeof ActionPlanEntry>;

export const Plan = z.object({
  format: z.literal("kpi-plan"),
  version: z.literal(1),
  framework: z.string().min(1),
  agency: Text,
  fiscalYear: StrictNumber,
  kpis: z.array(Kpi),
  actionPlan: z.array(ActionPlanEntry).default([]),
  /** A budget total the plan states, checked against the sum of its projects (BUDGET_TOTAL). */
  budgetTotal: Numeric.optional(),
});
export type Plan = z.infer<typeof Plan>;
/** What a plan may look like on input: numbers may still be Thai-digit text. */
export type PlanInput = z.input<typeof Plan>;

export type PlanParse =
  | { ok: true; plan: Plan }
  | { ok: false; problems: { path: string; message: string }[] };

/** Reads a plan at a boundary (JSON file, workbook); never throws. */
export function parsePlan(input: unknown): PlanParse {
  const r = Plan.safeParse(input);
  if (r.success) return { ok: true, plan: r.data };
  return {
    ok: false,
    problems: r.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
  };
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`))
    .join("");
}
