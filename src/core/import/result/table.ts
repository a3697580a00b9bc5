// The summary table of a result form: per component and KPI the weight, the criteria for 1…5
// points, the result and the weighted score — the committee's, and the agency's own where the form
// sets the self-assessment beside it — with subtotals and the total. Columns are found by their
// header words (two header rows: the groups, then 1…5 and the result/score columns under each
// group), never by position. PDF copies wrap names over two rows and may print the KPI's code on
// the second one; a page break repeats the header rows.
import { toArabicDigits } from "../../thai/digits";
import { isPageFurniture, type Line } from "../lines";
import { plain } from "../text";
import { COMMA_NUMBER } from "./values";

interface Group {
  result?: number;
  score?: number;
  subtotal?: number;
}

export interface ResultCols {
  component?: number;
  kpi: number;
  weight?: number;
  /** Columns of the criteria for 1…5 points, in level order. */
  levels: number[];
  /** The first cell under the criteria heading, where a text stands instead of numbers. */
  criteria?: number;
  remark?: number;
  committee: Group;
  self?: Group;
}

export interface RowDraft {
  line: number;
  lines: number[];
  code: string | null;
  name: string;
  component: string | null;
  /** The heading the row stands under (its sub-component heading, else its component): what the "รวม" column totals. */
  group: string | null;
  weight: string;
  criteria: string[];
  criteriaText: string;
  result: string;
  score: string;
  subtotal: string;
  selfResult: string;
  selfScore: string;
  remark: string;
}

export interface TotalDraft {
  /** The component it totals; null for the total out of 100. */
  code: string | null;
  who: "committee" | "self";
  text: string;
  line: number;
}

export interface ResultTable {
  from: number;
  to: number;
  rows: RowDraft[];
  headings: { code: string; name: string; weight: string; line: number }[];
  totals: TotalDraft[];
  /** Decimals printed with a comma ("6,000" = 6.000): weighted scores read as thousands would exceed 100. */
  decimalComma: boolean;
  hasSelf: boolean;
  /** Source lines the table took (header rows, rows, page furniture inside it). */
  used: number[];
}

const cell = (l: Line, idx: number | undefined): string => (idx === undefined ? "" : plain(l.cells[idx] ?? "").replace(/\n/g, " ").replace(/\s+/g, " ").trim());

const RESULT_WORDS = /^ผลการ(ดำเนิน|ประเมิน)/;

/** The two header rows of a result summary table starting at line i, or null. */
export function resultHeader(lines: readonly Line[], i: number): ResultCols | null {
  const top = lines[i];
  const sub = lines[i + 1];
  if (!top || !sub || !top.tabular || !sub.tabular) return null;
  const at = (re: RegExp, l: Line = top): number => l.compacts.findIndex((c) => c !== "" && c.length <= 60 && re.test(c));
  const kpi = at(/^ตัวชี้วัด/);
  const weight = at(/^น้ำหนัก/);
  const criteria = at(/เกณฑ์|เป้าหมาย/);
  if (kpi < 0 || weight < 0 || criteria < 0) return null;
  const selfStart = at(/ประเมินตนเอง/);
  let committeeStart = at(/คณะกรรมการ/);
  if (committeeStart < 0) committeeStart = top.compacts.findIndex((c, idx) => idx !== selfStart && RESULT_WORDS.test(c) && !/ตนเอง/.test(c));
  if (committeeStart < 0) return null;
  const levels: { idx: number; level: number }[] = [];
  const committee: Group = {};
  const self: Group = {};
  sub.compacts.forEach((c, idx) => {
    if (c === "") return;
    const lv = /^([1-5])(คะแนน)?$/.exec(toArabicDigits(c));
    if (lv) {
      levels.push({ idx, level: Number(lv[1]) });
      return;
    }
    const group = selfStart >= 0 && idx >= selfStart && (committeeStart < selfStart || idx < committeeStart) ? self : idx >= committeeStart ? committee : null;
    if (!group) return;
    if (RESULT_WORDS.test(c)) group.result ??= idx;
    else if (/^รวม/.test(c)) group.subtotal ??= idx;
    else if (/คะแนน/.test(c)) group.score ??= idx;
  });
  if (levels.length !== 5 || committee.result === undefined) return null;
  levels.sort((a, b) => a.level - b.level);
  const component = at(/^องค์ประกอบ/);
  const remark = at(/^หมายเหตุ/);
  const cols: ResultCols = { kpi, weight, levels: levels.map((l) => l.idx), criteria, committee };
  if (component >= 0) cols.component = component;
  if (remark >= 0) cols.remark = remark;
  if (selfStart >= 0 && self.result !== undefined) cols.self = self;
  return cols;
}

const CODE = /^(\d+(?:\.\d+)*)\.?\s+(.*)$/;

/** "1.1.2 ร้อยละ…" → code and name; a name without a code → null code. */
function splitCode(text: string): { code: string | null; name: string } {
  const m = CODE.exec(toArabicDigits(text));
  if (!m || (m[1] ?? "").split(".").length < 2) return { code: null, name: text };
  return { code: m[1] as string, name: text.slice(text.length - (m[2] ?? "").length).trim() };
}

/** The component a KPI's code places it in: 1.1.2 → 1.1; 3.1 (a one-KPI sub-component) → 3.1. */
const componentOfCode = (code: string): string => {
  const parts = code.split(".");
  return parts.length >= 3 ? parts.slice(0, -1).join(".") : code;
};

/** A label of a total row: "รวมองค์ประกอบที่ 1" → "1", "รวม 1.1" → "1.1", "รวมทั้งสิ้น" → null. */
function totalOf(text: string): { code: string | null } | null {
  const t = toArabicDigits(text).replace(/\s+/g, "");
  if (!/^(รวม|คะแนนรวม|ผลรวม)/.test(t)) return null;
  const m = /(\d+(?:\.\d+)*)/.exec(t);
  return { code: m ? (m[1] as string) : null };
}

const hasValue = (s: string): boolean => s !== "" && !/^[-–—]+$/.test(s);

/** Reads the table whose header rows start at line i. */
export function readResultTable(lines: readonly Line[], i: number, cols: ResultCols): ResultTable {
  const used = [i, i + 1];
  const table: ResultTable = { from: (lines[i] as Line).no, to: (lines[i + 1] as Line).no, rows: [], headings: [], totals: [], decimalComma: false, hasSelf: cols.self !== undefined, used };
  let component: string | null = null;
  let heading: string | null = null;
  let pendingTotal: number | null = null;
  let k = i + 2;
  const prevRow = (): RowDraft | undefined => table.rows[table.rows.length - 1];
  while (k < lines.length) {
    const l = lines[k] as Line;
    if (l.blank) {
      k++;
      continue;
    }
    if (!l.tabular) {
      // A page number, the running header above it, or the label of the total row below.
      const next = lines.slice(k + 1).find((x) => !x.blank);
      if (isPageFurniture(l) || (next && isPageFurniture(next) && l.compact.length < 160)) {
        used.push(k);
        k++;
        continue;
      }
      if (next?.tabular && /^(ผลการดำเนินการ|ผลการประเมิน|คะแนนรวม|รวม)/.test(l.compact) && l.compact.length < 40) {
        used.push(k);
        pendingTotal = k;
        k++;
        continue;
      }
      break;
    }
    if (resultHeader(lines, k)) {
      used.push(k, k + 1);
      k += 2;
      continue;
    }
    const compText = cell(l, cols.component);
    const kpiText = cell(l, cols.kpi);
    const values = {
      weight: cell(l, cols.weight),
      criteria: cols.levels.map((idx) => cell(l, idx)),
      result: cell(l, cols.committee.result),
      score: cell(l, cols.committee.score),
      subtotal: cell(l, cols.committee.subtotal),
      selfResult: cell(l, cols.self?.result),
      selfScore: cell(l, cols.self?.score),
      remark: cell(l, cols.remark),
    };
    // The total of the whole table under a label line, or a "รวม…" row.
    const label = totalOf(compText) ?? (compText === "" ? totalOf(kpiText) : null);
    const numbersOnly = l.cells.every((c) => plain(c).trim() === "" || /^[\d.,\s๐-๙/]+$/.test(plain(c).trim()));
    if (label || (pendingTotal !== null && numbersOnly)) {
      const code = label ? label.code : null;
      const committee = values.score || values.subtotal || [...l.cells].reverse().map((c) => plain(c).trim()).find((c) => c !== "") || "";
      table.totals.push({ code, who: "committee", text: committee, line: l.no });
      if (values.selfScore !== "" && cols.self) table.totals.push({ code, who: "self", text: values.selfScore, line: l.no });
      used.push(k);
      pendingTotal = null;
      k++;
      continue;
    }
    const compHead = /^องค์(?:กร)?ประกอบ(?:ที่)?\s*(\d+)/.exec(toArabicDigits(compText));
    if (compHead) {
      component = compHead[1] as string;
      heading = null;
    }
    const { code, name } = splitCode(kpiText);
    const assessed = hasValue(values.result) || hasValue(values.score) || hasValue(values.selfResult);
    const filled = hasValue(values.weight) || assessed || values.criteria.some(hasValue);
    if (code && code.split(".").length === 2 && !assessed && hasValue(values.weight) && component !== null && code.startsWith(`${component}.`)) {
      // A sub-component heading: "1.1 ประสิทธิภาพ… | 30 | ค่าเป้าหมายเป็นไปตาม…".
      heading = code;
      table.headings.push({ code, name, weight: values.weight, line: l.no });
      used.push(k);
      k++;
      continue;
    }
    if (!filled) {
      // The rest of a wrapped name; its code when the row above printed none.
      const prev = prevRow();
      if (!prev || kpiText === "") break;
      if (code && !prev.code) {
        prev.code = code;
        prev.component = componentOfCode(code);
        prev.name = `${prev.name} ${name}`.trim();
      } else prev.name = `${prev.name} ${kpiText}`.trim();
      prev.lines.push(l.no);
      used.push(k);
      k++;
      continue;
    }
    table.rows.push({
      line: l.no,
      lines: [l.no],
      code,
      name,
      component: code ? componentOfCode(code) : (heading ?? component),
      group: heading ?? component,
      criteriaText: cols.criteria !== undefined && !values.criteria.some((c) => /^\d/.test(toArabicDigits(c))) ? cell(l, cols.criteria) : "",
      ...values,
    });
    used.push(k);
    k++;
  }
  table.to = (lines[Math.max(...used)] as Line).no;
  // Weighted scores can never pass 100: one written "6,000" is 6.000 with a decimal comma.
  const scores = table.rows.flatMap((r) => [r.score, r.selfScore]).concat(table.totals.map((t) => t.text));
  table.decimalComma = scores.some((s) => {
    const t = toArabicDigits(s).replace(/\s+/g, "");
    return COMMA_NUMBER.test(t) && Number(t.replace(",", "")) > 100;
  });
  return table;
}
