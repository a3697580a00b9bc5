// Values of a result form as its tables print them: decimal commas ("98,770" = 98.770), levels
// ("ระดับ 3", "ยังไม่ถึงระดับ 1"), dashes for "not assessed", and the dates of the sign-off.
import { toArabicDigits } from "../../thai/digits";
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

export { isoDate } from "../../thai/calendar";
