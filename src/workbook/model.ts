// The render model: what a workbook adapter writes and reads, with no knowledge of plans or
// layouts. src/layout turns a plan into a RenderModel and sheet grids back into a plan; the
// adapters (src/xlsx, src/excel, src/workbook/memory) only apply a model and fetch grids.
//
// Conventions every adapter keeps:
// - Addresses are A1 strings without a sheet ("B5", "A4:U30"); rows and columns are 0-based in
//   arrays (`rows[0][0]` is A1).
// - A string value is always written as text, never interpreted: "=1+1", "+66", "-", "@x",
//   "'quoted" and "10" stay exactly those characters. Only a `{ formula }` cell is a formula.
//   Which text carries Excel's quote prefix is decided here once (quotePrefixed); each adapter
//   applies it its own way. Text is written as it is, control characters and CR included, or
//   refused by the layout above when longer than a cell holds (CELL_TEXT_MAX).
// - Formulas are English A1 formulas as typed in Excel, starting with "=": "=SUM(A1:A3)",
//   structured references in their full form (`tblKpi[[#This Row],[น้ำหนัก]]`).

/** Where a cell of a sheet is: the sheet's name and an A1 address ("B5"). */
export interface CellRef {
  sheet: string;
  cell: string;
}

/** A cell's value: text, number, boolean or blank (null). */
export type CellValue = string | number | boolean | null;

/** A formula cell. `value` is what it evaluates to, for files that carry cached results. */
export interface FormulaInput {
  formula: string;
  value?: CellValue;
}

/** What to put in one cell: a value (text stays text) or a formula. */
export type CellInput = CellValue | FormulaInput;

/** The most characters Excel holds in one cell (Excel's specifications and limits). */
export const CELL_TEXT_MAX = 32_767;

const THAI_LETTER = /^[\u0E01-\u0E4F]/;

/**
 * Whether a text cell carries Excel's quote prefix, the apostrophe typed before text, which Excel
 * keeps as a mark of the cell (the quotePrefix of its format), not as part of the value: with it,
 * editing the cell again (F2, Enter) keeps the text, where "=1+1", "-x", "+66" or "@x" would become
 * a formula and "10", "TRUE" or "1/2" a number, a boolean or a date. Every text but one that starts
 * with a Thai letter, which Excel keeps as text whatever follows.
 */
export const quotePrefixed = (text: string): boolean => text !== "" && !THAI_LETTER.test(text);

/**
 * Whether an Excel number format shows numbers as percentages (the value × 100 with "%"): a "%"
 * outside quoted text, escaped characters ("\%") and bracketed sections ([Red], [$-th-TH]), in any
 * of its sections.
 */
export function isPercentFormat(code: string | null | undefined): boolean {
  return !!code && code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "").includes("%");
}

export const isFormulaInput = (c: CellInput | undefined): c is FormulaInput =>
  typeof c === "object" && c !== null && "formula" in c;

/** A colour as "#RRGGBB". */
export type Colour = `#${string}`;

export interface FontSpec {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: Colour;
}

export type BorderWeight = "thin" | "medium";

/** Formatting for a range; properties left out are not touched. */
export interface StyleSpec {
  font?: FontSpec;
  fill?: Colour;
  /** An Excel number format: "0.000", "#,##0.00", "@" (text). */
  numberFormat?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Locked cells cannot be changed while their sheet is protected. */
  locked?: boolean;
  /** Thin or medium lines around every cell of the range. */
  border?: BorderWeight;
  /** A medium line above the range only (groups of rows). */
  topBorder?: BorderWeight;
}

export interface RangeStyle {
  /** A cell or rectangle ("B5", "A4:U30"), or whole columns ("A:U") so that rows added later match. */
  range: string;
  style: StyleSpec;
}

export type ValidationRule =
  | {
      type: "list";
      items: readonly string[];
      /**
       * Cells that hold the items as text (a row or column of one sheet): the drop-down refers to
       * them. A typed list ("1.1,2") is parsed by Excel, which may read an item as a number that
       * a text cell then never equals; a list of text cells compares text with text.
       */
      source?: { sheet: string; range: string };
    }
  | { type: "whole" | "decimal"; min?: number; max?: number };

export interface ValidationSpec {
  range: string;
  rule: ValidationRule;
  /** Shown when the cell is selected, Thai then English. */
  prompt?: { title: string; message: string };
  /** Shown when a typed value breaks the rule. */
  error?: { title: string; message: string };
  /**
   * true: a value that breaks the rule is refused (Excel's "stop"). false: the user is warned and
   * may keep it, which numeric columns need because Thai digits ("๑๐") are text to Excel.
   */
  strict: boolean;
}

/** A format applied where `formula` (relative to the range's top-left cell) is true. */
export interface ConditionalFormatSpec {
  range: string;
  formula: string;
  style: { fill?: Colour; fontColor?: Colour; bold?: boolean; /** a medium line above the cell */ topBorder?: boolean };
}

export interface TableSpec {
  /** Unique in the workbook: "tblKpi", "tblKpi2". */
  name: string;
  /** Header row plus data rows, e.g. "A4:U30"; the header cells hold the column names. */
  range: string;
  /** A built-in table style name, e.g. "TableStyleLight1". */
  style: string;
}

export interface PrintSpec {
  orientation: "landscape" | "portrait";
  paper: "A4";
  /** Rows repeated at the top of every printed page, e.g. "1:4". */
  titleRows?: string;
  /** Columns repeated at the left of every printed page, e.g. "A:C" (wide sheets). */
  titleColumns?: string;
  /**
   * Scale so that all columns fit this many pages wide, any number of pages tall: true is one page,
   * false or 0 no scaling.
   */
  fitToWidth: boolean | number;
  /** Margins in inches. */
  margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Page footer, Excel header/footer codes allowed ("&P", "&N"). */
  footer?: string;
  /** Rows (0-based) that start a new printed page: each block of a form on a page of its own. */
  pageBreaks?: readonly number[];
}

/** Pages wide a print setup asks for: 0 when it does not scale. */
export const pagesWide = (p: PrintSpec): number => (p.fitToWidth === true ? 1 : p.fitToWidth === false ? 0 : Math.max(0, p.fitToWidth));

export interface ProtectionSpec {
  /** What users may still do on the protected sheet. No password is ever set. */
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertRows: boolean;
  allowDeleteRows: boolean;
  allowSort: boolean;
  allowAutoFilter: boolean;
}

export interface SheetRender {
  /** The worksheet name as it will appear on the tab. */
  name: string;
  /** Cells from A1, row by row; shorter rows are padded with blanks. */
  rows: readonly (readonly CellInput[])[];
  /** Column widths in characters of the default font, from column A. */
  columnWidths: readonly number[];
  /** Row heights in points, for rows that need one (titles, headers). */
  rowHeights?: readonly { row: number; height: number }[];
  /**
   * Heights estimated for data rows whose wrapped Thai text needs more than one line. A file
   * adapter writes them (no engine sizes rows of a file when it opens); the Office.js adapter
   * lets Excel autofit `autofitRows` instead, which knows the real font.
   */
  estimatedRowHeights?: readonly { row: number; height: number }[];
  /** The data rows Excel should autofit after writing ("5:40"). */
  autofitRows?: string;
  /** Height of rows without their own, in points (the 16 pt font needs more than Excel's 15). */
  defaultRowHeight?: number;
  /** Applied in order: later entries win where they overlap. */
  styles: readonly RangeStyle[];
  merges: readonly string[];
  validations: readonly ValidationSpec[];
  conditionalFormats: readonly ConditionalFormatSpec[];
  tables: readonly TableSpec[];
  /** Rows and columns kept in view while scrolling. */
  freeze?: { rows: number; columns: number };
  print?: PrintSpec;
  /** Sheet protection: locked cells (formulas) cannot be typed over. */
  protection?: ProtectionSpec;
  visibility: "visible" | "hidden";
  tabColor?: Colour;
}

/** A workbook-scoped name: `=LAMBDA(…)` text, or a reference. */
export interface NameSpec {
  name: string;
  formula: string;
  comment?: string;
}

export interface RenderModel {
  /** Added in this order after the workbook's existing sheets. */
  sheets: readonly SheetRender[];
  /** Added unless a name of that spelling exists already (an existing name is never replaced). */
  names: readonly NameSpec[];
}

/** A chart drawn over a range of a sheet where the host can draw one; files keep only the data. */
export interface ChartSpec {
  sheet: string;
  type: "columnClustered";
  /** Header row plus one row per category; categories in the first column, series in the others. */
  data: string;
  title: string;
  /** Where the chart is drawn: top-left and bottom-right cells. */
  from: string;
  to: string;
}

/** The used part of a sheet from A1, as read back: values and, where a cell holds one, its formula. */
export interface Grid {
  /** `values[r][c]` is the value of the cell at row r + 1, column c + 1 (a formula's result). */
  values: CellValue[][];
  /** The formula text ("=…") of formula cells, null elsewhere; same shape as `values`. */
  formulas: (string | null)[][];
  /**
   * The number format of each cell ("0.00%"), null where it is General; same shape as `values`.
   * Every adapter fills it; a grid made by hand may leave it out (all General).
   */
  formats?: (string | null)[][];
}

/** A number format as a grid holds it: null for General (most cells) and for none. */
export const gridFormat = (code: unknown): string | null => (typeof code === "string" && code !== "" && code !== "General" ? code : null);

/** What a workbook already holds: the names a new template must not take. */
export interface WorkbookInventory {
  sheets: string[];
  tables: string[];
  names: string[];
}
