// The live port over Office.js: people's edits on the watched sheets (worksheet.onChanged, own
// writes left out by the echo guard) and the check's read, one context.sync() for all of it —
// whole sheets, changed ranges, cells breaking Excel's data validation (ExcelApi 1.9) and the marks
// present (1.6), with each sheet's protection. Number formats come with the values (a result typed
// as a percentage is read as one).
import { cellAddress, columnIndex } from "../workbook/a1";
import type { CellRef, Grid } from "../workbook/model";
import type { LivePort, PresentMark, RangeRead, ReadRequest, ReadResult, SheetChange, Unsubscribe } from "../workbook/ports";
import { cellValueOf, formatsOf, formulasOf, loadUsedRange, RANGE_READ, tooLarge, usedGrid } from "./cells";
import { MARK_LOAD, marksIn } from "./marks";
import { slices } from "./loadSlices";
import type { ExcelRun } from "./types";

/**
 * The add-in's own writes, told apart from people's: worksheet.onChanged fires for them too
 * (OFFICE-NOTES: "Events, validation, files"), with triggerSource "ThisLocalAddin" (ExcelApi
 * 1.14). Hosts before 1.14 send none: there the add-in's own cell writes are heard like people's
 * and cost one more check, which writes nothing that is heard again (marks change no cell value:
 * a format change is onFormatChanged, not onChanged). Telling them apart by time instead would
 * drop the edits people make meanwhile.
 */
const ownWrite = (e: Excel.WorksheetChangedEventArgs): boolean => e.triggerSource === ("ThisLocalAddin" as Excel.EventTriggerSource);

export function createOfficeLive(run: ExcelRun, supports: (version: string) => boolean): LivePort {
  return {
    async watch(sheets, listener) {
      const handlers = await run(async (context) => {
        const added = sheets.map((name) =>
          context.workbook.worksheets.getItem(name).onChanged.add(async (e: Excel.WorksheetChangedEventArgs) => {
            if (ownWrite(e)) return;
            const structural = e.changeType !== ("RangeEdited" as Excel.DataChangeType) || !e.address;
            listener([{ sheet: name, address: e.address ?? "", structural } satisfies SheetChange]);
          }),
        );
        await context.sync();
        return added;
      });
      const unsubscribe: Unsubscribe = async () => {
        const first = handlers[0];
        if (!first) return;
        for (const h of handlers) h.remove();
        await first.context.sync();
      };
      return unsubscribe;
    },

    read: (request) =>
      run((context) =>
        readBatch(context, {
          ...request,
          invalidIn: supports("1.9") ? request.invalidIn : [],
          marksIn: supports("1.6") ? request.marksIn : [],
        }),
      ),
  };
}

/**
 * The check's read in one sync. A workbook too large for one response (5 MB on the web) has its
 * whole sheets read in slices instead, the rest of the request then in a sync of its own.
 */
async function readBatch(context: Excel.RequestContext, request: ReadRequest): Promise<ReadResult> {
  try {
    return await readOnce(context, request);
  } catch (e) {
    if (!tooLarge(e) || !request.sheets?.length) throw e;
    const grids = await (await slices()).readInSlices(context, request.sheets);
    const rest = await readOnce(context, { ...request, sheets: [] });
    return { ...rest, grids };
  }
}

async function readOnce(context: Excel.RequestContext, request: ReadRequest): Promise<ReadResult> {
  const ws = context.workbook.worksheets;
  const whole = (request.sheets ?? []).map((name) => {
    const sheet = ws.getItemOrNullObject(name);
    return { name, sheet, used: loadUsedRange(sheet) };
  });
  const ranges = (request.ranges ?? []).map((r) => {
    const range = ws.getItem(r.sheet).getRange(r.address);
    range.load(RANGE_READ);
    return { ...r, range };
  });
  const invalid = (request.invalidIn ?? []).map((name) => {
    const areas = ws.getItem(name).getRange().dataValidation.getInvalidCellsOrNullObject();
    areas.load("address");
    return { name, areas };
  });
  const where = request.where
    ? { sheets: ws.load("items/name"), tables: context.workbook.tables.load("items/name,items/worksheet/name") }
    : null;
  const marks = (request.marksIn ?? []).map((name) => {
    const sheet = ws.getItem(name);
    const formats = sheet.getRange().conditionalFormats;
    formats.load(MARK_LOAD);
    sheet.protection.load("protected");
    return { name, formats, sheet };
  });
  await context.sync();

  const grids = new Map<string, Grid>();
  for (const { name, sheet, used } of whole) {
    if (sheet.isNullObject) continue;
    grids.set(name, usedGrid(used));
  }
  const rangeReads: RangeRead[] = ranges.map(({ sheet, address, range }) => ({
    sheet,
    address,
    row: range.rowIndex,
    column: range.columnIndex,
    values: range.values.map((row) => row.map(cellValueOf)),
    formulas: formulasOf(range.values, range.formulas),
    formats: formatsOf(range.numberFormat),
  }));
  const invalidCells: CellRef[] = invalid.flatMap(({ name, areas }) => (areas.isNullObject ? [] : cellsOf(areas.address).map((cell) => ({ sheet: name, cell }))));
  const present: PresentMark[] = [];
  const locked: string[] = [];
  for (const { name, formats, sheet } of marks) {
    if (sheet.protection.protected) locked.push(name);
    present.push(...marksIn(name, formats));
  }
  const result: ReadResult = { grids, ranges: rangeReads, invalid: invalidCells, marks: present, locked };
  if (where) {
    result.where = {
      sheets: where.sheets.items.map((s) => s.name),
      tables: new Map(where.tables.items.map((t) => [t.name, t.worksheet.name])),
    };
  }
  return result;
}

/** "Sheet1!B5:C6, 'My sheet'!D4" → every cell: ["B5", "C5", "B6", "C6", "D4"]. */
export function cellsOf(address: string): string[] {
  const out: string[] = [];
  for (const part of address.split(",")) {
    const local = part.trim().replace(/^.*!/, "").replace(/\$/g, "");
    if (!local) continue;
    const [a, b = a] = local.split(":") as [string, string?];
    const p = splitCell(a);
    const q = splitCell(b);
    if (!p || !q) continue;
    for (let r = Math.min(p.row, q.row); r <= Math.max(p.row, q.row); r++) {
      for (let c = Math.min(p.col, q.col); c <= Math.max(p.col, q.col); c++) out.push(cellAddress(r, c));
    }
    if (out.length > 10_000) break;
  }
  return out;
}

function splitCell(a: string): { row: number; col: number } | null {
  const m = /^([A-Z]{1,3})(\d+)$/i.exec(a);
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1] as string) } : null;
}
