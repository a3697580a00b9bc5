// The results of a result form put into an existing plan of the same agency and fiscal year
// (`kpi import result.txt --into plan.json`). KPIs are matched by component and name — result forms
// shorten and garble names, so by similarity; a result already in the plan is never replaced
// without `force`. Works on the plan as it was read (JSON), so every field the importer does not
// touch stays exactly as the user wrote it. A mid-year form's criteria of a numeric KPI (the round
// is judged against its own, 35…55 % of the budget where the year ends at 92…100 %) become the
// plan's `rubric.rounds.mid.criteria` when they differ from the year-end ones and the plan states
// none for that round. `kpi import --into plan.xlsx` merges the same way, then writes the cells
// that changed (src/template/resultCells.ts).
import { resolveAgency } from "../agencies";
import type { Bilingual } from "../schema/common";
import { parsePlan, type Plan, type Review, type RoundId } from "../schema/plan";
import { toThaiDigits } from "../thai/digits";
import { nameSimilarity, titleSimilarity } from "./similarity";

export type MergeOutcome = "written" | "replaced" | "kept" | "added" | "unmatched";

export interface MergeEntry {
  /** The KPI of the result form, and the plan's KPI it went to (null when none matched). */
  from: string;
  name: string;
  to: string | null;
  outcome: MergeOutcome;
  message: Bilingual;
}

/** A KPI's mid-year criteria as the form states them, and what became of them. */
export interface CriteriaEntry {
  kpi: string;
  criteria: number[];
  outcome: "written" | "replaced" | "kept";
  message: Bilingual;
}

export type MergeResult =
  | {
      ok: true;
      plan: Record<string, unknown>;
      entries: MergeEntry[];
      reviews: { component: string; outcome: "written" | "replaced" | "kept" }[];
      criteria: CriteriaEntry[];
    }
  | { ok: false; code: "TARGET_INVALID" | "AGENCY_DIFFERS" | "YEAR_DIFFERS"; message: Bilingual };

const t = (v: string | number): string => toThaiDigits(String(v));
const squash = (s: string): string => resolveAgency(s).replace(/\s+/g, "");

/** Same agency: the same name once abbreviations and spaces are set aside, or a garbled spelling of it. */
function sameAgency(a: string, b: string): boolean {
  const x = squash(a);
  const y = squash(b);
  return x === y || (x !== "" && y !== "" && nameSimilarity(x, y) >= 0.9);
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** The plan's KPI a result form's KPI is: same component, the most alike name (or the only one there). */
function matchKpi(target: Plan, kpi: Plan["kpis"][number], taken: Set<number>, sameComponentCount: number): number | null {
  let best: number | null = null;
  let bestScore = 0;
  target.kpis.forEach((k, i) => {
    if (taken.has(i) || k.component !== kpi.component) return;
    const s = Math.max(titleSimilarity(kpi.name, k.name), titleSimilarity(k.name, kpi.name));
    if (s > bestScore) [best, bestScore] = [i, s];
  });
  if (best === null) return null;
  const candidates = target.kpis.filter((k, i) => !taken.has(i) && k.component === kpi.component).length;
  // One KPI in the component on both sides: the names may be worded apart, the structure says it is the one.
  return bestScore >= 0.5 || (candidates === 1 && sameComponentCount === 1) ? best : null;
}

export interface MergeOptions {
  /**
   * A form's KPI of a component the plan holds none of joins the plan (default). A workbook's
   * rows are its KPIs: there the KPI is reported as not found instead.
   */
  addMissing?: boolean;
}

/** A numeric rubric's criteria, level 1 first, when all five are numbers. */
function criteriaOf(rubric: Plan["kpis"][number]["rubric"]): number[] | null {
  if (rubric?.kind !== "numeric") return null;
  const byLevel = [1, 2, 3, 4, 5].map((l) => rubric.levels.find((x) => x.level === l)?.criterion);
  return byLevel.every((c): c is number => typeof c === "number") ? byLevel : null;
}

const sameList = (a: readonly unknown[] | null | undefined, b: readonly unknown[]): boolean => !!a && a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The mid-year criteria a mid-year form states for a KPI whose result went in: written into
 * `rubric.rounds.mid.criteria` where they differ from the year-end ones and the plan has none of
 * its own; criteria of its own that differ are replaced only with `force`.
 */
function midCriteria(raw: Record<string, unknown>, target: Plan["kpis"][number], form: Plan["kpis"][number], force: boolean): CriteriaEntry | null {
  const stated = criteriaOf(form.rubric);
  const rubric = raw.rubric;
  if (!stated || target.rubric?.kind !== "numeric" || !isObject(rubric)) return null;
  const own = (target.rubric.rounds?.mid?.criteria ?? []).some((c) => c !== null && c !== "") ? target.rubric.rounds?.mid?.criteria : undefined;
  if (own ? sameList(own, stated) : sameList(criteriaOf(target.rubric), stated)) return null;
  const list = stated.join("/");
  const id = target.id;
  if (own && !force) {
    return { kpi: id, criteria: stated, outcome: "kept", message: { th: `ตัวชี้วัด ${t(id)} มีเกณฑ์ระยะครึ่งปีอยู่แล้ว จึงไม่เขียน ${t(list)} ทับ (ใช้ --force เพื่อแทนที่)`, en: `KPI ${id} already has mid-year criteria; ${list} was not written over them (use --force to replace them)` } };
  }
  rubric.rounds = { ...(isObject(rubric.rounds) ? rubric.rounds : {}), mid: { criteria: [...stated] } };
  return {
    kpi: id,
    criteria: stated,
    outcome: own ? "replaced" : "written",
    message: { th: `ตัวชี้วัด ${t(id)}: เกณฑ์ระยะครึ่งปี ${t(list)}${own ? " แทนที่เกณฑ์เดิม" : ""}`, en: `KPI ${id}: mid-year criteria ${list} ${own ? "replaced the ones there" : "written"}` },
  };
}

export function mergeResults(targetRaw: unknown, imported: Plan, round: RoundId, force: boolean, options: MergeOptions = {}): MergeResult {
  const parsed = parsePlan(targetRaw);
  if (!parsed.ok || !isObject(targetRaw)) {
    const detail = parsed.ok ? "" : parsed.problems.map((p) => `${p.path}: ${p.message}`).join("; ");
    return { ok: false, code: "TARGET_INVALID", message: { th: `แผนปลายทางไม่ใช่ kpi-plan ที่ถูกต้อง: ${detail}`, en: `the target plan is not a valid kpi-plan: ${detail}` } };
  }
  const target = parsed.plan;
  if (!sameAgency(target.agency, imported.agency)) {
    return {
      ok: false,
      code: "AGENCY_DIFFERS",
      message: { th: `แบบรายงานผลเป็นของ ${imported.agency} แต่แผนเป็นของ ${target.agency} จึงไม่ได้นำผลเข้า`, en: `the result form is ${imported.agency}'s but the plan is ${target.agency}'s, so no result was put in` },
    };
  }
  if (target.fiscalYear !== imported.fiscalYear) {
    return {
      ok: false,
      code: "YEAR_DIFFERS",
      message: { th: `แบบรายงานผลเป็นปีงบประมาณ ${t(imported.fiscalYear)} แต่แผนเป็นปี ${t(target.fiscalYear)} จึงไม่ได้นำผลเข้า`, en: `the result form is for fiscal year ${imported.fiscalYear} but the plan is for ${target.fiscalYear}, so no result was put in` },
    };
  }
  const out = structuredClone(targetRaw);
  const rawKpis = Array.isArray(out.kpis) ? (out.kpis as unknown[]) : [];
  out.kpis = rawKpis;
  const taken = new Set<number>();
  const entries: MergeEntry[] = [];
  const criteria: CriteriaEntry[] = [];
  for (const kpi of imported.kpis) {
    const result = round === "end" ? kpi.result : kpi.results?.mid;
    if (!result) continue;
    const sameComponent = imported.kpis.filter((k) => k.component === kpi.component).length;
    const i = matchKpi(target, kpi, taken, sameComponent);
    if (i === null) {
      // A shared component the plan leaves to the framework's standard KPI: the form's KPI joins the plan.
      if (options.addMissing !== false && !target.kpis.some((k) => k.component === kpi.component)) {
        const id = target.kpis.some((k) => k.id === kpi.id) ? `${kpi.id}-r` : kpi.id;
        rawKpis.push(JSON.parse(JSON.stringify({ ...kpi, id })) as unknown);
        entries.push({ from: kpi.id, name: kpi.name, to: id, outcome: "added", message: { th: `เพิ่มตัวชี้วัด ${t(id)} พร้อมผล (แผนยังไม่มีตัวชี้วัดขององค์ประกอบ ${t(kpi.component)})`, en: `KPI ${id} added with its result (the plan had no KPI in component ${kpi.component})` } });
        continue;
      }
      entries.push({ from: kpi.id, name: kpi.name, to: null, outcome: "unmatched", message: { th: `ไม่พบตัวชี้วัด "${kpi.name}" ขององค์ประกอบ ${t(kpi.component)} ในแผน ผลนี้ไม่ได้นำเข้า`, en: `no KPI "${kpi.name}" of component ${kpi.component} in the plan; this result was not put in` } });
      continue;
    }
    taken.add(i);
    const raw = rawKpis[i];
    if (!isObject(raw)) continue;
    const id = (target.kpis[i] as Plan["kpis"][number]).id;
    const existing = round === "end" ? (target.kpis[i] as Plan["kpis"][number]).result : (target.kpis[i] as Plan["kpis"][number]).results?.mid;
    if (existing && !force) {
      entries.push({ from: kpi.id, name: kpi.name, to: id, outcome: "kept", message: { th: `ตัวชี้วัด ${t(id)} มีผล${round === "mid" ? "ครึ่งปี" : "สิ้นปี"}อยู่แล้ว จึงไม่เขียนทับ (ใช้ --force เพื่อแทนที่)`, en: `KPI ${id} already has a ${round === "mid" ? "mid-year" : "year-end"} result; it was kept (use --force to replace it)` } });
      continue;
    }
    const value = JSON.parse(JSON.stringify(result)) as unknown;
    if (round === "end") {
      raw.result = value;
      // results.end is the same round as result: one place only.
      if (isObject(raw.results)) delete raw.results.end;
    } else {
      raw.results = { ...(isObject(raw.results) ? raw.results : {}), mid: value };
      const c = midCriteria(raw, target.kpis[i] as Plan["kpis"][number], kpi, force);
      if (c) criteria.push(c);
    }
    entries.push({ from: kpi.id, name: kpi.name, to: id, outcome: existing ? "replaced" : "written", message: { th: `ตัวชี้วัด ${t(id)}: ${existing ? "แทนที่ผลเดิม" : "เขียนผล"}`, en: `KPI ${id}: result ${existing ? "replaced" : "written"}` } });
  }
  const reviews: { component: string; outcome: "written" | "replaced" | "kept" }[] = [];
  const rawReviews = Array.isArray(out.reviews) ? (out.reviews as unknown[]) : [];
  for (const review of imported.reviews ?? []) {
    if (review.round !== round) continue;
    const at = (target.reviews ?? []).findIndex((r: Review) => r.round === review.round && r.component === review.component);
    if (at >= 0 && !force) {
      reviews.push({ component: review.component, outcome: "kept" });
      continue;
    }
    const value = JSON.parse(JSON.stringify(review)) as unknown;
    if (at >= 0) rawReviews[at] = value;
    else rawReviews.push(value);
    reviews.push({ component: review.component, outcome: at >= 0 ? "replaced" : "written" });
  }
  if (rawReviews.length > 0) out.reviews = rawReviews;
  return { ok: true, plan: out, entries, reviews, criteria };
}
