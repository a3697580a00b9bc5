// A result form → a plan with results: per KPI the committee's result and, where the form prints
// it, the self-assessed one, for the round the title names (year-end → `result`, mid-year →
// `results.mid`); the criteria of numeric KPIs; per sub-component the evaluators' texts and
// sign-off (`reviews`). Every score and total the form prints is compared with the one the core
// recomputes, and each difference is reported with its line.
import { isWithin, leafComponents } from "../../frameworks";
import { FRAMEWORKS, findFramework } from "../../frameworks/shipped";
import type { Bilingual } from "../../schema/common";
import type { Framework } from "../../schema/framework";
import { parsePlan, type PlanInput, type Review, type RoundId } from "../../schema/plan";
import { checkCriteria } from "../../scoring/criteria";
import { DEFAULT_LADDER, type Ladder } from "../../scoring/ladder";
import { roundHalfUp } from "../../scoring/round";
import { scoreResult } from "../../scoring/score";
import { validatePlan } from "../../validation/validate";
import type { RuleCode } from "../../validation/finding";
import { mostFrequent } from "../assemble/values";
import type { Classification } from "../kind";
import type { Line } from "../lines";
import { MSG } from "../messages";
import { titleSimilarity } from "../similarity";
import type { Disagreement, ImportNote, ImportOptions, ImportReport, ImportResult, Recognised, ResultsReport, ScoreCheck, Skipped } from "../types";
import type { ResultPage, ReviewField } from "./pages";
import { readResultForm } from "./read";
import type { RowDraft } from "./table";
import { cellNumber, readResult } from "./values";

type KpiIn = PlanInput["kpis"][number];
type ResultIn = NonNullable<KpiIn["result"]>;

/** Rules that speak about results; the rest (definitions, rubric texts) a result form never holds. */
const RESULT_RULES = new Set<RuleCode>(["WEIGHT_INVALID", "UNKNOWN_COMPONENT", "CRITERIA_ORDER", "NOT_A_NUMBER", "RESULT_RANGE", "SCORE_STALE"]);

interface KpiDraft {
  row: RowDraft | null;
  page: ResultPage | null;
  pageRow: number | null;
  id: string;
  component: string;
  name: string;
  weight: number | null;
  criteria: number[] | null;
  kind: "milestone" | "numeric" | "score100";
  result: number | null;
  self: number | null;
  printed: number | null;
  printedSelf: number | null;
  note: string | null;
  line: number;
}

const REVIEW_FIELDS: readonly ReviewField[] = ["reasons", "strengths", "weaknesses", "suggestions"];

function chooseFramework(fy: number, agency: string, components: string[], given: string | Framework | undefined): { framework: Framework | null; id: string; error?: Bilingual } {
  if (typeof given === "object") return { framework: given, id: given.id };
  if (given) {
    const f = findFramework(given);
    return f ? { framework: f, id: f.id } : { framework: null, id: given, error: MSG.unknownFramework(given, FRAMEWORKS.map((x) => x.id).join(", ")) };
  }
  const kind = /^(สำนักงานเขต|เขต)/.test(agency.replace(/\s+/g, "")) ? "district" : "bureau";
  let best: Framework | null = null;
  let bestScore = -Infinity;
  for (const f of FRAMEWORKS.filter((x) => x.fiscalYear === fy)) {
    const leaves = leafComponents(f).map((c) => c.code);
    const score = components.reduce((s, c) => s + (leaves.includes(c) ? 2 : -3), f.agencyKind === kind ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [f, score];
  }
  return best ? { framework: best, id: best.id } : { framework: null, id: `bma-${fy}-${kind}` };
}

/** The committee's (or the agency's) weighted score of one KPI under the ladder, or null. */
function computeScore(d: KpiDraft, value: number | null, ladder: Ladder, floor: number): number | null {
  if (value === null || d.weight === null) return null;
  const outcome = scoreResult({ kind: d.kind, result: value, weight: d.weight, ladder, criteria: d.criteria ?? [], floor });
  return outcome.ok ? outcome.value.score : null;
}

const same = (printed: number, computed: number): boolean => Math.abs(roundHalfUp(printed, 3) - roundHalfUp(computed, 3)) < 1e-9;

/** Reasons of a page per KPI: "ตัวชี้วัดที่ 2 : …" goes to the page's second KPI, "ตัวชี้วัด : …" to its only one. */
function notesOf(page: ResultPage, count: number): (string | null)[] {
  const notes: (string | null)[] = Array.from({ length: count }, () => null);
  let current: number | null = null;
  for (const r of page.texts.reasons) {
    const m = /^ตัวชี้วัด(?:ที่)?\s*([0-9๐-๙]+)?\s*[:：]\s*(.*)$/.exec(r.text);
    if (m) {
      const n = m[1] ? Number(m[1].replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50))) : 1;
      current = n >= 1 && n <= count ? n - 1 : null;
      if (current !== null) notes[current] = (m[2] ?? "").trim();
      continue;
    }
    if (current !== null) notes[current] = `${notes[current] ?? ""} ${r.text}`.trim();
    else if (count === 1) notes[0] = notes[0] === null ? r.text : `${notes[0]} ${r.text}`;
  }
  return notes;
}

export function importResultForm(lines: readonly Line[], cls: Classification, options: ImportOptions): ImportResult {
  const drafts = readResultForm(lines);
  const round: RoundId = cls.round ?? "end";
  const skipped: Skipped[] = drafts.unused.map((u) => ({ line: u.line, text: u.text, reason: MSG.resultUnused() }));
  const notes: ImportNote[] = [];
  const disagreements: Disagreement[] = [];
  const recognised: Recognised[] = [];
  const baseReport = (): ImportReport => ({
    kind: "result",
    kindLines: cls.evidence,
    recognised,
    skipped: [...skipped].sort((a, b) => a.line - b.line),
    disagreements,
    notes,
    stats: { lines: lines[lines.length - 1]?.no ?? 0, pages: drafts.pages.length + drafts.tables.length, kpis: kpis.length, rubrics: 0, steps: 0, dropped: 0 },
  });
  const fail = (code: "NOT_A_KPI_DOCUMENT" | "NO_FISCAL_YEAR" | "UNKNOWN_FRAMEWORK", message: Bilingual): ImportResult => ({ ok: false, error: { code, message }, report: baseReport() });

  // KPIs: the summary table's rows; without a table, the pages' score tables.
  const kpis: KpiDraft[] = [];
  const table = drafts.tables[0];
  const comma = table?.decimalComma ?? false;
  for (const row of table?.rows ?? []) {
    const criteria = row.criteria.map((c) => cellNumber(c, comma));
    const numeric = criteria.every((c): c is number => c !== null) && checkCriteria(criteria).ok;
    const result = readResult(row.result, comma);
    const self = readResult(row.selfResult, comma);
    const kind = numeric ? "numeric" : result && !result.level ? "score100" : "milestone";
    kpis.push({
      row,
      page: null,
      pageRow: null,
      id: "",
      component: row.component ?? "",
      name: row.name,
      weight: cellNumber(row.weight, false),
      criteria: numeric ? (criteria as number[]) : null,
      kind,
      result: result?.value ?? null,
      self: self?.value ?? null,
      printed: cellNumber(row.score, comma),
      printedSelf: cellNumber(row.selfScore, comma),
      note: null,
      line: row.line,
    });
  }
  for (const page of drafts.pages) attachPage(page, kpis, notes);
  if (kpis.length === 0) return fail("NOT_A_KPI_DOCUMENT", MSG.noResults());
  const counts = new Map<string, number>();
  for (const k of kpis) {
    const n = (counts.get(k.component) ?? 0) + 1;
    counts.set(k.component, n);
    k.id = `${k.component}-${n}`;
  }

  const fy = mostFrequent(drafts.titles.map((t) => t.year));
  if (fy === undefined && !options.framework) return fail("NO_FISCAL_YEAR", MSG.noYear());
  const agency = mostFrequent([...drafts.titles.map((t) => t.agency), ...drafts.pages.map((p) => p.agency)].filter((a): a is string => !!a)) ?? "";
  const fw = chooseFramework(fy ?? 0, agency, [...new Set(kpis.map((k) => k.component))], options.framework);
  if (fw.error) return fail("UNKNOWN_FRAMEWORK", fw.error);
  const year = fy ?? fw.framework?.fiscalYear ?? 0;
  if (fw.framework) notes.push({ message: options.framework ? MSG.frameworkGiven(fw.id) : MSG.frameworkInferred(fw.id, year, fw.framework.agencyKind) });
  else notes.push({ message: MSG.frameworkMissing(fw.id) });
  if (fw.framework) notes.push({ message: MSG.frameworkResult(fw.id) });
  const ladder = (fw.framework?.ladder ?? DEFAULT_LADDER) as unknown as Ladder;
  const floor = fw.framework?.floor ?? 0;

  // Printed scores against recomputed ones.
  const checks: ScoreCheck[] = [];
  const computed = new Map<KpiDraft, { score: number | null; self: number | null }>();
  for (const k of kpis) {
    const c = { score: computeScore(k, k.result, ladder, floor), self: computeScore(k, k.self, ladder, floor) };
    computed.set(k, c);
    if (k.printed !== null && c.score !== null) checks.push({ kpi: k.id, who: "committee", printed: k.printed, computed: c.score, same: same(k.printed, c.score), line: k.line });
    if (k.printedSelf !== null && c.self !== null) checks.push({ kpi: k.id, who: "self", printed: k.printedSelf, computed: c.self, same: same(k.printedSelf, c.self), line: k.line });
    const pr = k.page && k.pageRow !== null ? k.page.rows[k.pageRow] : undefined;
    const pagePrinted = pr ? cellNumber(pr.score, false) : null;
    if (pr && pagePrinted !== null && c.score !== null) checks.push({ kpi: k.id, who: "committee", printed: pagePrinted, computed: c.score, same: same(pagePrinted, c.score), line: pr.line });
  }
  const sumOf = (code: string | null, who: "committee" | "self"): number =>
    kpis.filter((k) => code === null || isWithin(k.component, code)).reduce((s, k) => s + ((who === "self" ? computed.get(k)?.self : computed.get(k)?.score) ?? 0), 0);
  const hasSelf = kpis.some((k) => k.self !== null);
  for (const t of table?.totals ?? []) {
    const printed = cellNumber(t.text, comma);
    if (printed === null) continue;
    const value = sumOf(t.code, t.who);
    checks.push({ ...(t.code ? { component: t.code } : {}), who: t.who, printed, computed: value, same: same(printed, value), line: t.line });
  }
  // The subtotal column repeats a sub-component's total on each of its rows: checked once.
  const seen = new Set<string>();
  for (const k of kpis) {
    const group = k.row?.group ?? null;
    const printed = k.row ? cellNumber(k.row.subtotal, comma) : null;
    if (printed === null || group === null || seen.has(group)) continue;
    seen.add(group);
    const value = sumOf(group, "committee");
    checks.push({ component: group, who: "committee", printed, computed: value, same: same(printed, value), line: k.line });
  }
  for (const p of drafts.pages) {
    const printed = p.total ? cellNumber(p.total.text, false) : null;
    if (!p.total || printed === null || !p.component) continue;
    const value = sumOf(p.component, "committee");
    checks.push({ component: p.component, who: "committee", printed, computed: value, same: same(printed, value), line: p.total.line });
  }
  for (const c of checks) {
    if (c.same) continue;
    const where = c.kpi ? `ตัวชี้วัด ${c.kpi} / KPI ${c.kpi}` : c.component ? `องค์ประกอบ ${c.component} / component ${c.component}` : "คะแนนรวม / total";
    const msg = MSG.scoreDiffers(where, c.who, c.printed, c.computed);
    disagreements.push({ ...(c.kpi ? { kpi: c.kpi } : {}), ...(c.component ? { component: c.component } : {}), field: c.who === "self" ? "selfScore" : "score", kept: c.computed, other: c.printed, lines: [c.line], message: msg });
  }
  const total = sumOf(null, "committee");
  const grand = (table?.totals ?? []).filter((t) => t.code === null);
  const printedOf = (who: "committee" | "self"): number | null => {
    const t = grand.find((x) => x.who === who);
    return t ? cellNumber(t.text, comma) : null;
  };

  // The plan.
  const planKpis: KpiIn[] = kpis.map((k) => {
    const r: ResultIn = { value: k.result };
    if (k.self !== null) r.self = k.self;
    if (k.note) r.note = k.note;
    if (k.printed !== null) r.score = k.printed;
    if (k.printedSelf !== null) r.selfScore = k.printedSelf;
    const kpi: KpiIn = {
      id: k.id,
      component: k.component,
      name: k.name,
      target: "",
      weight: k.weight,
      definition: "",
      method: "",
      rubric: { kind: k.kind, levels: k.criteria ? k.criteria.map((c, i) => ({ level: i + 1, percent: ladder[i], points: k.weight === null ? null : (k.weight * (ladder[i] as number)) / 100, description: "", criterion: c })) : [] },
    };
    if (round === "end") kpi.result = r;
    else kpi.results = { mid: r };
    return kpi;
  });
  const reviews: Review[] = [];
  for (const p of drafts.pages) {
    if (!p.component) continue;
    const review: Review = { round, component: p.component };
    for (const f of REVIEW_FIELDS) {
      const text = p.texts[f].map((x) => x.text).join("\n");
      if (text !== "") review[f] = text;
    }
    if (p.signoff && (p.signoff.name !== "" || p.signoff.position !== "")) {
      if (p.signoff.date === null && p.signoff.dateText !== "") notes.push({ line: p.signoff.line, message: MSG.dateUnread(p.signoff.dateText) });
      review.signoff = { name: p.signoff.name, position: p.signoff.position, date: p.signoff.date ?? p.signoff.dateText };
      if (p.signoff.organisation !== "") review.signoff.organisation = p.signoff.organisation;
    }
    reviews.push(review);
  }
  const plan: PlanInput = { format: "kpi-plan", version: 1, framework: fw.id, agency, fiscalYear: year, kpis: planKpis, actionPlan: [], ...(reviews.length > 0 ? { reviews } : {}) };

  if (table) recognised.push({ kind: "resultTable", from: table.from, to: table.to, what: MSG.resultTable(table.rows.length, round) });
  for (const p of drafts.pages) {
    const texts = REVIEW_FIELDS.filter((f) => p.texts[f].length > 0);
    recognised.push({ kind: "resultPage", from: p.from, to: p.to, what: MSG.resultPage(p.component, texts, p.signoff !== null) });
  }
  recognised.sort((a, b) => a.from - b.from);
  const results: ResultsReport = {
    round,
    kpis: kpis.map((k) => ({ id: k.id, name: k.name, result: k.result, self: k.self, score: computed.get(k)?.score ?? null, selfScore: computed.get(k)?.self ?? null, printed: k.printed, printedSelf: k.printedSelf })),
    total,
    selfTotal: hasSelf ? sumOf(null, "self") : null,
    printedTotal: printedOf("committee"),
    printedSelfTotal: printedOf("self"),
    checks,
  };
  const checked = parsePlan(plan);
  if (!checked.ok) {
    const detail = checked.problems.map((p) => `${p.path}: ${p.message}`).join("; ");
    return { ok: false, error: { code: "INTERNAL", message: { th: `แผนที่อ่านได้ไม่ถูกต้องตามรูปแบบ kpi-plan: ${detail}`, en: `the plan read is not a valid kpi-plan: ${detail}` } }, report: baseReport() };
  }
  const findings = fw.framework ? validatePlan(checked.plan, fw.framework).filter((f) => RESULT_RULES.has(f.code)) : [];
  return { ok: true, plan, framework: fw.framework, findings, report: { ...baseReport(), results } };
}

/**
 * A page to the KPIs of its component: rows numbered 1., 2. go to the component's KPIs in that
 * order, unnumbered ones by name; the page's full names replace the summary's shortened ones.
 * A page whose component has no KPI in the summary adds its KPIs from its own score table.
 */
function attachPage(page: ResultPage, kpis: KpiDraft[], notes: ImportNote[]): void {
  const code = page.component;
  const own = kpis.filter((k) => code !== null && k.component === code);
  const rows = page.rows.length > 0 ? page.rows : [];
  const names = rows.map((r) => r.name).filter((n) => n !== "");
  if (own.length === 0) {
    if (code === null || (rows.length === 0 && !page.kpiName)) {
      notes.push({ line: page.from, message: MSG.pageNoKpi(code) });
      return;
    }
    // No summary table row: the page's own score table gives the KPI.
    const source = rows.length > 0 ? rows : [{ line: page.componentLine, no: null, name: page.kpiName ?? "", self: "", result: "", score: "" }];
    source.forEach((r, idx) => {
      const result = readResult(r.result, false);
      const self = readResult(r.self, false);
      kpis.push({
        row: null,
        page,
        pageRow: rows.length > 0 ? idx : null,
        id: "",
        component: code,
        name: r.name || page.kpiName || "",
        weight: null,
        criteria: null,
        kind: result && !result.level ? "score100" : "milestone",
        result: result?.value ?? null,
        self: self?.value ?? null,
        printed: cellNumber(r.score, false),
        printedSelf: null,
        note: null,
        line: r.line,
      });
    });
    const added = kpis.filter((k) => k.page === page);
    notesOf(page, added.length).forEach((n, i) => {
      const k = added[i];
      if (k && n) k.note = n;
    });
    return;
  }
  own.forEach((k, i) => {
    let idx = rows.findIndex((r) => r.no === i + 1);
    if (idx < 0 && rows.length === own.length) idx = i;
    if (idx < 0 && names.length > 0) {
      let best = -1;
      let score = 0.5;
      rows.forEach((r, j) => {
        const s = titleSimilarity(k.name, r.name);
        if (s > score) [best, score] = [j, s];
      });
      idx = best;
    }
    k.page = page;
    k.pageRow = idx >= 0 ? idx : null;
    const full = (idx >= 0 ? rows[idx]?.name : "") || (own.length === 1 ? page.kpiName : null);
    if (full) k.name = full;
  });
  notesOf(page, own.length).forEach((n, i) => {
    const k = own[i];
    if (k && n) k.note = n;
  });
}
