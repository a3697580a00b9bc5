// The state of one pass of the recognisers over the lines: what has been found (`out`), what is
// pending for the next KPI page (title, component boxes, alignment), the page and rubric last
// read, and the lines taken as page furniture. Each section reader (titles.ts, summary.ts,
// detail.ts, rubric.ts, actionPlan.ts) reads from line i and returns the line after its part.
import { budgetHeader, kpiHeader, rubricHeader, transposedRubricHeader, type StepHeader } from "../columns";
import type { DetailPage, Parsed, RubricDraft, SkippedDraft } from "../drafts";
import { isPageFurniture, type Line } from "../lines";
import { knownAgency } from "../agency";
import { MSG } from "../messages";
import { plain, rawCompactOf } from "../text";
import { ALIGNMENT_LABELS } from "../vocabulary";
import { alignmentOf, CONDITIONS, componentBoxes, LABELLED_START, lineText, numberedKpiPage, rubricTitle, titleYear } from "./classify";

/** What a title, component boxes and alignment lines say about the KPI page that follows them. */
export interface Pending {
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

/** The kind of part read last: conditions belong to a rubric just read, summary rows continue. */
export type Last = "none" | "summary" | "detail" | "rubric" | "plan" | "budget" | "conditions";

/**
 * The caption of another table or part of a plan ("ตาราง ข แสดงตัวชี้วัดยุทธศาสตร์…", "ส่วนที่ ๔
 * ขั้นตอนการปฏิบัติงาน…"): a free-text block (a rubric's conditions) ends before it.
 */
const PART_CAPTION = /^(?:ตาราง\s*[ก-ฮ](?:\.|\s|$)|ส่วนที่\s*[0-9๐-๙]+(?:\.|\s|$))/;

export class Scan {
  readonly out: Parsed;
  pending: Pending | null = null;
  openPage: DetailPage | null = null;
  contextPage: DetailPage | null = null;
  lastRubric: RubricDraft | null = null;
  last: Last = "none";
  /** The component of the summary heading read last. */
  component: string | null = null;
  /** Action-plan title lines, claimed ahead of the pass: title line index → header index. */
  readonly planTitles = new Map<number, number>();
  readonly stepHeaders = new Map<number, StepHeader>();
  private seq = 0;

  /** Short plain lines that occur three times or more: running page headers and footers. */
  private readonly repeated: Set<string>;
  /** A running header or footer printed right above a page number ("แผนปฏิบัติการ … พ.ศ. ๒๕๖๖" / "- ๓๑ -"). */
  readonly running = new Set<number>();
  private readonly dropped = new Set<number>();

  constructor(readonly lines: readonly Line[]) {
    const counts = new Map<string, number>();
    for (const l of lines) {
      if (l.blank || (l.tabular && l.filled > 1) || l.compact.length > 120) continue;
      counts.set(l.compact, (counts.get(l.compact) ?? 0) + 1);
    }
    this.repeated = new Set([...counts].filter(([, n]) => n >= 3).map(([c]) => c));
    lines.forEach((l, i) => {
      const above = lines[i - 1];
      if (!above || above.blank || !isPageFurniture(l) || isPageFurniture(above)) return;
      if ((above.tabular && above.filled > 1) || above.compact.length > 160) return;
      if (titleYear(above) !== null || knownAgency(above.text) !== null) this.running.add(above.index);
    });
    this.out = {
      lines: lines[lines.length - 1]?.no ?? 0,
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

  line(i: number): Line {
    return this.lines[i] as Line;
  }

  /**
   * A page number or a running header/footer: dropped, and a table it interrupts goes on. A line
   * any recogniser claims (a title, an agency under a title, a label) is never furniture.
   */
  furniture(l: Line): boolean {
    if (this.dropped.has(l.index)) return true;
    const drop =
      isPageFurniture(l) ||
      this.running.has(l.index) ||
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
  startsSection(i: number): boolean {
    const line = this.line(i);
    if (this.planTitles.has(i) || this.stepHeaders.has(i)) return true;
    if (titleYear(line) !== null) return true;
    if (kpiHeader(line, true) || rubricHeader(line) || transposedRubricHeader(line) || rubricTitle(line) || budgetHeader(line)) return true;
    if (componentBoxes(line) || alignmentOf(line)) return true;
    if (!line.tabular) {
      const text = lineText(line);
      const raw = rawCompactOf(text);
      if (PART_CAPTION.test(plain(text).trim()) || LABELLED_START.test(raw)) return true;
      // A strategy line written as a list item ("- ยุทธศาสตร์ที่ ๒ …") starts the next KPI's chain.
      const item = /^[-•▪●◦*]+/.exec(raw);
      if (item && ALIGNMENT_LABELS.some((a) => a.pattern.test(raw.slice(item[0].length)))) return true;
    }
    return numberedKpiPage(this.lines, i);
  }

  /**
   * The rows of a table whose header (or last row so far) is line `start`: blank lines and page
   * furniture between rows are passed over, another plain line ends the table. `row` reads one
   * tabular line k and returns the last line it takes (k, or further for a header repeated after
   * a page break), or null where the table ends. `bridge` may let a plain line through as a row
   * (a cell's wrapped text whose line lost its tabs). Returns the table's last line.
   */
  tableRows(start: number, row: (l: Line, k: number) => number | null, bridge?: (l: Line, k: number) => boolean): number {
    let end = start;
    let k = start + 1;
    while (k < this.lines.length) {
      const l = this.line(k);
      if (l.blank || (!l.tabular && this.furniture(l))) {
        k++;
        continue;
      }
      if (!l.tabular && !bridge?.(l, k)) break;
      const last = row(l, k);
      if (last === null) break;
      end = last;
      k = last + 1;
    }
    return end;
  }

  /**
   * The lines of a free-text block from line `start` (conditions, a labelled page): blank lines
   * pass, a new part of the forms ends it; `take` reads one line, or returns false where the
   * block ends. Returns the line after the block.
   */
  freeText(start: number, take: (l: Line, k: number) => boolean): number {
    let k = start;
    while (k < this.lines.length) {
      const l = this.line(k);
      if (l.blank) {
        k++;
        continue;
      }
      if (k > start && this.startsSection(k)) break;
      if (!take(l, k)) break;
      k++;
    }
    return k;
  }

  skip(line: Line, reason: SkippedDraft["reason"]): void {
    this.out.skipped.push({ line: line.no, text: line.text, reason });
  }

  newPending(from: number): Pending {
    return { from, boxCodes: [], boxTicked: null, alignment: {}, alignmentLines: [], fresh: false };
  }

  /** Alignment read but never followed by a KPI table: its lines are reported. */
  dropPending(): void {
    const p = this.pending;
    this.pending = null;
    if (!p || !p.fresh) return;
    for (const no of p.alignmentLines) {
      const l = this.lines.find((x) => x.no === no);
      if (l) this.skip(l, MSG.alignmentUnused());
    }
  }

  /** A new KPI page, taking over what is pending (title, boxes, alignment). */
  newPage(from: number): DetailPage {
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

  closePage(): void {
    if (this.openPage) this.openPage.closed = true;
    this.openPage = null;
  }
}
