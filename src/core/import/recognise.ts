// The section recognisers: one pass over the lines, each part of the forms found by its
// header words (vocabulary.ts), never by its position. The result is raw drafts with line
// numbers; assemble.ts turns them into a plan.
import { numbersInText } from "../thai/number";
import { toArabicDigits } from "../thai/digits";
import type { PlannedMonth } from "../schema/plan";
import {
  baselineFromYears,
  budgetHeader,
  cellText,
  kpiHeader,
  rubricHeader,
  stepHeader,
  transposedRubricHeader,
  yearRow,
  type Columns,
  type KpiHeader,
  type StepHeader,
} from "./columns";
import type {
  BudgetDraft,
  ComponentHeading,
  DetailPage,
  Located,
  Para,
  Parsed,
  RubricDraft,
  RubricRowDraft,
  SkippedDraft,
  StepTableDraft,
  SummaryRow,
  TitleDraft,
} from "./drafts";
import { isPageFurniture, type Line } from "./lines";
import { MSG } from "./messages";
import { EM_OPEN, PARA, afterCompact, paragraphs, plain, rawCompactOf, trimDots } from "./text";
import {
  ALIGNMENT_LABELS,
  DETAIL_LABELS,
  FISCAL_YEAR,
  TICKS,
  TITLE_WORDS,
  TRANSPOSED_ROWS,
  type AlignmentField,
  type BudgetField,
  type RubricField,
  type SummaryField,
} from "./vocabulary";

// ---------------------------------------------------------------- line classifiers

/** A form title: "แบบสรุปตัวชี้วัด… ประจำปีงบประมาณ พ.ศ. ๒๕๖๗". Returns the BE year. */
export function titleYear(line: Line): number | null {
  if (line.tabular && line.filled > 1) return null;
  const c = line.compact;
  if (c.length > 220) return null;
  const m = FISCAL_YEAR.exec(c);
  if (!m || !TITLE_WORDS.test(c)) return null;
  const rest = c.length - (m.index + m[0].length);
  const startsLikeTitle = /^(แบบ|ตัวชี้วัด|คำรับรอง|รายละเอียดตัวชี้วัด|ข้อตกลง)/.test(c);
  if (!startsLikeTitle && rest > 40) return null;
  const year = Number(m[2]);
  if (year >= 2400 && year <= 2700) return year;
  if (year >= 1900 && year <= 2200) return year + 543;
  return null;
}

/** "หน่วยงาน/ส่วนราชการสังกัดสำนักปลัดกรุงเทพมหานคร...สำนักงานการต่างประเทศ....." → the agency. */
export function agencyOf(text: string): string | null {
  const parts = plain(text)
    .split(/\.{2,}|…+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const last = parts[parts.length - 1];
  if (last === undefined) return null;
  const a = last.replace(/^(หน่วยงาน(\s*\/\s*ส่วนราชการ)?|ส่วนราชการ)\s*(สังกัด)?\s*[:：]?\s*/, "").trim();
  return a === "" ? null : a;
}

const BOX = /องค์(?:กร)?ประกอบ(?:ที่)?\s*(\d+(?:\.\d+)*)/g;

/** Component boxes of a detail page ("องค์ประกอบที่ ๑.๑ ☐ องค์ประกอบที่ ๑.๒ ☑ …"). */
export function componentBoxes(line: Line): { codes: string[]; ticked: string | null } | null {
  const k = toArabicDigits(plain(line.cells.filter((c) => c !== "").join(" ")));
  const matches = [...k.matchAll(BOX)];
  if (matches.length === 0 || !/^\W*องค์/.test(k.trim())) return null;
  const rest = k.replace(BOX, "").replace(/[\s()[\]□☐:.]/g, "");
  const single = matches.length === 1;
  if (rest.replace(new RegExp(TICKS.source, "g"), "") !== "" && !single) return null;
  if (!single && line.tabular && line.filled > matches.length) return null;
  // A tick belongs to the nearest box label; a tick right after a label is that label's.
  let ticked: string | null = null;
  for (const t of k.matchAll(new RegExp(TICKS.source, "g"))) {
    const at = t.index ?? 0;
    let best = Infinity;
    for (const m of matches) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const d = at >= end ? at - end : start - at + 0.5;
      if (d >= 0 && d < best) [best, ticked] = [d, m[1] ?? null];
    }
  }
  return { codes: matches.map((m) => m[1] ?? ""), ticked };
}

/** An alignment label at the start of a line and the value after it. */
export function alignmentOf(line: Line): { field: AlignmentField | null; value: string } | null {
  if (line.tabular && line.filled > 1) return null;
  const text = line.cells.filter((c) => c !== "").join(" ").replace(/\n/g, " ");
  const raw = rawCompactOf(text);
  for (const l of ALIGNMENT_LABELS) {
    const m = l.pattern.exec(raw);
    if (m && m[0].length > 0) return { field: l.field, value: trimDots(afterCompact(text, m[0].length)) };
  }
  return null;
}

/** "เกณฑ์การให้คะแนนตัวชี้วัด <name>" / "เกณฑ์การให้คะแนน “<name>”". */
export function rubricTitle(line: Line): { name: string | null } | null {
  if (line.tabular && line.filled > 1) return null;
  const text = plain(line.cells.filter((c) => c !== "").join(" ")).replace(/\n/g, " ");
  const m = /^เกณฑ์(การ)?(ให้คะแนน|ประเมิน(ผล)?|การให้คะแนน)(ของ)?(ตัวชี้วัด(ที่\s*\d+(\.\d+)*)?)?/.exec(rawCompactOf(text));
  if (!m) return null;
  const name = afterCompact(text, m[0].length)
    .replace(/^[\s:：“”"'*]+|[\s“”"'*]+$/g, "")
    .trim();
  return { name: name === "" ? null : name };
}

const CONDITIONS = /^(เงื่อนไข|หมายเหตุ|ข้อกำหนด|ข้อสังเกต)/;

const LABELLED_START = /^(ชื่อตัวชี้วัด(ที่\d+(\.\d+)*)?|ตัวชี้วัด(ที่\d+(\.\d+)*)?[:：])/;

/** "๑. ร้อยละ…" → "ร้อยละ…" when the table has no number column of its own. */
const withoutNumber = (name: string, strip: boolean): string => (strip ? name.replace(/^\(?[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})*[.)]?\s+(?=\D)/, "") : name);

/** "๑.๑" or "องค์ประกอบที่ ๑.๑" in a component column. */
const codeIn = (text: string): string | null => /(\d+(?:\.\d+)*)/.exec(toArabicDigits(text))?.[1] ?? null;

const lineText = (line: Line): string =>
  line.cells
    .filter((c) => c !== "")
    .map((c) => plain(c))
    .join(" ")
    .trim();

// ---------------------------------------------------------------- the recogniser

interface Pending {
  from: number;
  boxCodes: string[];
  boxTicked: string | null;
  boxLine?: number;
  boxText?: string;
  alignment: DetailPage["alignment"];
  alignmentLines: number[];
  /** Alignment or component boxes were read: the next table starts a new page. */
  fresh: boolean;
}

type Last = "none" | "summary" | "detail" | "rubric" | "plan" | "budget" | "conditions";

class Recogniser {
  private readonly out: Parsed;
  private pending: Pending | null = null;
  private openPage: DetailPage | null = null;
  private contextPage: DetailPage | null = null;
  private lastRubric: RubricDraft | null = null;
  private last: Last = "none";
  private component: string | null = null;
  /** Action-plan title lines, claimed ahead of the pass: title line index → header index. */
  private readonly planTitles = new Map<number, number>();
  private readonly stepHeaders = new Map<number, StepHeader>();
  private seq = 0;

  /** Short plain lines that occur three times or more: running page headers and footers. */
  private readonly repeated: Set<string>;
  private readonly dropped = new Set<number>();

  constructor(private readonly lines: readonly Line[]) {
    const counts = new Map<string, number>();
    for (const l of lines) {
      if (l.blank || (l.tabular && l.filled > 1) || l.compact.length > 120) continue;
      counts.set(l.compact, (counts.get(l.compact) ?? 0) + 1);
    }
    this.repeated = new Set([...counts].filter(([, n]) => n >= 3).map(([c]) => c));
    this.out = {
      lines: lines.length,
      titles: [],
      headings: [],
      summary: [],
      summaryRanges: [],
      summaryTotals: [],
      pages: [],
      rubrics: [],
      plans: [],
      budgets: [],
      skipped: [],
      furniture: 0,
    };
  }

  run(): Parsed {
    this.findPlanTitles();
    let i = 0;
    while (i < this.lines.length) {
      const line = this.lines[i] as Line;
      if (line.blank) {
        i++;
        continue;
      }
      const next = this.step(i);
      if (next !== null && next > i) {
        i = next;
        continue;
      }
      if (!this.furniture(line)) this.skip(line, MSG.unrecognised());
      i++;
    }
    this.dropPending();
    return this.out;
  }

  private step(i: number): number | null {
    const line = this.lines[i] as Line;
    const plan = this.planTitles.get(i);
    if (plan !== undefined) return this.actionPlan(i, plan);
    const sh = this.stepHeaders.get(i);
    if (sh) return this.actionPlan(i, i);
    const year = titleYear(line);
    if (year !== null) return this.title(i, year);
    const header = kpiHeader(line, this.pending?.fresh ?? false);
    if (header) return header.kind === "summary" ? this.summary(i, header) : this.detail(i, header);
    const rh = rubricHeader(line);
    if (rh) return this.rubric(i, null, rh);
    const tr = transposedRubricHeader(line);
    if (tr) return this.rubricTransposed(i, null, tr);
    const rt = rubricTitle(line);
    if (rt) return this.rubricWithTitle(i, rt.name);
    const bh = budgetHeader(line);
    if (bh) return this.budget(i, bh);
    if (componentBoxes(line)) return this.boxes(i);
    if (alignmentOf(line)) return this.alignment(i);
    if (!line.tabular && CONDITIONS.test(line.compact)) return this.conditions(i);
    if (!line.tabular && LABELLED_START.test(rawCompactOf(lineText(line)))) return this.labelled(i);
    return null;
  }

  /**
   * A page number or a running header/footer: dropped, and a table it interrupts goes on. A line
   * any recogniser claims (a title, an agency under a title, a label) is never furniture.
   */
  private furniture(l: Line): boolean {
    if (this.dropped.has(l.index)) return true;
    const drop =
      isPageFurniture(l) ||
      (this.repeated.has(l.compact) &&
        titleYear(l) === null &&
        !componentBoxes(l) &&
        !alignmentOf(l) &&
        !rubricTitle(l) &&
        !CONDITIONS.test(l.compact) &&
        !LABELLED_START.test(rawCompactOf(lineText(l))) &&
        !this.planTitles.has(l.index));
    if (drop) {
      this.dropped.add(l.index);
      this.out.furniture = this.dropped.size;
    }
    return drop;
  }

  /** Where a new part of the forms starts: ends free-text blocks (conditions, labelled pages). */
  private startsSection(i: number): boolean {
    const line = this.lines[i] as Line;
    if (this.planTitles.has(i) || this.stepHeaders.has(i)) return true;
    if (titleYear(line) !== null) return true;
    if (kpiHeader(line, true) || rubricHeader(line) || transposedRubricHeader(line) || rubricTitle(line) || budgetHeader(line)) return true;
    if (componentBoxes(line) || alignmentOf(line)) return true;
    return !line.tabular && LABELLED_START.test(rawCompactOf(lineText(line)));
  }

  private skip(line: Line, reason: SkippedDraft["reason"]): void {
    this.out.skipped.push({ line: line.no, text: line.text, reason });
  }

  // ------------------------------------------------------------ titles, boxes, alignment

  private title(i: number, year: number): number {
    const line = this.lines[i] as Line;
    const t: TitleDraft = { line: line.no, year, agency: null };
    let next = i + 1;
    for (let k = i + 1; k < Math.min(this.lines.length, i + 3); k++) {
      const l = this.lines[k] as Line;
      if (l.blank) continue;
      if (!l.tabular && !this.startsSection(k) && l.compact.length < 160 && !CONDITIONS.test(l.compact)) {
        t.agency = agencyOf(lineText(l));
        t.agencyLine = l.no;
        next = k + 1;
      }
      break;
    }
    this.out.titles.push(t);
    this.dropPending();
    this.pending = this.newPending(line.no);
    return next;
  }

  private newPending(from: number): Pending {
    return { from, boxCodes: [], boxTicked: null, alignment: {}, alignmentLines: [], fresh: false };
  }

  /** Alignment read but never followed by a KPI table: its lines are reported. */
  private dropPending(): void {
    const p = this.pending;
    this.pending = null;
    if (!p || !p.fresh) return;
    for (const no of p.alignmentLines) {
      const l = this.lines[no - 1];
      if (l) this.skip(l, MSG.alignmentUnused());
    }
  }

  private boxes(i: number): number {
    const p = this.pending ?? (this.pending = this.newPending((this.lines[i] as Line).no));
    if (p.fresh && (Object.keys(p.alignment).length > 0 || p.boxCodes.length > 0)) {
      this.dropPending();
      this.pending = this.newPending((this.lines[i] as Line).no);
    }
    const pending = this.pending as Pending;
    let k = i;
    const texts: string[] = [];
    while (k < this.lines.length) {
      const l = this.lines[k] as Line;
      if (l.blank) {
        k++;
        continue;
      }
      const b = componentBoxes(l);
      if (!b) break;
      if (pending.boxLine === undefined) pending.boxLine = l.no;
      pending.boxCodes.push(...b.codes);
      if (b.ticked) pending.boxTicked = b.ticked;
      texts.push(l.text);
      k++;
      if (b.codes.length === 1 && !/^\W*องค์(กร)?ประกอบ(ที่)?\s*[\d.]+\s*$/.test(toArabicDigits(l.text))) break;
    }
    pending.boxText = texts.join(" ");
    pending.fresh = true;
    return k;
  }

  private alignment(i: number): number {
    if (!this.pending) this.pending = this.newPending((this.lines[i] as Line).no);
    let k = i;
    let current: AlignmentField | null = null;
    while (k < this.lines.length) {
      const l = this.lines[k] as Line;
      if (l.blank) {
        k++;
        current = null;
        continue;
      }
      const a = alignmentOf(l);
      if (a) {
        const p = this.pending as Pending;
        if (a.field && p.alignment[a.field]) {
          // A second strategy line: a new page's chain starts.
          this.dropPending();
          this.pending = this.newPending(l.no);
        }
        const pend = this.pending as Pending;
        pend.fresh = true;
        if (a.field) {
          pend.alignment[a.field] = { text: a.value, line: l.no };
          pend.alignmentLines.push(l.no);
        } else this.skip(l, MSG.alignmentNoField());
        current = a.field;
        k++;
        continue;
      }
      if (current && !l.tabular && !this.startsSection(k) && k > 0 && !(this.lines[k - 1] as Line).blank) {
        const loc = (this.pending as Pending).alignment[current] as Located;
        loc.text = trimDots(`${loc.text} ${lineText(l)}`);
        k++;
        continue;
      }
      break;
    }
    return k;
  }

  // ------------------------------------------------------------ summary table

  private summary(i: number, header: KpiHeader): number {
    this.dropPending();
    this.closePage();
    const cols = header.cols;
    const from = (this.lines[i] as Line).no;
    let years = yearRow(this.lines[i + 1]);
    let k = years ? i + 2 : i + 1;
    let lastRow: SummaryRow | null = this.last === "summary" ? (this.out.summary[this.out.summary.length - 1] ?? null) : null;
    let end = k - 1;
    while (k < this.lines.length) {
      const l = this.lines[k] as Line;
      if (l.blank) {
        k++;
        continue;
      }
      if (titleYear(l) !== null) break;
      const again = kpiHeader(l, false);
      if (again) {
        if (again.kind !== "summary") break;
        const y = yearRow(this.lines[k + 1]);
        if (y) years = y;
        end = y ? k + 1 : k;
        k = end + 1;
        continue;
      }
      const heading = componentHeading(l);
      if (heading) {
        this.out.headings.push({ ...heading, line: l.no });
        this.component = heading.code;
        end = k;
        k++;
        continue;
      }
      if (!l.tabular) {
        if (this.furniture(l)) {
          k++;
          continue;
        }
        break;
      }
      const total = /^รวม/.test(l.compacts.find((c) => c !== "") ?? "");
      if (total) {
        const w = cellText(l, cols.weight) || lineText(l);
        this.out.summaryTotals.push({ text: w, line: l.no });
        end = k;
        k++;
        continue;
      }
      const name = withoutNumber(cellText(l, cols.name), cols.no === undefined);
      const no = cellText(l, cols.no);
      const target = cellText(l, cols.target);
      const weight = cellText(l, cols.weight);
      if (name !== "" && (no !== "" || target !== "" || weight !== "")) {
        const stated = cols.component === undefined ? null : codeIn(cellText(l, cols.component));
        lastRow = {
          line: l.no,
          lines: [l.no],
          component: stated ?? this.component,
          no,
          name,
          baseline: years ? baselineFromYears(l, years) : cellText(l, cols.baseline),
          target,
          weight,
          unit: cellText(l, cols.unit),
        };
        this.out.summary.push(lastRow);
      } else if (lastRow && l.filled > 0 && no === "") {
        const add = (a: string, b: string): string => (b === "" ? a : a === "" ? b : `${a} ${b}`);
        lastRow.name = add(lastRow.name, name);
        lastRow.baseline = add(lastRow.baseline, cellText(l, cols.baseline));
        lastRow.target = add(lastRow.target, target);
        lastRow.weight = add(lastRow.weight, weight);
        lastRow.lines.push(l.no);
      } else break;
      end = k;
      k++;
    }
    this.out.summaryRanges.push({ from, to: (this.lines[end] as Line).no });
    this.last = "summary";
    return end + 1;
  }

  // ------------------------------------------------------------ detail pages

  private newPage(from: number): DetailPage {
    const p = this.pending;
    this.pending = null;
    const page: DetailPage = {
      seq: this.seq++,
      from: p?.from ?? from,
      to: from,
      boxCodes: p?.boxCodes ?? [],
      boxTicked: p?.boxTicked ?? null,
      alignment: p?.alignment ?? {},
      alignmentLines: p?.alignmentLines ?? [],
      hasRow: false,
      no: "",
      name: "",
      baseline: "",
      target: "",
      weight: "",
      unit: "",
      stream: [],
      labelled: false,
      closed: false,
    };
    if (p?.boxLine !== undefined) page.boxLine = p.boxLine;
    if (p?.boxLine !== undefined && p.boxCodes.length > 1 && !p.boxTicked) {
      this.out.skipped.push({ line: p.boxLine, text: p.boxText ?? "", reason: MSG.boxNoTick() });
    }
    this.out.pages.push(page);
    this.openPage = page;
    this.contextPage = page;
    return page;
  }

  private closePage(): void {
    if (this.openPage) this.openPage.closed = true;
    this.openPage = null;
  }

  private detail(i: number, header: KpiHeader): number {
    const cols = header.cols;
    let page = this.pending?.fresh ? null : this.openPage;
    let pageBreak = page !== null;
    let years = yearRow(this.lines[i + 1]);
    let k = years ? i + 2 : i + 1;
    let end = k - 1;
    while (k < this.lines.length) {
      const l = this.lines[k] as Line;
      if (l.blank) {
        k++;
        continue;
      }
      if (this.planTitles.has(k) || this.stepHeaders.has(k)) break;
      if (titleYear(l) !== null || componentBoxes(l) || alignmentOf(l) || rubricTitle(l) || rubricHeader(l) || budgetHeader(l)) break;
      const again = kpiHeader(l, true);
      if (again) {
        if (again.kind !== "detail") break;
        pageBreak = true;
        const y = yearRow(this.lines[k + 1]);
        if (y) years = y;
        end = y ? k + 1 : k;
        k = end + 1;
        continue;
      }
      if (!l.tabular) {
        if (page && this.labelStart(l)) {
          this.pushParas(page, l, lineText(l) === "" ? [] : l.cells.filter((c) => c !== ""), pageBreak);
          pageBreak = false;
          end = k;
          k++;
          continue;
        }
        if (this.furniture(l)) {
          pageBreak = page !== null;
          k++;
          continue;
        }
        break;
      }
      const name = withoutNumber(cellText(l, cols.name), cols.no === undefined);
      if (name !== "") {
        if (!page || page.hasRow || page.closed || page.stream.length > 0) page = this.newPage(l.no);
        page.hasRow = true;
        page.rowLine = l.no;
        page.no = cellText(l, cols.no);
        page.name = name;
        page.baseline = years ? baselineFromYears(l, years) : cellText(l, cols.baseline);
        page.target = cellText(l, cols.target);
        page.weight = cellText(l, cols.weight);
        page.unit = cellText(l, cols.unit);
        this.streamCells(page, l, cols, false, false, years);
      } else {
        if (!page || page.closed) page = this.newPage(l.no);
        this.streamCells(page, l, cols, true, pageBreak, years);
      }
      pageBreak = false;
      page.to = l.no;
      end = k;
      k++;
    }
    if (!page) {
      // A header with nothing under it (a blank form).
      return end + 1;
    }
    page.to = Math.max(page.to, (this.lines[end] as Line).no);
    this.openPage = page;
    this.contextPage = page;
    this.last = "detail";
    return end + 1;
  }

  /** A plain line that continues a detail page's text ("วิธีเก็บข้อมูล/หลักฐาน …"). */
  private labelStart(l: Line): boolean {
    const raw = rawCompactOf(lineText(l));
    return DETAIL_LABELS.some((d) => d.plainStart && !d.labelledOnly && d.pattern.test(raw));
  }

  /** The long-text cells of a detail row go to the page's text stream; short ones to fields. */
  private streamCells(page: DetailPage, l: Line, cols: Columns<SummaryField>, continuation: boolean, pageBreak: boolean, years: Map<number, number> | null): void {
    const longCols = new Set([cols.definition, cols.method, cols.evidence].filter((v): v is number => v !== undefined));
    const shortCols = new Map<number, "name" | "baseline" | "target" | "weight" | "no" | "unit">();
    for (const f of ["no", "name", "baseline", "target", "weight", "unit"] as const) {
      const idx = cols[f];
      if (idx !== undefined) shortCols.set(idx, f);
    }
    for (const idx of years?.keys() ?? []) shortCols.set(idx, "no");
    if (cols.component !== undefined) shortCols.set(cols.component, "no");
    const filled = l.cells.map((c, idx) => ({ c, idx })).filter((x) => plain(x.c).trim() !== "");
    const separate = longCols.size > 1;
    let first = true;
    for (const { c, idx } of filled) {
      const short = shortCols.get(idx);
      const isLong = c.includes(PARA) || plain(c).length > 80;
      if (short && !(continuation && isLong && longCols.size > 0)) {
        if (continuation && short !== "no") {
          const prev = page[short];
          page[short] = prev === "" ? plain(c).replace(/\n/g, " ") : `${prev} ${plain(c).replace(/\n/g, " ")}`;
        }
        continue;
      }
      if (!short && !longCols.has(idx) && !isLong && longCols.size > 0) continue;
      const field = !separate ? undefined : idx === cols.method ? "method" : idx === cols.evidence ? "evidence" : idx === cols.definition ? "definition" : undefined;
      this.pushParas(page, l, [c], pageBreak && first, field);
      first = false;
    }
  }

  private pushParas(page: DetailPage, l: Line, cells: readonly string[], pageBreak: boolean, field?: "definition" | "method" | "evidence"): void {
    let first = true;
    for (const cell of cells) {
      for (const p of paragraphs(cell)) {
        const para: Para = { text: p, line: l.no, cont: pageBreak && first };
        if (field && first) para.field = field;
        page.stream.push(para);
        first = false;
      }
    }
    page.to = l.no;
  }

  /** A detail page written as "ชื่อตัวชี้วัด: …", "เป้าหมาย: …" lines instead of a table. */
  private labelled(i: number): number {
    const page = this.newPage((this.lines[i] as Line).no);
    page.labelled = true;
    page.hasRow = true;
    let k = i;
    while (k < this.lines.length) {
      const l = this.lines[k] as Line;
      if (l.blank) {
        k++;
        continue;
      }
      if (k > i && this.startsSection(k)) break;
      if (k > i && (rubricHeader(l) || l.tabular)) break;
      this.pushParas(page, l, l.cells.filter((c) => c !== ""), false);
      page.rowLine ??= l.no;
      k++;
    }
    this.openPage = page;
    this.contextPage = page;
    this.last = "detail";
    return k;
  }

  // ------------------------------------------------------------ rubrics

  private rubricWithTitle(i: number, name: string | null): number {
    const titleLine = (this.lines[i] as Line).no;
    // The rubric table follows within a few lines (an agency list may sit in between).
    for (let k = i + 1; k < Math.min(this.lines.length, i + 8); k++) {
      const l = this.lines[k] as Line;
      if (l.blank) continue;
      const rh = rubricHeader(l);
      const tr = rh ? null : transposedRubricHeader(l);
      if (rh || tr) {
        for (let s = i + 1; s < k; s++) {
          const between = this.lines[s] as Line;
          if (!between.blank) this.skip(between, MSG.betweenRubricTitle());
        }
        return rh ? this.rubric(k, { name, line: titleLine }, rh) : this.rubricTransposed(k, { name, line: titleLine }, tr as Map<number, number>);
      }
      if (this.startsSection(k)) break;
    }
    // A title with no table under it: remember it for a table further down.
    this.out.rubrics.push({ from: titleLine, to: titleLine, titleName: name, titleLine, page: this.contextPage, rows: [], conditions: [] });
    return i + 1;
  }

  /** The rubric a table header starts: a new one, or the one a title announced further up. */
  private rubricDraft(i: number, title: { name: string | null; line: number } | null): RubricDraft {
    this.dropPending();
    const pendingTitle = this.out.rubrics[this.out.rubrics.length - 1];
    if (!title && pendingTitle && pendingTitle.rows.length === 0 && this.last !== "rubric") return pendingTitle;
    const draft: RubricDraft = { from: title?.line ?? (this.lines[i] as Line).no, to: 0, titleName: title?.name ?? null, page: this.contextPage, rows: [], conditions: [] };
    if (title) draft.titleLine = title.line;
    this.out.rubrics.push(draft);
    return draft;
  }

  private rubricDone(draft: RubricDraft, end: number): number {
    draft.to = (this.lines[end] as Line).no;
    if (this.openPage) this.openPage.closed = true;
    this.openPage = null;
    this.lastRubric = draft;
    this.last = "rubric";
    return end + 1;
  }

  /** A rubric with the levels as columns and percent / criteria / points as rows. */
  private rubricTransposed(i: number, title: { name: string | null; line: number } | null, levels: Map<number, number>): number {
    const draft = this.rubricDraft(i, title);
    const rows = new Map<number, RubricRowDraft>();
    for (const [, level] of levels) rows.set(level, { line: (this.lines[i] as Line).no, level: String(level), percent: "", points: "", criterion: "", description: [] });
    const firstLevelCol = Math.min(...levels.keys());
    let k = i + 1;
    let end = i;
    while (k < this.lines.length) {
      const l = this.lines[k] as Line;
      if (l.blank) {
        k++;
        continue;
      }
      if (!l.tabular && this.furniture(l)) {
        k++;
        continue;
      }
      if (!l.tabular || l.filled < 2) break;
      const labelIdx = l.compacts.findIndex((c) => c !== "");
      const label = labelIdx >= 0 && labelIdx < firstLevelCol ? (l.compacts[labelIdx] as string) : "";
      const spec = TRANSPOSED_ROWS.find((r) => r.patterns.some((p) => p.test(label)));
      const field: RubricField | null = spec ? spec.field : label === "" || end === i ? "description" : null;
      if (!field || field === "level") break;
      for (const [idx, level] of levels) {
        const row = rows.get(level) as RubricRowDraft;
        row.line = l.no;
        if (field === "description") row.description.push(...paragraphs(l.cells[idx] ?? "").map((p): Para => ({ text: p, line: l.no, cont: row.description.length > 0 })));
        else row[field] = cellText(l, idx);
      }
      end = k;
      k++;
    }
    draft.rows.push(...rows.values());
    return this.rubricDone(draft, end);
  }

  private rubric(i: number, title: { name: string | null; line: number } | null, cols: Columns<RubricField>): number {
    const draft = this.rubricDraft(i, title);
    let k = i + 1;
    let end = i;
    while (k < this.lines.length) {
      const l = this.lines[k] as Line;
      if (l.blank) {
        k++;
        continue;
      }
      if (!l.tabular) {
        if (this.furniture(l)) {
          k++;
          continue;
        }
        break;
      }
      if (rubricHeader(l)) {
        end = k;
        k++;
        continue;
      }
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
      } else break;
      end = k;
      k++;
    }
    return this.rubricDone(draft, end);
  }

  private conditions(i: number): number {
    const rubric = this.last === "rubric" || this.last === "conditions" ? this.lastRubric : null;
    let k = i;
    while (k < this.lines.length) {
      const l = this.lines[k] as Line;
      if (l.blank) {
        k++;
        continue;
      }
      if (k > i && this.startsSection(k)) break;
      const text = l.cells
        .filter((c) => c !== "")
        .map((c) => plain(c))
        .join(" ");
      if (rubric) rubric.conditions.push({ text, line: l.no });
      else this.skip(l, MSG.notesNoRubric());
      k++;
    }
    if (rubric) {
      rubric.to = (this.lines[k - 1] as Line).no;
      this.last = "conditions";
    }
    return k;
  }

  // ------------------------------------------------------------ action plans and budgets

  /** Step-table headers, and the title lines just above each (claimed before the main pass). */
  private findPlanTitles(): void {
    for (let h = 0; h < this.lines.length; h++) {
      const sh = stepHeader(this.lines, h);
      if (!sh) continue;
      this.stepHeaders.set(h, sh);
      let k = h - 1;
      while (k >= 0 && (this.lines[k] as Line).blank) k--;
      const block: number[] = [];
      while (k >= 0 && block.length < 4) {
        const l = this.lines[k] as Line;
        if (l.blank || (l.tabular && l.filled > 1) || titleYear(l) !== null) break;
        if (kpiHeader(l, true) || rubricHeader(l) || componentBoxes(l) || alignmentOf(l) || rubricTitle(l)) break;
        block.unshift(k);
        k--;
      }
      if (block.length > 0) this.planTitles.set(block[0] as number, h);
      h = sh.next - 1;
    }
  }

  private actionPlan(start: number, h: number): number {
    const sh = this.stepHeaders.get(h) as StepHeader;
    const draft: StepTableDraft = {
      from: (this.lines[start] as Line).no,
      to: 0,
      title: "",
      titleLines: [],
      page: this.contextPage,
      steps: [],
      budget: null,
      division: null,
      statedSteps: null,
      total: null,
    };
    const titleParts: string[] = [];
    for (let k = start; k < h; k++) {
      const l = this.lines[k] as Line;
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
    const fyYear = this.out.titles.find((t) => t.year !== null)?.year ?? null;
    let k = sh.next;
    let end = sh.next - 1;
    let numbered: boolean | null = null;
    while (k < this.lines.length) {
      const l = this.lines[k] as Line;
      if (l.blank) {
        k++;
        continue;
      }
      if (!l.tabular) {
        if (this.furniture(l)) {
          k++;
          continue;
        }
        break;
      }
      const again = stepHeader(this.lines, k);
      if (again) {
        end = again.next - 1;
        k = again.next;
        continue;
      }
      if (titleYear(l) !== null || kpiHeader(l, true) || rubricHeader(l) || budgetHeader(l)) break;
      const stepText = cellText(l, sh.cols.step);
      const firstKey = l.compacts.find((c) => c !== "") ?? "";
      if (/^รวม/.test(firstKey)) {
        draft.total = { percent: cellText(l, sh.cols.percent), budget: cellText(l, sh.cols.budget), line: l.no };
        end = k;
        k++;
        continue;
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
      } else break;
      end = k;
      k++;
    }
    draft.to = (this.lines[end] as Line).no;
    this.out.plans.push(draft);
    this.closePage();
    this.last = "plan";
    return end + 1;
  }

  private budget(i: number, cols: Columns<BudgetField>): number {
    const draft: BudgetDraft = { from: (this.lines[i] as Line).no, to: 0, page: this.contextPage, rows: [], total: null };
    let k = i + 1;
    let end = i;
    while (k < this.lines.length) {
      const l = this.lines[k] as Line;
      if (l.blank) {
        k++;
        continue;
      }
      if (!l.tabular) {
        if (this.furniture(l)) {
          k++;
          continue;
        }
        break;
      }
      if (budgetHeader(l)) {
        end = k;
        k++;
        continue;
      }
      const firstKey = l.compacts.find((c) => c !== "") ?? "";
      if (/^(รวม|ยอดรวม)/.test(firstKey)) {
        const b = cellText(l, cols.budget);
        draft.total = { text: b !== "" ? b : lineText(l).replace(/^(ยอด)?รวม(ทั้งสิ้น)?/, ""), line: l.no };
        end = k;
        k++;
        continue;
      }
      const project = cellText(l, cols.project);
      if (project === "" && cellText(l, cols.budget) === "") break;
      if (project === "" && draft.rows.length > 0) break;
      draft.rows.push({ line: l.no, project, budget: cellText(l, cols.budget), division: cellText(l, cols.division), kpi: cellText(l, cols.kpi) });
      end = k;
      k++;
    }
    draft.to = (this.lines[end] as Line).no;
    this.out.budgets.push(draft);
    this.last = "budget";
    return end + 1;
  }
}

// ---------------------------------------------------------------- component headings

const HEADING_CODE = /^(?:องค์(?:กร)?ประกอบ(?:ที่)?\s*(\d+(?:\.\d+)*)|(\d+(?:\.\d+)+))\.?\s*(.*)$/;

/** "<b>๑.๑ ประสิทธิภาพ… จำนวน ๓ ตัวชี้วัด น้ำหนัก ๓๐ คะแนน</b>" inside the summary table. */
export function componentHeading(line: Line): Omit<ComponentHeading, "line"> | null {
  if (line.filled !== 1) return null;
  const idx = line.cells.findIndex((c) => plain(c).trim() !== "");
  const cell = line.cells[idx] ?? "";
  const key = toArabicDigits(plain(cell)).replace(/\s+/g, " ").trim();
  const m = HEADING_CODE.exec(key);
  let code: string | null = null;
  let rest = "";
  if (m) {
    code = m[1] ?? m[2] ?? null;
    rest = m[3] ?? "";
  } else if (cell.startsWith(EM_OPEN)) {
    const top = /^(\d+)\.?\s+(.*)$/.exec(key);
    if (top && /\(.*base\)|จำนวน\s*\d+\s*ตัวชี้วัด|น้ำหนัก/i.test(top[2] ?? "")) {
      code = top[1] ?? null;
      rest = top[2] ?? "";
    }
  }
  if (!code) return null;
  const countM = /จำนวน\s*(\d+)\s*ตัวชี้วัด/.exec(rest);
  const weightM = /น้ำหนัก\s*(?:ร้อยละ)?\s*(\d+(?:\.\d+)?)/.exec(rest);
  const trailing = !countM ? /\)\s*(\d+)\s*$/.exec(rest) : null;
  const name = rest
    .replace(/จำนวน\s*\d+\s*ตัวชี้วัด/, "")
    .replace(/น้ำหนัก\s*(?:ร้อยละ)?\s*\d+(?:\.\d+)?\s*(คะแนน)?/, "")
    .replace(/\)\s*\d+\s*$/, ")")
    .trim();
  return {
    code,
    name,
    statedCount: countM ? Number(countM[1]) : trailing ? Number(trailing[1]) : null,
    statedWeight: weightM ? Number(weightM[1]) : null,
  };
}

export function recognise(lines: readonly Line[]): Parsed {
  return new Recogniser(lines).run();
}

