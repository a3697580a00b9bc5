// How plan values that are not a single cell value are written into one cell and read back:
// evidence lists, rubric kinds, months outside the bar chart, headings and fiscal-year labels.
import type { Bilingual, RoundId } from "../core/schema/common";
import type { Component, RubricKind } from "../core/schema/framework";
import type { PlannedMonth } from "../core/schema/plan";
import { monthName, parseBeYear, parseMonth } from "../core/thai/calendar";
import { toArabicDigits, toThaiDigits } from "../core/thai/digits";
import { toNumeric } from "../core/thai/number";
import { HEADING_PREFIX, KIND_LABELS, ROUND_LABELS } from "./layout";

/** "ปีงบประมาณ พ.ศ. ๒๕๖๗". */
export const fiscalYearLabel = (fiscalYear: number): Bilingual => ({
  th: `ปีงบประมาณ พ.ศ. ${toThaiDigits(fiscalYear)}`,
  en: `fiscal year BE ${fiscalYear} (${fiscalYear - 544}–${String(fiscalYear - 543).slice(2)})`,
});

/** "องค์ประกอบที่ ๑.๑ … (จำนวน ๓ ตัวชี้วัด น้ำหนัก ๓๐ คะแนน)": the form's component heading. */
export function componentHeading(c: Component): string {
  return `${HEADING_PREFIX} ${toThaiDigits(c.code)} ${c.name.th} (จำนวน ${toThaiDigits(c.kpiCount)} ตัวชี้วัด น้ำหนัก ${toThaiDigits(c.weight)} คะแนน)`;
}

// ---------------------------------------------------------------------------------------------
// Evidence: one cell, items numbered "๑. …" one per line, as the detail form lists them.

const MARKER = /^([0-9\u0E50-\u0E59]+)[.)]\s?/;

export function formatEvidence(items: readonly string[]): string {
  return items.map((item, i) => `${toThaiDigits(i + 1)}. ${item}`).join("\n");
}

/**
 * Reads an evidence cell: numbered lines ("๑. …", "1) …") start items, other lines continue the
 * item above; a cell without numbers is one item per non-empty line. Item text is kept as typed.
 */
export function parseEvidence(cell: string): string[] {
  if (cell.trim() === "") return [];
  const lines = cell.split(/\r?\n/);
  const numbered = lines.some((l) => markerNumber(l) === 1);
  if (!numbered) return lines.filter((l) => l.trim() !== "");
  const items: string[] = [];
  for (const line of lines) {
    const n = markerNumber(line);
    if (n === items.length + 1) {
      items.push(line.replace(MARKER, ""));
    } else if (items.length === 0) {
      items.push(line);
    } else {
      items[items.length - 1] += `\n${line}`;
    }
  }
  return items;
}

function markerNumber(line: string): number | null {
  const m = MARKER.exec(line);
  return m ? Number(toArabicDigits(m[1] as string)) : null;
}

// ---------------------------------------------------------------------------------------------
// Rubric kinds.

export const kindLabel = (kind: RubricKind): string => KIND_LABELS[kind];

/** A kind cell → the kind; null for blank; "unknown" for text that names no kind. */
export function parseKind(cell: string): RubricKind | null | "unknown" {
  const t = toArabicDigits(cell).replace(/\s+/g, " ").trim().toLowerCase();
  if (t === "") return null;
  for (const [kind, label] of Object.entries(KIND_LABELS) as [RubricKind, string][]) {
    if (t === toArabicDigits(label).toLowerCase() || t === kind.toLowerCase()) return kind;
  }
  if (t.startsWith("ระดับ")) return "milestone";
  if (t.includes("100")) return "score100";
  if (t.includes("ตัวเลข")) return "numeric";
  return "unknown";
}

// ---------------------------------------------------------------------------------------------
// Rounds.

/** A round cell → the round: its label, id or English name; null for text that names no round. */
export function parseRound(cell: string): RoundId | null {
  const t = cell.replace(/\s+/g, "").toLowerCase();
  for (const [round, label] of Object.entries(ROUND_LABELS) as [RoundId, string][]) {
    if (t === label || t === round) return round;
  }
  if (t.includes("ครึ่ง") || t.startsWith("mid")) return "mid";
  if (t.includes("สิ้น") || t.includes("end")) return "end";
  return null;
}

// ---------------------------------------------------------------------------------------------
// Months: calendar months 1…12 go to the bar chart; everything else (a month of a named BE year,
// a number outside 1…12, text) is listed in the "other months" cell, comma-separated.

export const isBarMonth = (m: PlannedMonth): m is number =>
  typeof m === "number" && Number.isInteger(m) && m >= 1 && m <= 12;

export function formatOtherMonths(months: readonly PlannedMonth[]): string {
  return months
    .filter((m) => m !== null)
    .map((m) => {
      if (m !== null && typeof m === "object") {
        const month = m.month;
        const name = typeof month === "number" && Number.isInteger(month) && month >= 1 && month <= 12 ? monthName(month).abbr : String(month);
        return `${name} ${toThaiDigits(m.year)}`;
      }
      return m === null ? "" : String(m);
    })
    .join(", ");
}

export function parseOtherMonths(cell: string): PlannedMonth[] {
  return cell
    .split(/\s*,\s*/)
    .filter((part) => part.trim() !== "")
    .map(parseOtherMonth);
}

function parseOtherMonth(part: string): PlannedMonth {
  const m = /^(.+?)\s+([0-9\u0E50-\u0E59]{4})$/.exec(part.trim());
  if (m) {
    const month = parseMonth(m[1] as string) ?? toNumeric(m[1]);
    const year = parseBeYear(m[2] as string);
    if (year !== null) return { year, month };
  }
  return toNumeric(part);
}
