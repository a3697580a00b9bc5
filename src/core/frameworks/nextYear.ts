// A new year's framework started from an existing one (`kpi frameworks new`), and what differs
// between two frameworks of one id (a workbook's stored framework against the shipped or given one).
import type { Bilingual } from "../schema/common";
import type { Framework } from "../schema/framework";
import { toThaiDigits } from "../thai/digits";
import { shiftCalendar } from "./calendar";

export type AgencyKind = Framework["agencyKind"];

export const frameworkId = (year: number, kind: AgencyKind): string => `bma-${year}-${kind}`;

const KIND_NAME: Record<AgencyKind, Bilingual> = {
  bureau: { th: "หน่วยงานระดับสำนัก", en: "bureaus" },
  district: { th: "สำนักงานเขต", en: "district offices" },
};

/**
 * Next year's framework from `from`: a new id (bma-<year>-<kind>), the fiscal year set, the
 * calendar moved on by as many years, the focus issues emptied (the committee sets new ones), the
 * components, weights and ladder kept for the central office to edit.
 */
export function nextFramework(from: Framework, year: number, kind: AgencyKind = from.agencyKind): Framework {
  const { calendar, focusIssues: _focus, ...rest } = from;
  const next: Framework = {
    ...structuredClone(rest),
    id: frameworkId(year, kind),
    fiscalYear: year,
    agencyKind: kind,
    name: {
      th: `กรอบการประเมินผลการปฏิบัติราชการ ปีงบประมาณ พ.ศ. ${toThaiDigits(year)} ${KIND_NAME[kind].th}`,
      en: `FY${year} evaluation framework, ${KIND_NAME[kind].en}`,
    },
    sources: [`kpi frameworks new --from ${from.id}`],
    notes: [
      `Started from ${from.id}: review the components, KPI counts, weights and ladder against the year's guideline, add the focus issues the committee approves and check the calendar, then run kpi frameworks check.`,
    ],
    focusIssues: [],
  };
  if (calendar) next.calendar = shiftCalendar(calendar, year - from.fiscalYear);
  return next;
}

/** The parts of a framework a difference is reported for (sources and notes are documentation). */
const PARTS: readonly { key: keyof Framework; name: Bilingual }[] = [
  { key: "fiscalYear", name: { th: "ปีงบประมาณ", en: "fiscal year" } },
  { key: "agencyKind", name: { th: "ประเภทหน่วยงาน", en: "agency kind" } },
  { key: "name", name: { th: "ชื่อ", en: "name" } },
  { key: "components", name: { th: "องค์ประกอบ จำนวนตัวชี้วัด และน้ำหนัก", en: "components, KPI counts and weights" } },
  { key: "ladder", name: { th: "ขั้นร้อยละ", en: "ladder" } },
  { key: "floor", name: { th: "คะแนนขั้นต่ำ", en: "floor" } },
  { key: "focusComponent", name: { th: "องค์ประกอบของประเด็นมุ่งเน้น", en: "focus component" } },
  { key: "focusIssues", name: { th: "ประเด็นมุ่งเน้น", en: "focus issues" } },
  { key: "calendar", name: { th: "ปฏิทิน", en: "calendar" } },
];

/** JSON with object keys in order, so that two equal frameworks compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** The parts in which two frameworks differ (empty when they are the same framework). */
export function frameworkDifferences(a: Framework, b: Framework): Bilingual[] {
  // No focus issues and an empty list of them are the same.
  const part = (f: Framework, key: keyof Framework): string => {
    const v = f[key];
    return canonical(Array.isArray(v) && v.length === 0 ? undefined : v);
  };
  return PARTS.filter((p) => part(a, p.key) !== part(b, p.key)).map((p) => p.name);
}
