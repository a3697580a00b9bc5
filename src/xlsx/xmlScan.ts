// Linear scans of the XML inside an .xlsx file, for looking at a part before exceljs parses it
// and for cutting elements out of it. Every search is indexOf from where the last one ended, so
// the time is proportional to the text whatever it holds: a regular expression such as
// /<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g restarts its lazy scan at every opening tag
// and, with no closing tag in sight, takes quadratic time (180,000 openings: two minutes).

/** One start tag: its name without a namespace prefix, where it starts and ends, its attributes. */
export interface StartTag {
  name: string;
  /** As written, with any prefix ("x:c"). */
  qualified: string;
  /** Index of "<". */
  start: number;
  /** Index just after ">". */
  end: number;
  attributes: string;
  selfClosing: boolean;
}

const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;

/** Whitespace, "/", ">" or the end of the text: where a tag's name ends. */
const endsName = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13 || code === SLASH || code === GT || Number.isNaN(code);

/** How comments, CDATA sections, processing instructions and declarations end. */
function skipTo(xml: string, i: number): [open: string, close: string] {
  if (xml.startsWith("<!--", i)) return ["<!--", "-->"];
  if (xml.startsWith("<![CDATA[", i)) return ["<![CDATA[", "]]>"];
  return xml.charCodeAt(i + 1) === QUESTION ? ["<?", "?>"] : ["<!", ">"];
}

/**
 * Calls `visit` for every start tag whose local name is in `names` (comments, CDATA and
 * processing instructions are skipped whole). Stops at the first tag or comment left open.
 * "<" occurs in neither a tag nor text, so every other tag costs one indexOf.
 */
export function eachStartTag(xml: string, names: ReadonlySet<string>, visit: (tag: StartTag) => void): void {
  const wanted = [...names];
  let i = xml.indexOf("<");
  while (i >= 0) {
    const next = xml.charCodeAt(i + 1);
    if (next === BANG || next === QUESTION) {
      const [open, close] = skipTo(xml, i);
      const end = xml.indexOf(close, i + open.length);
      if (end < 0) return;
      i = xml.indexOf("<", end + close.length);
      continue;
    }
    if (next === SLASH) {
      i = xml.indexOf("<", i + 2);
      continue;
    }
    let j = i + 1;
    let colon = -1;
    for (let code = xml.charCodeAt(j); !endsName(code); code = xml.charCodeAt(++j)) if (code === COLON) colon = j;
    // Compared in place: slicing every tag's name costs more than the scan itself.
    const from = colon < 0 ? i + 1 : colon + 1;
    const name = wanted.find((n) => n.length === j - from && xml.startsWith(n, from));
    if (name === undefined) {
      i = xml.indexOf("<", j);
      continue;
    }
    const close = xml.indexOf(">", j);
    if (close < 0) return;
    const selfClosing = xml.charCodeAt(close - 1) === SLASH;
    visit({ name, qualified: xml.slice(i + 1, j), start: i, end: close + 1, attributes: xml.slice(j, selfClosing ? close - 1 : close), selfClosing });
    i = xml.indexOf("<", close + 1);
  }
}

/**
 * A function giving the end of the element a start tag opens (after its closing tag), or -1 when
 * it is never closed. Tags must come in document order: each search starts where the last one
 * stopped, so many elements left open cost one pass, not one pass each.
 */
export function elementEnds(xml: string): (tag: StartTag) => number {
  const closes = new Map<string, number>();
  return (tag) => {
    if (tag.selfClosing) return tag.end;
    const closer = `</${tag.qualified}>`;
    let close = closes.get(closer);
    if (close === undefined || (close >= 0 && close < tag.end)) {
      close = xml.indexOf(closer, tag.end);
      closes.set(closer, close);
    }
    return close < 0 ? -1 : close + closer.length;
  };
}

/** The value of one attribute of a start tag, as written (entities left alone), or undefined. */
export function attribute(attributes: string, key: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = attributes.indexOf(`${key}=`, from);
    if (at < 0) return undefined;
    from = at + key.length + 1;
    const before = at === 0 ? " " : attributes.charAt(at - 1);
    const quote = attributes.charAt(from);
    if (!/\s/.test(before) || (quote !== '"' && quote !== "'")) continue;
    const end = attributes.indexOf(quote, from + 1);
    return end < 0 ? undefined : attributes.slice(from + 1, end);
  }
}

/** Returns `xml` without the spans [from, to); spans must not overlap. */
export function cut(xml: string, spans: readonly (readonly [number, number])[]): string {
  if (spans.length === 0) return xml;
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of sorted) {
    parts.push(xml.slice(at, from));
    at = to;
  }
  parts.push(xml.slice(at));
  return parts.join("");
}

// ---- A1 references ---------------------------------------------------------------------------

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** "XFD5" → { row: 5, column: 16384 } (1-based); "$B$7" too; undefined parts stay undefined. */
export function cellPosition(ref: string): { row?: number; column?: number } {
  // By hand, not by a regular expression: this runs for every cell of every sheet.
  const text = ref.trim();
  let i = 0;
  let column = 0;
  let row = 0;
  let letters = 0;
  let digits = 0;
  if (text.charCodeAt(i) === 36) i++;
  for (let c = text.charCodeAt(i) & ~32; c >= 65 && c <= 90 && letters < 3; c = text.charCodeAt(++i) & ~32, letters++) column = column * 26 + c - 64;
  if (text.charCodeAt(i) === 36) i++;
  for (let c = text.charCodeAt(i); c >= 48 && c <= 57 && digits < 7; c = text.charCodeAt(++i), digits++) row = row * 10 + c - 48;
  if (i !== text.length) return {};
  const out: { row?: number; column?: number } = {};
  if (letters > 0) out.column = column;
  if (digits > 0) out.row = row;
  return out;
}

/**
 * How many cells a reference covers: "A1", "A100:XFD1048576", whole columns "A:C", whole rows
 * "1:4", several separated by spaces or commas, with or without "Sheet!" and "$". Something that
 * is not a reference counts 0.
 */
export function referenceCells(text: string): number {
  let total = 0;
  for (const part of text.split(/[\s,]+/)) {
    if (part === "") continue;
    const bang = part.lastIndexOf("!");
    const [a = "", b = a] = part.slice(bang + 1).split(":");
    const from = cellPosition(a);
    const to = cellPosition(b);
    const rows = from.row === undefined && to.row === undefined ? MAX_ROWS : Math.abs((to.row ?? from.row ?? 1) - (from.row ?? to.row ?? 1)) + 1;
    const columns =
      from.column === undefined && to.column === undefined ? MAX_COLUMNS : Math.abs((to.column ?? from.column ?? 1) - (from.column ?? to.column ?? 1)) + 1;
    // A lone "A" or "7" is no reference; "A:A" and "7:7" are.
    const single = !part.slice(bang + 1).includes(":");
    if (single ? from.row === undefined || from.column === undefined : from.row === undefined && from.column === undefined) continue;
    total += rows * columns;
  }
  return total;
}
