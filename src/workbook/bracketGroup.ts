// Structured references (Tbl[[#This Row],[col]]) are read by the Office.js writer, which turns
// them into A1 references, and by the comparison of a template's formulas. Apart from a1.ts, which
// the task pane's start-up carries, as both of those are loaded later.

/** The text of a bracketed group of a structured reference starting at `open` ("[…]", nested, ' escapes), and where it ends. */
export function bracketGroup(text: string, open: number): { inner: string; end: number } | null {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") {
      i++;
      continue;
    }
    if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return { inner: text.slice(open + 1, i), end: i };
  }
  return null;
}
