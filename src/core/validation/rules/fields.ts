import { allComponents } from "../../frameworks";
import type { Kpi } from "../../schema/plan";
import type { Finding } from "../finding";
import { finding, type Rule } from "../context";

const blank = (s: string | undefined): boolean => (s ?? "").trim() === "";

const REQUIRED: { field: keyof Kpi; th: string; en: string; missing: (k: Kpi) => boolean }[] = [
  { field: "name", th: "ชื่อตัวชี้วัด", en: "name", missing: (k) => blank(k.name) },
  { field: "target", th: "เป้าหมาย", en: "target", missing: (k) => blank(k.target) },
  { field: "weight", th: "น้ำหนัก", en: "weight", missing: (k) => k.weight === null },
  { field: "definition", th: "นิยาม", en: "definition", missing: (k) => blank(k.definition) },
  { field: "method", th: "วิธีคำนวณ", en: "calculation method", missing: (k) => blank(k.method) },
  { field: "evidence", th: "หลักฐาน", en: "evidence", missing: (k) => k.evidence.every(blank) },
];

export const kpiFieldMissing: Rule = ({ kpis }) => {
  const out: Finding[] = [];
  for (const k of kpis) {
    for (const r of REQUIRED) {
      if (r.missing(k)) out.push(finding("KPI_FIELD_MISSING", { kpi: k.id, field: r.field }, { kpi: k.id, fieldTh: r.th, fieldEn: r.en }));
    }
  }
  return out;
};

/** True when the baseline lists the years up to `last` in order, each once: the usual case. */
function inOrderUpTo(baseline: Kpi["baseline"], last: number): boolean {
  const first = last - baseline.length + 1;
  return baseline.every((b, i) => b.year === first + i);
}

/** Baseline years must run without gaps up to the year before the fiscal year. */
export const baselineYears: Rule = ({ kpis, plan }) => {
  const expected = plan.fiscalYear - 1;
  const out: Finding[] = [];
  for (const k of kpis) {
    if (k.baseline.length === 0 || inOrderUpTo(k.baseline, expected)) continue;
    const years = [...new Set(k.baseline.map((b) => b.year))].sort((a, b) => a - b);
    const last = years[years.length - 1];
    const consecutive = years.every((y, i) => i === 0 || y === (years[i - 1] as number) + 1);
    if (last === expected && consecutive && years.length === k.baseline.length) continue;
    out.push(finding("BASELINE_YEARS", { kpi: k.id, field: "baseline" }, { kpi: k.id, years: years.join(", "), expected }));
  }
  return out;
};

export const jointPartners: Rule = ({ kpis, framework }) => {
  const joint = new Set(allComponents(framework).flatMap((c) => (c.joint ? [c.code] : [])));
  const out: Finding[] = [];
  for (const k of kpis) {
    if (!joint.has(k.component)) continue;
    const named = new Set(k.partners.filter((p) => !blank(p.agency) && !blank(p.role)).map((p) => p.agency.trim()));
    if (named.size < 2) out.push(finding("JOINT_PARTNERS", { kpi: k.id, field: "partners" }, { kpi: k.id, count: named.size }));
  }
  return out;
};

// Characters whose lower case is themselves: ASCII other than A–Z, Latin-1 signs, Thai (no case).
// toLowerCase is slow on Thai (two-byte) strings, and most names are Thai only.
const MAY_HAVE_CASE = /[^\u0000-\u0040\u005B-\u00BF\u0E00-\u0E7F]/;

const normalName = (s: string): string => {
  const key = s.replace(/\s+/g, "");
  return MAY_HAVE_CASE.test(key) ? key.toLowerCase() : key;
};

export const duplicateKpi: Rule = ({ kpis }) => {
  const seen = new Map<string, string>();
  const out: Finding[] = [];
  for (const k of kpis) {
    const key = normalName(k.name);
    if (key === "") continue;
    const other = seen.get(key);
    if (other === undefined) seen.set(key, k.id);
    else out.push(finding("DUPLICATE_KPI", { kpi: k.id, field: "name" }, { kpi: k.id, other }));
  }
  return out;
};

/**
 * Two KPIs with one id: a workbook attaches rubric, results and action plan to the first, so the
 * same plan would score differently as JSON and as a workbook. Reported at the second (and later).
 */
export const duplicateId: Rule = ({ kpis }) => {
  const first = new Map<string, number>();
  const out: Finding[] = [];
  kpis.forEach((k, i) => {
    const key = k.id.trim();
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i);
    else out.push(finding("DUPLICATE_ID", { kpi: k.id, field: "id" }, { kpi: k.id, position: i + 1, first: seen + 1 }));
  });
  return out;
};
