// Numbered and bulleted lists written inline ("๑. … ๒. … ๓. …", "- … - …"), as Word and PDF
// copies flatten them into one paragraph. A number only starts an item when it is the next one
// in the sequence, so "ปี ๒๕๖๗" or "๑๐๓" inside a sentence never splits a list.
import { toArabicDigits } from "../thai/digits";

type Style = "dot" | "close" | "paren" | "hier";

export interface Marker {
  readonly style: Style;
  readonly nums: readonly number[];
}

interface Found extends Marker {
  readonly start: number;
  readonly end: number;
}

const CANDIDATE = /(^|[\s,;:])(\(?)(\d{1,3}(?:\.\d{1,3})*)([.)]?)(?=\s|$)/g;

function candidates(text: string): Found[] {
  const arabic = toArabicDigits(text);
  const out: Found[] = [];
  for (const m of arabic.matchAll(CANDIDATE)) {
    const open = m[2] ?? "";
    const body = m[3] ?? "";
    const close = m[4] ?? "";
    const nums = body.split(".").map(Number);
    let style: Style;
    if (open === "(") {
      if (close !== ")") continue;
      style = "paren";
    } else if (nums.length > 1) style = "hier";
    else if (close === ".") style = "dot";
    else if (close === ")") style = "close";
    else continue;
    const start = (m.index ?? 0) + (m[1] ?? "").length;
    let end = start + open.length + body.length + close.length;
    while (end < arabic.length && /\s/.test(arabic[end] as string)) end++;
    out.push({ style, nums, start, end });
  }
  return out;
}

const next = (m: Marker): Marker => ({
  style: m.style,
  nums: [...m.nums.slice(0, -1), (m.nums[m.nums.length - 1] as number) + 1],
});

const same = (a: Marker, b: Marker): boolean =>
  a.style === b.style && a.nums.length === b.nums.length && a.nums.every((n, i) => n === b.nums[i]);

const isFirst = (m: Marker): boolean => m.nums[m.nums.length - 1] === 1;

export interface NumberedItem {
  /** The item with its marker ("๒. รายงาน…"). */
  readonly text: string;
  /** The item without its marker ("รายงาน…"). */
  readonly body: string;
}

export interface NumberedSplit {
  /** Text before the first item (empty when the text starts with one). */
  readonly preamble: string;
  readonly items: NumberedItem[];
  /** The last marker seen, to continue the sequence in the next paragraph. */
  readonly last: Marker | null;
}

/**
 * Splits a paragraph at its list markers. `after` continues a sequence from an earlier
 * paragraph (an evidence list cut by a page break goes on with "๔.").
 */
export function splitNumbered(text: string, after: Marker | null = null): NumberedSplit {
  const found = candidates(text);
  let first: Found | undefined;
  const expected = after ? next(after) : null;
  const atStart = found.find((f) => f.start === 0);
  if (atStart) first = atStart;
  else first = found.find((f) => (expected && same(f, expected)) || isFirst(f));
  if (!first) return { preamble: text.trim(), items: [], last: after };
  const starts: Found[] = [first];
  let current: Found = first;
  for (const f of found) {
    if (f.start <= current.start) continue;
    if (same(f, next(current))) {
      starts.push(f);
      current = f;
    }
  }
  const items = starts.map((s, i) => {
    const stop = i + 1 < starts.length ? (starts[i + 1] as Found).start : text.length;
    return { text: text.slice(s.start, stop).trim(), body: text.slice(s.end, stop).trim() };
  });
  return { preamble: text.slice(0, first.start).trim(), items, last: { style: current.style, nums: current.nums } };
}

/** The marker a paragraph starts with, if any. */
export function leadingMarker(text: string): Marker | null {
  const f = candidates(text).find((c) => c.start === 0);
  return f ? { style: f.style, nums: f.nums } : null;
}

const BULLET_START = /^[-•▪●◦*]\s+/;

/** Splits "- a - b" into ["a", "b"]; a dash between two numbers is a range and stays. */
export function splitBullets(text: string): string[] {
  const t = text.trim();
  if (!BULLET_START.test(t)) return [t];
  const parts: string[] = [];
  let last = 0;
  const re = /\s[-•▪●◦]\s+/g;
  for (const m of t.matchAll(re)) {
    const at = m.index ?? 0;
    const before = toArabicDigits(t.slice(Math.max(0, at - 1), at));
    const after = toArabicDigits(t.slice(at + m[0].length, at + m[0].length + 1));
    if (/\d/.test(before) && /\d/.test(after)) continue;
    parts.push(t.slice(last, at));
    last = at + 1;
  }
  parts.push(t.slice(last));
  return parts.map((p) => p.replace(BULLET_START, "").trim()).filter((p) => p !== "");
}

/** True when a paragraph starts a list item: "๑.", "(๑)", "๑)", "๑.๒", "- ", "• ". */
export const startsWithListMarker = (text: string): boolean => leadingMarker(text) !== null || BULLET_START.test(text.trim());

/** The paragraph without its list marker. */
export function stripMarker(text: string): string {
  const t = text.trim();
  const f = candidates(t).find((c) => c.start === 0);
  if (f) return t.slice(f.end).trim();
  return t.replace(BULLET_START, "").trim();
}
