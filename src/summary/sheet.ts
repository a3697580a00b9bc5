// A summary sheet under construction, and what all three have: title, agency line, the
// generated marker, English and Thai headers, A4 print setup, protection without a password.
import type { Bilingual } from "../core/schema/common";
import { roundHalfUp } from "../core/scoring/round";
import { toThaiDigits } from "../core/thai/digits";
import { cellAddress, columnLetter, rangeAddress } from "../workbook/a1";
import { estimateRowHeight, FONT, PROTECTION as TEMPLATE_PROTECTION } from "../layout/layout";
import { fiscalYearLabel } from "../layout/text";
import { CELL_TEXT_MAX, type CellInput, type CellValue, type Colour, type PrintSpec, type ProtectionSpec, type RangeStyle, type SheetRender } from "../workbook/model";
import { opening, TextTooLongError, type TooLong } from "../layout/render/tooLong";
import { MARKER_ROW, markerTag, type SummaryKind } from "./marker";
import type { SummaryOptions } from "./types";

export const COLOURS = {
  header: "#D9E1F2",
  english: "#F2F2F2",
  note: "#595959",
  parent: "#F8CBAD",
  leaf: "#FCE4D6",
  total: "#FFE699",
} satisfies Record<string, Colour>;

/** Protected like a template's generated sheets, but without filters: the rows are outputs. */
const PROTECTION: ProtectionSpec = { ...TEMPLATE_PROTECTION, allowAutoFilter: false };

const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

/** Title, agency line, marker, English subtitles, Thai header: the table starts on row 6. */
export const HEADER_ROW = 4;
const FIRST_ROW = HEADER_ROW + 1;

export interface Column {
  th: string;
  en: string;
  width: number;
  format?: string;
  align?: "left" | "center" | "right";
}

export class Builder {
  readonly rows: CellInput[][] = [];
  readonly styles: RangeStyle[] = [];
  readonly merges: string[] = [];
  /** Heights of rows whose wrapped text needs more than one line. */
  readonly heights: { row: number; height: number }[] = [];
  /** Rows that start a printed page. */
  readonly pageBreaks: number[] = [];
  /** The last row of the bordered table (null: every row); rows below it draw their own lines. */
  tableEnd: number | null = null;
  /** Whether every printed page repeats the title and header rows. */
  repeatHeader = true;

  constructor(
    readonly name: string,
    readonly columns: readonly Column[],
    readonly font: string,
  ) {}

  get last(): number {
    return this.columns.length - 1;
  }

  set(row: number, col: number, value: CellInput): void {
    while (this.rows.length <= row) this.rows.push([]);
    const r = this.rows[row] as CellInput[];
    while (r.length < col) r.push(null);
    r[col] = value;
  }

  row(values: CellInput[]): number {
    const at = Math.max(this.rows.length, FIRST_ROW);
    values.forEach((v, c) => this.set(at, c, v));
    return at;
  }

  span(row: number): string {
    return rangeAddress(row, 0, row, this.last);
  }

  sheet(kind: SummaryKind, orientation: PrintSpec["orientation"]): SheetRender {
    return this.render({ orientation, footer: `${kindTitle(kind).th} หน้า &P / &N`, protection: PROTECTION });
  }

  /**
   * The sheet as built: fonts, borders, frozen headers, A4 print setup; protected only if asked.
   * TextTooLongError, before anything is written, when a text is longer than a cell holds: a
   * summary joins texts (baselines, the KPIs' notes of a round) and a JSON plan's are unbounded.
   */
  render(o: { orientation: PrintSpec["orientation"]; footer: string; protection?: ProtectionSpec }): SheetRender {
    const long = this.tooLong();
    if (long.length > 0) throw new TextTooLongError(long, "summary");
    const lastRow = Math.max(this.rows.length - 1, HEADER_ROW);
    const body = rangeAddress(HEADER_ROW, 0, this.tableEnd ?? lastRow, this.last);
    const columnStyles: RangeStyle[] = this.columns.map((c, i) => ({
      range: rangeAddress(FIRST_ROW, i, lastRow, i),
      style: { numberFormat: c.format ?? "General", ...(c.align ? { horizontal: c.align } : {}), wrap: true },
    }));
    return {
      name: this.name,
      rows: this.rows,
      columnWidths: this.columns.map((c) => c.width),
      rowHeights: [{ row: 0, height: 30 }],
      estimatedRowHeights: this.heights,
      styles: [
        { range: `A:${columnLetter(this.last)}`, style: { font: { name: this.font, size: FONT.size }, vertical: "top" } },
        ...columnStyles,
        { range: body, style: { border: "thin" } },
        ...this.styles,
      ],
      merges: [this.span(0), this.span(1), this.span(MARKER_ROW), ...this.merges],
      validations: [],
      conditionalFormats: [],
      tables: [],
      freeze: { rows: HEADER_ROW + 1, columns: 0 },
      print: {
        orientation: o.orientation,
        paper: "A4",
        ...(this.repeatHeader ? { titleRows: `1:${HEADER_ROW + 1}` } : {}),
        fitToWidth: true,
        margins: MARGINS,
        footer: o.footer,
        ...(this.pageBreaks.length > 0 ? { pageBreaks: [...this.pageBreaks] } : {}),
      },
      ...(o.protection ? { protection: o.protection } : {}),
      visibility: "visible",
      tabColor: "#1F4E79",
    };
  }

  /** Cells whose text is longer than a cell holds, named by sheet, cell and first words. */
  private tooLong(): TooLong[] {
    const out: TooLong[] = [];
    this.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "string" && v.length > CELL_TEXT_MAX) out.push({ sheet: this.name, cell: cellAddress(r, c), length: v.length, starts: opening(v) });
      }),
    );
    return out;
  }
}

export function kindTitle(kind: SummaryKind): { th: string; en: string } {
  switch (kind) {
    case "kpis":
      return { th: "แบบสรุปตัวชี้วัด", en: "KPI summary form" };
    case "scores":
      return { th: "แบบสรุปผลคะแนนการประเมินผลการปฏิบัติราชการ", en: "Score summary" };
    case "chart":
      return { th: "กราฟคะแนนรายองค์ประกอบ", en: "Scores by component" };
    case "form":
      return { th: "แบบสรุปผลคะแนนการตรวจติดตามประเมินผลการปฏิบัติราชการ", en: "Evaluation result form" };
  }
}

/** "๑๒ พ.ค. ๒๕๖๗ ๑๐:๐๕ น." in Bangkok time. */
export function thaiTime(d: Date): string {
  const t = new Date(d.getTime() + 7 * 3600_000);
  const months = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];
  const hm = `${String(t.getUTCHours()).padStart(2, "0")}:${String(t.getUTCMinutes()).padStart(2, "0")}`;
  return toThaiDigits(`${t.getUTCDate()} ${months[t.getUTCMonth()]} ${t.getUTCFullYear() + 543} ${hm} น.`);
}

/** Title, agency line and marker; `round` names the evaluation round the sheet is of. */
export function header(b: Builder, kind: SummaryKind, o: SummaryOptions, round?: Bilingual): void {
  const fy = fiscalYearLabel(o.plan.fiscalYear);
  const title = kindTitle(kind);
  const from = o.template ? ` จากแผ่นงาน "${o.template}"` : "";
  headerRows(
    b,
    `${title.th} ${fy.th}${round ? ` (${round.th})` : ""}`,
    `${o.plan.agency || "(ไม่ระบุหน่วยงาน / agency not named)"} · ${o.framework.name.th} — ${title.en}, ${fy.en}${round ? `, ${round.en}` : ""}`,
    `สร้างโดยโปรแกรมเมื่อ ${thaiTime(o.generatedAt)}${from} · สร้างใหม่จะแทนที่ทั้งแผ่นงานนี้ / ` +
      `generated by the KPI add-in; refreshing replaces this whole sheet ${markerTag(kind, o.template, b.name)}`,
  );
}

/** The title, subtitle and note rows, then the English and Thai column headers, styled. */
export function headerRows(b: Builder, title: string, subtitle: string, note: string): void {
  b.set(0, 0, title);
  b.set(1, 0, subtitle);
  b.set(MARKER_ROW, 0, note);
  b.columns.forEach((c, i) => {
    b.set(HEADER_ROW - 1, i, c.en);
    b.set(HEADER_ROW, i, c.th);
  });
  b.heights.push(
    { row: HEADER_ROW - 1, height: estimateRowHeight(b.columns.map((c) => ({ text: c.en, width: c.width, size: FONT.noteSize }))) },
    { row: HEADER_ROW, height: estimateRowHeight(b.columns.map((c) => ({ text: c.th, width: c.width }))) },
  );
  b.styles.push(
    { range: "A1", style: { font: { bold: true, size: FONT.titleSize } } },
    { range: "A2", style: { font: { size: FONT.subtitleSize } } },
    { range: cellAddress(MARKER_ROW, 0), style: { font: { italic: true, size: FONT.noteSize, color: COLOURS.note } } },
    {
      range: b.span(HEADER_ROW - 1),
      style: { font: { italic: true, size: FONT.noteSize, color: COLOURS.note }, fill: COLOURS.english, horizontal: "center", wrap: true },
    },
    { range: b.span(HEADER_ROW), style: { font: { bold: true }, fill: COLOURS.header, horizontal: "center", vertical: "middle", wrap: true } },
  );
}

export const score = (v: number | null): CellValue => (v === null ? null : roundHalfUp(v, 3));
export const numeric = (v: unknown): CellValue => (typeof v === "number" || typeof v === "string" ? v : null);
