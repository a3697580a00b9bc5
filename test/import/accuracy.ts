// How much of each document the importer gets right, field by field, against its truth: the
// hand-transcribed plans of the seeds (test/fixtures/plans/) and the truth files of the synthetic
// samples (../shared/samples/*.truth.json). Shared by test/import/accuracy.test.ts (fails below
// 95 %) and bench/import.bench.ts (prints the shares). Fields: KPIs found, component, weight,
// rubric levels (percent, points, criterion), results (committee, self, note), points (weighted
// scores recomputed by the core), step rows (no, percent, cumulative, months), budgets, and for
// result forms the reviews and sign-off.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findFramework } from "../../src/core/frameworks/shipped";
import { importPlanText, type ImportResult } from "../../src/core/import";
import { nameSimilarity, titleSimilarity } from "../../src/core/import/similarity";
import { parsePlan, type Kpi, type Plan } from "../../src/core/schema/plan";
import { scoreKpi } from "../../src/core/scoring/report";

export const SHARED = join(__dirname, "..", "..", "..", "shared");
const FIXTURES = join(__dirname, "..", "fixtures", "plans");

export interface Check {
  field: string;
  ok: boolean;
  detail?: string;
}

export interface DocumentScore {
  name: string;
  kind: string;
  checks: Check[];
  /** Share of the checks that are right, 0…1. */
  share: number;
}

const ws = (s: unknown): string => String(s ?? "").replace(/\s+/g, " ").trim();
const near = (a: unknown, b: unknown): boolean => typeof a === "number" && typeof b === "number" && Math.abs(a - b) < 5e-4;
const eq = (a: unknown, b: unknown): boolean => (typeof a === "number" || typeof b === "number" ? near(a, b) : ws(a) === ws(b));

function score(name: string, kind: string, checks: Check[]): DocumentScore {
  const ok = checks.filter((c) => c.ok).length;
  return { name, kind, checks, share: checks.length === 0 ? 0 : ok / checks.length };
}

function read(path: string): { result: ImportResult; plan: Plan | null } {
  const result = importPlanText(readFileSync(path, "utf8"));
  if (!result.ok) return { result, plan: null };
  const parsed = parsePlan(result.plan);
  return { result, plan: parsed.ok ? parsed.plan : null };
}

/** The plan's KPI the truth's KPI is: the most similar name, among those of the same component first. */
function matchKpi(plan: Plan, name: string, used: Set<Kpi>): Kpi | null {
  let best: Kpi | null = null;
  let bestScore = 0.5;
  for (const k of plan.kpis) {
    if (used.has(k)) continue;
    const s = Math.max(nameSimilarity(k.name, name), titleSimilarity(name, k.name));
    if (s > bestScore) [best, bestScore] = [k, s];
  }
  if (best) used.add(best);
  return best;
}

/** KPIs found, component, weight, rubric levels; extra KPIs count as wrong. */
function kpiChecks(plan: Plan | null, truth: { name: string; component: string; weight: number; levels: { level: number; percent: unknown; points: unknown; criterion: unknown }[] | null }[]): { checks: Check[]; found: Map<number, Kpi> } {
  const checks: Check[] = [];
  const found = new Map<number, Kpi>();
  const used = new Set<Kpi>();
  truth.forEach((t, i) => {
    const k = plan ? matchKpi(plan, t.name, used) : null;
    checks.push({ field: `kpi ${t.component} found`, ok: k !== null, detail: t.name });
    if (k) found.set(i, k);
    checks.push({ field: `kpi ${t.component} component`, ok: k?.component === t.component, detail: `${k?.component} vs ${t.component}` });
    checks.push({ field: `kpi ${t.component} weight`, ok: eq(k?.weight, t.weight), detail: `${k?.weight} vs ${t.weight}` });
    for (const l of t.levels ?? []) {
      const got = k?.rubric?.levels.find((x) => x.level === l.level);
      checks.push({ field: `kpi ${t.component} level ${l.level} percent`, ok: eq(got?.percent, l.percent) });
      checks.push({ field: `kpi ${t.component} level ${l.level} points`, ok: eq(got?.points, l.points) });
      if (l.criterion !== null && l.criterion !== undefined) checks.push({ field: `kpi ${t.component} level ${l.level} criterion`, ok: eq(got?.criterion, l.criterion) });
    }
  });
  for (const k of plan?.kpis ?? []) if (!used.has(k)) checks.push({ field: "kpi not in the truth", ok: false, detail: k.name });
  return { checks, found };
}

interface TruthStep {
  no: number;
  percent: number | null;
  cumulative: number | null;
  months: unknown[];
}

/** Step rows of each action plan, and the plan's owner KPI. */
function stepChecks(plan: Plan | null, truth: { project: string; kpi: Kpi | null | undefined; budget: number | null; steps: TruthStep[] }[]): Check[] {
  const checks: Check[] = [];
  const entries = plan?.actionPlan ?? [];
  for (const t of truth) {
    let best: (typeof entries)[number] | undefined;
    let s = 0.6;
    for (const e of entries) {
      const x = Math.max(titleSimilarity(t.project, String(e.project ?? "")), titleSimilarity(String(e.project ?? ""), t.project));
      if (x > s && e.steps.length > 0) [best, s] = [e, x];
    }
    checks.push({ field: "action plan found", ok: best !== undefined, detail: t.project });
    checks.push({ field: "action plan KPI", ok: t.kpi === undefined || (t.kpi === null ? (best?.kpi ?? "") === "" : best?.kpi === t.kpi.id), detail: `${best?.kpi} vs ${t.kpi?.id}` });
    if (t.budget !== null) checks.push({ field: "action plan budget", ok: eq(best?.budget, t.budget), detail: `${best?.budget} vs ${t.budget}` });
    t.steps.forEach((step, i) => {
      const got = best?.steps[i];
      checks.push({ field: `step ${step.no} no`, ok: eq(got?.no, step.no) });
      checks.push({ field: `step ${step.no} percent`, ok: eq(got?.percent, step.percent) });
      checks.push({ field: `step ${step.no} cumulative`, ok: eq(got?.cumulative, step.cumulative) });
      checks.push({ field: `step ${step.no} months`, ok: JSON.stringify(got?.months ?? []) === JSON.stringify(step.months), detail: `${JSON.stringify(got?.months)} vs ${JSON.stringify(step.months)}` });
    });
    if (best && best.steps.length > t.steps.length) checks.push({ field: "step rows not in the truth", ok: false, detail: t.project });
  }
  return checks;
}

/** Each project's budget: some action-plan entry names the project and states its budget. */
function budgetChecks(plan: Plan | null, byProject: Record<string, number>): Check[] {
  const entries = plan?.actionPlan ?? [];
  return Object.entries(byProject).map(([project, budget]) => {
    const hit = entries.find((e) => eq(e.budget, budget) && Math.max(titleSimilarity(project, String(e.project ?? "")), titleSimilarity(String(e.project ?? ""), project)) >= 0.6);
    return { field: "budget", ok: hit !== undefined, detail: `${project}: ${budget}` };
  });
}

function seedScore(file: string, fixture: string): DocumentScore {
  const { result, plan } = read(join(SHARED, "seeds", file));
  const want = parsePlan(JSON.parse(readFileSync(join(FIXTURES, fixture), "utf8")));
  if (!want.ok) throw new Error(fixture);
  const truth = want.plan;
  const checks: Check[] = [{ field: "kind", ok: result.report.kind === "agreement", detail: result.report.kind }];
  const { checks: k, found } = kpiChecks(
    plan,
    truth.kpis.map((t) => ({ name: t.name, component: t.component, weight: t.weight as number, levels: (t.rubric?.levels ?? []).map((l) => ({ level: l.level as number, percent: l.percent, points: l.points, criterion: l.criterion })) })),
  );
  checks.push(...k);
  const byId = new Map(truth.kpis.map((t, i) => [t.id, found.get(i)]));
  checks.push(
    ...stepChecks(
      plan,
      truth.actionPlan.map((a) => ({ project: String(a.project), kpi: a.kpi === "" ? null : (byId.get(a.kpi) ?? null), budget: typeof a.budget === "number" ? a.budget : null, steps: a.steps.map((s) => ({ no: s.no as number, percent: s.percent as number | null, cumulative: s.cumulative as number | null, months: s.months })) })),
    ),
  );
  return score(file, result.report.kind, checks);
}

function memoScore(file: string): DocumentScore {
  const { result, plan } = read(join(SHARED, "seeds", file));
  return score(file, result.report.kind, [
    { field: "kind", ok: result.report.kind === "memo", detail: result.report.kind },
    { field: "no KPIs made from a memo", ok: plan === null || plan.kpis.length === 0 },
  ]);
}

interface ActionTruth {
  fiscalYearBE: number;
  agency: string;
  framework: string;
  kpis: { id: string; component: string; name: string; weight: number | string; rubric: { levels: { level: number; percent: number; points: number; criterion?: number }[] } }[];
  actionPlans: { kpiId?: string | null; projectName: string; budgetBaht: number | null; steps: { no: number; percent: number; cumulative: number; months: unknown[] }[] }[];
  budgetByProject: Record<string, number>;
}

function actionPlanScore(file: string): DocumentScore {
  const { result, plan } = read(join(SHARED, "samples", file));
  const truth = JSON.parse(readFileSync(join(SHARED, "samples", file.replace(/\.txt$/, ".truth.json")), "utf8")) as ActionTruth;
  const checks: Check[] = [
    { field: "kind", ok: result.report.kind === "actionPlan", detail: result.report.kind },
    { field: "fiscal year", ok: plan?.fiscalYear === truth.fiscalYearBE, detail: `${plan?.fiscalYear}` },
    { field: "agency", ok: plan?.agency === truth.agency, detail: plan?.agency },
    { field: "framework", ok: plan?.framework === truth.framework, detail: plan?.framework },
  ];
  const { checks: k, found } = kpiChecks(
    plan,
    truth.kpis.map((t) => ({ name: t.name, component: t.component, weight: Number(t.weight), levels: t.rubric.levels.map((l) => ({ level: l.level, percent: l.percent, points: l.points, criterion: l.criterion ?? null })) })),
  );
  checks.push(...k);
  const byId = new Map(truth.kpis.map((t, i) => [t.id, found.get(i)]));
  checks.push(
    ...stepChecks(
      plan,
      truth.actionPlans.map((a) => ({ project: a.projectName, kpi: a.kpiId ? (byId.get(a.kpiId) ?? null) : null, budget: a.budgetBaht, steps: a.steps })),
    ),
  );
  checks.push(...budgetChecks(plan, truth.budgetByProject));
  return score(file, result.report.kind, checks);
}

interface ResultKpiTruth {
  code: string;
  name: string;
  weight: number;
  criteria: Record<string, number> | null;
  result: { value: number };
  weightedScore: number;
  evaluatorReason?: string | null;
  selfAssessment?: { result: string; weightedScore: number } | null;
  form?: FormTruth;
}

interface FormTruth {
  reasons?: string[];
  strengths?: string[];
  weaknesses?: string[];
  suggestions?: string[];
  signedBy: { name: string; position: string; organisation: string | null };
  date: { iso: string };
}

interface ResultTruth {
  fiscalYearBE: number;
  agency: string;
  framework: string;
  evaluationStage: "mid-year" | "year-end";
  grandTotal: number;
  components: { code: string; weight: number; kpis?: ResultKpiTruth[]; subComponents?: { code: string; kpis: ResultKpiTruth[]; form?: FormTruth }[]; form?: FormTruth }[];
}

/** The component a truth code names in the framework: 1.1.2 → 1.1, 3.1 → 3.1, 2 → 2. */
const componentOf = (code: string): string => (code.split(".").length >= 3 ? code.split(".").slice(0, -1).join(".") : code);

function resultScore(file: string): DocumentScore {
  const { result, plan } = read(join(SHARED, "samples", file));
  const truth = JSON.parse(readFileSync(join(SHARED, "samples", file.replace(/\.txt$/, ".truth.json")), "utf8")) as ResultTruth;
  const round = truth.evaluationStage === "mid-year" ? "mid" : "end";
  const checks: Check[] = [
    { field: "kind", ok: result.report.kind === "result", detail: result.report.kind },
    { field: "round", ok: result.report.results?.round === round, detail: result.report.results?.round },
    { field: "fiscal year", ok: plan?.fiscalYear === truth.fiscalYearBE, detail: `${plan?.fiscalYear}` },
    { field: "agency", ok: plan?.agency === truth.agency, detail: plan?.agency },
    { field: "framework", ok: plan?.framework === truth.framework, detail: plan?.framework },
  ];
  const framework = findFramework(truth.framework);
  const kpis: ResultKpiTruth[] = [];
  const forms: { component: string; form: FormTruth }[] = [];
  for (const c of truth.components) {
    for (const s of c.subComponents ?? []) {
      kpis.push(...s.kpis);
      if (s.form) forms.push({ component: s.code, form: s.form });
    }
    for (const k of c.kpis ?? []) {
      kpis.push(k);
      const form = k.form ?? c.form;
      if (form) forms.push({ component: componentOf(k.code), form });
    }
  }
  const { checks: k, found } = kpiChecks(
    plan,
    kpis.map((t) => ({
      name: t.name,
      component: componentOf(t.code),
      weight: t.weight,
      levels: t.criteria ? [1, 2, 3, 4, 5].map((level) => ({ level, percent: framework?.ladder[level - 1], points: (t.weight * (framework?.ladder[level - 1] ?? 0)) / 100, criterion: t.criteria?.[String(level)] })) : null,
    })),
  );
  checks.push(...k);
  kpis.forEach((t, i) => {
    const got = found.get(i);
    const r = got ? (round === "mid" ? got.results?.mid : got.result) : undefined;
    checks.push({ field: `result ${t.code}`, ok: eq(r?.value, t.result.value), detail: `${r?.value} vs ${t.result.value}` });
    if (t.selfAssessment) {
      const selfLevel = /ระดับ\s*(\d)/.exec(t.selfAssessment.result);
      const self = selfLevel ? Number(selfLevel[1]) : Number(t.selfAssessment.result.replace(",", "."));
      checks.push({ field: `self ${t.code}`, ok: eq(r?.self, self), detail: `${r?.self} vs ${self}` });
    }
    if (t.evaluatorReason) checks.push({ field: `reason ${t.code}`, ok: eq(r?.note, t.evaluatorReason) });
    const computed = got && framework && r ? scoreKpi(got, framework, r.value).value?.score : undefined;
    checks.push({ field: `points ${t.code}`, ok: near(computed, t.weightedScore), detail: `${computed} vs ${t.weightedScore}` });
  });
  checks.push({ field: "total recomputed", ok: near(Math.round((result.report.results?.total ?? NaN) * 1000) / 1000, truth.grandTotal), detail: `${result.report.results?.total}` });
  for (const { component, form } of forms) {
    const review = plan?.reviews?.find((r) => r.round === round && r.component === component);
    checks.push({ field: `review ${component} found`, ok: review !== undefined });
    for (const f of ["reasons", "strengths", "weaknesses", "suggestions"] as const) {
      const want = form[f];
      if (want) checks.push({ field: `review ${component} ${f}`, ok: eq(review?.[f], want.join(" ")), detail: `${ws(review?.[f]).slice(0, 60)}` });
    }
    checks.push({ field: `review ${component} signed by`, ok: eq(review?.signoff?.name, form.signedBy.name) && eq(review?.signoff?.position, form.signedBy.position) && eq(review?.signoff?.organisation ?? null, form.signedBy.organisation ?? null) });
    checks.push({ field: `review ${component} date`, ok: review?.signoff?.date === form.date.iso, detail: `${review?.signoff?.date} vs ${form.date.iso}` });
  }
  return score(file, result.report.kind, checks);
}

export interface Document {
  name: string;
  run: () => DocumentScore;
}

/** Every document of ../shared/seeds and ../shared/samples that has a truth to score against. */
export function documents(): Document[] {
  const docs: Document[] = [
    { name: "000_bf72cb5ef0aa2334.txt", run: () => seedScore("000_bf72cb5ef0aa2334.txt", "fy2567-international-affairs.json") },
    { name: "002_a41e8c2e0c8c4b4b.txt", run: () => seedScore("002_a41e8c2e0c8c4b4b.txt", "fy2567-social-development.json") },
    { name: "004_ab572a2837e04c01.txt", run: () => memoScore("004_ab572a2837e04c01.txt") },
  ];
  const samples = join(SHARED, "samples");
  const truths = existsSync(samples) ? readdirSync(samples).filter((f) => f.endsWith(".truth.json")).sort() : [];
  for (const t of truths) {
    const name = t.replace(/\.truth\.json$/, ".txt");
    const kind = (JSON.parse(readFileSync(join(samples, t), "utf8")) as { documentKind: string }).documentKind;
    docs.push({ name, run: () => (kind === "evaluation-result" ? resultScore(name) : actionPlanScore(name)) });
  }
  return docs;
}
