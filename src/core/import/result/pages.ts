// The evaluators' pages of a result form (แบบสรุปผลคะแนนการตรวจติดตามประเมินผล…), one per
// sub-component: which component, the KPIs with their full names, the score table, the reasons for
// the score, weaknesses, strengths, suggestions, and the sign-off (name, position, office, date).
// Sections are found by their headings (■ เหตุผลของคะแนน …), whatever the page's layout.
import { toArabicDigits } from "../../thai/digits";
import { knownAgency } from "../agency";
import { isPageFurniture, type Line } from "../lines";
import { paragraphs, plain } from "../text";
import { isoDate } from "./values";

export type ReviewField = "reasons" | "strengths" | "weaknesses" | "suggestions";

export interface PageRow {
  line: number;
  /** The number the page gives the KPI (1., 2.) or null. */
  no: number | null;
  name: string;
  self: string;
  result: string;
  /** The weighted score, where the page prints one unambiguously. */
  score: string;
}

export interface ResultPage {
  from: number;
  to: number;
  agency: string | null;
  /** The (sub-)component the page assesses: "1.1", "2", "3.1". */
  component: string | null;
  componentLine: number;
  /** A single KPI named on the page itself ("ตัวชี้วัด 3.1 : …"). */
  kpiName: string | null;
  rows: PageRow[];
  total: { text: string; line: number } | null;
  texts: Record<ReviewField, { text: string; line: number }[]>;
  signoff: { name: string; position: string; organisation: string; date: string | null; dateText: string; line: number } | null;
  /** Lines of the page the reader did not use (another heading, a table of sub-scores). */
  unused: { line: number; text: string }[];
  used: number[];
}

/** The title of an evaluator's page. */
export const PAGE_TITLE = /^(แบบสรุปผลคะแนน|แบบรายงานผลการตรวจติดตาม)/;

const SECTION: readonly { field: ReviewField | null; re: RegExp }[] = [
  { field: "reasons", re: /^เหตุผล(ของ|ประกอบ)?(การให้)?คะแนน/ },
  { field: "weaknesses", re: /^จุดอ่อน|^จุดที่ควรพัฒนา/ },
  { field: "strengths", re: /^จุดแข็ง/ },
  { field: "suggestions", re: /^ข้อเสนอแนะ/ },
  { field: null, re: /^(หลักฐาน|เอกสารอ้างอิง)/ },
];

const BULLET = /^[■□▪●•◆◇*\s]+/;
const bare = (s: string): string => s.replace(BULLET, "").replace(/\*\*/g, "").trim();
const compactOf = (s: string): string => toArabicDigits(bare(s)).replace(/\s+/g, "");

/** One paragraph of the page: a cell's paragraph, or a table row's cells joined. */
interface Para {
  text: string;
  line: number;
  index: number;
}

function parasOf(l: Line): Para[] {
  if (l.tabular && l.filled > 1) return [{ text: l.cells.map((c) => plain(c).replace(/\n/g, " ").trim()).filter((c) => c !== "").join(" "), line: l.no, index: l.index }];
  return l.cells.flatMap((c) => paragraphs(c).map((p) => ({ text: plain(p).trim(), line: l.no, index: l.index }))).filter((p) => p.text !== "");
}

const sectionOf = (text: string): { field: ReviewField | null; rest: string } | null => {
  const c = compactOf(text);
  for (const s of SECTION) {
    const m = s.re.exec(c);
    if (!m) continue;
    // The heading's words, then maybe a colon and the text on the same line.
    const after = bare(text).replace(/^[^:：]*[:：]\s*/, (h) => (h.replace(/\s+/g, "").length <= m[0].length + 20 ? "" : h));
    return { field: s.field, rest: after === bare(text) ? "" : after };
  }
  return null;
};

/** The score table of a page: a header naming the KPI or the weight and the result. */
function scoreHeader(l: Line): { name: number; self?: number; result: number; weighted?: number; score?: number; weight?: number } | null {
  if (!l.tabular || l.filled < 2) return null;
  const at = (re: RegExp): number => l.compacts.findIndex((c) => c !== "" && c.length <= 40 && re.test(c));
  const result = at(/^ผลการดำเนินงาน/);
  if (result < 0) return null;
  const name = at(/^ตัวชี้วัด/);
  const weight = at(/^น้ำหนัก/);
  if (name < 0 && weight < 0) return null;
  const out: ReturnType<typeof scoreHeader> = { name, result };
  const self = at(/ประเมินตนเอง/);
  if (self >= 0) out.self = self;
  const weighted = at(/ถ่วงน้ำหนัก/);
  if (weighted >= 0) out.weighted = weighted;
  // "คะแนนที่ได้" is the weighted score only where no weighted column says otherwise ("(เต็ม 5)" is points).
  const score = at(/^คะแนนที่ได้$/);
  if (weighted < 0 && score >= 0) out.score = score;
  if (weight >= 0) out.weight = weight;
  return out;
}

const cellAt = (l: Line, idx: number | undefined): string => (idx === undefined || idx < 0 ? "" : plain(l.cells[idx] ?? "").replace(/\s+/g, " ").trim());

/** Reads the page whose title is at line i; returns it and the index after it. */
export function readResultPage(lines: readonly Line[], i: number): { page: ResultPage; next: number } {
  const page: ResultPage = {
    from: (lines[i] as Line).no,
    to: (lines[i] as Line).no,
    agency: null,
    component: null,
    componentLine: (lines[i] as Line).no,
    kpiName: null,
    rows: [],
    total: null,
    texts: { reasons: [], strengths: [], weaknesses: [], suggestions: [] },
    signoff: null,
    unused: [],
    used: [i],
  };
  let section: ReviewField | null | "skip" = null;
  let inSignoff = false;
  let k = i + 1;
  for (; k < lines.length; k++) {
    const l = lines[k] as Line;
    if (l.blank) continue;
    if (PAGE_TITLE.test(l.compact) && !l.tabular) break;
    if (PAGE_TITLE.test(l.compacts.find((c) => c !== "") ?? "")) break;
    page.to = l.no;
    const first = l.compacts.find((c) => c !== "") ?? "";
    if (isPageFurniture(l)) {
      page.used.push(k);
      continue;
    }
    // Title lines: the rest of the title, its year, the round.
    if (page.agency === null && page.component === null && l.filled === 1 && /^(ของหน่วยงาน|\(?ระยะ|\d{4}|พ\.ศ\.)/.test(toArabicDigits(first))) {
      page.used.push(k);
      continue;
    }
    if (/^ชื่อหน่วยงาน/.test(first)) {
      const text = plain(l.cells.find((c) => c.trim() !== "") ?? "");
      page.agency = knownAgency(text) ?? text.replace(/^[^:：]*[:：]\s*/, "").trim();
      page.used.push(k);
      continue;
    }
    if (inSignoff) {
      readSignoff(page, l, k);
      continue;
    }
    if (/^เจ้าหน้าที่ผู้สรุปผล|^ผู้(ประเมิน|สรุปผล|ตรวจ)/.test(first)) {
      inSignoff = true;
      page.used.push(k);
      continue;
    }
    const comp = /^องค์(?:กร)?ประกอบ(?:ที่)?(\d+)/.exec(toArabicDigits(first));
    if (comp && !l.tabular) {
      page.component ??= comp[1] as string;
      page.componentLine = l.no;
      page.used.push(k);
      continue;
    }
    if (comp && l.filled === 1) {
      page.component ??= comp[1] as string;
      page.componentLine = l.no;
      page.used.push(k);
      continue;
    }
    const sub = /^(\d+\.\d+)(?!\.\d)/.exec(toArabicDigits(first));
    if (sub && section === null && page.rows.length === 0 && l.filled === 1) {
      page.component = sub[1] as string;
      page.componentLine = l.no;
      page.used.push(k);
      continue;
    }
    const kpiLine = /^ตัวชี้วัด(?:ที่)?(\d+(?:\.\d+)*)?[:：]/.exec(toArabicDigits(first));
    if (kpiLine && section === null && l.filled === 1) {
      if (kpiLine[1]) page.component = kpiLine[1];
      page.kpiName = plain(l.cells.find((c) => c.trim() !== "") ?? "").replace(/^[^:：]*[:：]\s*/, "").trim();
      page.componentLine = l.no;
      page.used.push(k);
      continue;
    }
    if (/^(หน่วยงานที่ร่วม|ผลคะแนน|ผลการตรวจติดตาม)/.test(first) && l.filled === 1) {
      page.used.push(k);
      continue;
    }
    const sh = section === null ? scoreHeader(l) : null;
    if (sh) {
      page.used.push(k);
      k = readScoreRows(lines, k + 1, sh, page) - 1;
      continue;
    }
    // The evaluators' texts, paragraph by paragraph; a heading switches the section.
    for (const p of parasOf(l)) {
      const s = sectionOf(p.text);
      if (s) {
        section = s.field ?? "skip";
        if (s.rest !== "" && s.field) page.texts[s.field].push({ text: s.rest, line: p.line });
        continue;
      }
      if (section === null || section === "skip") page.unused.push({ line: p.line, text: p.text });
      else page.texts[section].push({ text: p.text, line: p.line });
    }
    page.used.push(k);
  }
  return { page, next: k };
}

function readScoreRows(lines: readonly Line[], start: number, sh: NonNullable<ReturnType<typeof scoreHeader>>, page: ResultPage): number {
  let k = start;
  for (; k < lines.length; k++) {
    const l = lines[k] as Line;
    if (l.blank) continue;
    if (!l.tabular || l.filled < 2) break;
    page.used.push(k);
    const firstIdx = l.compacts.findIndex((c) => c !== "");
    const first = l.compacts[firstIdx] ?? "";
    if (/^รวม/.test(first)) {
      const last = [...l.cells].reverse().map((c) => plain(c).trim()).find((c) => c !== "") ?? "";
      page.total = { text: last, line: l.no };
      continue;
    }
    const text = cellAt(l, sh.name >= 0 ? sh.name : undefined);
    const m = /^(\d+)[.)]\s*(.*)$/.exec(toArabicDigits(text));
    page.rows.push({
      line: l.no,
      no: m ? Number(m[1]) : null,
      name: m ? text.slice(text.length - (m[2] ?? "").length).trim() : text,
      self: cellAt(l, sh.self),
      result: cellAt(l, sh.result),
      score: cellAt(l, sh.weighted ?? sh.score),
    });
  }
  return k;
}

function readSignoff(page: ResultPage, l: Line, k: number): void {
  const text = plain(l.cells.filter((c) => c.trim() !== "").join(" ")).replace(/\s+/g, " ").trim();
  const s = (page.signoff ??= { name: "", position: "", organisation: "", date: null, dateText: "", line: l.no });
  const c = l.compact;
  page.used.push(k);
  if (/^ลงชื่อ/.test(c)) return;
  const name = /^\(([^()]+)\)$/.exec(text);
  if (name) {
    s.name = (name[1] as string).trim();
    return;
  }
  if (/^ตำแหน่ง/.test(c)) {
    s.position = text.replace(/^ตำแหน่ง\s*[:：]?\s*/, "").trim();
    return;
  }
  if (/^(วัน(ที่)?\/?(เดือน)?\/?(ปี)?|วันที่)/.test(c)) {
    s.dateText = text.replace(/^วัน(ที่)?\s*\/?\s*(เดือน)?\s*\/?\s*(ปี)?/, "").replace(/^[\s.…:：]+/, "").trim();
    s.date = isoDate(s.dateText);
    return;
  }
  if (s.position !== "" && s.date === null) s.organisation = s.organisation === "" ? text : `${s.organisation} ${text}`;
  else page.unused.push({ line: l.no, text });
}
