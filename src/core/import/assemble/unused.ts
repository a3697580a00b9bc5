// Lines no reader took, listed as parts rather than one by one: the run of lines before the KPI
// forms (a plan's cover, preface, general information, vision, SWOT) is one entry, a table of
// contents (lines with dotted leaders and page numbers) another, and any other run of unread lines
// between two recognised parts one more. Each keeps its first line's text and its line range.
import type { Skipped } from "../types";
import { MSG } from "../messages";
import { LEADERS } from "../vocabulary";
import type { Assembly } from "./state";

const KPI_PARTS = new Set(["summary", "detail", "rubric", "actionPlan", "budget"]);

export function groupUnused(asm: Assembly): void {
  const unread = MSG.unrecognised().en;
  const starts = asm.recognised.map((r) => r.from);
  const firstForm = Math.min(...asm.recognised.filter((r) => KPI_PARTS.has(r.kind)).map((r) => r.from));
  const sorted = [...asm.skipped].sort((a, b) => a.line - b.line);
  // A contents entry: dotted leaders, then the page ("คำนำ ........ ก", "บทที่ 1 … ………… 1"); an entry
  // that wraps onto a line without leaders stays inside the contents it stands in.
  const entry = (s: Skipped): boolean => /^สารบัญ$|^contents$/i.test(s.text.trim()) || new RegExp(`(${LEADERS.source})\\s*\\S{1,4}$`).test(s.text.trim());
  const contents = new Set(sorted.filter(entry));
  sorted.forEach((s, i) => {
    const prev = sorted[i - 1];
    const next = sorted[i + 1];
    if (prev && next && contents.has(prev) && contents.has(next) && s.line - prev.line <= 2 && next.line - s.line <= 2) contents.add(s);
  });
  const isContents = (s: Skipped): boolean => contents.has(s);
  const keep: Skipped[] = [];
  let run: Skipped[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const first = run[0] as Skipped;
    const last = run[run.length - 1] as Skipped;
    if (run.length === 1) keep.push(first);
    else {
      const what = run.every(isContents) || run.filter(isContents).length * 2 > run.length ? "contents" : last.line < firstForm ? "preface" : "text";
      keep.push({ line: first.line, to: last.line, text: first.text, reason: MSG.notUsedPart(what) });
    }
    run = [];
  };
  for (const s of sorted) {
    if (s.reason.en !== unread) {
      flush();
      keep.push(s);
      continue;
    }
    const prev = run[run.length - 1];
    const between = prev !== undefined && starts.some((f) => f > prev.line && f <= s.line);
    // A table of contents is a part of its own: it starts and ends a run.
    if (prev && (between || isContents(prev) !== isContents(s))) flush();
    run.push(s);
  }
  flush();
  asm.skipped.splice(0, asm.skipped.length, ...keep);
}
