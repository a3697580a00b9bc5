// The section recognisers: one pass over the lines, each part of the forms found by its
// header words (vocabulary.ts), never by its position. The result is raw drafts with line
// numbers; assemble.ts turns them into a plan.
//
// classify.ts says what a single line is; scan.ts holds the state of the pass; one reader per
// part of the forms: titles.ts (titles, component boxes, alignment), summary.ts, detail.ts,
// rubric.ts (rubrics and their conditions), actionPlan.ts (step tables and budgets).
import { budgetHeader, kpiHeader, rubricHeader, transposedRubricHeader } from "../columns";
import type { Parsed } from "../drafts";
import type { Line } from "../lines";
import { MSG } from "../messages";
import { rawCompactOf } from "../text";
import { findPlanTitles, readActionPlan, readBudget } from "./actionPlan";
import { alignmentOf, CONDITIONS, componentBoxes, LABELLED_START, lineText, numberedKpiPage, rubricTitle, standaloneHeading, titleAt } from "./classify";
import { readDetail, readLabelled } from "./detail";
import { readConditions, readRubric, readRubricWithTitle, readTransposedRubric } from "./rubric";
import { Scan } from "./scan";
import { readSummary } from "./summary";
import { readAlignment, readBoxes, readTitle } from "./titles";

export { agencyOf, alignmentOf, componentBoxes, componentHeading, rubricTitle, titleAt, titleYear } from "./classify";

/** The part of the forms that starts at line i, read; the line after it, or null when none starts there. */
function step(s: Scan, i: number): number | null {
  const line = s.line(i);
  const plan = s.planTitles.get(i);
  if (plan !== undefined) return readActionPlan(s, i, plan);
  const sh = s.stepHeaders.get(i);
  if (sh) return readActionPlan(s, i, i);
  const title = s.running.has(i) ? null : titleAt(s.lines, i);
  if (title) return readTitle(s, i, title.year, title.end);
  const header = kpiHeader(line, s.pending?.fresh ?? false);
  if (header) return header.kind === "summary" ? readSummary(s, i, header) : readDetail(s, i, header);
  const rh = rubricHeader(line);
  if (rh) return readRubric(s, i, null, rh);
  const tr = transposedRubricHeader(line);
  if (tr) return readTransposedRubric(s, i, null, tr);
  const rt = rubricTitle(line);
  if (rt) return readRubricWithTitle(s, i, rt.name);
  const bh = budgetHeader(line);
  if (bh) return readBudget(s, i, bh);
  if (componentBoxes(line)) return readBoxes(s, i);
  if (alignmentOf(line)) return readAlignment(s, i);
  if (!line.tabular && CONDITIONS.test(line.compact)) return readConditions(s, i);
  if (!line.tabular && LABELLED_START.test(rawCompactOf(lineText(line)))) return readLabelled(s, i);
  if (numberedKpiPage(s.lines, i)) return readLabelled(s, i);
  const heading = standaloneHeading(line);
  if (heading) {
    s.out.headings.push({ ...heading, line: line.no });
    s.component = heading.code;
    return i + 1;
  }
  return null;
}

export function recognise(lines: readonly Line[]): Parsed {
  const s = new Scan(lines);
  findPlanTitles(s);
  let i = 0;
  while (i < lines.length) {
    const line = s.line(i);
    if (line.blank) {
      i++;
      continue;
    }
    const next = step(s, i);
    if (next !== null && next > i) {
      i = next;
      continue;
    }
    if (!s.furniture(line)) s.skip(line, MSG.unrecognised());
    i++;
  }
  s.dropPending();
  return s.out;
}
