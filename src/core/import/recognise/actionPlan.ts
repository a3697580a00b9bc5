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
    // Up to four title lines; up to eight when they reach a line that names the KPI (titles
    // broken over more lines, as copies that keep a PDF's line breaks have them), which is the top.
    let block: number[] = [];
    let labelled = false;
    while (k >= 0 && block.length < 8) {
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
      if (KPI_LABEL.test(toArabicDigits(lineText(l)))) {
        labelled = true;
        break;
      }
    }
    if (!labelled) block = block.slice(-4);
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
  labelledTitle(s, draft, start, h);
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
      // "รวม ๕ ขั้นตอน คิดเป็นร้อยละ": the step count the table states.
      const count = /^รวม(\d+)ขั้นตอน/.exec(toArabicDigits(firstKey));
      if (count && !draft.statedSteps) draft.statedSteps = { text: count[1] as string, line: l.no };
      return k;
    }
    const months: PlannedMonth[] = [];
    for (const idx of barCells(l, sh.months)) {
      const month = sh.months.get(idx) as number;
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
  }, (l, k) => wrappedStepText(s, sh, l, k));
  draft.to = s.line(end).no;
  s.out.plans.push(draft);
  s.closePage();
  s.last = "plan";
  return end + 1;
}

/**
 * A plain line inside a step table is a step's text wrapped onto a line of its own whose empty
 * cells were lost (copied out of a pasted range, or from a source that drops trailing tabs): it
 * names no step, starts no other part of the forms, and the plain lines from it lead to a row of
 * the table that starts a step or totals it. Anything else still ends the table.
 */
function wrappedStepText(s: Scan, sh: StepHeader, l: Line, k: number): boolean {
  if (sh.cols.step !== 0 || s.startsSection(k) || isPageFurniture(l)) return false;
  if (/^\(?\d+[.)]?\s+/.test(toArabicDigits(lineText(l)))) return false;
  for (let j = k + 1; j < s.lines.length; j++) {
    const next = s.line(j);
    if (next.blank) return false;
    if (!next.tabular) {
      if (s.startsSection(j) || isPageFurniture(next) || /^\(?\d+[.)]?\s+/.test(toArabicDigits(lineText(next)))) return false;
      continue;
    }
    const first = toArabicDigits(cellText(next, sh.cols.step));
    return /^\(?\d+[.)]?\s+/.test(first) || /^รวม/.test(next.compacts.find((c) => c !== "") ?? "") || numbersInText(cellText(next, sh.cols.no)).length > 0;
  }
  return false;
}

/**
 * The month cells a step's bar covers: every marked cell, and a bar drawn as "←" in its first
 * cell and "→" in its last covers the cells between them too ("←→", "↔" or "█" mark one cell).
 */
function barCells(l: Line, months: Map<number, number>): number[] {
  const cols = [...months.keys()].sort((a, b) => a - b);
  const out: number[] = [];
  let open: number | null = null;
  cols.forEach((idx, n) => {
    const mark = plain(l.cells[idx] ?? "").replace(/\s+/g, "");
    if (mark === "" || /^[-–—]$/.test(mark)) return;
    const starts = /^[←⟵◄<]+$/.test(mark);
    const ends = /^[→⟶►>]+$/.test(mark);
    if (starts) {
      open = n;
      return;
    }
    if (ends && open !== null) {
      for (let j = open; j <= n; j++) out.push(cols[j] as number);
      open = null;
      return;
    }
    out.push(idx);
  });
  if (open !== null) out.push(cols[open] as number);
  return out;
}

const DIVISION_START = /^(กอง|ฝ่าย|ศูนย์|ส่วน|สำนัก|งาน|กลุ่ม)/;
/** "ชื่อตัวชี้วัดที่ ๑", "แผนการดำเนินงาน ตัวชี้วัดที่ 2.1", "ตัวชี้วัดที่ 3.2 :": a title line naming the plan's KPI (Arabic digits). */
const KPI_LABEL = /^(?:ชื่อตัวชี้วัด(?:ที่)?\s*[\d.]*|(?:แผนการดำเนินงาน|แผนปฏิบัติการ)?\s*ตัวชี้วัดที่\s*\d+(?:\.\d+)*)\s*[:：]?\s*/;

/**
 * Title lines that label their parts: "ชื่อตัวชี้วัดที่ ๑ <KPI>" / "ชื่อโครงการที่ ๑ <project> (<division>)",
 * or "แผนการดำเนินงาน ตัวชี้วัดที่ 2.1 <KPI>" / "โครงการ… งบประมาณ 350,000 บาท ผู้รับผิดชอบหลัก <division>
 * (7 ขั้นตอน)": the KPI the plan belongs to, the project, its budget, division and stated step count.
 */
function labelledTitle(s: Scan, draft: StepTableDraft, start: number, h: number): void {
  let kpiName: string | null = null;
  let project: string | null = null;
  let projectLine = 0;
  // The label last read: a plain line after it, up to the next label, is its text wrapped onto
  // the next line (a copy that keeps a PDF's line breaks).
  let last: "kpi" | "project" | null = null;
  for (let k = start; k < h; k++) {
    const l = s.line(k);
    if (l.blank) {
      last = null;
      continue;
    }
    if (isPageFurniture(l) || s.running.has(k)) continue;
    const text = lineText(l).replace(/\n/g, " ").trim();
    const arabic = toArabicDigits(text);
    const kpi = KPI_LABEL.exec(arabic);
    if (kpi && kpi[0].trim() !== "") {
      kpiName = text.slice(kpi[0].length).trim();
      last = "kpi";
      continue;
    }
    const proj = /^ชื่อโครงการ(?:ที่)?\s*[\d.]*\s*[:：]?\s*/.exec(arabic);
    if (proj || (kpiName !== null && /^โครงการ/.test(arabic))) {
      project = text.slice(proj ? proj[0].length : 0).trim();
      projectLine = l.no;
      last = "project";
    } else if (last === "kpi" && kpiName !== null && !l.tabular) kpiName = `${kpiName} ${text}`.trim();
    else if (last === "project" && project !== null && !l.tabular) project = `${project} ${text}`.trim();
    else last = null;
  }
  if (kpiName === null || project === null) return;
  draft.kpiName = kpiName;
  const steps = /\(\s*(?:รวม\s*)?([0-9๐-๙]+)\s*ขั้นตอน\s*\)\s*$/.exec(project);
  if (steps) {
    draft.statedSteps = { text: toArabicDigits(steps[1] as string), line: projectLine };
    project = project.slice(0, steps.index).trim();
  }
  const who = /\s*ผู้รับผิดชอบ(?:หลัก)?\s*[:：]?\s*(.+)$/.exec(project);
  if (who) {
    draft.division = { text: (who[1] as string).trim(), line: projectLine };
    project = project.slice(0, who.index).trim();
  }
  const money = /\s*งบประมาณ\s*[:：]?\s*([0-9๐-๙,.]+(?:\.-)?\s*บาท|ไม่ใช้งบประมาณ)/.exec(project);
  if (money) {
    draft.budget = { text: money[1] as string, line: projectLine };
    project = `${project.slice(0, money.index)}${project.slice(money.index + money[0].length)}`.trim();
  }
  const unit = /\s*\(([^()]+)\)\s*$/.exec(project);
  if (unit && DIVISION_START.test((unit[1] as string).trim()) && !draft.division) {
    draft.division = { text: (unit[1] as string).trim(), line: projectLine };
    project = project.slice(0, unit.index).trim();
  }
  draft.title = project;
}

/** A budget table: projects with their budget, division and KPI, and the total. */
export function readBudget(s: Scan, i: number, cols: Columns<BudgetField>): number {
  // A budget table inside a KPI's page is that KPI's; one standing apart (a chapter of budgets) is no KPI's.
  const draft: BudgetDraft = { from: s.line(i).no, to: 0, page: s.openPage, rows: [], total: null };
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
    // "๒. โครงการฝึกอบรม…": a list number inside the project cell is no part of the name.
    const name = project.replace(/^\(?[0-9๐-๙]{1,3}[.)]\s+/, "");
    draft.rows.push({ line: l.no, project: name, budget: cellText(l, cols.budget), division: cellText(l, cols.division), kpi: cellText(l, cols.kpi) });
    return k;
  });
  draft.to = s.line(end).no;
  s.out.budgets.push(draft);
  s.last = "budget";
  return end + 1;
}
