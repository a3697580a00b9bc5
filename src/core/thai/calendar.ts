import { toArabicDigits, toThaiDigits } from "./digits";

export const BE_OFFSET = 543;

export const ceToBe = (ce: number): number => ce + BE_OFFSET;
export const beToCe = (be: number): number => be - BE_OFFSET;

/** Calendar month numbers of a fiscal year in order: ต.ค. (10) … ก.ย. (9). */
export const FISCAL_MONTHS: readonly number[] = [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9];

interface MonthName {
  readonly month: number;
  readonly abbr: string;
  readonly full: string;
  readonly en: string;
}

export const MONTHS: readonly MonthName[] = [
  { month: 1, abbr: "ม.ค.", full: "มกราคม", en: "Jan" },
  { month: 2, abbr: "ก.พ.", full: "กุมภาพันธ์", en: "Feb" },
  { month: 3, abbr: "มี.ค.", full: "มีนาคม", en: "Mar" },
  { month: 4, abbr: "เม.ย.", full: "เมษายน", en: "Apr" },
  { month: 5, abbr: "พ.ค.", full: "พฤษภาคม", en: "May" },
  { month: 6, abbr: "มิ.ย.", full: "มิถุนายน", en: "Jun" },
  { month: 7, abbr: "ก.ค.", full: "กรกฎาคม", en: "Jul" },
  { month: 8, abbr: "ส.ค.", full: "สิงหาคม", en: "Aug" },
  { month: 9, abbr: "ก.ย.", full: "กันยายน", en: "Sep" },
  { month: 10, abbr: "ต.ค.", full: "ตุลาคม", en: "Oct" },
  { month: 11, abbr: "พ.ย.", full: "พฤศจิกายน", en: "Nov" },
  { month: 12, abbr: "ธ.ค.", full: "ธันวาคม", en: "Dec" },
];

/** Fiscal-year month abbreviations in order: ["ต.ค.", "พ.ย.", …, "ก.ย."]. */
export const FISCAL_MONTH_ABBRS: readonly string[] = FISCAL_MONTHS.map((m) => monthName(m).abbr);

export function monthName(month: number): MonthName {
  const found = MONTHS.find((m) => m.month === month);
  if (!found) throw new RangeError(`month ${month} is not 1…12`);
  return found;
}

/** "ต.ค." / "ตค" / "ตุลาคม" / "Oct" → 10; null when it is no month name. */
export function parseMonth(text: string): number | null {
  const t = text.trim().replace(/\s+/g, "");
  const bare = t.replace(/\./g, "");
  for (const m of MONTHS) {
    if (t === m.abbr || bare === m.abbr.replace(/\./g, "") || t === m.full) return m.month;
    if (t.toLowerCase().startsWith(m.en.toLowerCase())) return m.month;
  }
  return null;
}

/** The BE fiscal year a calendar month of a BE calendar year belongs to (Oct 2566 → FY2567). */
export function fiscalYearOf(monthNumber: number, beYear: number): number {
  return monthNumber >= 10 ? beYear + 1 : beYear;
}

/** Position of a calendar month in the fiscal year: ต.ค. → 0 … ก.ย. → 11. */
export function fiscalMonthIndex(month: number): number {
  return FISCAL_MONTHS.indexOf(month);
}

/** A year written as BE or CE, in Thai or Arabic digits ("พ.ศ. ๒๕๖๗", "2024") → BE. */
export function parseBeYear(text: string | number): number | null {
  const m = /\d{4}/.exec(toArabicDigits(String(text)));
  if (!m) return null;
  const year = Number(m[0]);
  return year > 2400 ? year : ceToBe(year);
}

/** "๕ พฤษภาคม ๒๕๖๗" or "17 ต.ค. 2567" → { day, month, beYear }; null when unreadable. */
export function parseThaiDate(text: string): { day: number; month: number; beYear: number } | null {
  const parts = toArabicDigits(text).trim().split(/\s+/);
  if (parts.length !== 3) return null;
  const [d, m, y] = parts as [string, string, string];
  const day = Number(d);
  const month = parseMonth(m);
  const beYear = parseBeYear(y);
  if (!Number.isInteger(day) || day < 1 || day > 31 || month === null || beYear === null) return null;
  return { day, month, beYear };
}

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * A sign-off date as ISO 8601 in the Common Era: "25 เมษายน 2567", "๒๖ เมษายน ๒๕๖๗",
 * "30 เม.ย. 2567", "3 พ.ค. 67", "29/4/2567", "4 / 11 / 67". Two-digit years are Buddhist Era
 * (67 = 2567), as the forms write them; an ISO date stays as it is. Null when the text holds no
 * valid date.
 */
export function isoDate(text: string): string | null {
  const t = toArabicDigits(text).replace(/^[\s.…:：]+|[\s.…]+$/g, "").trim();
  // Already ISO 8601 (as a plan stores it): kept when it is a real date.
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return thaiDate(t) === null ? null : t;
  let day: number;
  let month: number | null;
  let year: number;
  const numeric = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2,4})/.exec(t);
  if (numeric) {
    day = Number(numeric[1]);
    month = Number(numeric[2]);
    year = Number(numeric[3]);
  } else {
    const named = /(\d{1,2})\s*([^\d\s]+(?:\s?[^\d\s]+)?)\s*(?:พ\.ศ\.)?\s*(\d{2,4})/.exec(t);
    if (!named) return null;
    day = Number(named[1]);
    month = parseMonth((named[2] ?? "").replace(/\s+/g, ""));
    year = Number(named[3]);
  }
  if (month === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const be = year < 100 ? 2500 + year : year < 2400 ? year + 543 : year;
  const ce = beToCe(be);
  const date = new Date(Date.UTC(ce, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${ce}-${pad(month)}-${pad(day)}`;
}

/** An ISO 8601 date "2024-04-25" as the official forms write it: "๒๕ เมษายน ๒๕๖๗"; null when it is not one. */
export function thaiDate(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return toThaiDigits(`${day} ${monthName(month).full} ${ceToBe(year)}`);
}
