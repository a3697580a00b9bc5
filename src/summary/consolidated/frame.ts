// What every sheet of the consolidated workbook shares: its name, the title rows (what was
// collected, the round, the due date, when), Thai and English headers, a table over the rows (its
// filter buttons), TH Sarabun New 16 pt, frozen headers, A4.
import { dateLabel } from "../../core/frameworks/calendar";
import type { Collection } from "../../core/collect/types";
import type { Bilingual } from "../../core/schema/common";
import { toThaiDigits } from "../../core/thai/digits";
import { DEFAULT_ROW_HEIGHT, estimateRowHeight, FONT } from "../../layout/layout";
import { fiscalYearLabel } from "../../layout/text";
import { columnLetter, rangeAddress } from "../../workbook/a1";
import type { ConditionalFormatSpec, PrintSpec, SheetRender } from "../../workbook/model";
import { Builder, HEADER_ROW, headerRows, thaiTime, type Column } from "../sheet";

export const SHEETS = {
  status: "สถานะการส่ง",
  scores: "คะแนนและอันดับ",
  chart: "กราฟคะแนนรวม",
  kpis: "ตัวชี้วัดทั้งหมด",
  findings: "ข้อค้นพบ",
} as const;

export const componentSheet = (code: string): string => `องค์ประกอบ ${toThaiDigits(code)}`;

export interface ConsolidatedOptions {
  generatedAt: Date;
  font?: string;
}

/** The first data row (0-based): row 6 of the sheet. */
export const FIRST = HEADER_ROW + 1;

export const ROUND_LABELS: Record<Collection["round"], Bilingual> = {
  end: { th: "ผลรอบสิ้นปีงบประมาณ", en: "year-end results" },
  mid: { th: "ผลรอบครึ่งปี", en: "mid-year results" },
};

export function dueLabel(c: Collection): Bilingual {
  if (!c.due) return { th: "ไม่มีกำหนดส่ง (ไม่ตรวจการส่งช้า)", en: "no due date (lateness not judged)" };
  const d = dateLabel(c.due.date);
  return c.due.source === "given"
    ? { th: `กำหนดส่ง ${d.th}`, en: `due ${d.en}` }
    : { th: `กำหนดส่ง ${d.th} ตามปฏิทินของกรอบ`, en: `due ${d.en} (the framework's calendar)` };
}

/** A sheet with its title rows and headers written. */
export function sheetFor(name: string, columns: readonly Column[], title: Bilingual, c: Collection, o: ConsolidatedOptions): Builder {
  const b = new Builder(name, columns, o.font ?? "TH Sarabun New");
  const fy = fiscalYearLabel(c.fiscalYear);
  const round = ROUND_LABELS[c.round];
  const due = dueLabel(c);
  headerRows(
    b,
    `${title.th} ${fy.th}`,
    `${c.framework.name.th} (${c.framework.id}) · ${round.th} · ${due.th} — ${title.en}, ${fy.en}, ${round.en}, ${due.en}`,
    `รวบรวมโดยคำสั่ง kpi collect เมื่อ ${thaiTime(o.generatedAt)} / made by kpi collect on ${o.generatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`,
  );
  return b;
}

/**
 * The sheet, with a table over the header and data rows (at least one row: a table cannot be
 * empty) whose header buttons filter and sort. Not protected: the central office works in it.
 */
export function tableSheet(
  b: Builder,
  table: string,
  lastRow: number,
  orientation: PrintSpec["orientation"],
  footer: string,
  conditionalFormats: readonly ConditionalFormatSpec[] = [],
  /** Whether rows under the table wrap (counts) or run on unwrapped (a legend). */
  footerWraps = true,
): SheetRender {
  const sheet = b.render({ orientation, footer: `${footer} หน้า &P / &N` });
  const range = rangeAddress(HEADER_ROW, 0, Math.max(lastRow, FIRST), b.last);
  const heights = (row: number, size?: number): { row: number; height: number } => ({
    row,
    height: estimateRowHeight((b.rows[row] ?? []).flatMap((v, c) => (typeof v === "string" ? [{ text: v, width: b.columns[c]?.width ?? 10, ...(size ? { size } : {}) }] : []))),
  });
  const data = b.rows.map((_, r) => r).filter((r) => r >= FIRST && (footerWraps || r <= lastRow)).map((r) => heights(r)).filter((h) => h.height > DEFAULT_ROW_HEIGHT);
  return {
    ...sheet,
    // No program sizes the rows of a file when it opens it: wrapped Thai text gets its lines here.
    defaultRowHeight: DEFAULT_ROW_HEIGHT,
    // Title rows unmerged: their text runs on over the empty cells to the right, however few columns.
    merges: [],
    rowHeights: [...(sheet.rowHeights ?? []), heights(HEADER_ROW - 1, FONT.noteSize), heights(HEADER_ROW)],
    estimatedRowHeights: data,
    tables: [{ name: table, range, style: "TableStyleLight1" }],
    conditionalFormats,
  };
}

/** An absolute reference to a column's data rows on this sheet: $C$6:$C$40. */
export const columnRange = (col: number, first: number, last: number): string => `$${columnLetter(col)}$${first + 1}:$${columnLetter(col)}$${last + 1}`;

/** A reference to a cell of another sheet: 'คะแนนและอันดับ'!T6. */
export const onSheet = (sheet: string, row: number, col: number): string => `'${sheet.replace(/'/g, "''")}'!${columnLetter(col)}${row + 1}`;

/**
 * Ends the table after the rows written so far (a table holds at least one row, blank if need be)
 * and leaves a blank row under it; returns the table's last row.
 */
export function endTable(b: Builder): number {
  if (b.rows.length <= FIRST) b.set(FIRST, 0, null);
  const last = b.rows.length - 1;
  b.set(last + 1, 0, null);
  return last;
}

/** null for a blank cell of text. */
export const text = (s: string | null | undefined): string | null => (s === null || s === undefined || s === "" ? null : s);
