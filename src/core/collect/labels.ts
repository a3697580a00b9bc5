// The words of a collection's statuses, Thai and English, for the consolidated workbook, the CSV
// and the command's own report: one place, so that a formula counting a status and the cell it
// counts use the same text.
import type { Bilingual } from "../schema/common";
import { toThaiDigits } from "../thai/digits";
import type { Where } from "../validation/finding";
import type { AgencyScores, FileRole, SealStatus } from "./types";

export const ROLE_LABELS: Record<FileRole | "missing", Bilingual> = {
  counted: { th: "ใช้ไฟล์นี้", en: "counted" },
  superseded: { th: "ซ้ำ ใช้ไฟล์ใหม่กว่า", en: "duplicate, superseded" },
  "other-year": { th: "ปีงบประมาณอื่น", en: "another fiscal year" },
  "other-framework": { th: "กรอบการประเมินอื่น", en: "another framework" },
  unreadable: { th: "อ่านไม่ได้", en: "unreadable" },
  missing: { th: "ไม่ได้ส่ง", en: "nothing received" },
};

/** The seal of a workbook; JSON plans carry none. */
export function sealLabel(seal: SealStatus | null): Bilingual {
  switch (seal) {
    case "intact":
      return { th: "ตราถูกต้อง", en: "sealed, intact" };
    case "intact-plan-only":
      return { th: "ตรารุ่นเก่า ตรงกับแผน (ไม่ครอบคลุมกรอบการประเมิน)", en: "older seal, plan unchanged (framework not covered)" };
    case "changed":
      return { th: "แก้ไขหลังประทับตรา", en: "changed since sealed" };
    case "none":
      return { th: "ไม่มีตรา", en: "not sealed" };
    case "unknown-method":
      return { th: "ตราแบบที่ไม่รู้จัก", en: "seal of an unknown method" };
    case null:
      return { th: "JSON ไม่มีตรา", en: "JSON, no seal" };
  }
}

export const COMPLETE_LABELS = {
  complete: { th: "ครบ", en: "complete" },
  incomplete: { th: "ไม่ครบ", en: "incomplete" },
  invalid: { th: "คะแนนรวมใช้ไม่ได้", en: "total not valid" },
  errors: { th: "แผนมีข้อผิดพลาด", en: "plan has errors" },
} satisfies Record<string, Bilingual>;

export const SEVERITY_LABELS = {
  error: { th: "ข้อผิดพลาด", en: "error" },
  warning: { th: "คำเตือน", en: "warning" },
} satisfies Record<string, Bilingual>;

/** "ไทย / English", as cells and CSV fields write a label. */
export const both = (b: Bilingual): string => `${b.th} / ${b.en}`;

/** Where a finding points, as people look for it: 'Sheet'!B7, else the KPI and field. */
export function findingPlace(w: Where): string {
  const cell = w.sheet && w.cell ? `'${w.sheet.replace(/'/g, "''")}'!${w.cell}` : "";
  const kpi = [w.kpi, w.field].filter(Boolean).join(" ");
  const component = w.component && !w.kpi ? `component ${w.component}` : "";
  return [cell, kpi || component].filter(Boolean).join("  ");
}

/** Whether a plan is ranked (results complete), or why not: results missing, errors, a total that is no score out of 100. */
export function completeText(a: AgencyScores): string {
  if (a.invalidTotal) return both(COMPLETE_LABELS.invalid);
  if (a.complete && a.status.errors > 0) return both(COMPLETE_LABELS.errors);
  return both(a.complete ? COMPLETE_LABELS.complete : COMPLETE_LABELS.incomplete);
}

/** What keeps a plan from being ranked; null when it is ranked. */
export function missingNote(a: AgencyScores): Bilingual | null {
  if (a.invalidTotal) return a.invalidTotal;
  if (a.complete && a.status.errors > 0) {
    const n = a.status.errors;
    return { th: `แผนมีข้อผิดพลาด ${toThaiDigits(n)} รายการ คะแนนอาจไม่ถูกต้อง (ดูข้อค้นพบ)`, en: `the plan has ${n} error${n === 1 ? "" : "s"}; its scores may be wrong (see the findings)` };
  }
  if (a.complete) return null;
  const ids = a.missing.join(", ");
  return { th: `ยังไม่มีผลที่ใช้คำนวณได้: ${ids}`, en: `no usable result: ${ids}` };
}

export function missingText(a: AgencyScores): string | null {
  const note = missingNote(a);
  return note ? both(note) : null;
}
