import type { Finding } from "../core/validation/finding";
import { toThaiDigits } from "../core/thai/digits";
import type { Lang } from "./lang";

/**
 * What the findings list shows: a validation finding, or a problem met reading a workbook's cells
 * (a ReadIssue, shaped the same way with a code of its own).
 */
export type Listed = Pick<Finding, "severity" | "message" | "where"> & { code: string };

const LABEL = {
  th: { error: "ข้อผิดพลาด", warning: "คำเตือน", none: "ไม่พบปัญหา" },
  en: { error: "error", warning: "warning", none: "no problems found" },
} as const;

/** Where a finding points, as a user would look for it: Sheet!B7, else KPI and field. */
export function whereText(f: Listed): string {
  const w = f.where;
  const cell = w.sheet && w.cell ? `'${w.sheet}'!${w.cell}` : "";
  const kpi = [w.kpi, w.field].filter(Boolean).join(" ");
  const comp = w.component && !w.kpi ? `component ${w.component}` : "";
  return [cell, kpi || comp].filter(Boolean).join("  ");
}

const mark = (f: Listed): string => (f.severity === "error" ? "✗" : "!");

export function findingLine(f: Listed, lang: Lang): string {
  return `${mark(f)} ${f.code.padEnd(20)} ${whereText(f).padEnd(28)} ${f.message[lang]}`;
}

export function summaryLine(findings: readonly Listed[], lang: Lang): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  if (findings.length === 0) return LABEL[lang].none;
  const n = (v: number): string => (lang === "th" ? toThaiDigits(v) : String(v));
  const l = LABEL[lang];
  return lang === "th"
    ? `${l.error} ${n(errors)} รายการ, ${l.warning} ${n(warnings)} รายการ`
    : `${errors} ${l.error}${errors === 1 ? "" : "s"}, ${warnings} ${l.warning}${warnings === 1 ? "" : "s"}`;
}

/** A problem met reading a workbook, on standard error: "✗ CODE  'Sheet'!B7  Thai / English". */
export function issueLine(issue: Listed): string {
  const where = `'${issue.where.sheet}'!${issue.where.cell}`;
  return `${mark(issue)} ${issue.code.padEnd(20)} ${where.padEnd(28)} ${issue.message.th} / ${issue.message.en}`;
}
