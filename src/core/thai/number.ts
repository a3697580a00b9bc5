import { toArabicDigits } from "./digits";

// A number as written in Thai official text: optional sign, thousands separators, decimals.
// "1,500,000.-" ends with ".-" (no satang), which must not be read as a decimal point. A number
// may start at its decimal point (".3", ".๕"), but not right after a letter or an abbreviation's
// dot: "พ.ศ.2567" is the year 2567, not 0.2567.
const NUMBER = /[-+−]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|(?<![\p{L}\p{M}\d.])\.\d+)/gu;

function toValue(match: string): number {
  const plain = match.includes(",") ? match.replace(/,/g, "") : match;
  return Number(plain.startsWith("−") ? `-${plain.slice(1)}` : plain);
}

/** Every number inside a text, in order: "พ.ศ. ๒๕๖๔ : ๓๕ ผลิตภัณฑ์" → [2564, 35]. */
export function numbersInText(text: string): number[] {
  const arabic = toArabicDigits(text);
  const found: number[] = [];
  // exec on the one global pattern: no iterator or match array per call (validation runs this
  // for every KPI). The loop runs to the end, which leaves lastIndex at 0 for the next call.
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(arabic); m !== null; m = NUMBER.exec(arabic)) {
    // A hyphen glued to a preceding word or number is a range or a dash, not a sign ("๑-๒").
    const start = m.index ?? 0;
    let raw = m[0];
    if (/^[-−]/.test(raw) && start > 0 && /[\p{L}\p{M}\d]/u.test(arabic[start - 1] ?? "")) {
      raw = raw.slice(1);
    }
    const value = toValue(raw);
    if (Number.isFinite(value)) found.push(value);
  }
  return found;
}

/**
 * The number a text states: "ร้อยละ ๙๘.๗๗" → 98.77, "๑๐ คะแนน" → 10, "๑,๕๐๐,๐๐๐.- บาท" → 1500000.
 * Returns null when the text holds no number or more than one, because a cell such as
 * "10 หรือ 20" cannot be read as a single value without guessing.
 */
export function parseThaiNumber(text: string): number | null {
  const numbers = numbersInText(text);
  return numbers.length === 1 ? (numbers[0] as number) : null;
}

/** The first number in a text, for headings such as "จำนวน ๓ ตัวชี้วัด น้ำหนัก ๓๐ คะแนน". */
export function firstNumberInText(text: string): number | null {
  return numbersInText(text)[0] ?? null;
}

/**
 * A value read from a cell or a JSON field that should be numeric: numbers pass, numeric text
 * (Thai or Arabic digits, with units around it) becomes a number, blank becomes null, and any
 * other text is returned trimmed, unchanged, so that what the user typed is never lost.
 */
export function toNumeric(value: unknown): number | string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "boolean") return String(value);
  const text = String(value).trim();
  if (text === "") return null;
  const parsed = parseThaiNumber(text);
  return parsed === null ? text : parsed;
}
