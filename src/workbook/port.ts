// The workbook port: the few operations the templates need from a spreadsheet, whatever holds
// it. Three adapters implement it and one contract suite (test/workbook) runs against all three:
//   - src/excel   Office.js, the open workbook in the add-in (createOfficePort)
//   - src/xlsx    .xlsx files through exceljs, for the command line and tests (XlsxWorkbook)
//   - src/workbook/memory   an in-memory workbook for tests (MemoryWorkbook)
//
// Everything about plans and sheet layout lives in src/layout; the adapters apply a RenderModel
// and return grids. Each method is one round trip: the Office.js adapter spends a constant number
// of context.sync() calls per method, however many KPIs the model holds.
import type { Grid, RenderModel, WorkbookInventory } from "./model";

export interface WorkbookPort {
  /** The sheet, table and defined names the workbook holds (a new template must avoid them). */
  inventory(): Promise<WorkbookInventory>;

  /**
   * The used part of each named sheet, from A1, values and formulas, fetched together. A sheet
   * that does not exist is missing from the map; an empty sheet gives empty arrays.
   */
  readSheets(names: readonly string[]): Promise<Map<string, Grid>>;

  /**
   * Adds the model's sheets after the existing ones and writes them: values, formulas, formats,
   * merges, validation, conditional formats, tables, print setup, protection, visibility; then
   * the model's names, skipping any name the workbook already has. Never touches an existing
   * sheet: if one of the model's sheet names is taken it throws SheetExistsError before writing.
   * A write that fails midway leaves none of the model's sheets behind. Says which names the
   * workbook refused (Excel 2021 and older have no LAMBDA).
   */
  addSheets(model: RenderModel): Promise<SheetsAdded>;
}

/** What addSheets could not do while writing the sheets. */
export interface SheetsAdded {
  /** Names of the model the workbook refused (Excel without LAMBDA refuses KPISCORE and KPIPOINTS). */
  namesRefused: string[];
}

/** A sheet name the caller wanted is taken: nothing was written. Bilingual message. */
export class SheetExistsError extends Error {
  constructor(readonly sheets: readonly string[]) {
    const list = sheets.map((s) => `"${s}"`).join(", ");
    super(
      `มีแผ่นงานชื่อ ${list} อยู่แล้ว จึงไม่เขียนทับ / the workbook already has sheet(s) ${list}; nothing was overwritten`,
    );
    this.name = "SheetExistsError";
  }
}
