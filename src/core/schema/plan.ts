import * as z from "zod/mini";
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
  levels: z._default(z.array(RubricLevel), []),
  /** The เงื่อนไข / หมายเหตุ block that maps work steps to levels. */
  conditions: z.optional(Text),
});
export type Rubric = z.infer<typeof Rubric>;

export const Alignment = z.object({
  policy: z.optional(Text),
  strategy: z.optional(Text),
  subStrategy: z.optional(Text),
  objective: z.optional(Text),
  keyResult: z.optional(Text),
});
export type Alignment = z.infer<typeof Alignment>;

export const Result = z.object({
  /** The committee's result: the level reached, the measured number, or a 0–100 score. */
  value: Numeric,
  /** The agency's self-assessed result. */
  self: z.optional(Numeric),
  /** The committee's reasons for the score (เหตุผลของคะแนน). */
  note: z.optional(Text),
  /** What the committee found the agency did well (จุดแข็ง). */
  strengths: z.optional(Text),
  /** What it found lacking (จุดอ่อน). */
  weaknesses: z.optional(Text),
  /** What it suggests for next year (ข้อเสนอแนะ). */
  suggestions: z.optional(Text),
  /** A weighted score stored in a workbook, checked against the recomputed one (SCORE_STALE). */
  score: z.optional(Numeric),
  selfScore: z.optional(Numeric),
});
export type Result = z.infer<typeof Result>;

export const Kpi = z.object({
  id: z.string().check(z.minLength(1)),
  component: z.string(),
  name: Text,
  unit: z.optional(Text),
  baseline: z._default(z.array(z.object({ year: StrictNumber, text: Text })), []),
  target: Text,
  weight: Numeric,
  alignment: z._default(Alignment, {}),
  definition: Text,
  method: Text,
  evidence: z._default(z.array(Text), []),
  partners: z._default(z.array(z.object({ agency: Text, role: Text })), []),
  rubric: z.optional(Rubric),
  result: z.optional(Result),
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
  months: z._default(z.array(PlannedMonth), []),
});
export type Step = z.infer<typeof Step>;

export const ActionPlanEntry = z.object({
  kpi: z.string(),
  project: Text,
  budget: Numeric,
  division: Text,
  steps: z._default(z.array(Step), []),
});
export type ActionPlanEntry = z.infer<typeof ActionPlanEntry>;

export const Plan = z.object({
  format: z.literal("kpi-plan"),
  version: z.literal(1),
  framework: z.string().check(z.minLength(1)),
  agency: Text,
  fiscalYear: StrictNumber,
  kpis: z.array(Kpi),
  actionPlan: z._default(z.array(ActionPlanEntry), []),
  /** A budget total the plan states, checked against the sum of its projects (BUDGET_TOTAL). */
  budgetTotal: z.optional(Numeric),
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
