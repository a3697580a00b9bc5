import * as z from "zod/mini";
import { Numeric, RoundId, StrictNumber, Text } from "./common";
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

/**
 * Criteria of a round other than the year-end one, where they differ (the mid-year budget
 * disbursement is judged against 35/40/45/50/55 % instead of 92…100 %): the result needed for
 * 1…5 points, level 1 first. The levels' `criterion` are the year-end round's.
 */
export const RoundCriteria = z.object({ criteria: z.array(Numeric) });
export type RoundCriteria = z.infer<typeof RoundCriteria>;

export const Rubric = z.object({
  kind: RubricKind,
  levels: z._default(z.array(RubricLevel), []),
  /** The เงื่อนไข / หมายเหตุ block that maps work steps to levels. */
  conditions: z.optional(Text),
  /** Per-round criteria of numeric rubrics: `mid`; without it a round uses the levels' criteria. */
  rounds: z.optional(z.object({ mid: z.optional(RoundCriteria) })),
});
export type Rubric = z.infer<typeof Rubric>;

const AlignmentFields = z.object({
  policy: z.optional(Text),
  strategy: z.optional(Text),
  subStrategy: z.optional(Text),
  objective: z.optional(Text),
  keyResult: z.optional(Text),
});
type AlignmentFields = z.infer<typeof AlignmentFields>;

/** The KPI's place in the BMA strategy chain; a link left blank is left out (blank, null and missing mean the same). */
export const Alignment = z.pipe(
  AlignmentFields,
  z.transform((a: AlignmentFields): AlignmentFields => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined && v !== "")) as AlignmentFields),
);
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

export { RoundId } from "./common";

/**
 * Results per round. `end` is the same round as the KPI's `result` (kpi-plan v1 files have only
 * that); parsing moves `results.end` into `result`, so code reads the year-end round in one place.
 */
export const RoundResults = z.object({
  mid: z.optional(Result),
  end: z.optional(Result),
});
export type RoundResults = z.infer<typeof RoundResults>;

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
  /** The number of the year's focus issue (ประเด็นมุ่งเน้นการพัฒนา) the KPI serves, from its framework. */
  focusIssue: z.optional(Numeric),
  /** The year-end round's result (kpi-plan v1). */
  result: z.optional(Result),
  /** Other rounds' results: `mid`; `end` is read into `result`. */
  results: z.optional(RoundResults),
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

/** Who signed a round's assessment of a component (ผู้ประเมิน): name, position, date. */
export const Signoff = z.object({
  name: Text,
  position: Text,
  /** The evaluator's office, when the form names it (สำนักงาน ก.ก., สำนักงบประมาณฯ). */
  organisation: z.optional(Text),
  /** The date signed, ISO 8601 (CE) "2024-10-15"; Thai BE dates are converted where they are read. */
  date: Text,
});
export type Signoff = z.infer<typeof Signoff>;

/**
 * The evaluators' assessment of one (sub-)component in one round, as the official result form
 * prints it: reasons for the score, strengths, weaknesses, suggestions, and the sign-off.
 */
export const Review = z.object({
  round: RoundId,
  component: z.string().check(z.minLength(1)),
  reasons: z.optional(Text),
  strengths: z.optional(Text),
  weaknesses: z.optional(Text),
  suggestions: z.optional(Text),
  signoff: z.optional(Signoff),
});
export type Review = z.infer<typeof Review>;

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
  /** Per round and (sub-)component: the evaluators' texts and sign-off. */
  reviews: z.optional(z.array(Review)),
});
export type Plan = z.infer<typeof Plan>;
/** What a plan may look like on input: numbers may still be Thai-digit text. */
export type PlanInput = z.input<typeof Plan>;

export type PlanParse =
  | { ok: true; plan: Plan }
  | { ok: false; problems: { path: string; message: string }[] };

export interface ParseOptions {
  /**
   * Whether a key whose value is null is read as a missing key (default: yes, as JSON written by
   * other programs needs). The workbook read builds its input itself and puts null only where a
   * blank cell means "no value" to the schema, so it skips the walk through every key (a fifth of
   * the live check's time on a large plan).
   */
  nullKeys?: "missing" | "as-is";
}

/**
 * Reads a plan at a boundary (JSON file, workbook); never throws. A key whose value is null means
 * the same as a missing key ("result": null is how most exporters write "no result yet"), and a
 * KPI's `results.end` becomes its `result` (the same round, the v1 field).
 */
export function parsePlan(input: unknown, options: ParseOptions = {}): PlanParse {
  const r = Plan.safeParse(options.nullKeys === "as-is" ? input : withoutNullKeys(input));
  if (!r.success) {
    return {
      ok: false,
      problems: r.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    };
  }
  const problems: { path: string; message: string }[] = [];
  r.data.kpis.forEach((k, i) => {
    const end = k.results?.end;
    if (!end) return;
    if (k.result && canonicalResult(k.result) !== canonicalResult(end)) {
      problems.push({
        path: `kpis[${i}].results.end`,
        message: "ผลสิ้นปีใน results.end ไม่ตรงกับ result (รอบเดียวกัน) / results.end differs from result (the same round)",
      });
      return;
    }
    k.result = end;
    const { end: _end, ...rest } = k.results as RoundResults;
    if (rest.mid) k.results = rest;
    else delete k.results;
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, plan: r.data };
}

const canonicalResult = (r: Result): string => JSON.stringify(Object.entries(r).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)));

/**
 * The value without object keys whose value is null, at every depth (array items are kept). Parts
 * without such keys are returned as they are, so a plan without nulls is not copied at all.
 */
function withoutNullKeys(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    value.forEach((v, i) => {
      const w = withoutNullKeys(v);
      if (w !== v) (out ??= [...value])[i] = w;
    });
    return out ?? value;
  }
  let out: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(value)) {
    if (v === null) {
      out ??= { ...value };
      delete out[k];
      continue;
    }
    const w = withoutNullKeys(v);
    if (w !== v) (out ??= { ...value })[k] = w;
  }
  return out ?? value;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`))
    .join("");
}
