// The form a plan takes after a trip through a workbook. A workbook cannot tell apart a few
// things a JSON plan can; reading always gives the left-hand form of each:
//   - an optional text left out ≡ empty text ("unit", "rubric.conditions", "result.note",
//     "result.strengths", "result.weaknesses", "result.suggestions", the same of "results.mid",
//     a review's texts and its sign-off's organisation);
//   - an alignment field left blank ≡ left out (the kpi-plan schema drops blank links);
//   - an optional number left out ≡ null ("result.self", "result.score", "budgetTotal", "focusIssue"…);
//   - a result with nothing in it ≡ no result (in every round);
//   - mid-year criteria: one per level 1…5 the rubric has a row for (the others ≡ null), none
//     stated ≡ no mid-year criteria; stated for a rubric without levels, they come with the
//     template's five blank level rows;
//   - reviews in the order of the review sheet (per round: the framework's leaf components, then
//     the others), a review with nothing in it ≡ no review, a sign-off with nothing in it ≡ none,
//     a sign-off date the readers understand ≡ its ISO 8601 form;
//   - baseline entries in year order, without empty ones; partners without empty ones;
//   - rubric levels that hold nothing beyond the template's blank rows ≡ no levels;
//   - KPIs in the order of the framework's components (the register groups them);
//   - a KPI that holds nothing but its id and component ≡ no KPI (a blank template row);
//   - action-plan steps that hold nothing ≡ no step; a project that holds nothing ≡ no project;
//   - a step's months: the bar-chart months once each in fiscal order, then the others; a blank
//     (null) month is no month.
// roundTripForm(p) is that form, so read(write(p)) equals roundTripForm(p) for every plan, and
// equals p itself for plans already in it (the seed fixtures are).
import { leafComponents } from "../core/frameworks";
import type { Framework } from "../core/schema/framework";
import type { ActionPlanEntry, Kpi, Plan, PlannedMonth, Result, Review, RubricLevel, Step } from "../core/schema/plan";
import { fiscalMonthIndex, isoDate } from "../core/thai/calendar";
import { mirrorPoints } from "./mirror";
import { roundsToRender } from "./render/context";
import { reviewRows } from "./render/reviews";
import { isBarMonth } from "./text";

const ALIGNMENT = ["policy", "strategy", "subStrategy", "objective", "keyResult"] as const;

export function roundTripForm(plan: Plan, framework: Framework): Plan {
  const order = new Map(leafComponents(framework).map((c, i) => [c.code, i]));
  const rank = (k: Kpi): number => order.get(k.component) ?? order.size;
  const referenced = new Set(plan.actionPlan.map((e) => e.kpi));
  const kpis = plan.kpis
    .map((k, i) => ({ k: canonicalKpi(k, framework), i }))
    .filter(({ k }) => !isBlankKpi(k) || referenced.has(k.id))
    .sort((a, b) => rank(a.k) - rank(b.k) || a.i - b.i)
    .map(({ k }) => k);
  const out: Plan = { ...plan, kpis, actionPlan: plan.actionPlan.map(canonicalEntry).filter((e): e is ActionPlanEntry => e !== null) };
  if (out.budgetTotal === null || out.budgetTotal === undefined) delete out.budgetTotal;
  const reviews = reviewRows(plan, framework, roundsToRender(plan, framework)).flatMap(({ review }) => (review ? canonicalReview(review) : []));
  if (reviews.length > 0) out.reviews = reviews;
  else delete out.reviews;
  return out;
}

function canonicalReview(review: Review): Review[] {
  const r: Review = { round: review.round, component: review.component };
  for (const f of ["reasons", "strengths", "weaknesses", "suggestions"] as const) if (review[f]) r[f] = review[f];
  const s = review.signoff;
  if (s && (s.name !== "" || s.position !== "" || (s.organisation ?? "") !== "" || s.date !== "")) {
    r.signoff = { name: s.name, position: s.position, date: s.date === "" ? "" : (isoDate(s.date) ?? s.date) };
    if (s.organisation) r.signoff.organisation = s.organisation;
  }
  return Object.keys(r).length > 2 ? [r] : [];
}

/** A round's result as a workbook keeps it: null numbers and empty texts left out; nothing left ≡ none. */
function canonicalResult(result: Result): Result | undefined {
  const r = { ...result };
  for (const f of ["self", "score", "selfScore"] as const) if (r[f] === null || r[f] === undefined) delete r[f];
  for (const f of ["note", "strengths", "weaknesses", "suggestions"] as const) if (r[f] === "" || r[f] === undefined) delete r[f];
  return r.value === null && Object.keys(r).length === 1 ? undefined : r;
}

function canonicalKpi(kpi: Kpi, framework: Framework): Kpi {
  const k: Kpi = { ...kpi };
  if (k.unit === "" || k.unit === undefined) delete k.unit;
  if (k.focusIssue === null || k.focusIssue === undefined) delete k.focusIssue;
  k.alignment = Object.fromEntries(ALIGNMENT.flatMap((a) => (kpi.alignment[a] ? [[a, kpi.alignment[a]]] : [])));
  k.baseline = kpi.baseline
    .map((b, i) => ({ b, i }))
    .filter(({ b }) => b.text !== "")
    .sort((x, y) => x.b.year - y.b.year || x.i - y.i)
    .map(({ b }) => b);
  k.partners = kpi.partners.filter((p) => p.agency !== "" || p.role !== "");
  if (kpi.rubric) {
    const rubric = { ...kpi.rubric };
    if (rubric.conditions === "" || rubric.conditions === undefined) delete rubric.conditions;
    const stated = kpi.rubric.rounds?.mid?.criteria ?? [];
    const hasMid = stated.slice(0, 5).some((c) => c !== null && c !== undefined && c !== "");
    if (hasMid && rubric.levels.length === 0) rubric.levels = blankLevels(kpi.weight, framework);
    if (!hasMid && isBlankRubric(rubric.levels, kpi.weight, framework)) rubric.levels = [];
    delete rubric.rounds;
    if (hasMid) {
      const rows = new Set(rubric.levels.map((l) => l.level));
      const criteria = [0, 1, 2, 3, 4].map((i) => (rows.has(i + 1) ? (stated[i] ?? null) : null));
      if (criteria.some((c) => c !== null && c !== "")) rubric.rounds = { mid: { criteria } };
    }
    k.rubric = rubric;
  }
  const result = kpi.result ? canonicalResult(kpi.result) : undefined;
  if (result) k.result = result;
  else delete k.result;
  const mid = kpi.results?.mid ? canonicalResult(kpi.results.mid) : undefined;
  if (mid) k.results = { mid };
  else delete k.results;
  return k;
}

/** The five level rows a template gives a rubric without levels: the ladder's percentages and points, nothing else. */
function blankLevels(weight: Kpi["weight"], framework: Framework): RubricLevel[] {
  return [1, 2, 3, 4, 5].map((level) => {
    const percent = framework.ladder[level - 1] as number;
    return { level, percent, points: mirrorPoints(weight, percent), description: "", criterion: null };
  });
}

/** Five levels with the ladder's percentages and the formula's points, nothing else: the blank rows. */
function isBlankRubric(levels: readonly RubricLevel[], weight: Kpi["weight"], framework: Framework): boolean {
  return (
    levels.length === 5 &&
    levels.every(
      (l, i) =>
        l.level === i + 1 &&
        l.percent === framework.ladder[i] &&
        l.description === "" &&
        l.criterion === null &&
        l.points === mirrorPoints(weight, l.percent),
    )
  );
}

function isBlankKpi(k: Kpi): boolean {
  return (
    k.name === "" &&
    k.unit === undefined &&
    k.focusIssue === undefined &&
    k.baseline.length === 0 &&
    k.target === "" &&
    (k.weight === null || k.weight === undefined) &&
    ALIGNMENT.every((a) => (k.alignment[a] ?? "") === "") &&
    k.definition === "" &&
    k.method === "" &&
    k.evidence.length === 0 &&
    k.partners.length === 0 &&
    k.rubric === undefined &&
    k.result === undefined &&
    k.results === undefined
  );
}

function canonicalEntry(entry: ActionPlanEntry): ActionPlanEntry | null {
  const steps = entry.steps.filter((s) => !isBlankStep(s)).map((s) => ({ ...s, months: canonicalMonths(s.months) }));
  if (entry.kpi === "" && entry.project === "" && entry.budget === null && entry.division === "" && steps.length === 0) return null;
  if (entry.project === "" && entry.budget === null && entry.division === "" && steps.length === 0) return null;
  return { ...entry, steps };
}

const isBlankStep = (s: Step): boolean =>
  s.no === null && s.text === "" && s.percent === null && s.cumulative === null && s.months.length === 0;

function canonicalMonths(months: readonly PlannedMonth[]): PlannedMonth[] {
  const bars = [...new Set(months.filter(isBarMonth))].sort((a, b) => fiscalMonthIndex(a) - fiscalMonthIndex(b));
  return [...bars, ...months.filter((m) => !isBarMonth(m) && m !== null)];
}
