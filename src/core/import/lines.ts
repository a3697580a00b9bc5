// The line tokenizer: text → numbered lines of clean, tab-separated cells with matching keys.
import { cleanCell, compactOf, hasContent, keyOf, plain } from "./text";

export interface Line {
  /** Position in the list (0-based). */
  readonly index: number;
  /** Line number in the source text (1-based), for the report. */
  readonly no: number;
  /** Clean cells; paragraphs inside a cell are separated by "\n", emphasis by marks. */
  readonly cells: readonly string[];
  /** Matching key of each cell (garbles fixed, Arabic digits, single spaces). */
  readonly keys: readonly string[];
  /** Compact key (no whitespace) of each cell. */
  readonly compacts: readonly string[];
  /** The line as plain text, non-empty cells joined with " ", for the report. */
  readonly text: string;
  /** Key and compact key of the whole line. */
  readonly key: string;
  readonly compact: string;
  /** No letter or digit anywhere: an empty line or a separator such as "--\t--". */
  readonly blank: boolean;
  /** The source line had a tab: a table row. */
  readonly tabular: boolean;
  /** How many cells hold text. */
  readonly filled: number;
}

/**
 * Splits text into lines and cells and normalises every cell. Line numbers follow the source.
 * Empty cells at the end of a line carry nothing and are dropped, as the pane drops them from the
 * cells of a selection: text copied from a source that ends every line with a tab, or a range of
 * cells wider than the text, reads as the text itself (a title stays a title, not a table row).
 */
export function tokenize(text: string): Line[] {
  const raw = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).map(withoutTrailingCells);
  return withoutDoubledBreaks(raw).map(({ source, no }, index) => {
    const tabular = source.includes("\t");
    const cells = (tabular ? source.split("\t") : [source]).map(cleanCell);
    const keys = cells.map(keyOf);
    const joined = cells.filter((c) => c !== "").join(" ");
    return {
      index,
      no,
      cells,
      keys,
      compacts: cells.map(compactOf),
      text: plain(joined).replace(/\n/g, " "),
      key: keyOf(joined),
      compact: compactOf(joined),
      blank: !hasContent(joined),
      tabular,
      filled: cells.filter((c) => hasContent(c)).length,
    };
  });
}

/**
 * Text whose every line is followed by an empty one (copied from a web page or some PDF viewers,
 * which turn each line into a paragraph): the empty lines the copy added are left out, so table
 * rows and a header's lines meet again; a run of 2k+1 empty lines was a run of k. Text with two
 * lines of content next to each other anywhere is taken as it is. Line numbers stay the source's.
 */
function withoutDoubledBreaks(raw: readonly string[]): { source: string; no: number }[] {
  const numbered = raw.map((source, i) => ({ source, no: i + 1 }));
  const filled = raw.map((l) => l.trim() !== "");
  const lines = filled.filter(Boolean).length;
  if (lines < 10 || filled.some((f, i) => f && filled[i + 1] === true)) return numbered;
  // The source's lines, empty ones included, are every other line of the copy, from its first line of content.
  const parity = (numbered.find((l, i) => filled[i])?.no ?? 1) % 2;
  return numbered.filter((l, i) => filled[i] || l.no % 2 === parity);
}

function withoutTrailingCells(line: string): string {
  if (!line.includes("\t")) return line;
  const cells = line.split("\t");
  let n = cells.length;
  while (n > 1 && (cells[n - 1] as string).trim() === "") n--;
  return cells.slice(0, n).join("\t");
}

/** Page numbers and similar furniture that carry nothing for the plan. */
export function isPageFurniture(line: Line): boolean {
  if (line.tabular && line.filled > 1) return false;
  return /^(หน้า|page)?\s*[-–—]?\s*\d{1,3}\s*[-–—]?\s*((\/|จาก|of)\s*\d{1,3})?$/i.test(line.key);
}

export interface TextProblem {
  code: "EMPTY" | "BINARY";
}

/** Empty or binary input, told apart before any recognising starts. */
export function inspectText(text: string): TextProblem | null {
  if (text.replace(/^\uFEFF/, "").trim() === "") return { code: "EMPTY" };
  if (text.includes("\u0000")) return { code: "BINARY" };
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c < 0xa0)) bad++;
  }
  const share = bad / text.length;
  return (bad > 8 && share > 0.01) || share > 0.05 ? { code: "BINARY" } : null;
}
