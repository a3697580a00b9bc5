// Values of a result form as its tables print them: decimal commas ("98,770" = 98.770), levels
// ("ระดับ 3", "ยังไม่ถึงระดับ 1"), dashes for "not assessed", and the dates of the sign-off.
import { toArabicDigits } from "../../thai/digits";
import { beToCe, parseMonth } from "../../thai/calendar";
import { parseThaiNumber } from "../../thai/number";

/** "6,000", "100,000": a number with one comma and no point, read either way by the table's rule. */
export const COMMA_NUMBER = /^[-−]?\d+,\d+$/;

/**
 * The number a cell states. `decimalComma`: the table prints decimals with a comma (its weighted
 * scores, at most 100, are written "6,000"), so "90,700" is 90.7; otherwise the comma groups
 * thousands. "-", "–" and blank are no number.
 */
export function cellNumber(text: string, decimalComma: boolean): number | null {
  const t = toArabicDigits(text).replace(/\s+/g, "").replace(/[/]+$/, "");
  if (t === "" || /^[-–—]+$/.test(t)) return null;
  if (decimalComma && COMMA_NUMBER.test(t)) return Number(t.replace("−", "-").replace(",", "."));
  return parseThaiNumber(t);
}

/** The level a text reports: "ระดับ 3" → 3; "ไม่ถึงระดับ 1", "ยังไม่ถึงระดับ ๑" → 0; null otherwise. */
export function levelOf(text: string): number | null {
  const t = toArabicDigits(text).replace(/\s+/g, "");
  if (/^(ยัง)?ไม่(ถึง|ผ่าน)ระดับ/.test(t)) return 0;
  const m = /^ระดับ(\d)(?:\D|$)/.exec(t);
  return m ? Number(m[1]) : null;
}

export interface ReadResult {
  value: number;
  /** A level reached (milestone) rather than a measured number. */
  level: boolean;
}

/** A result cell: a level, or a number (decimal comma by the table's rule); null for none. */
export function readResult(text: string, decimalComma: boolean): ReadResult | null {
  const level = levelOf(text);
  if (level !== null) return { value: level, level: true };
  const n = cellNumber(text, decimalComma);
  return n === null ? null : { value: n, level: false };
}

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * A sign-off date as ISO 8601 in the Common Era: "25 เมษายน 2567", "๒๖ เมษายน ๒๕๖๗",
 * "30 เม.ย. 2567", "3 พ.ค. 67", "29/4/2567", "4 / 11 / 67". Two-digit years are Buddhist Era
 * (67 = 2567), as the forms write them. Null when the text holds no valid date.
 */
export function isoDate(text: string): string | null {
  const t = toArabicDigits(text).replace(/^[\s.…:：]+|[\s.…]+$/g, "").trim();
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
