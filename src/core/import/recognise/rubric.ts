// Scoring rubrics (เกณฑ์การให้คะแนน): a table with one row per level, or one with the levels as
// columns, with or without a title above it naming the KPI; and the conditions or notes block
// under a rubric.
import { numbersInText } from "../../thai/number";
import { toArabicDigits } from "../../thai/digits";
import { cellText, rubricHeader, transposedRubricHeader, type Columns } from "../columns";
import type { Para, RubricDraft, RubricRowDraft } from "../drafts";
import { MSG } from "../messages";
import { paragraphs, plain } from "../text";
import { TRANSPOSED_ROWS, type RubricField } from "../vocabulary";
import { lineText } from "./classify";
import type { Scan } from "./scan";

/** The title of a rubric; its table follows within a few lines. */
export function readRubricWithTitle(s: Scan, i: number, name: string | null): number {
  const titleLine = s.line(i).no;
  // The rubric table follows within a few lines (an agency list may sit in between).
  for (let k = i + 1; k < Math.min(s.lines.length, i + 8); k++) {
    const l = s.line(k);
    if (l.blank) continue;
    const rh = rubricHeader(l);
    const tr = rh ? null : transposedRubricHeader(l);
    if (rh || tr) {
      let title: RubricTitle = { name, line: titleLine };
      for (let b = i + 1; b < k; b++) {
        const between = s.line(b);
        if (between.blank) continue;
        // "เกณฑ์การให้คะแนน" / "ตัวชี้วัดที่ 2.1 <name> (น้ำหนัก 10 คะแนน)": the title goes on below.
        const named = title.name === null ? kpiTitleLine(lineText(between)) : null;
        if (named) title = { ...named, line: between.no };
        else s.skip(between, MSG.betweenRubricTitle());
      }
      return rh ? readRubric(s, k, title, rh) : readTransposedRubric(s, k, title, tr as Map<number, number>);
    }
    if (s.startsSection(k)) break;
  }
  // A title with no table under it: remember it for a table further down.
  s.out.rubrics.push({ from: titleLine, to: titleLine, titleName: name, titleLine, page: s.contextPage, rows: [], conditions: [] });
  return i + 1;
}

interface RubricTitle {
  name: string | null;
  line: number;
  /** "(น้ำหนัก 10 คะแนน)" written after the name. */
  weight?: string;
}

/** "ตัวชี้วัดที่ 2.1 <name> (น้ำหนัก 10 คะแนน)" → the name and the weight; null for other lines. */
function kpiTitleLine(text: string): { name: string; weight?: string } | null {
  const m = /^ตัวชี้วัด(?:ที่)?\s*[0-9๐-๙]+(?:\.[0-9๐-๙]+)*\s*[:：]?\s*(.+)$/.exec(text.trim());
  if (!m) return null;
  let name = (m[1] as string).trim();
  const w = /\(\s*น้ำหนัก\s*([0-9๐-๙.]+)\s*(?:คะแนน)?\s*\)\s*$/.exec(name);
  if (w) name = name.slice(0, w.index).trim();
  return w ? { name, weight: w[1] as string } : { name };
}

/** The rubric a table header starts: a new one, or the one a title announced further up. */
function rubricDraft(s: Scan, i: number, title: RubricTitle | null): RubricDraft {
  s.dropPending();
  const pendingTitle = s.out.rubrics[s.out.rubrics.length - 1];
  if (!title && pendingTitle && pendingTitle.rows.length === 0 && s.last !== "rubric") return pendingTitle;
  const draft: RubricDraft = { from: title?.line ?? s.line(i).no, to: 0, titleName: title?.name ?? null, page: s.contextPage, rows: [], conditions: [] };
  if (title) draft.titleLine = title.line;
  if (title?.weight) draft.titleWeight = { text: title.weight, line: title.line };
  s.out.rubrics.push(draft);
  return draft;
}

function rubricDone(s: Scan, draft: RubricDraft, end: number): number {
  draft.to = s.line(end).no;
  if (s.openPage) s.openPage.closed = true;
  s.openPage = null;
  s.lastRubric = draft;
  s.last = "rubric";
  return end + 1;
}

/** A rubric with the levels as columns and percent / criteria / points as rows. */
export function readTransposedRubric(s: Scan, i: number, title: RubricTitle | null, levels: Map<number, number>): number {
  const draft = rubricDraft(s, i, title);
  const rows = new Map<number, RubricRowDraft>();
  for (const [, level] of levels) rows.set(level, { line: s.line(i).no, level: String(level), percent: "", points: "", criterion: "", description: [] });
  const firstLevelCol = Math.min(...levels.keys());
  let first = true;
  const end = s.tableRows(i, (l, k) => {
    if (l.filled < 2) return null;
    const labelIdx = l.compacts.findIndex((c) => c !== "");
    const label = labelIdx >= 0 && labelIdx < firstLevelCol ? (l.compacts[labelIdx] as string) : "";
    const spec = TRANSPOSED_ROWS.find((r) => r.patterns.some((p) => p.test(label)));
    const field: RubricField | null = spec ? spec.field : label === "" || first ? "description" : null;
    if (!field || field === "level") return null;
    for (const [idx, level] of levels) {
      const row = rows.get(level) as RubricRowDraft;
      row.line = l.no;
      if (field === "description") row.description.push(...paragraphs(l.cells[idx] ?? "").map((p): Para => ({ text: p, line: l.no, cont: row.description.length > 0 })));
      else row[field] = cellText(l, idx);
    }
    first = false;
    return k;
  });
  draft.rows.push(...rows.values());
  return rubricDone(s, draft, end);
}

/** A rubric with one row per level. */
export function readRubric(s: Scan, i: number, title: RubricTitle | null, cols: Columns<RubricField>): number {
  const draft = rubricDraft(s, i, title);
  const end = s.tableRows(i, (l, k) => {
    if (rubricHeader(l)) return k;
    const levelText = cellText(l, cols.level);
    const levelNum = numbersInText(levelText)[0] ?? null;
    const description = cols.description === undefined ? "" : (l.cells[cols.description] ?? "");
    const inLevel = /ร้อยละ\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*%/.exec(toArabicDigits(levelText))?.[0] ?? "";
    const row = {
      line: l.no,
      level: levelText,
      percent: cellText(l, cols.percent) || inLevel,
      points: cellText(l, cols.points),
      criterion: cellText(l, cols.criterion),
      description: paragraphs(description).map((p): Para => ({ text: p, line: l.no, cont: false })),
    };
    const isRow = (levelNum !== null && levelNum >= 0 && levelNum <= 10) || (cols.level === undefined && (row.percent !== "" || row.points !== ""));
    if (isRow) draft.rows.push(row);
    else if (draft.rows.length > 0 && row.level === "" && row.percent === "" && row.points === "" && row.description.length > 0) {
      const prev = draft.rows[draft.rows.length - 1];
      if (prev) prev.description.push(...row.description.map((p, n) => ({ ...p, cont: n === 0 })));
    } else return null;
    return k;
  });
  return rubricDone(s, draft, end);
}

/** The conditions or notes block under a rubric (a skipped line when no rubric precedes it). */
export function readConditions(s: Scan, i: number): number {
  const rubric = s.last === "rubric" || s.last === "conditions" ? s.lastRubric : null;
  const k = s.freeText(i, (l) => {
    const text = l.cells
      .filter((c) => c !== "")
      .map((c) => plain(c))
      .join(" ");
    if (rubric) rubric.conditions.push({ text, line: l.no });
    else s.skip(l, MSG.notesNoRubric());
    return true;
  });
  if (rubric) {
    rubric.to = s.line(k - 1).no;
    s.last = "conditions";
  }
  return k;
}

