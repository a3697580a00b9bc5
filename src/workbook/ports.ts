// The workbook session: what the task pane needs from the open workbook beyond the template port
// (src/workbook/port.ts) — hearing edits, pointing at cells, marking offending cells, storing the
// seal and replacing generated sheets. Two implementations:
//   - src/excel/session.ts     Office.js (createOfficeSession), for the add-in;
//   - src/workbook/memorySession.ts   over MemoryWorkbook, for component tests.
//
// Rules every implementation keeps:
// - the add-in's own writes never reach a watch listener;
// - marking cells never changes a value or the cell's own format (conditional formats carry the
//   marks), and removing marks restores exactly what was there;
// - only sheets marked generated (src/summary/marker.ts) are ever deleted;
// - each method is one batch: read() one round trip, highlight() one round trip.
import type { CellRef } from "../layout/types";
import type { Seal } from "../seal/seal";
import type { ChartSpec } from "../summary/render";
import type { Grid } from "./model";

export type { CellRef } from "../layout/types";

/** A change people made on a watched sheet. */
export interface SheetChange {
  sheet: string;
  /** The changed cells, "B5" or "B5:D9" (a paste or a fill); "" when unknown. */
  address: string;
  /** Rows or columns were inserted or deleted, or the address is unknown: re-read the whole sheet. */
  structural: boolean;
}

export interface RangeRequest {
  sheet: string;
  address: string;
}

/** A rectangle read back: values and formulas, 0-based position of its top-left cell. */
export interface RangeRead extends Grid {
  sheet: string;
  address: string;
  row: number;
  column: number;
}

export interface ReadRequest {
  /** Sheets to read whole (their used range from A1). */
  sheets?: readonly string[];
  /** Rectangles to read (changed ranges after a paste). */
  ranges?: readonly RangeRequest[];
  /** Sheets whose cells are checked against Excel's own data validation (cells pasted past it). */
  invalidIn?: readonly string[];
  /** Sheets whose marks (highlight) are read, so that the next highlight() knows what to remove. */
  marksIn?: readonly string[];
}

export type MarkSeverity = "error" | "warning";

export interface Mark extends CellRef {
  severity: MarkSeverity;
}

export interface ReadResult {
  /** Sheets read whole; a sheet that does not exist is missing. */
  grids: Map<string, Grid>;
  ranges: RangeRead[];
  /** Cells holding a value their data validation rule refuses. */
  invalid: CellRef[];
  /** The marks present now (from this or an earlier session) in `marksIn`, opaque ids included. */
  marks: (Mark & { id: string })[];
  /** Sheets of `marksIn` that are protected: marks are not written there (findings still list them). */
  locked: string[];
}

export type Unsubscribe = () => Promise<void>;

export interface WorkbookSession {
  /** The UI language of Office ("th-TH", "en-US"…). */
  readonly displayLanguage: string;

  /** Whether this host can mark cells (conditional formats); findings are listed either way. */
  readonly canMark: boolean;

  /** Calls `listener` with the changes people make on `sheets`; the add-in's own writes are left out. */
  watch(sheets: readonly string[], listener: (changes: SheetChange[]) => void): Promise<Unsubscribe>;

  /** One round trip: whole sheets, changed ranges, invalid cells and present marks. */
  read(request: ReadRequest): Promise<ReadResult>;

  /**
   * One round trip: afterwards exactly `marks` are marked, in the sheets of `scope`. `present` are
   * the marks read() saw (the implementation removes those not wanted and adds the missing ones).
   * Values and the cells' own formats are never changed.
   */
  highlight(scope: readonly string[], marks: readonly Mark[], present: ReadResult["marks"]): Promise<void>;

  /** Shows a cell: activates its sheet and selects it. */
  select(ref: CellRef): Promise<void>;

  /** Writes the seal into the template's metadata sheet (over an older seal). */
  writeSeal(metaSheet: string, seal: Seal): Promise<void>;

  /** Every sheet's name with the value of its marker cell (A3), to find generated sheets. */
  sheetMarkers(): Promise<{ sheet: string; marker: string | null }[]>;

  /**
   * Deletes these sheets, each only if its marker still says it is generated for `template`.
   * Returns the sheets deleted.
   */
  removeGenerated(template: string, sheets: readonly string[]): Promise<string[]>;

  /** Draws charts over ranges of generated sheets. Hosts without charts return false. */
  addCharts(charts: readonly ChartSpec[]): Promise<boolean>;

  /**
   * One round trip: the cells of the selected range as people see them, row by row, trimmed to
   * its used part (blank cells ""; a selection without values gives []). For the import from text
   * pasted into a sheet. Throws when there is no single selected range.
   */
  readSelection(): Promise<string[][]>;
}
