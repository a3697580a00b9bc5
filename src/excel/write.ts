// The write path of the Office.js port (see officePort.ts for the order of writing and why):
// addSheets' batch — check the names are free, write every cell, make the tables, format, then the
// workbook names in a sync of their own. Loaded by the port on its first write.
import { columnLetter } from "../workbook/a1";
import { isFormulaInput, type RenderModel, type SheetRender } from "../workbook/model";
import { SheetExistsError } from "../workbook/port";
import { officeCell } from "./cells";
import { format } from "./format";
import { structuredToA1, tableIndex, type TableLocation } from "./structuredRefs";

/** addSheets in one Excel.run: three context.sync() calls. */
export async function addSheetsBatch(context: Excel.RequestContext, model: RenderModel): Promise<void> {
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
      // A Range object, not an address: an address without a sheet name means the active sheet,
      // whichever sheet's collection add is called on (TableCollection.add).
      const table = sheet.tables.add(sheet.getRange(t.range), true);
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
