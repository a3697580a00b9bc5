// Action plans (แผนปฏิบัติการ): step tables with their title lines above (claimed before the main
// pass, so that no other reader takes them), and budget tables of projects.
import type { PlannedMonth } from "../../schema/plan";
import { numbersInText } from "../../thai/number";
import { toArabicDigits } from "../../thai/digits";
import { budgetHeader, cellText, kpiHeader, rubricHeader, stepHeader, type Columns, type StepHeader } from "../columns";
import type { BudgetDraft, StepTableDraft } from "../drafts";
import { isPageFurniture, type Line } from "../lines";
import { plain, trimDots } from "../text";
import type { BudgetField } from "../vocabulary";
import { alignmentOf, componentBoxes, lineText, rubricTitle, titleYear } from "./classify";
import type { Scan } from "./scan";

/** Step-table headers, and the title lines just above each (claimed before the main pass). */
export function findPlanTitles(s: Scan): void {
  for (let h = 0; h < s.lines.length; h++) {
    const sh = stepHeader(s.lines, h);
    if (!sh) continue;
    s.stepHeaders.set(h, sh);
    let k = h - 1;
    while (k >= 0 && s.line(k).blank) k--;
    const block: number[] = [];
    while (k >= 0 && block.length < 4) {
      const l = s.line(k);
      // A page number and the running header above it: the table goes on from the page before.
      if (isPageFurniture(l) || s.running.has(k)) {
        k--;
        continue;
      }
      if (l.blank || (l.tabular && l.filled > 1) || titleYear(l) !== null) break;
      if (kpiHeader(l, true) || rubricHeader(l) || componentBoxes(l) || alignmentOf(l) || rubricTitle(l)) break;
      block.unshift(k);
      k--;
    }
    if (block.length > 0) s.planTitles.set(block[0] as number, h);
    h = sh.next - 1;
  }
}

/** An action plan: its title lines (project, budget, division), the step table and its total. */
export function readActionPlan(s: Scan, start: number, h: number): number {
  const sh = s.stepHeaders.get(h) as StepHeader;
  const draft: StepTableDraft = {
    from: s.line(start).no,
    to: 0,
    title: "",
    titleLines: [],
    page: s.contextPage,
    steps: [],
    budget: null,
    division: null,
    statedSteps: null,
    total: null,
  };
  const titleParts: string[] = [];
  for (let k = start; k < h; k++) {
    const l = s.line(k);
    if (l.blank) continue;
    const text = lineText(l).replace(/\n/g, " ");
    draft.titleLines.push(l.no);
    const c = l.compact;
    if (/^งบประมาณ/.test(c)) draft.budget = { text, line: l.no };
    else if (/^(ผู้รับผิดชอบ|หน่วยงานรับผิดชอบ|ส่วนราชการรับผิดชอบ|หน่วยงานที่รับผิดชอบ)/.test(c)) draft.division = { text: trimDots(text.replace(/^[^:：]*[:：]/, "")), line: l.no };
    else titleParts.push(text);
  }
  draft.title = titleParts.join(" ").trim();
  const stated = /รวม\s*(\d+)\s*ขั้นตอน/.exec(toArabicDigits([draft.title, ...sh.rows.map((r) => r.key)].join(" ")));
  if (stated) draft.statedSteps = { text: stated[1] ?? "", line: draft.titleLines[0] ?? (sh.rows[0] as Line).no };
  const fyYear = s.out.titles.find((t) => t.year !== null)?.year ?? null;
  let numbered: boolean | null = null;
  const end = s.tableRows(sh.next - 1, (l, k) => {
    const again = stepHeader(s.lines, k);
    if (again) return again.next - 1;
    if (titleYear(l) !== null || kpiHeader(l, true) || rubricHeader(l) || budgetHeader(l)) return null;
    const stepText = cellText(l, sh.cols.step);
    const firstKey = l.compacts.find((c) => c !== "") ?? "";
    if (/^รวม/.test(firstKey)) {
      draft.total = { percent: cellText(l, sh.cols.percent), budget: cellText(l, sh.cols.budget), line: l.no };
      return k;
    }
    const months: PlannedMonth[] = [];
    for (const [idx, month] of sh.months) {
      const mark = plain(l.cells[idx] ?? "").trim();
      if (mark === "" || /^[-–—]$/.test(mark)) continue;
      const year = sh.years.get(idx);
      const inFy = year === undefined || fyYear === null || (month >= 10 ? year + 1 : year) === fyYear;
      months.push(inFy ? month : { year: year as number, month });
    }
    const noCell = cellText(l, sh.cols.no);
    const lead = /^\(?(\d+)[.)]?\s+/.exec(toArabicDigits(stepText));
    const no = noCell !== "" ? numbersInText(noCell)[0] ?? null : lead ? Number(lead[1]) : null;
    if (numbered === null && stepText !== "") numbered = no !== null;
    const prev = draft.steps[draft.steps.length - 1];
    if (no !== null || (numbered === false && stepText !== "")) {
      draft.steps.push({
        line: l.no,
        no: no ?? draft.steps.length + 1,
        text: lead && noCell === "" ? stepText.slice(lead[0].length).trim() : stepText,
        percent: cellText(l, sh.cols.percent),
        cumulative: cellText(l, sh.cols.cumulative),
        budget: cellText(l, sh.cols.budget),
        division: cellText(l, sh.cols.division),
        months,
      });
    } else if (prev && (stepText !== "" || months.length > 0)) {
      if (stepText !== "") prev.text = `${prev.text} ${stepText}`.trim();
      for (const m of months) if (!prev.months.some((x) => JSON.stringify(x) === JSON.stringify(m))) prev.months.push(m);
    } else return null;
    return k;
  });
  draft.to = s.line(end).no;
  s.out.plans.push(draft);
  s.closePage();
  s.last = "plan";
  return end + 1;
}

/** A budget table: projects with their budget, division and KPI, and the total. */
export function readBudget(s: Scan, i: number, cols: Columns<BudgetField>): number {
  const draft: BudgetDraft = { from: s.line(i).no, to: 0, page: s.contextPage, rows: [], total: null };
  const end = s.tableRows(i, (l, k) => {
    if (budgetHeader(l)) return k;
    const firstKey = l.compacts.find((c) => c !== "") ?? "";
    if (/^(รวม|ยอดรวม)/.test(firstKey)) {
      const b = cellText(l, cols.budget);
      draft.total = { text: b !== "" ? b : lineText(l).replace(/^(ยอด)?รวม(ทั้งสิ้น)?/, ""), line: l.no };
      return k;
    }
    const project = cellText(l, cols.project);
    if (project === "" && cellText(l, cols.budget) === "") return null;
    if (project === "" && draft.rows.length > 0) return null;
    draft.rows.push({ line: l.no, project, budget: cellText(l, cols.budget), division: cellText(l, cols.division), kpi: cellText(l, cols.kpi) });
    return k;
  });
  draft.to = s.line(end).no;
  s.out.budgets.push(draft);
  s.last = "budget";
  return end + 1;
}
