// Drafts → kpi-plan: detail pages, rubrics and action plans matched to the summary's KPIs,
// fields built per test/fixtures/plans/FORMAT.md, disagreements between the places reported,
// the framework inferred, and the plan validated.
import { FRAMEWORKS, findFramework, isWithin, leafComponents } from "../frameworks";
import type { Framework } from "../schema/framework";
import { parsePlan, type PlanInput, type PlannedMonth } from "../schema/plan";
import { checkCriteria } from "../scoring/criteria";
import { numbersInText, parseThaiNumber, toNumeric } from "../thai/number";
import { toArabicDigits, toThaiDigits } from "../thai/digits";
import { validatePlan } from "../validation/validate";
import type { DetailPage, Located, Parsed, RubricDraft, StepTableDraft, SummaryRow } from "./drafts";
import { buildEvidence, buildPartners, joinParas, splitSections, type Sections } from "./fields";
import { MSG, type Source } from "./messages";
import { nameKey, nameSimilarity, sameIgnoringSpaces, titleSimilarity } from "./similarity";
import { keyOf } from "./text";
import type { Bilingual } from "../schema/common";
import type { Disagreement, ImportErrorCode, ImportNote, ImportOptions, ImportReport, ImportResult, Recognised, Skipped } from "./types";
import type { AlignmentField } from "./vocabulary";

type Num = number | string | null;
type KpiIn = PlanInput["kpis"][number];
type ActionIn = NonNullable<PlanInput["actionPlan"]>[number];
type LevelIn = NonNullable<NonNullable<KpiIn["rubric"]>["levels"]>[number];

interface Draft {
  order: number;
  row: SummaryRow | null;
  page: DetailPage | null;
  sections: Sections | null;
  rubric: RubricDraft | null;
  component: string | null;
  id: string;
}

const MATCH = 0.45;
const ALIGNMENT_FIELDS: readonly AlignmentField[] = ["policy", "strategy", "subStrategy", "objective", "keyResult"];

const num = (text: string): Num => toNumeric(text === "" ? null : text);
const isTemplateName = (name: string): boolean => /^ชื่อตัวชี้วัด/.test(keyOf(name).replace(/\s+/g, ""));
const collapse = (s: string): string => s.replace(/\s+/g, " ").trim();

/** One baseline entry per "พ.ศ. ๒๕๖๓ : …" of a cell; null when the cell names no year. */
export function parseBaseline(text: string): { year: number; text: string }[] | null {
  const arabic = toArabicDigits(text);
  // "พ.ศ. ๒๕๖๓ :", "ปี ๒๕๖๓ :", "๒๕๖๓ :" or "๒๕๖๓ =" (a bare year only when it is a BE year).
  const re = /(?:(?:พ\.\s*ศ\.|ปี(?:งบประมาณ)?)\s*(\d{4})|(?<![\d,.])(2[4-6]\d\d))\s*[:：=]/g;
  const hits = [...arabic.matchAll(re)];
  if (hits.length === 0) return null;
  return hits.map((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = hits[i + 1]?.index ?? text.length;
    return { year: Number(m[1] ?? m[2]), text: collapse(text.slice(start, end)) };
  });
}

/** What the target is counted in, when the name and the target agree on it. */
export function unitOf(name: string, target: string): string | undefined {
  const n = keyOf(name);
  const t = keyOf(target);
  if (/^ระดับ/.test(t)) return /^ระดับ/.test(n) ? "ระดับ" : undefined;
  if (/^ร้อยละ/.test(t)) return /^ร้อยละ/.test(n) ? "ร้อยละ" : undefined;
  const m = /^\d[\d,.]*\s+([^\s\d()]+)/.exec(t);
  return m && /^จำนวน/.test(n) ? m[1] : undefined;
}

const QUALIFIERS =
  /(ร้อยละ|ไม่น้อยกว่า|ไม่ต่ำกว่า|ไม่เกิน|ไม่มากกว่า|อย่างน้อย|มากกว่า|น้อยกว่า|หรือมากกว่า|หรือน้อยกว่า|จำนวน|ขึ้นไป|ภายใน|เท่ากับ|ได้|คะแนน|percent)/g;

/** "ร้อยละ ๙๒", "ไม่เกิน ๑๗๐ นาที", "๓ ระบบ": a level that only states a number. */
export function numericCriterion(description: string): number | null {
  const nums = numbersInText(description);
  if (nums.length !== 1) return null;
  const leftover = keyOf(description)
    .replace(/[-+−]?\d[\d,]*(\.\d+)?/g, "")
    .replace(QUALIFIERS, "")
    .replace(/[\s().,:%/\-–]/g, "");
  if (/ขั้นตอน|ระดับ/.test(leftover)) return null;
  return leftover.length <= 12 ? (nums[0] as number) : null;
}

function buildRubric(r: RubricDraft | null): NonNullable<KpiIn["rubric"]> {
  if (!r || r.rows.length === 0) return { kind: "milestone", levels: [] };
  const rows = r.rows.map((row) => {
    const description = joinParas(row.description);
    const explicit = row.criterion === "" ? null : parseThaiNumber(row.criterion);
    const levelNumber = numbersInText(row.level)[0];
    return {
      level: levelNumber !== undefined && levelNumber >= 0 && levelNumber <= 10 ? levelNumber : num(row.level),
      percent: num(row.percent),
      points: num(row.points),
      description,
      criterion: explicit ?? numericCriterion(description),
    };
  });
  rows.sort((a, b) => (typeof a.level === "number" ? a.level : 99) - (typeof b.level === "number" ? b.level : 99));
  const criteria = rows.map((x) => x.criterion);
  const numeric = rows.length === 5 && criteria.every((c) => c !== null) && checkCriteria(criteria).ok;
  const levels: LevelIn[] = rows.map((x) => ({
    level: x.level,
    percent: x.percent,
    points: x.points,
    description: x.description,
    criterion: numeric ? x.criterion : null,
  }));
  const out: NonNullable<KpiIn["rubric"]> = { kind: numeric ? "numeric" : "milestone", levels };
  if (r.conditions.length > 0) out.conditions = r.conditions.map((c) => c.text).join("\n");
  return out;
}

function mostFrequent<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

class Assembler {
  private readonly drafts: Draft[] = [];
  private readonly skipped: Skipped[];
  private readonly notes: ImportNote[] = [];
  private readonly disagreements: Disagreement[] = [];
  private readonly recognised: Recognised[] = [];

  constructor(
    private readonly parsed: Parsed,
    private readonly options: ImportOptions,
  ) {
    this.skipped = [...parsed.skipped];
  }

  run(): ImportResult {
    this.collectKpis();
    if (this.drafts.length === 0) return this.fail("NOT_A_KPI_DOCUMENT", MSG.notKpi());
    this.attachRubrics();
    const fy = this.fiscalYear();
    const agency = mostFrequent(this.parsed.titles.map((t) => t.agency).filter((a): a is string => !!a)) ?? "";
    const fw = this.framework(fy, agency);
    if ("error" in fw) return this.fail(fw.error, fw.message);
    const fiscalYear = fy ?? fw.framework?.fiscalYear ?? null;
    if (fiscalYear === null) return this.fail("NO_FISCAL_YEAR", MSG.noYear());
    if (fy !== null && fw.framework && fw.framework.fiscalYear !== fy) this.notes.push({ message: MSG.yearMismatch(fy, fw.framework.fiscalYear) });
    this.assignIds(fw.framework);
    const kpis = this.drafts.map((d) => this.kpi(d));
    const { actionPlan, budgetTotal } = this.actionPlans();
    this.componentChecks(kpis);
    const plan: PlanInput = {
      format: "kpi-plan",
      version: 1,
      framework: fw.id,
      agency,
      fiscalYear,
      kpis,
      actionPlan,
      ...(budgetTotal === undefined ? {} : { budgetTotal }),
    };
    if (this.parsed.furniture > 0) this.notes.push({ message: MSG.dropped(this.parsed.furniture) });
    this.describe();
    const parsed = parsePlan(plan);
    if (!parsed.ok) {
      const detail = parsed.problems.map((p) => `${p.path}: ${p.message}`).join("; ");
      // A defect of the importer, not of the document: said as such.
      return this.fail("INTERNAL", { th: `แผนที่อ่านได้ไม่ถูกต้องตามรูปแบบ kpi-plan: ${detail}`, en: `the plan read is not a valid kpi-plan: ${detail}` });
    }
    const findings = fw.framework ? validatePlan(parsed.plan, fw.framework) : [];
    return { ok: true, plan, framework: fw.framework, findings, report: this.report() };
  }

  private fail(code: ImportErrorCode, message: Bilingual): ImportResult {
    return { ok: false, error: { code, message }, report: this.report() };
  }

  private report(): ImportReport {
    return {
      recognised: this.recognised,
      skipped: [...this.skipped].sort((a, b) => a.line - b.line),
      disagreements: this.disagreements,
      notes: this.notes,
      stats: {
        lines: this.parsed.lines,
        pages: Math.max(1, this.parsed.titles.length),
        kpis: this.drafts.length,
        rubrics: this.drafts.filter((d) => d.rubric && d.rubric.rows.length > 0).length,
        steps: this.parsed.plans.reduce((s, p) => s + p.steps.length, 0),
        dropped: this.parsed.furniture,
      },
    };
  }

  private skipLines(from: number, to: number, reason: { th: string; en: string }, text = ""): void {
    this.skipped.push({ line: from, text: text || `(บรรทัด ${from}–${to} / lines ${from}–${to})`, reason });
  }

  // ------------------------------------------------------------ KPIs: summary rows and pages

  private collectKpis(): void {
    for (const row of this.parsed.summary) {
      if (isTemplateName(row.name)) {
        this.skipped.push({ line: row.line, text: row.name, reason: MSG.templateRow() });
        continue;
      }
      this.drafts.push({ order: this.drafts.length, row, page: null, sections: null, rubric: null, component: row.component, id: "" });
    }
    const pages = this.parsed.pages;
    const sections = new Map<DetailPage, Sections>();
    for (const page of pages) {
      const s = splitSections(page.stream, page.labelled);
      sections.set(page, s);
      if (page.labelled) {
        page.name = collapse(joinParas(s.name));
        page.baseline = collapse(joinParas(s.baseline));
        page.target = collapse(joinParas(s.target));
        page.weight = collapse(joinParas(s.weight));
        page.unit = collapse(joinParas(s.unit));
      }
    }
    const named = pages.filter((p) => p.name !== "" && !isTemplateName(p.name));
    for (const p of pages) if (p.name !== "" && isTemplateName(p.name)) this.skipped.push({ line: p.rowLine ?? p.from, text: p.name, reason: MSG.templateRow() });
    // Pages whose name is the summary's (spaces aside) first, in order; then greedy best-first
    // matching of the rest by similarity.
    const used = new Set<DetailPage>();
    const byKey = new Map<string, Draft[]>();
    for (const d of this.drafts) if (d.row) byKey.set(nameKey(d.row.name), [...(byKey.get(nameKey(d.row.name)) ?? []), d]);
    for (const page of named) {
      const d = byKey.get(nameKey(page.name))?.find((x) => !x.page);
      if (d) {
        d.page = page;
        used.add(page);
      }
    }
    const pairs: { page: DetailPage; draft: Draft; score: number; gap: number }[] = [];
    named.forEach((page, pi) => {
      if (used.has(page)) return;
      for (const draft of this.drafts) {
        if (!draft.row || draft.page) continue;
        pairs.push({ page, draft, score: nameSimilarity(page.name, draft.row.name), gap: Math.abs(pi - draft.order) });
      }
    });
    pairs.sort((a, b) => b.score - a.score || a.gap - b.gap);
    for (const p of pairs) {
      if (p.score < MATCH) break;
      if (used.has(p.page) || p.draft.page) continue;
      p.draft.page = p.page;
      used.add(p.page);
    }
    const hasSummary = this.drafts.length > 0;
    for (const page of named) {
      if (used.has(page)) continue;
      if (hasSummary) this.notes.push({ line: page.rowLine ?? page.from, message: MSG.detailOnly(page.name) });
      const code = page.boxTicked ?? (page.boxCodes.length === 1 ? (page.boxCodes[0] as string) : null);
      this.drafts.push({ order: this.drafts.length, row: null, page, sections: null, rubric: null, component: code, id: "" });
      used.add(page);
    }
    // Pages without a name row: attached by position between the pages around them.
    const draftOf = (page: DetailPage): Draft | undefined => this.drafts.find((d) => d.page === page);
    pages.forEach((page, idx) => {
      if (page.name !== "" || page.stream.length === 0) return;
      const before = pages.slice(0, idx).reverse().map(draftOf).find((d) => d !== undefined);
      const after = pages.slice(idx + 1).map(draftOf).find((d) => d !== undefined);
      const lo = before?.order ?? -1;
      const hi = after?.order ?? Number.MAX_SAFE_INTEGER;
      const candidate = this.drafts.find((d) => !d.page && d.row && d.order > lo && d.order < hi);
      if (candidate) {
        candidate.page = page;
        this.pendingNotes.push({ draft: candidate, line: page.from, make: (id) => MSG.attachedByPosition(id) });
      } else {
        this.skipLines(page.from, page.to, MSG.detailNoKpi(), joinParas(page.stream).slice(0, 120));
      }
    });
    for (const d of this.drafts) if (d.page) d.sections = sections.get(d.page) ?? null;
  }

  private readonly pendingNotes: { draft: Draft; line: number; make: (id: string) => { th: string; en: string } }[] = [];

  private names(d: Draft): string[] {
    return [d.row?.name, d.page?.name].filter((n): n is string => !!n);
  }

  /**
   * The KPI a rubric or a plan belongs to: the page it follows, unless its title clearly names
   * another KPI. `byTitle`: the title overruled the page (worth a note).
   */
  private owner(page: DetailPage | null, title: string | null): { draft: Draft | null; byTitle: boolean } {
    const byPage = page ? (this.drafts.find((d) => d.page === page) ?? null) : null;
    if (!title) return { draft: byPage, byTitle: false };
    const score = (d: Draft): number => Math.max(0, ...this.names(d).map((n) => titleSimilarity(n, title)));
    const pageScore = byPage ? score(byPage) : 0;
    if (byPage && pageScore >= 0.8) return { draft: byPage, byTitle: false };
    let best: Draft | null = null;
    let bestScore = 0;
    for (const d of this.drafts) {
      const s = score(d);
      if (s > bestScore) [best, bestScore] = [d, s];
    }
    if (byPage && (pageScore >= 0.5 || pageScore >= bestScore - 0.15)) return { draft: byPage, byTitle: false };
    if (best && bestScore >= 0.5) return { draft: best, byTitle: byPage !== null };
    return { draft: byPage, byTitle: false };
  }

  private attachRubrics(): void {
    for (const r of this.parsed.rubrics) {
      if (r.rows.length === 0) continue;
      const { draft: d, byTitle } = this.owner(r.page, r.titleName);
      if (!d) {
        this.skipLines(r.from, r.to, MSG.rubricNoKpi(), r.titleName ?? "");
        continue;
      }
      if (d.rubric) {
        this.duplicateRubrics.push({ draft: d, rubric: r });
        continue;
      }
      if (byTitle) this.pendingNotes.push({ draft: d, line: r.from, make: (id) => MSG.attachedByTitle("rubric", id) });
      d.rubric = r;
    }
  }

  private readonly duplicateRubrics: { draft: Draft; rubric: RubricDraft }[] = [];
  private readonly planOwners = new Map<StepTableDraft, Draft | null>();

  // ------------------------------------------------------------ year, framework, ids

  private fiscalYear(): number | null {
    const fromTitles = mostFrequent(this.parsed.titles.map((t) => t.year).filter((y): y is number => y !== null));
    if (fromTitles !== undefined) return fromTitles;
    const years = this.drafts.flatMap((d) => [...(parseBaseline(d.row?.baseline ?? "") ?? []), ...(parseBaseline(d.page?.baseline ?? "") ?? [])].map((b) => b.year));
    if (years.length > 0 && !this.options.framework) {
      const y = Math.max(...years) + 1;
      this.notes.push({ message: MSG.yearFromBaseline(y) });
      return y;
    }
    return null;
  }

  private documentLadder(): number[] | null {
    for (const d of this.drafts) {
      const levels = buildRubric(d.rubric).levels ?? [];
      const p = levels.map((l) => l.percent);
      if (p.length === 5 && p.every((v) => typeof v === "number")) return p as number[];
    }
    return null;
  }

  private framework(fy: number | null, agency: string): { id: string; framework: Framework | null } | { error: "UNKNOWN_FRAMEWORK" | "NO_FISCAL_YEAR"; message: { th: string; en: string } } {
    if (this.options.framework) {
      const f = findFramework(this.options.framework);
      if (!f) return { error: "UNKNOWN_FRAMEWORK", message: MSG.unknownFramework(this.options.framework, FRAMEWORKS.map((x) => x.id).join(", ")) };
      this.notes.push({ message: MSG.frameworkGiven(f.id) });
      return { id: f.id, framework: f };
    }
    if (fy === null) return { error: "NO_FISCAL_YEAR", message: MSG.noYear() };
    const kind = /^(สำนักงานเขต|เขต)/.test(agency.replace(/\s+/g, "")) ? "district" : "bureau";
    const codes = [...new Set(this.drafts.map((d) => d.component).filter((c): c is string => !!c))];
    const ladder = this.documentLadder();
    let best: Framework | null = null;
    let bestScore = -Infinity;
    // The agency names the kind; without an agency line the component codes decide.
    const candidates = FRAMEWORKS.filter((x) => x.fiscalYear === fy && (agency === "" || x.agencyKind === kind));
    for (const f of candidates) {
      const leaves = leafComponents(f).map((c) => c.code);
      let score = 0;
      for (const c of codes) score += leaves.includes(c) ? 2 : -3;
      if (f.agencyKind === kind) score += 1;
      if (ladder && ladder.every((v, i) => v === f.ladder[i])) score += 1;
      if (score > bestScore) [best, bestScore] = [f, score];
    }
    if (!best) {
      const id = `bma-${fy}-${kind}`;
      this.notes.push({ message: MSG.frameworkMissing(id) });
      return { id, framework: null };
    }
    this.notes.push({ message: MSG.frameworkInferred(best.id, fy, best.agencyKind) });
    return { id: best.id, framework: best };
  }

  private assignIds(fw: Framework | null): void {
    const counts = new Map<string, number>();
    for (const d of this.drafts) if (d.component) counts.set(d.component, (counts.get(d.component) ?? 0) + 1);
    for (const d of this.drafts) {
      if (d.component) continue;
      const leaves = fw ? leafComponents(fw).filter((c) => !c.shared) : [];
      const room = leaves.find((c) => (counts.get(c.code) ?? 0) < c.kpiCount) ?? leaves[0];
      d.component = room?.code ?? "1";
      counts.set(d.component, (counts.get(d.component) ?? 0) + 1);
      this.notes.push({ line: d.page?.rowLine ?? d.page?.from, message: MSG.componentGuessed(d.page?.name ?? d.row?.name ?? "", d.component) });
    }
    const n = new Map<string, number>();
    for (const d of this.drafts) {
      const c = d.component as string;
      n.set(c, (n.get(c) ?? 0) + 1);
      d.id = `${c}-${n.get(c)}`;
    }
    for (const p of this.pendingNotes) this.notes.push({ line: p.line, message: p.make(p.draft.id) });
    for (const { draft, rubric } of this.duplicateRubrics) this.skipLines(rubric.from, rubric.to, MSG.rubricDuplicate(draft.id), rubric.titleName ?? "");
  }

  // ------------------------------------------------------------ one KPI

  private disagree(d: Draft, field: string, kept: Num, other: Num, lines: (number | undefined)[], keptFrom: Source, otherFrom: Source): void {
    this.disagreements.push({
      kpi: d.id,
      field,
      kept,
      other,
      lines: lines.filter((l): l is number => l !== undefined),
      message: MSG.disagree(`ตัวชี้วัด ${d.id} /`, field, kept, other, keptFrom, otherFrom),
    });
  }

  private kpi(d: Draft): KpiIn {
    const row = d.row;
    const page = d.page;
    const s = d.sections;
    const rowLine = row?.line;
    const pageLine = page?.rowLine;
    const name = collapse(row?.name || page?.name || "");
    if (row && page && page.name !== "" && !sameIgnoringSpaces(row.name, page.name)) {
      this.disagree(d, "name", name, collapse(page.name), [rowLine, pageLine], "summary", "detail");
    }
    if (d.rubric?.titleName && !sameIgnoringSpaces(d.rubric.titleName, name) && nameSimilarity(d.rubric.titleName, name) < 0.999) {
      if (!page || !sameIgnoringSpaces(d.rubric.titleName, page.name)) this.disagree(d, "name", name, collapse(d.rubric.titleName), [rowLine ?? pageLine, d.rubric.titleLine], row ? "summary" : "detail", "rubric");
    }
    const target = collapse(row?.target || page?.target || "");
    if (row && page?.hasRow && row.target !== "" && !sameIgnoringSpaces(row.target, page.target)) {
      this.disagree(d, "target", target, collapse(page.target), [rowLine, pageLine], "summary", "detail");
    }
    const rowW = row ? num(row.weight) : null;
    const pageW = page?.hasRow ? num(page.weight) : null;
    const weight = rowW ?? pageW;
    if (row && page?.hasRow && rowW !== pageW) {
      if (rowW !== null) this.disagree(d, "weight", rowW, pageW, [rowLine, pageLine], "summary", "detail");
      else this.disagree(d, "weight", pageW, rowW, [pageLine, rowLine], "detail", "summary");
    }
    const baseline = this.baseline(d);
    const unitText = collapse(row?.unit || page?.unit || "");
    const unit = unitText !== "" ? unitText : unitOf(name, target);
    const alignment: Record<AlignmentField, string | null> = { policy: null, strategy: null, subStrategy: null, objective: null, keyResult: null };
    for (const f of ALIGNMENT_FIELDS) alignment[f] = page?.alignment[f]?.text || null;
    const kpi: KpiIn = {
      id: d.id,
      component: d.component as string,
      name,
      ...(unit ? { unit } : {}),
      baseline,
      target,
      weight,
      alignment,
      definition: s ? joinParas(s.definition) : "",
      method: s ? joinParas(s.method) : "",
      evidence: s ? buildEvidence(s.evidence) : [],
      partners: s ? buildPartners(s.partners) : [],
      rubric: buildRubric(d.rubric),
    };
    return kpi;
  }

  private baseline(d: Draft): { year: number; text: string }[] {
    const rowYears = d.row ? parseBaseline(d.row.baseline) : null;
    const pageYears = d.page?.hasRow ? parseBaseline(d.page.baseline) : null;
    const lines = [d.row?.line, d.page?.rowLine];
    const show = (b: { year: number; text: string }[]): string => b.map((x) => `พ.ศ. ${toThaiDigits(x.year)} : ${x.text}`).join(" ");
    if (rowYears && rowYears.length > 0) {
      if (pageYears && pageYears.length > 0) {
        const same = rowYears.length === pageYears.length && rowYears.every((b, i) => b.year === pageYears[i]?.year && sameIgnoringSpaces(b.text, pageYears[i]?.text ?? ""));
        if (!same) this.disagree(d, "baseline", show(rowYears), show(pageYears), lines, "summary", "detail");
      }
      return rowYears;
    }
    const undated = collapse(d.row?.baseline ?? "");
    if (pageYears && pageYears.length > 0) {
      if (undated !== "") {
        const stated = pageYears.map((b) => b.text).filter((t) => !/^[-–—]?$/.test(t));
        const agrees = /^[-–—]$/.test(undated) ? stated.length === 0 : stated.length > 0 && stated.every((t) => sameIgnoringSpaces(t, undated));
        if (!agrees) this.disagree(d, "baseline", show(pageYears), undated, [lines[1], lines[0]], "detail", "summary");
      }
      return pageYears;
    }
    if (undated !== "" && !/^[-–—]$/.test(undated) && d.row) {
      this.skipped.push({ line: d.row.line, text: undated, reason: MSG.emptySummaryBaseline() });
    }
    return [];
  }

  // ------------------------------------------------------------ action plans and budgets

  private actionPlans(): { actionPlan: ActionIn[]; budgetTotal: number | string | undefined } {
    const entries: { entry: ActionIn; draft: StepTableDraft | null }[] = [];
    for (const t of this.parsed.plans) {
      const { draft: owner, byTitle } = this.owner(t.page, t.title || null);
      this.planOwners.set(t, owner);
      if (!owner) this.notes.push({ line: t.from, message: MSG.planNoKpi(t.title) });
      else if (byTitle) this.notes.push({ line: t.from, message: MSG.attachedByTitle("plan", owner.id) });
      const stepBudgets = t.steps.map((s) => num(s.budget)).filter((b): b is number => typeof b === "number");
      const divisions = [...new Set(t.steps.map((s) => s.division).filter((x) => x !== ""))];
      let budget: Num = null;
      if (t.total && t.total.budget !== "") budget = num(t.total.budget);
      else if (t.budget) budget = num(t.budget.text.replace(/^งบประมาณ\s*(\(บาท\))?\s*[:：]?/, ""));
      else if (stepBudgets.length > 0) budget = stepBudgets.reduce((a, b) => a + b, 0);
      const entry: ActionIn = {
        kpi: owner?.id ?? "",
        project: t.title,
        budget,
        division: t.division?.text ?? (divisions.length > 0 ? divisions.join(", ") : null),
        steps: t.steps.map((s) => ({
          no: s.no,
          text: s.text,
          percent: num(s.percent),
          cumulative: num(s.cumulative),
          months: s.months as PlannedMonth[],
        })),
      };
      entries.push({ entry, draft: t });
      if (t.statedSteps) {
        const stated = Number(t.statedSteps.text);
        if (stated !== t.steps.length) {
          this.disagreements.push({
            kpi: entry.kpi || undefined,
            field: "actionPlan.steps",
            kept: t.steps.length,
            other: stated,
            lines: [t.statedSteps.line],
            message: MSG.stepsStated(stated, t.steps.length, t.title),
          });
        }
      }
    }
    let budgetTotal: number | string | undefined;
    for (const b of this.parsed.budgets) {
      const owner = b.page ? this.drafts.find((d) => d.page === b.page) : undefined;
      for (const row of b.rows) {
        const byKpi = row.kpi !== "" ? this.bestByName(row.kpi) : null;
        const existing = entries.find((e) => {
          const project = String(e.entry.project ?? "");
          return project !== "" && (titleSimilarity(row.project, project) >= 0.6 || titleSimilarity(project, row.project) >= 0.6);
        });
        if (existing) {
          if (existing.entry.budget === null || existing.entry.budget === undefined) existing.entry.budget = num(row.budget);
          if (!existing.entry.division && row.division !== "") existing.entry.division = row.division;
          continue;
        }
        entries.push({
          entry: { kpi: byKpi?.id ?? owner?.id ?? "", project: row.project, budget: num(row.budget), division: row.division === "" ? null : row.division, steps: [] },
          draft: null,
        });
      }
      if (b.total && budgetTotal === undefined) budgetTotal = num(b.total.text) ?? undefined;
    }
    return { actionPlan: entries.map((e) => e.entry), budgetTotal };
  }

  private bestByName(name: string): Draft | null {
    let best: Draft | null = null;
    let score = 0;
    for (const d of this.drafts) {
      const s = Math.max(0, ...this.names(d).map((n) => titleSimilarity(n, name)));
      if (s > score) [best, score] = [d, s];
    }
    return score >= 0.5 ? best : null;
  }

  // ------------------------------------------------------------ headings vs rows

  private componentChecks(kpis: readonly KpiIn[]): void {
    for (const h of this.parsed.headings) {
      const inside = kpis.filter((k) => isWithin(k.component, h.code));
      if (h.statedCount !== null && h.statedCount !== inside.length) {
        this.disagreements.push({ component: h.code, field: "kpiCount", kept: inside.length, other: h.statedCount, lines: [h.line], message: MSG.componentStated(h.code, "count", h.statedCount, inside.length) });
      }
      const sum = inside.reduce((s, k) => s + (typeof k.weight === "number" ? k.weight : 0), 0);
      if (h.statedWeight !== null && Math.abs(h.statedWeight - sum) > 1e-9) {
        this.disagreements.push({ component: h.code, field: "weight", kept: sum, other: h.statedWeight, lines: [h.line], message: MSG.componentStated(h.code, "weight", h.statedWeight, sum) });
      }
    }
    for (const t of this.parsed.summaryTotals) {
      const stated = parseThaiNumber(t.text) ?? numbersInText(t.text)[0] ?? null;
      const sum = kpis.filter((k) => this.drafts.find((d) => d.id === k.id)?.row).reduce((s, k) => s + (typeof k.weight === "number" ? k.weight : 0), 0);
      if (stated !== null && Math.abs(stated - sum) > 1e-9) {
        this.disagreements.push({ field: "weight", kept: sum, other: stated, lines: [t.line], message: MSG.totalStated(stated, sum) });
      }
    }
  }

  // ------------------------------------------------------------ the report's list of sections

  private describe(): void {
    const p = this.parsed;
    const first = p.titles[0];
    if (first) {
      const last = p.titles[p.titles.length - 1] as (typeof p.titles)[number];
      this.recognised.push({ kind: "title", from: first.line, to: last.agencyLine ?? last.line, what: MSG.title(p.titles.length, first.year, first.agency) });
    }
    p.summaryRanges.forEach((r) => {
      const rows = p.summary.filter((s) => s.line >= r.from && s.line <= r.to).length;
      const heads = p.headings.filter((h) => h.line >= r.from && h.line <= r.to).length;
      this.recognised.push({ kind: "summary", from: r.from, to: r.to, what: MSG.summary(heads, rows) });
    });
    for (const d of this.drafts) {
      const page = d.page;
      if (page) {
        const s = d.sections;
        const fields: string[] = [];
        if (page.name) fields.push("name");
        if (Object.keys(page.alignment).length > 0) fields.push("alignment");
        if (page.baseline) fields.push("baseline");
        if (page.target) fields.push("target");
        if (page.weight) fields.push("weight");
        if (s?.definition.length) fields.push("definition");
        if (s?.partners.length) fields.push("partners");
        if (s?.method.length) fields.push("method");
        if (s?.evidence.length) fields.push("evidence");
        this.recognised.push({ kind: "detail", from: page.from, to: page.to, kpi: d.id, what: MSG.detail(fields) });
      }
      const r = d.rubric;
      if (r) {
        const rubric = buildRubric(r);
        const tableEnd = r.conditions.length > 0 ? Math.min(...r.conditions.map((c) => c.line)) - 1 : r.to;
        this.recognised.push({ kind: "rubric", from: r.from, to: tableEnd, kpi: d.id, what: MSG.rubric(rubric.levels?.length ?? 0, rubric.kind) });
        if (r.conditions.length > 0) {
          const lines = r.conditions.map((c: Located) => c.line);
          this.recognised.push({ kind: "conditions", from: Math.min(...lines), to: Math.max(...lines), kpi: d.id, what: MSG.conditions() });
        }
      }
    }
    for (const t of p.plans) {
      const owner = this.planOwners.get(t) ?? null;
      this.recognised.push({ kind: "actionPlan", from: t.from, to: t.to, ...(owner ? { kpi: owner.id } : {}), what: MSG.actionPlan(t.steps.length, t.title) });
    }
    for (const b of p.budgets) this.recognised.push({ kind: "budget", from: b.from, to: b.to, what: MSG.budget(b.rows.length) });
    this.recognised.sort((a, b) => a.from - b.from);
  }
}

export function assemble(parsed: Parsed, options: ImportOptions = {}): ImportResult {
  return new Assembler(parsed, options).run();
}
