// KPI detail pages (รายละเอียดตัวชี้วัด): the detail table, whose long cells (definition, method,
// evidence) go to the page's text stream paragraph by paragraph, and pages written as labelled
// lines instead of a table. A page may run over page breaks; its header is then repeated.
import { baselineFromYears, budgetHeader, cellText, kpiHeader, rubricHeader, yearRow, type Columns, type KpiHeader } from "../columns";
import type { DetailPage, Para } from "../drafts";
import type { Line } from "../lines";
import { PARA, paragraphs, plain, rawCompactOf } from "../text";
import { DETAIL_LABELS, type SummaryField } from "../vocabulary";
import { alignmentOf, componentBoxes, lineText, rubricTitle, titleYear, withoutNumber } from "./classify";
import type { Scan } from "./scan";

export function readDetail(s: Scan, i: number, header: KpiHeader): number {
  const cols = header.cols;
  let page = s.pending?.fresh ? null : s.openPage;
  let pageBreak = page !== null;
  let years = yearRow(s.lines[i + 1]);
  let k = years ? i + 2 : i + 1;
  let end = k - 1;
  while (k < s.lines.length) {
    const l = s.line(k);
    if (l.blank) {
      k++;
      continue;
    }
    if (s.planTitles.has(k) || s.stepHeaders.has(k)) break;
    if (titleYear(l) !== null || componentBoxes(l) || alignmentOf(l) || rubricTitle(l) || rubricHeader(l) || budgetHeader(l)) break;
    const again = kpiHeader(l, true);
    if (again) {
      if (again.kind !== "detail") break;
      pageBreak = true;
      const y = yearRow(s.lines[k + 1]);
      if (y) years = y;
      end = y ? k + 1 : k;
      k = end + 1;
      continue;
    }
    if (!l.tabular) {
      if (page && labelStart(l)) {
        pushParas(page, l, lineText(l) === "" ? [] : l.cells.filter((c) => c !== ""), pageBreak);
        pageBreak = false;
        end = k;
        k++;
        continue;
      }
      if (s.furniture(l)) {
        pageBreak = page !== null;
        k++;
        continue;
      }
      break;
    }
    const name = withoutNumber(cellText(l, cols.name), cols.no === undefined);
    if (name !== "") {
      if (!page || page.hasRow || page.closed || page.stream.length > 0) page = s.newPage(l.no);
      page.hasRow = true;
      page.rowLine = l.no;
      page.no = cellText(l, cols.no);
      page.name = name;
      page.baseline = years ? baselineFromYears(l, years) : cellText(l, cols.baseline);
      page.target = cellText(l, cols.target);
      page.weight = cellText(l, cols.weight);
      page.unit = cellText(l, cols.unit);
      streamCells(page, l, cols, false, false, years);
    } else {
      if (!page || page.closed) page = s.newPage(l.no);
      streamCells(page, l, cols, true, pageBreak, years);
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
  page.to = Math.max(page.to, s.line(end).no);
  s.openPage = page;
  s.contextPage = page;
  s.last = "detail";
  return end + 1;
}

/** A plain line that continues a detail page's text ("วิธีเก็บข้อมูล/หลักฐาน …"). */
function labelStart(l: Line): boolean {
  const raw = rawCompactOf(lineText(l));
  return DETAIL_LABELS.some((d) => d.plainStart && !d.labelledOnly && d.pattern.test(raw));
}

/** The long-text cells of a detail row go to the page's text stream; short ones to fields. */
function streamCells(page: DetailPage, l: Line, cols: Columns<SummaryField>, continuation: boolean, pageBreak: boolean, years: Map<number, number> | null): void {
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
    pushParas(page, l, [c], pageBreak && first, field);
    first = false;
  }
}

function pushParas(page: DetailPage, l: Line, cells: readonly string[], pageBreak: boolean, field?: "definition" | "method" | "evidence"): void {
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
export function readLabelled(s: Scan, i: number): number {
  const page = s.newPage(s.line(i).no);
  page.labelled = true;
  page.hasRow = true;
  const k = s.freeText(i, (l, k) => {
    if (k > i && (rubricHeader(l) || l.tabular)) return false;
    pushParas(page, l, l.cells.filter((c) => c !== ""), false);
    page.rowLine ??= l.no;
    return true;
  });
  s.openPage = page;
  s.contextPage = page;
  s.last = "detail";
  return k;
}

