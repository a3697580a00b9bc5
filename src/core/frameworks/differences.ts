// What differs between two frameworks of one id: a workbook's stored framework against the shipped
// or given one (the one read reports it as FRAMEWORK_DIFFERS). Only what defines the evaluation is
// compared — the year's information (focus issues, calendar, notes, sources: YEAR_KEYS) travels
// with each template as it was sent and changing it later changes no score or rule's verdict about
// the agreed plan, so a template is not told it differs when the central office adds a deadline.
import { canonicalJson } from "../canonicalJson";
import type { Bilingual } from "../schema/common";
import type { Framework } from "../schema/framework";

/** The parts of a framework a difference is reported for (sources and notes are documentation). */
const PARTS: readonly { key: keyof Framework; name: Bilingual }[] = [
  { key: "fiscalYear", name: { th: "ปีงบประมาณ", en: "fiscal year" } },
  { key: "agencyKind", name: { th: "ประเภทหน่วยงาน", en: "agency kind" } },
  { key: "name", name: { th: "ชื่อ", en: "name" } },
  { key: "components", name: { th: "องค์ประกอบ จำนวนตัวชี้วัด และน้ำหนัก", en: "components, KPI counts and weights" } },
  { key: "ladder", name: { th: "ขั้นร้อยละ", en: "ladder" } },
  { key: "floor", name: { th: "คะแนนขั้นต่ำ", en: "floor" } },
  { key: "focusComponent", name: { th: "องค์ประกอบของประเด็นมุ่งเน้น", en: "focus component" } },
];

/** The parts in which two frameworks differ (empty when they are the same framework). */
export function frameworkDifferences(a: Framework, b: Framework): Bilingual[] {
  // No focus issues and an empty list of them are the same.
  const part = (f: Framework, key: keyof Framework): string => {
    const v = f[key];
    return canonicalJson(Array.isArray(v) && v.length === 0 ? undefined : v);
  };
  return PARTS.filter((p) => part(a, p.key) !== part(b, p.key)).map((p) => p.name);
}
