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

/** Splits text into lines and cells and normalises every cell. Line numbers follow the source. */
export function tokenize(text: string): Line[] {
  const raw = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  return raw.map((source, index) => {
    const tabular = source.includes("\t");
    const cells = (tabular ? source.split("\t") : [source]).map(cleanCell);
    const keys = cells.map(keyOf);
    const joined = cells.filter((c) => c !== "").join(" ");
    return {
      index,
      no: index + 1,
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
