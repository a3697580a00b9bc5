// The Office.js implementation of the workbook session (src/workbook/session.ts): change events,
// reading for the live check, marks on offending cells, the seal, generated sheets and charts.
// Each method is one Excel.run; read() and highlight() spend one context.sync() each, so a live
// check costs two.
//
// Marks are conditional formats whose rule is a constant true formula carrying a tag
// (=ISTEXT("kpi-addin-mark|error|B5")). A conditional format shows over the cell's own fill and
// never changes its value or format, so removing it restores the cell exactly; the tag lets any
// later session find and remove the marks of an earlier one (a pane that was closed). Sheets that
// are protected are not marked: their findings are still listed and selectable.
//
// Own writes: worksheet.onChanged fires for the add-in's writes too. Events whose triggerSource is
// "ThisLocalAddin" (ExcelApi 1.14) are dropped; on older hosts, events that arrive while one of
// the session's own write batches is running (and shortly after) are dropped as well.
import { cellAddress, columnIndex } from "../workbook/a1";
import type { ChartSpec } from "../summary/render";
import type { Grid } from "../workbook/model";
import type { CellRef, Mark, MarkSeverity, RangeRead, ReadRequest, ReadResult, SheetChange, Unsubscribe, WorkbookSession } from "../workbook/session";
import { cellValueOf, formulasOf, loadUsedRange, usedGrid } from "./cells";
import type { ExcelRun } from "./types";

export { gridFrom } from "./cells";
export { selectionText } from "./sessionActions";

/** The module path typed as a plain string (as in src/taskpane/loadEngine.ts: webpack still sees the literal). */
type Path = string;

/** The batches run only on a user action (seal, summaries, charts, selection): loaded on first use. */
const sessionActions = (): Promise<typeof import("./sessionActions")> =>
  import(/* webpackChunkName: "excel-session-actions" */ "./sessionActions" as Path) as Promise<typeof import("./sessionActions")>;

const excelRun: ExcelRun = (batch) => Excel.run((context) => batch(context));

export const MARK_TAG = "kpi-addin-mark";

/** Fill and font of a mark: Excel's own "light red fill, dark red text" and its yellow pair. */
export const MARK_STYLE: Record<MarkSeverity, { fill: string; font: string }> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#7F4F00" },
};

export const markFormula = (m: Mark): string => `=ISTEXT("${MARK_TAG}|${m.severity}|${m.cell}")`;

const MARK_PATTERN = new RegExp(`${MARK_TAG}\\|(error|warning)\\|([A-Z]{1,3}[0-9]{1,7})`);

export function parseMarkFormula(formula: unknown): { severity: MarkSeverity; cell: string } | null {
  if (typeof formula !== "string") return null;
  const m = MARK_PATTERN.exec(formula);
  return m ? { severity: m[1] as MarkSeverity, cell: m[2] as string } : null;
}

/** How long after an own write batch events are still taken for its echo (hosts before 1.14). */
const ECHO_MS = 400;

export interface OfficeSessionOptions {
  run?: ExcelRun;
  displayLanguage?: string;
  /** The clock, for tests. */
  now?: () => number;
  /**
   * Whether the host supports an ExcelApi version ("1.9"); default: Office's requirement check,
   * or yes when Office is not there (tests with a fake Excel). Invalid-cell lookup needs 1.9;
   * marks (conditional formats) need 1.6 — without them the findings are still listed.
   */
  supports?: (version: string) => boolean;
}

function officeSupports(version: string): boolean {
  try {
    return typeof Office === "undefined" || !Office.context?.requirements ? true : Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return true;
  }
}

export function createOfficeSession(options: OfficeSessionOptions = {}): WorkbookSession {
  const run = options.run ?? excelRun;
  const now = options.now ?? (() => Date.now());
  const supports = options.supports ?? officeSupports;
  let writing = 0;
  let quietUntil = 0;

  /** Runs a batch that writes: events it causes are not passed on. */
  const write = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    writing++;
    try {
      return await run(batch);
    } finally {
      writing--;
      quietUntil = now() + ECHO_MS;
    }
  };

  const ownEcho = (e: Excel.WorksheetChangedEventArgs): boolean =>
    e.triggerSource === ("ThisLocalAddin" as Excel.EventTriggerSource) || (e.triggerSource === undefined && (writing > 0 || now() < quietUntil));

  return {
    displayLanguage: options.displayLanguage ?? "th-TH",

    async watch(sheets, listener) {
      const handlers = await run(async (context) => {
        const added = sheets.map((name) =>
          context.workbook.worksheets.getItem(name).onChanged.add(async (e: Excel.WorksheetChangedEventArgs) => {
            if (ownEcho(e)) return;
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

    get canMark(): boolean {
      return supports("1.6");
    },

    highlight: (scope, marks, present) =>
      write(async (context) => {
        const inScope = new Set(scope);
        const key = (m: Mark): string => `${m.sheet}\u0000${m.cell}\u0000${m.severity}`;
        const wanted = new Map(marks.filter((m) => inScope.has(m.sheet)).map((m) => [key(m), m]));
        const have = new Set<string>();
        let changed = false;
        for (const p of present) {
          if (!inScope.has(p.sheet)) continue;
          if (wanted.has(key(p)) && !have.has(key(p))) {
            have.add(key(p));
            continue;
          }
          context.workbook.worksheets.getItem(p.sheet).getRange().conditionalFormats.getItem(p.id).delete();
          changed = true;
        }
        for (const [k, m] of wanted) {
          if (have.has(k)) continue;
          const cf = context.workbook.worksheets.getItem(m.sheet).getRange(m.cell).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
          cf.custom.rule.formula = markFormula(m);
          cf.custom.format.fill.color = MARK_STYLE[m.severity].fill;
          cf.custom.format.font.color = MARK_STYLE[m.severity].font;
          changed = true;
        }
        if (changed) await context.sync();
      }),

    select: (ref) =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(ref.sheet);
        sheet.activate();
        sheet.getRange(ref.cell).select();
        await context.sync();
      }),

    writeSeal: async (metaSheet, seal) => {
      const a = await sessionActions();
      return write((context) => a.writeSealBatch(context, metaSheet, seal));
    },

    sheetMarkers: async () => {
      const a = await sessionActions();
      return run((context) => a.sheetMarkersBatch(context));
    },

    removeGenerated: async (template, names) => {
      const a = await sessionActions();
      return write((context) => a.removeGeneratedBatch(context, template, names));
    },

    addCharts: async (charts: readonly ChartSpec[]) => {
      const a = await sessionActions();
      return write((context) => a.addChartsBatch(context, charts));
    },

    readSelection: async () => {
      const a = await sessionActions();
      return run((context) => a.readSelectionBatch(context));
    },
  };
}

// ---- reading --------------------------------------------------------------------------------

async function readBatch(context: Excel.RequestContext, request: ReadRequest): Promise<ReadResult> {
  const ws = context.workbook.worksheets;
  const whole = (request.sheets ?? []).map((name) => {
    const sheet = ws.getItemOrNullObject(name);
    return { name, sheet, used: loadUsedRange(sheet) };
  });
  const ranges = (request.ranges ?? []).map((r) => {
    const range = ws.getItem(r.sheet).getRange(r.address);
    range.load(["rowIndex", "columnIndex", "values", "formulas"]);
    return { ...r, range };
  });
  const invalid = (request.invalidIn ?? []).map((name) => {
    const areas = ws.getItem(name).getRange().dataValidation.getInvalidCellsOrNullObject();
    areas.load("address");
    return { name, areas };
  });
  const marks = (request.marksIn ?? []).map((name) => {
    const sheet = ws.getItem(name);
    const formats = sheet.getRange().conditionalFormats;
    formats.load("items/id,items/type,items/custom/rule/formula");
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
  }));
  const invalidCells: CellRef[] = invalid.flatMap(({ name, areas }) => (areas.isNullObject ? [] : cellsOf(areas.address).map((cell) => ({ sheet: name, cell }))));
  const present: ReadResult["marks"] = [];
  const locked: string[] = [];
  for (const { name, formats, sheet } of marks) {
    if (sheet.protection.protected) locked.push(name);
    for (const cf of formats.items) {
      if (cf.type !== ("Custom" as Excel.ConditionalFormatType)) continue;
      const m = parseMarkFormula(cf.custom.rule.formula);
      if (m) present.push({ sheet: name, cell: m.cell, severity: m.severity, id: cf.id });
    }
  }
  return { grids, ranges: rangeReads, invalid: invalidCells, marks: present, locked };
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
