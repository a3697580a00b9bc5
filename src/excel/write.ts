// The write path of the Office.js port (see officePort.ts for the order of writing and why):
// addSheets' batch — check the names are free, write every sheet (its cells, then its tables,
// then the cells around them that refer to its tables) and format it, page breaks, then the
// workbook names in a sync of their own. Loaded by the port on its first write.
//
// Structured references. A formula may name a table only once the table exists, and a formula
// typed into a table is rewritten by Excel's calculated-column AutoCorrect (officePort.ts). So
// the sheets are written in order, each sheet's cells before its own tables: a reference to a
// table made already (another sheet's, earlier in the model) stays structured, as the .xlsx path
// writes it, and grows with rows a person appends (tblKpi[น้ำหนัก] in the rubric's look-ups);
// a reference to the sheet's own table on its own row stays the A1 cell it stands for ($C5,
// the same cell however the table grows). Cells outside every table that name the sheet's own
// tables (the weight SUBTOTAL under the register, the budget total under the action plan) are
// written right after those tables are made, with their structured references.
//
// Size. Excel on the web refuses a request above 5 MB (RequestPayloadSizeLimitExceeded,
// https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins);
// a template takes about 6 KB per KPI. The write is cut into syncs of at most REQUEST_BUDGET
// estimated bytes: one for the plans of every day, more only for a very large one.
//
// Failure. Excel runs a batch up to the command that fails and rolls nothing back: a failure
// midway would leave half-built sheets, which the next insert would avoid with "(2)" names and a
// partial metadata sheet could be listed as a template. So the sheets this batch added (they did
// not exist before: the first sync checked) are deleted again, and the error passes on.
import { columnLetter, parseRange } from "../workbook/a1";
import { isFormulaInput, type CellInput, type RenderModel, type SheetRender } from "../workbook/model";
import { SheetExistsError, type SheetsAdded } from "../workbook/port";
import { officeCell } from "./cells";
import { estimatedOutside, format } from "./format";
import { structuredToA1, tableIndex, type TableLocation } from "./structuredRefs";

/** Bytes of one request the write aims to stay under (Excel on the web refuses above 5 MB). */
export const REQUEST_BUDGET = 3.5 * 1024 * 1024;
/** What one queued command costs in a request beyond its values, estimated generously. */
const COMMAND_BYTES = 250;
/** Rows written by one command at most, so that a large sheet can be cut between syncs. */
const ROWS_PER_WRITE = 200;

/** addSheets in one Excel.run: three context.sync() calls (four when a sheet has page breaks; more only for a very large model). */
export async function addSheetsBatch(context: Excel.RequestContext, model: RenderModel): Promise<SheetsAdded> {
  const sheets = context.workbook.worksheets;
  const checks = model.sheets.map((s) => ({ name: s.name, item: sheets.getItemOrNullObject(s.name) }));
  const nameChecks = model.names.map((n) => ({ spec: n, item: context.workbook.names.getItemOrNullObject(n.name) }));
  await context.sync();
  const taken = checks.filter((c) => !c.item.isNullObject).map((c) => c.name);
  if (taken.length > 0) throw new SheetExistsError(taken);

  try {
    await writeSheets(context, model);
  } catch (e) {
    await removeSheets(context, model.sheets.map((s) => s.name));
    throw e;
  }
  // Page breaks (ExcelApi 1.9) in a batch of their own: an Excel without them still has the
  // sheets, which print all the same, only without a page per block.
  const breaks = model.sheets.filter((spec) => (spec.print?.pageBreaks ?? []).length > 0);
  if (breaks.length > 0) {
    try {
      for (const spec of breaks) {
        const sheet = context.workbook.worksheets.getItem(spec.name);
        for (const r of spec.print?.pageBreaks ?? []) if (r > 0) sheet.horizontalPageBreaks.add(`A${r + 1}`);
      }
      await context.sync();
    } catch {
      // No page breaks here: nothing else depends on them.
    }
  }
  // Names last, in a batch of their own: Excel without LAMBDA (2021 and older) refuses the
  // KPISCORE definition, which must not cost the sheets just written. The template's own score
  // cells do not use the names, so they compute there all the same; what was refused is said.
  const missing = nameChecks.filter((n) => n.item.isNullObject).map((n) => n.spec);
  return { namesRefused: await addNames(context, missing) };
}

/** Adds workbook names in one sync; the names Excel refused (or never reached, stopping at a refused one). */
async function addNames(context: Excel.RequestContext, names: RenderModel["names"]): Promise<string[]> {
  if (names.length === 0) return [];
  for (const spec of names) context.workbook.names.add(spec.name, spec.formula, spec.comment);
  try {
    await context.sync();
    return [];
  } catch {
    const after = names.map((spec) => ({ spec, item: context.workbook.names.getItemOrNullObject(spec.name) }));
    await context.sync();
    return after.filter((a) => a.item.isNullObject).map((a) => a.spec.name);
  }
}

/** Queued commands and the bytes they will send, synced before the next would go over budget. */
class Request {
  private bytes = 0;
  constructor(private readonly context: Excel.RequestContext) {}

  /** Makes room for `bytes` more: syncs what is queued first when they would not fit. */
  async room(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > REQUEST_BUDGET) {
      await this.context.sync();
      this.context.application.suspendScreenUpdatingUntilNextSync();
      this.bytes = 0;
    }
    this.bytes += bytes;
  }
}

async function writeSheets(context: Excel.RequestContext, model: RenderModel): Promise<void> {
  context.application.suspendScreenUpdatingUntilNextSync();
  const request = new Request(context);
  const tables = tableIndex(model);
  const made = new Set<string>();
  for (const spec of model.sheets) {
    await request.room(COMMAND_BYTES);
    const sheet = context.workbook.worksheets.add(spec.name);
    const own = new Set(spec.tables.map((t) => t.name.toLowerCase()));
    const { rows, later } = cellsOf(spec, tables, made, own);
    await writeRows(sheet, rows, 0, request);
    for (const t of spec.tables) {
      await request.room(4 * COMMAND_BYTES);
      // A Range object, not an address: an address without a sheet name means the active sheet,
      // whichever sheet's collection add is called on (TableCollection.add).
      const table = sheet.tables.add(sheet.getRange(t.range), true);
      table.name = t.name;
      table.style = t.style;
      table.showBandedRows = false;
      made.add(t.name.toLowerCase());
    }
    for (const cell of later) {
      const formula = structuredToA1(cell.formula, spec.name, cell.row, tables, made);
      await request.room(COMMAND_BYTES + formula.length * 3);
      sheet.getRange(`${columnLetter(cell.column)}${cell.row + 1}`).formulas = [[formula]];
    }
    await request.room(formatBytes(spec));
    format(sheet, spec);
  }
  await context.sync();
}

/** The cells of a sheet as Office.js writes them, and the formulas to write once its tables exist. */
function cellsOf(
  spec: SheetRender,
  tables: ReadonlyMap<string, TableLocation>,
  made: ReadonlySet<string>,
  own: ReadonlySet<string>,
): { rows: (string | number | boolean)[][]; later: { row: number; column: number; formula: string }[] } {
  const width = Math.max(1, ...spec.rows.map((r) => r.length), spec.columnWidths.length);
  const boxes = spec.tables.map((t) => parseRange(t.range));
  const inOwnTable = (row: number, column: number): boolean => boxes.some((b) => row >= b.row1 && row <= b.row2 && column >= b.column1 && column <= b.column2);
  const later: { row: number; column: number; formula: string }[] = [];
  const rows = spec.rows.map((row, r) => {
    const out: (string | number | boolean)[] = [];
    for (let c = 0; c < width; c++) {
      const input: CellInput | undefined = row[c];
      const cell = officeCell(input, true);
      if (!isFormulaInput(input)) {
        out.push(cell);
        continue;
      }
      if (namesTable(input.formula, own) && !inOwnTable(r, c)) {
        later.push({ row: r, column: c, formula: input.formula });
        out.push("");
        continue;
      }
      out.push(structuredToA1(cell as string, spec.name, r, tables, made));
    }
    return out;
  });
  return { rows, later };
}

/** Whether a formula names one of these tables (outside its string literals). */
function namesTable(formula: string, names: ReadonlySet<string>): boolean {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  for (const m of code.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\[/g)) if (names.has((m[1] as string).toLowerCase())) return true;
  return false;
}

/** Writes rows from `top` in blocks of at most ROWS_PER_WRITE, within the request budget. */
async function writeRows(sheet: Excel.Worksheet, rows: (string | number | boolean)[][], top: number, request: Request): Promise<void> {
  if (rows.length === 0) return;
  const width = rows[0]?.length ?? 1;
  for (let start = 0; start < rows.length; start += ROWS_PER_WRITE) {
    const block = rows.slice(start, start + ROWS_PER_WRITE);
    await request.room(COMMAND_BYTES + jsonBytes(block));
    const first = top + start + 1;
    sheet.getRange(`A${first}:${columnLetter(width - 1)}${first + block.length - 1}`).formulas = block;
  }
}

/** Bytes of everything format() queues for a sheet, estimated generously. */
function formatBytes(spec: SheetRender): number {
  const commands =
    spec.columnWidths.length +
    spec.styles.length * 8 +
    (spec.rowHeights?.length ?? 0) +
    estimatedOutside(spec).length +
    spec.merges.length +
    spec.validations.length * 4 +
    spec.conditionalFormats.length * 5 +
    20;
  return commands * COMMAND_BYTES + jsonBytes([spec.styles, spec.validations, spec.conditionalFormats, spec.merges]);
}

const jsonBytes = (v: unknown): number => new TextEncoder().encode(JSON.stringify(v)).length;

/** Deletes what a failed write added: the model's sheets (new ones, by the first sync's check), in a batch of its own. */
async function removeSheets(context: Excel.RequestContext, names: readonly string[]): Promise<void> {
  try {
    const items = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    await context.sync();
    for (const item of items) if (!item.isNullObject) item.delete();
    await context.sync();
  } catch {
    // The workbook is as the failure left it; the failure itself is what the caller hears of.
  }
}
