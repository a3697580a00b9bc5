// Table headers matched against the vocabulary: which column holds which field.
import { parseMonth } from "../thai/calendar";
import type { Line } from "./lines";
import { plain } from "./text";
import { toArabicDigits } from "../thai/digits";
import {
  BUDGET_COLUMNS,
  KPI_TABLE_COLUMNS,
  RUBRIC_COLUMNS,
  STEP_COLUMNS,
  type BudgetField,
  type ColumnSpec,
  type RubricField,
  type StepField,
  type SummaryField,
} from "./vocabulary";

export type Columns<F extends string> = Partial<Record<F, number>>;

/** A header cell is short; a long cell is content even when it holds a keyword. */
const HEADER_CELL_MAX = 48;

export function matchColumns<F extends string>(line: Line, specs: readonly ColumnSpec<F>[]): Columns<F> {
  const out: Columns<F> = {};
  line.compacts.forEach((c, idx) => {
    if (c === "" || c.length > HEADER_CELL_MAX) return;
    for (const s of specs) {
      if (out[s.field] !== undefined) continue;
      if (s.patterns.some((p) => p.test(c)) && !(s.not ?? []).some((p) => p.test(c))) {
        out[s.field] = idx;
        return;
      }
    }
  });
  return out;
}

const count = (cols: Columns<string>): number => Object.keys(cols).length;

/** The text of a cell, paragraphs joined by spaces. */
export const cellText = (line: Line, idx: number | undefined): string =>
  idx === undefined ? "" : plain(line.cells[idx] ?? "").replace(/\n/g, " ").trim();

export type KpiTableKind = "summary" | "detail";

export interface KpiHeader {
  kind: KpiTableKind;
  cols: Columns<SummaryField>;
}

/**
 * A header of the KPI summary table or of the detail table. Both list name, target and weight;
 * the detail table adds the definition column. `detailContext`: alignment lines or component
 * boxes were just read, so a header without a definition column is still a detail page's.
 */
export function kpiHeader(line: Line, detailContext: boolean): KpiHeader | null {
  if (!line.tabular || line.filled < 3) return null;
  const cols = matchColumns(line, KPI_TABLE_COLUMNS);
  const long = cols.definition !== undefined || cols.method !== undefined || cols.evidence !== undefined;
  if (cols.name === undefined || cols.target === undefined || (cols.weight === undefined && !long)) return null;
  if (long) return { kind: "detail", cols };
  const baselineHeader = cols.baseline === undefined ? "" : (line.compacts[cols.baseline] ?? "");
  const detailish = /ข้อมูลพื้นฐาน|baseline/i.test(baselineHeader) && !/ย้อนหลัง/.test(baselineHeader);
  return { kind: detailish && detailContext ? "detail" : "summary", cols };
}

export function rubricHeader(line: Line): Columns<RubricField> | null {
  if (!line.tabular || line.filled < 3) return null;
  const cols = matchColumns(line, RUBRIC_COLUMNS);
  // "ระดับ | ร้อยละ | ผลการดำเนินงาน | คะแนน": the result each level asks for is the level's text.
  if (cols.description === undefined && cols.criterion !== undefined && /^ผลการดำเนินงาน/.test(line.compacts[cols.criterion] ?? "")) {
    cols.description = cols.criterion;
    delete cols.criterion;
  }
  if (cols.description === undefined) return null;
  const others = [cols.level, cols.percent, cols.points].filter((v) => v !== undefined).length;
  return others >= 2 ? cols : null;
}

/** "ระดับ ๑ | ระดับ ๒ | … | ระดับ ๕" (or "๑ คะแนน" …) across the columns: a rubric on its side. */
export function transposedRubricHeader(line: Line): Map<number, number> | null {
  if (!line.tabular || line.filled < 5) return null;
  const found: { idx: number; level: number }[] = [];
  line.keys.forEach((k, idx) => {
    const m = /^(?:ระดับ(?:ที่|ความสำเร็จ(?:ที่)?)?\s*)?([1-5])(?:\s*(?:คะแนน|ระดับ))?$/.exec(k);
    if (m) found.push({ idx, level: Number(m[1]) });
  });
  if (found.length !== 5) return null;
  const levels = found.map((f) => f.level).join("");
  if (levels !== "12345" && levels !== "54321") return null;
  const first = line.compacts.findIndex((c) => c !== "");
  const labelled = first >= 0 && first < (found[0] as { idx: number }).idx;
  if (!labelled && !line.keys.some((k) => /ระดับ|คะแนน/.test(k))) return null;
  return new Map(found.map((f) => [f.idx, f.level]));
}

/** A row of BE years under a "ผลการดำเนินงานย้อนหลัง" header: column index → year. */
export function yearRow(line: Line | undefined): Map<number, number> | null {
  if (!line || !line.tabular) return null;
  const out = new Map<number, number>();
  let other = 0;
  line.keys.forEach((k, idx) => {
    if (k === "") return;
    const m = /^(?:พ\.ศ\.|ปี(?:งบประมาณ)?)?\s*(\d{4})$/.exec(k);
    const y = m ? Number(m[1]) : NaN;
    if (y >= 2400 && y <= 2700) out.set(idx, y);
    else if (y >= 1990 && y <= 2160) out.set(idx, y + 543);
    else other++;
  });
  return out.size >= 2 && other === 0 ? out : null;
}

/** "พ.ศ. ๒๕๖๓ : … พ.ศ. ๒๕๖๔ : …" from one cell per year, the way a single baseline cell reads. */
export function baselineFromYears(line: Line, years: Map<number, number>): string {
  return [...years].map(([idx, year]) => `พ.ศ. ${year} : ${cellText(line, idx)}`).join(" ");
}

export function budgetHeader(line: Line): Columns<BudgetField> | null {
  if (!line.tabular || line.filled < 2) return null;
  const cols = matchColumns(line, BUDGET_COLUMNS);
  if (cols.project === undefined || cols.budget === undefined) return null;
  if (monthColumns(line).size > 0) return null;
  return count(cols) >= 2 ? cols : null;
}

/** Month columns of a header row: column index → calendar month. */
export function monthColumns(line: Line): Map<number, number> {
  const out = new Map<number, number>();
  line.keys.forEach((k, idx) => {
    const bare = k.replace(/\s*(พ\.ศ\.)?\s*\d{2,4}$/, "").trim();
    if (bare === "") return;
    const m = parseMonth(bare);
    if (m !== null) out.set(idx, m);
  });
  return out;
}

export interface StepHeader {
  /** Header rows (1–3 lines) and the index of the first row after them. */
  rows: Line[];
  next: number;
  cols: Columns<StepField>;
  months: Map<number, number>;
  /** BE calendar year written above each month column, when the header gives years. */
  years: Map<number, number>;
}

const STEP_START = /^(ขั้นตอน|แนวทาง|กิจกรรม|รายละเอียดกิจกรรม|การดำเนินงาน|วิธีดำเนินการ|แผนงาน|โครงการ\/กิจกรรม)/;

/** An action-plan step table header: a steps column with month columns or step-share columns. */
export function stepHeader(lines: readonly Line[], i: number): StepHeader | null {
  const first = lines[i];
  if (!first || !first.tabular) return null;
  const firstFilled = first.compacts.findIndex((c) => c !== "");
  if (firstFilled < 0 || !STEP_START.test(first.compacts[firstFilled] ?? "")) {
    if (!first.compacts.some((c) => STEP_START.test(c) && c.length <= 48)) return null;
  }
  const rows: Line[] = [first];
  let months = monthColumns(first);
  let k = i + 1;
  while (months.size < 6 && k < lines.length && k <= i + 2) {
    const l = lines[k] as Line;
    if (!l.tabular) break;
    const m = monthColumns(l);
    rows.push(l);
    k++;
    if (m.size >= 6) {
      months = m;
      break;
    }
  }
  let cols: Columns<StepField> = {};
  for (const r of rows) {
    const c = matchColumns(r, STEP_COLUMNS);
    for (const [f, idx] of Object.entries(c) as [StepField, number][]) if (cols[f] === undefined && !months.has(idx)) cols = { ...cols, [f]: idx };
  }
  if (months.size < 6) {
    if (cols.percent === undefined && cols.cumulative === undefined) return null;
    months = new Map();
    rows.splice(1);
    k = i + 1;
  }
  if (cols.step === undefined) cols.step = firstFilled < 0 ? 0 : firstFilled;
  return { rows, next: k, cols, months, years: yearColumns(rows, months) };
}

/** "๒๕๖๖ | | | ๒๕๖๗ | …" above the months: the BE year of each month column. */
function yearColumns(rows: readonly Line[], months: Map<number, number>): Map<number, number> {
  const marks: { idx: number; year: number }[] = [];
  for (const r of rows) {
    r.keys.forEach((k, idx) => {
      if (/ปีงบประมาณ/.test(k)) return;
      const m = /^(?:พ\.ศ\.)?\s*(\d{4})$/.exec(toArabicDigits(k.replace(/^\(พ\.ศ\.\)\s*/, "")).trim());
      if (m) marks.push({ idx, year: Number(m[1]) });
    });
  }
  const out = new Map<number, number>();
  if (marks.length === 0) return out;
  marks.sort((a, b) => a.idx - b.idx);
  for (const idx of months.keys()) {
    const mark = [...marks].reverse().find((m) => m.idx <= idx);
    if (mark) out.set(idx, mark.year > 2400 ? mark.year : mark.year + 543);
  }
  return out;
}
