// The Office.js adapter of the workbook port. Every method is one Excel.run batch with a fixed
// number of context.sync() calls, whatever the number of KPIs:
//   inventory    1 sync  (sheet, table and name lists)
//   readSheets   1 sync  (the used range of every sheet asked for: values and formulas; a
//                         workbook too large for one response, 5 MB on the web, is read in slices)
//   addSheets    3 syncs (check the names are free; write everything with screen updating
//                         suspended, in more syncs only past what one request may carry; add
//                         the workbook names, which Excel 2021 may refuse)
//
// Writing order inside the write batch matters to Excel. A formula typed into a table is subject
// to the calculated-column AutoCorrect ("Fill formulas in tables to create calculated columns"),
// which Office.js cannot switch off and which copies one row's formula over other rows' formulas
// and values (office-js issues #1916, #2093, #5909, #6745): a stated points value or a per-row
// criterion reference would be lost. So a sheet's cells are written first, in blocks, and its
// tables are made over the written ranges afterwards. A structured reference can be typed only
// once its table exists (Excel refuses a reference to a table that does not exist yet): a sheet's
// formulas keep the structured references to tables made before it (the register's, in the
// rubric's look-ups) and the totals under a table are written once it exists, so that rows people
// append count, as in .xlsx files; a reference to a table's own row is written as the A1 cell it
// stands for ($F12). write.ts says how.
//
// Text is always text. A string cell is written with a leading apostrophe unless it starts with
// a Thai letter (Excel keeps the apostrophe as the cell's prefix, not as part of its value), so
// "=1+1", "-", "+66", "@x", "10", "TRUE" and "1/2" stay exactly what they are; text columns also
//
// cells.ts turns values both ways; write.ts holds the write batch (loaded on the first write);
// structuredRefs.ts rewrites structured references; format.ts formats the written sheets.
import type { Grid, WorkbookInventory } from "../workbook/model";
import type { WorkbookPort } from "../workbook/port";
import { loadUsedRange, tooLarge, usedGrid } from "./cells";
import { slices } from "./loadSlices";
import type { ExcelRun } from "./types";

export { officeCell } from "./cells";
export { structuredToA1 } from "./structuredRefs";

/** The module path typed as a plain string (as in src/taskpane/loadEngine.ts: webpack still sees the literal). */
type Path = string;

/** Excel.run, looked up when called so that this module loads outside Office too. */
const excelRun: ExcelRun = (batch) => Excel.run((context) => batch(context));

/**
 * The port over the open workbook. `run` is Excel.run (the default) or a test double with the
 * same shape.
 */
export function createOfficePort(run: ExcelRun = excelRun): WorkbookPort {
  return {
    inventory: () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        const tables = context.workbook.tables.load("items/name");
        const names = context.workbook.names.load("items/name");
        await context.sync();
        return {
          sheets: sheets.items.map((s) => s.name),
          tables: tables.items.map((t) => t.name),
          names: names.items.map((n) => n.name),
        } satisfies WorkbookInventory;
      }),

    readSheets: (names) =>
      run(async (context) => {
        const wanted = names.map((name) => {
          const sheet = context.workbook.worksheets.getItemOrNullObject(name);
          return { name, sheet, used: loadUsedRange(sheet) };
        });
        try {
          await context.sync();
        } catch (e) {
          if (!tooLarge(e)) throw e;
          return (await slices()).readInSlices(context, names);
        }
        const out = new Map<string, Grid>();
        for (const { name, sheet, used } of wanted) {
          if (sheet.isNullObject) continue;
          out.set(name, usedGrid(used));
        }
        return out;
      }),

    // The write path (cell conversion for writing, structured references, formatting) is in
    // ./write, a chunk of its own in the task pane: only inserting a template or summaries writes.
    addSheets: async (model) => {
      const { addSheetsBatch } = await (import(/* webpackChunkName: "excel-write" */ "./write" as Path) as Promise<typeof import("./write")>);
      return run((context) => addSheetsBatch(context, model));
    },
  };
}
