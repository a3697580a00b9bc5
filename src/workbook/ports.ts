// The ports the task pane needs from the open workbook beyond the template port (port.ts), each
// small and about one thing, each run by one contract suite (test/workbook/ports) against the
// in-memory adapter and the Office.js adapter over the fake Excel:
//
//   LivePort       hearing people's edits on some sheets, and reading for a check in one round trip
//   MarksPort      marking offending cells (conditional formats: values and the cells' own
//                  formats never change)
//   SelectionPort  pointing at a cell, reading what the user selected
//   OutputPort     writing a block of cells into an existing sheet, finding and deleting sheets by
//                  a marker cell, drawing charts
//   RowsPort       filling a blank row of a table, or inserting one, never over what people typed
//
// They know cells and sheets, not plans: which marks a finding needs, which sheets are generated
// and where a seal goes are decided above them (src/template, src/taskpane/check). Two
// implementations: src/excel (Office.js) and test/workbook (in memory).
import type { CellRef, CellValue, ChartSpec, Grid } from "./model";

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
  /** Sheets whose marks are read, so that the next updateMarks() knows what to remove. */
  marksIn?: readonly string[];
  /** Also where things are now: every sheet's name, and the sheet each table is on (people rename sheets). */
  where?: boolean;
}

/** Where things are in the workbook now. */
export interface Whereabouts {
  /** Every sheet's name, in tab order. */
  sheets: string[];
  /** Each table's name → the name of the sheet it is on. */
  tables: Map<string, string>;
}

export type MarkSeverity = "error" | "warning";

export interface Mark extends CellRef {
  severity: MarkSeverity;
}

/** A mark found in the workbook; `id` is the adapter's own, valid until the next write. */
export interface PresentMark extends Mark {
  id: string;
}

export interface ReadResult {
  /** Sheets read whole; a sheet that does not exist is missing. */
  grids: Map<string, Grid>;
  ranges: RangeRead[];
  /** Cells holding a value their data validation rule refuses. */
  invalid: CellRef[];
  /** The marks present now (from this or an earlier pane) in `marksIn`. */
  marks: PresentMark[];
  /** Sheets of `marksIn` that are protected: marks are not written there (findings still list them). */
  locked: string[];
  /** When asked for (`where`): every sheet, and where each table is. */
  where?: Whereabouts;
}

export type Unsubscribe = () => Promise<void>;

export interface LivePort {
  /**
   * Calls `listener` with the changes people make on `sheets`, named as given here (also after a
   * person renames one); the add-in's own writes are left out. Fails for a sheet that is not there.
   */
  watch(sheets: readonly string[], listener: (changes: SheetChange[]) => void): Promise<Unsubscribe>;

  /** One round trip: whole sheets, changed ranges, invalid cells and present marks. */
  read(request: ReadRequest): Promise<ReadResult>;
}

export interface MarksUpdate {
  /** Marks read by LivePort.read to take away. */
  remove: readonly PresentMark[];
  add: readonly Mark[];
}

export interface MarksPort {
  /** Whether this host can mark cells (conditional formats); findings are listed either way. */
  readonly canMark: boolean;

  /** One round trip: removes and adds marks. Values and the cells' own formats are never changed. */
  updateMarks(update: MarksUpdate): Promise<void>;
}

export interface SelectionPort {
  /**
   * Shows a cell: activates its sheet and selects it. False, changing nothing, when the sheet is
   * hidden (the template's metadata): Excel cannot activate a hidden sheet.
   */
  select(ref: CellRef): Promise<boolean>;

  /**
   * One round trip: the cells of the selected range as people see them, row by row, trimmed to
   * its used part (blank cells ""; a selection without values gives []). Throws when there is no
   * single selected range.
   */
  readSelection(): Promise<string[][]>;
}

/** Deletes `sheet` only if `cell` still holds `value` there (nobody changed it meanwhile). */
export interface GuardedDelete {
  sheet: string;
  cell: string;
  value: CellValue;
}

export interface OutputPort {
  /** Writes `values` (text always as text) at `address` of an existing sheet, protected or not. */
  writeCells(sheet: string, address: string, values: readonly (readonly CellValue[])[]): Promise<void>;

  /** Every sheet's name, in tab order, with the value of one cell of it (a marker cell). */
  cellOfEachSheet(cell: string): Promise<{ sheet: string; value: CellValue }[]>;

  /** One batch (one Excel.run): deletes the sheets whose guard still holds; returns those deleted. */
  deleteSheets(guards: readonly GuardedDelete[]): Promise<string[]>;

  /** Draws charts over ranges of sheets. Hosts without charts return false. */
  addCharts(charts: readonly ChartSpec[]): Promise<boolean>;
}

export interface RowsPort {
  /**
   * One round trip: writes `values` at `address` of `sheet` (text as text) only if every cell
   * there is blank now, and says whether it did; a cell someone typed into meanwhile stops it.
   * A protected sheet is refused (SheetProtectedError): the pane does not lift people's protection.
   */
  writeIfBlank(sheet: string, address: string, values: readonly (readonly CellValue[])[]): Promise<boolean>;

  /**
   * Inserts a row into table `table` before its data row `index` (0-based; the number of data
   * rows adds it at the end) holding `values` for the table's columns from the first (fewer leave
   * the others blank; text as text). The
   * table's rows below, and what lies under the table in its columns, move down a row. A protected
   * sheet is refused (SheetProtectedError).
   */
  insertTableRow(table: string, index: number, values: readonly CellValue[]): Promise<void>;
}

/** A write the pane would have to lift people's sheet protection for: refused, in Thai and English. */
export class SheetProtectedError extends Error {
  constructor(readonly sheet: string) {
    super(`แผ่นงาน "${sheet}" ถูกป้องกันไว้ ยกเลิกการป้องกันแผ่นงานก่อน / sheet "${sheet}" is protected; unprotect it first`);
    this.name = "SheetProtectedError";
  }
}
