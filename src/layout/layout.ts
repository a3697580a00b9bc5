// The sheet layout of a template, as data: sheets, their Thai names and English subtitles, table
// names, fonts, colours, print setup, protection, labels and metadata keys; the columns of each
// table are in columns.ts (re-exported here). render/ and read/ interpret it; the adapters never
// see it. Change a name or a colour here, nowhere else.
import type { RoundId } from "../core/schema/common";
import type { RubricKind } from "../core/schema/framework";
import type { Colour, PrintSpec, ProtectionSpec } from "../workbook/model";
import type { SheetId, TableNames } from "./sheets";

export * from "./columns";
export * from "./sheets";

/**
 * Bumped when a reader of this version could no longer read a workbook of the new layout.
 * 2: evaluation rows per round (a round column), the rubric's mid-year criteria, the reviews sheet.
 */
export const LAYOUT_VERSION = 2;

/** The marker in the metadata sheet that says "this workbook holds a kpi-plan template". */
export const WORKBOOK_FORMAT = "kpi-workbook";

/** Rows above each table: title, subtitle, English column subtitles; then the Thai header row. */
export const TITLE_ROWS = 3;
/** 0-based row of the table header; data starts on the next row. */
export const HEADER_ROW = TITLE_ROWS;
export const FIRST_DATA_ROW = HEADER_ROW + 1;

export const FONT = {
  primary: "TH Sarabun New",
  /** The older government font, for machines without TH Sarabun New. */
  fallback: "TH SarabunPSK",
  size: 16,
  titleSize: 18,
  subtitleSize: 14,
  noteSize: 12,
} as const;

export const COLOURS = {
  header: "#D9E1F2",
  roundHeading: "#843C0C",
  subtitle: "#595959",
  englishRow: "#F2F2F2",
  parentHeading: "#F8CBAD",
  heading: "#FCE4D6",
  total: "#FFE699",
  derived: "#F2F2F2",
  stated: "#FFF2CC",
  bar: "#4472C4",
} satisfies Record<string, Colour>;

export const PRINT: PrintSpec = {
  orientation: "landscape",
  paper: "A4",
  titleRows: `1:${HEADER_ROW + 1}`,
  fitToWidth: 1,
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  footer: "หน้า &P / &N",
};

/** The register is too wide for one page: it prints four pages wide with the KPI columns repeated. */
export const WIDE_PRINT: PrintSpec = { ...PRINT, fitToWidth: 4, titleColumns: "A:C" };

/** Points per line of TH Sarabun at 16 pt, and the height of a row of one line. */
export const LINE_HEIGHT = 22;
export const DEFAULT_ROW_HEIGHT = LINE_HEIGHT + 3;
const MAX_ROW_HEIGHT = 409;
/** Thai vowels and tone marks above or below a letter take no width of their own. */
const NON_SPACING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;

/**
 * The height a row needs for wrapped text: per cell, its lines at about 0.7 Thai letters per
 * width unit (TH Sarabun 16 pt against Excel's default character width), then the tallest cell.
 */
export function estimateRowHeight(cells: readonly { text: string; width: number; size?: number }[]): number {
  let lines = 1;
  let scale = 1;
  for (const { text, width, size = FONT.size } of cells) {
    const perLine = Math.max(1, Math.floor((width * 0.7 * FONT.size) / size));
    const n = text.split(/\r?\n/).reduce((sum, line) => sum + Math.max(1, Math.ceil(line.replace(NON_SPACING, "").length / perLine)), 0);
    if (n * size > lines * scale * FONT.size) {
      lines = n;
      scale = size / FONT.size;
    }
  }
  return Math.min(MAX_ROW_HEIGHT, Math.max(DEFAULT_ROW_HEIGHT, Math.round(lines * LINE_HEIGHT * scale + 3)));
}

export const PROTECTION: ProtectionSpec = {
  allowFormatCells: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowInsertRows: false,
  allowDeleteRows: false,
  allowSort: false,
  allowAutoFilter: true,
};

/** Rubric kinds as the register shows them; reading also accepts the English ids. */
export const KIND_LABELS: Record<RubricKind, string> = {
  milestone: "ระดับความสำเร็จ",
  numeric: "ค่าตัวเลข",
  score100: "คะแนนเต็ม ๑๐๐",
};

/** Rounds as the evaluation and review sheets show them; reading also accepts the English ids. */
export const ROUND_LABELS: Record<RoundId, string> = {
  mid: "ครึ่งปี",
  end: "สิ้นปี",
};

/** Heading rows start with these words; rows without a KPI id that start so are not KPIs. */
export const HEADING_PREFIX = "องค์ประกอบที่";
export const OTHER_HEADING = "องค์ประกอบอื่นที่ไม่อยู่ในกรอบการประเมิน / components outside the framework";
export const TOTAL_LABEL = "รวม";
export const BUDGET_TOTAL_LABEL = "งบประมาณรวม (บาท)";
/** What a planned month shows in the bar chart; any non-blank mark reads as planned. */
export const BAR_MARK = "■";


/** Keys of the metadata sheet, in the order written. */
export const META_KEYS = {
  format: "format",
  layoutVersion: "layoutVersion",
  framework: "framework",
  frameworkJson: "frameworkJson",
  agency: "agency",
  fiscalYear: "fiscalYear",
  sheet: (id: SheetId) => `sheet.${id}`,
  table: (id: keyof TableNames) => `table.${id}`,
  /** The framework's leaf component codes, one text cell each: the source of the register's drop-down. */
  components: "components",
} as const;

/** Excel keeps at most 32,767 characters in a cell: long JSON is split over the next columns. */
export const CELL_TEXT_LIMIT = 32_000;
