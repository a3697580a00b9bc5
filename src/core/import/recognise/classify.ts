// Line classifiers of the recognisers: what one line of the forms is (a title, component boxes,
// an alignment label, a rubric title, a component heading of the summary table), by its words.
import { toArabicDigits } from "../../thai/digits";
import type { ComponentHeading } from "../drafts";
import type { Line } from "../lines";
import { EM_OPEN, afterCompact, plain, rawCompactOf, trimDots } from "../text";
import { ALIGNMENT_LABELS, DETAIL_LABELS, FISCAL_YEAR, LEADERS, TICKS, TITLE_WORDS, type AlignmentField } from "../vocabulary";

/** A form title: "แบบสรุปตัวชี้วัด… ประจำปีงบประมาณ พ.ศ. ๒๕๖๗". Returns the BE year. */
export function titleYear(line: Line): number | null {
  if (line.tabular && line.filled > 1) return null;
  const c = line.compact;
  if (c.length > 220 || LEADERS.test(line.text)) return null;
  const m = FISCAL_YEAR.exec(c);
  if (!m || !TITLE_WORDS.test(c)) return null;
  const rest = c.length - (m.index + m[0].length);
  const startsLikeTitle = /^(แบบ|ตัวชี้วัด|คำรับรอง|รายละเอียดตัวชี้วัด|ข้อตกลง|แผนปฏิบัติ|ผลการประเมิน)/.test(c);
  if (!startsLikeTitle && rest > 40) return null;
  const year = Number(m[2]);
  if (year >= 2400 && year <= 2700) return year;
  if (year >= 1900 && year <= 2200) return year + 543;
  return null;
}

/** A title that ends where its year would stand ("…ประจำปีงบประมาณ พ.ศ.", "แผนปฏิบัติการประจำปีงบประมาณ"). */
const YEAR_BELOW = /(ปีงบประมาณ|ประจำปี)(พ\.ศ\.)?$/;
/** A line that starts with the year: "พ.ศ. ๒๕๖๖", "2567 (ระยะสิ้นปีงบประมาณ)". */
const YEAR_LINE = /^(?:พ\.ศ\.)?(\d{4})(?!\d)/;

/**
 * A title and its fiscal year, the year on the title line or, as PDF copies of covers and page
 * headers give it, alone on a line just below ("แผนปฏิบัติการประจำปีงบประมาณ" / "พ.ศ. ๒๕๖๖").
 * `end`: the index of the line that holds the year.
 */
export function titleAt(lines: readonly Line[], i: number): { year: number; end: number } | null {
  const line = lines[i];
  if (!line) return null;
  const year = titleYear(line);
  if (year !== null) return { year, end: i };
  if (line.tabular && line.filled > 1) return null;
  const c = line.compact;
  if (c.length > 220 || LEADERS.test(line.text) || !TITLE_WORDS.test(c)) return null;
  if (!YEAR_BELOW.test(c)) return brokenTitle(lines, i);
  for (let k = i + 1; k < lines.length && k <= i + 3; k++) {
    const l = lines[k] as Line;
    if (l.blank) continue;
    const m = l.compact.length <= 80 ? YEAR_LINE.exec(l.compact) : null;
    if (!m) return null;
    const y = Number(m[1]);
    if (y >= 2400 && y <= 2700) return { year: y, end: k };
    if (y >= 1900 && y <= 2200) return { year: y + 543, end: k };
    return null;
  }
  return null;
}

/** A form's name that opens a title, never a KPI's own line ("ตัวชี้วัดที่ ๑ …" is not one). */
const FORM_NAME = /^(แบบ|คำรับรอง|ข้อตกลง|รายละเอียดตัวชี้วัด|แผนปฏิบัติ)/;
/** The rest of a title broken before its year: "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", with at most a round after it. */
const YEAR_REST = /^(?:ประจำ)?ปีงบประมาณ(?:พ\.ศ\.)?(\d{4})(?!\d)(.*)$/;

/**
 * A form's name whose line was broken before "ประจำปีงบประมาณ พ.ศ. …" (a copy that keeps a PDF's
 * line breaks): the next line, short and starting with the fiscal year, ends the title.
 */
function brokenTitle(lines: readonly Line[], i: number): { year: number; end: number } | null {
  if (!FORM_NAME.test((lines[i] as Line).compact)) return null;
  const next = lines[i + 1];
  const m = next && !next.tabular ? YEAR_REST.exec(toArabicDigits(next.compact)) : null;
  if (!m || (m[2] ?? "").length > 30) return null;
  const y = Number(m[1]);
  if (y >= 2400 && y <= 2700) return { year: y, end: i + 1 };
  if (y >= 1900 && y <= 2200) return { year: y + 543, end: i + 1 };
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


/** The start of a rubric's conditions or notes block. */
export const CONDITIONS = /^(เงื่อนไข|หมายเหตุ|ข้อกำหนด|ข้อสังเกต)/;

/** The start of a detail page written as labelled lines. */
export const LABELLED_START = /^(ชื่อตัวชี้วัด(ที่\d+(\.\d+)*)?|ตัวชี้วัด(ที่\d+(\.\d+)*)?[:：])/;

/**
 * "ตัวชี้วัดที่ 2.1 <name>" standing over "นิยาม : …", "วิธีคำนวณ : …" lines: a detail page written
 * as labelled lines whose first line names the KPI by its number.
 */
export function numberedKpiPage(lines: readonly Line[], i: number): boolean {
  const line = lines[i];
  if (!line || line.tabular || !/^ตัวชี้วัดที่\d+(\.\d+)*[^\d.:：]/.test(rawCompactOf(lineText(line)))) return false;
  const next = lines.slice(i + 1, i + 3).find((l) => !l.blank);
  return next !== undefined && !next.tabular && DETAIL_LABELS.some((d) => d.plainStart && !d.labelledOnly && d.pattern.test(next.compact) && /[:：]/.test(next.compact.slice(0, 40)));
}

/** "องค์ประกอบที่ ๑ … จำนวน ๓ ตัวชี้วัด น้ำหนัก ๕๐ คะแนน" standing alone above an action plan's KPI tables. */
export function standaloneHeading(line: Line): Omit<ComponentHeading, "line"> | null {
  if (line.tabular && line.filled > 1) return null;
  if (!/^องค์(กร)?ประกอบ(ที่)?\d/.test(line.compact) || LEADERS.test(line.text)) return null;
  return componentHeading(line);
}

/** "๑. ร้อยละ…" → "ร้อยละ…" when the table has no number column of its own. */
export const withoutNumber = (name: string, strip: boolean): string => (strip ? name.replace(/^\(?[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})*[.)]?\s+(?=\D)/, "") : name);

/** "๑.๑" or "องค์ประกอบที่ ๑.๑" in a component column. */
export const codeIn = (text: string): string | null => /(\d+(?:\.\d+)*)/.exec(toArabicDigits(text))?.[1] ?? null;

/** The text of a line: its non-blank cells, plain, joined by spaces. */
export const lineText = (line: Line): string =>
  line.cells
    .filter((c) => c !== "")
    .map((c) => plain(c))
    .join(" ")
    .trim();

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
