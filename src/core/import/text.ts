// Text as it comes out of a copy from Word or PDF: HTML remnants, entities, odd spaces, Thai
// digits. This module turns one table cell into clean paragraphs and gives every text a
// matching key. Pure: strings in, strings out.
import { toArabicDigits } from "../thai/digits";
import { fixGarbles } from "./garbles";

/** Marks the start and the end of an emphasised (bold / underlined) run inside a cell's text. */
export const EM_OPEN = "\uE000";
export const EM_CLOSE = "\uE001";
const MARKS = /[\uE000\uE001]/g;

/** Separates paragraphs (<p>, <li>, <br> …) inside one cell. */
export const PARA = "\n";

const BLOCK_TAGS = new Set([
  "p", "div", "li", "ol", "ul", "br", "tr", "td", "th", "table", "tbody", "thead",
  "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "hr", "dl", "dt", "dd",
]);
const EMPHASIS_TAGS = new Set(["b", "strong", "u", "ins"]);

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", ndash: "–", mdash: "—",
  hellip: "…", ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", bull: "•", middot: "·",
  times: "×", divide: "÷", minus: "−", plusmn: "±", le: "≤", ge: "≥", ne: "≠", deg: "°", shy: "", zwnj: "", zwj: "",
  thinsp: " ", ensp: " ", emsp: " ", laquo: "«", raquo: "»", copy: "©", reg: "®", trade: "™", euro: "€", sup2: "²", frac12: "½",
  check: "✓", rarr: "→", larr: "←", harr: "↔",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = NAMED_ENTITIES[body.toLowerCase()];
    return named ?? whole;
  });
}

/** Markdown bold (**…**) that some converters leave, as emphasis tags. */
function markdownBold(text: string): string {
  return text.replace(/\*\*([^*]+?)\*\*/g, "<b>$1</b>").replace(/\*\*/g, "");
}

/**
 * Replaces HTML tags by paragraph breaks (block tags) or emphasis marks (<b>, <u>, <strong>);
 * other tags vanish. Emphasis never spans a paragraph break, so every paragraph is balanced.
 */
function tagsToMarks(text: string): string {
  let depth = 0;
  let out = "";
  let last = 0;
  for (const m of text.matchAll(/<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g)) {
    out += text.slice(last, m.index);
    last = (m.index ?? 0) + m[0].length;
    const closing = m[1] === "/";
    const tag = (m[2] ?? "").toLowerCase();
    if (BLOCK_TAGS.has(tag)) {
      out += depth > 0 ? `${EM_CLOSE}${PARA}${EM_OPEN}` : PARA;
    } else if (EMPHASIS_TAGS.has(tag)) {
      if (closing) {
        if (depth > 0) {
          depth--;
          if (depth === 0) out += EM_CLOSE;
        }
      } else {
        if (depth === 0) out += EM_OPEN;
        depth++;
      }
    }
  }
  out += text.slice(last);
  if (depth > 0) out += EM_CLOSE;
  return out;
}

const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** Whitespace collapsed, invisible characters removed, ํา written as ำ. */
export function cleanSpaces(text: string): string {
  return text
    .replace(INVISIBLE, "")
    .replace(ODD_SPACES, " ")
    .replace(/\u0E4D\u0E32/g, "\u0E33")
    .replace(/ {2,}/g, " ");
}

/** Tidies the emphasis marks of one paragraph: no empty runs, spaces outside the marks. */
function tidyMarks(p: string): string {
  let s = p;
  for (let i = 0; i < 3; i++) {
    s = s
      .replace(/\uE000(\s*)\uE001/g, "$1")
      .replace(/\uE000\s+/g, ` ${EM_OPEN}`)
      .replace(/\s+\uE001/g, `${EM_CLOSE} `);
  }
  return s.replace(/ {2,}/g, " ").trim();
}

/**
 * One table cell as clean text: HTML tags turned into paragraph breaks and emphasis marks,
 * entities decoded, spaces collapsed, each paragraph trimmed, empty paragraphs dropped.
 */
export function cleanCell(raw: string): string {
  const marked = tagsToMarks(markdownBold(raw));
  return decodeEntities(marked)
    .split(/\r?\n/)
    .map((p) => tidyMarks(cleanSpaces(p)))
    .filter((p) => plain(p).trim() !== "")
    .join(PARA);
}

/** The text without emphasis marks. */
export const plain = (text: string): string => text.replace(MARKS, "");

/** What recognisers compare: no marks, garbles fixed, Arabic digits, single spaces. */
export function keyOf(text: string): string {
  return toArabicDigits(fixGarbles(plain(text))).replace(/\s+/g, " ").trim();
}

/** The key without any whitespace, for keyword patterns that must survive line-wrap spaces. */
export const compactOf = (text: string): string => keyOf(text).replace(/\s+/g, "");

/** True when a text holds a letter or a digit (separator rows such as "--\t--" hold none). */
export const hasContent = (text: string): boolean => /[\p{L}\p{N}]/u.test(plain(text));

/**
 * The part of `text` after its first `n` characters that are not whitespace or marks: maps a
 * match on the compact key back to the original text (Thai and Arabic digits have equal length).
 */
export function afterCompact(text: string, n: number): string {
  let seen = 0;
  let i = 0;
  while (i < text.length && seen < n) {
    const c = text[i] as string;
    if (!/\s/.test(c) && c !== EM_OPEN && c !== EM_CLOSE) seen++;
    i++;
  }
  // A mark that closes right after the cut belongs to the part that was cut off.
  while (i < text.length && (text[i] === EM_CLOSE || /\s/.test(text[i] as string))) i++;
  return text.slice(i);
}

/** A plain value without the ":" and dots that separate it from its label, nor trailing dots. */
export function trimDots(text: string): string {
  return plain(text)
    .replace(/^[\s.:：…]+/, "")
    .replace(/[\s.…]+$/, "")
    .trim();
}

/** Paragraphs of a cell. */
export const paragraphs = (cell: string): string[] => (cell === "" ? [] : cell.split(PARA));

/** Compact form without garble fixes, whose length maps 1:1 onto the text (see afterCompact). */
export const rawCompactOf = (text: string): string => toArabicDigits(plain(text)).replace(/\s+/g, "");
