// The Office.js adapter of the workbook port. Every method is one Excel.run batch with a fixed
// number of context.sync() calls, whatever the number of KPIs:
//   inventory    1 sync  (sheet, table and name lists)
//   readSheets   1 sync  (the used range of every sheet asked for: values and formulas)
//   addSheets    3 syncs (check the names are free; write everything with screen updating
//                         suspended; add the workbook names, which Excel 2021 may refuse)
//
// Writing order inside the write batch matters to Excel. A formula typed into a table is subject
// to the calculated-column AutoCorrect ("Fill formulas in tables to create calculated columns"),
// which Office.js cannot switch off and which copies one row's formula over other rows' formulas
// and values (office-js issues #1916, #2093, #5909, #6745): a stated points value or a per-row
// criterion reference would be lost. So every cell is written first, in one block per sheet, and
// the tables are made over the written ranges afterwards. Until then a structured reference
// cannot be typed (Excel refuses a reference to a table that does not exist yet), so this adapter
// writes the model's structured references as the A1 references they stand for ($F12,
// 'ตัวชี้วัด'!$C$5:$C$40); .xlsx files carry the structured references themselves.
//
// Text is always text. A string cell is written with a leading apostrophe unless it starts with
// a Thai letter (Excel keeps the apostrophe as the cell's prefix, not as part of its value), so
// "=1+1", "-", "+66", "@x", "10", "TRUE" and "1/2" stay exactly what they are; text columns also
//
// cells.ts turns values both ways; structuredRefs.ts rewrites structured references; format.ts
// formats the written sheets.
import { columnLetter } from "../layout/a1";
import { isFormulaInput, type Grid, type SheetRender, type WorkbookInventory } from "../workbook/model";
import { SheetExistsError, type WorkbookPort } from "../workbook/port";
import { loadUsedRange, officeCell, usedGrid } from "./cells";
import { format } from "./format";
import { structuredToA1, tableIndex, type TableLocation } from "./structuredRefs";
import type { ExcelRun } from "./types";

export { officeCell } from "./cells";
export { structuredToA1 } from "./structuredRefs";

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
        await context.sync();
        const out = new Map<string, Grid>();
        for (const { name, sheet, used } of wanted) {
          if (sheet.isNullObject) continue;
          out.set(name, usedGrid(used));
        }
        return out;
      }),

    addSheets: (model) =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        const checks = model.sheets.map((s) => ({ name: s.name, item: sheets.getItemOrNullObject(s.name) }));
        const nameChecks = model.names.map((n) => ({ spec: n, item: context.workbook.names.getItemOrNullObject(n.name) }));
        await context.sync();
        const taken = checks.filter((c) => !c.item.isNullObject).map((c) => c.name);
        if (taken.length > 0) throw new SheetExistsError(taken);

        context.application.suspendScreenUpdatingUntilNextSync();
        const tables = tableIndex(model);
        const added = model.sheets.map((spec) => ({ spec, sheet: sheets.add(spec.name) }));
        // Every cell before any table: a formula typed into a table is rewritten by Excel's
        // calculated-column AutoCorrect, which Office.js cannot switch off.
        for (const { spec, sheet } of added) writeBlock(sheet, spec, tables);
        for (const { spec, sheet } of added) {
          for (const t of spec.tables) {
            const table = sheet.tables.add(t.range, true);
            table.name = t.name;
            table.style = t.style;
            table.showBandedRows = false;
          }
          format(sheet, spec);
        }
        await context.sync();
        // Names last, in a batch of their own: Excel without LAMBDA (2021 and older) refuses the
        // KPISCORE definition, which must not cost the sheets just written. There the score cells
        // show #NAME? (the add-in's =KPI.SCORE works everywhere: scoreFunction "addin").
        const missing = nameChecks.filter((n) => n.item.isNullObject);
        if (missing.length > 0) {
          for (const { spec } of missing) context.workbook.names.add(spec.name, spec.formula, spec.comment);
          try {
            await context.sync();
          } catch {
            // Names added before the refused one stay; nothing else depends on them.
          }
        }
      }),
  };
}

function writeBlock(sheet: Excel.Worksheet, spec: SheetRender, tables: ReadonlyMap<string, TableLocation>): void {
  const rows = spec.rows.length;
  if (rows === 0) return;
  const width = Math.max(1, ...spec.rows.map((r) => r.length), spec.columnWidths.length);
  const matrix: (string | number | boolean)[][] = [];
  for (let r = 0; r < rows; r++) {
    const row = spec.rows[r] ?? [];
    const out: (string | number | boolean)[] = [];
    for (let c = 0; c < width; c++) {
      const cell = officeCell(row[c], true);
      out.push(isFormulaInput(row[c]) ? structuredToA1(cell as string, spec.name, r, tables) : cell);
    }
    matrix.push(out);
  }
  sheet.getRange(`A1:${columnLetter(width - 1)}${rows}`).formulas = matrix;
}
