// Every port the task pane needs, over the open workbook through Office.js: the template port and
// the live, marks, selection and output ports. Each method is one Excel.run with a fixed number of
// context.sync() calls, whatever the number of KPIs; a live check costs two (read, update marks),
// three when a mark is taken away (the rules are read again first: marks.ts).
// What runs only on a user action (output, reading the selection) is loaded on first use.
import type { WorkbookPort } from "../workbook/port";
import type { LivePort, MarksPort, OutputPort, RowsPort, SelectionPort } from "../workbook/ports";
import { createOfficeLive } from "./live";
import { createOfficeMarks } from "./marks";
import { createOfficePort } from "./officePort";
import type { ExcelRun } from "./types";

/** The module path typed as a plain string (as in src/taskpane/loadEngine.ts: webpack still sees the literal). */
type Path = string;

const batches = (): Promise<typeof import("./outputBatches")> =>
  import(/* webpackChunkName: "excel-output" */ "./outputBatches" as Path) as Promise<typeof import("./outputBatches")>;

const rowBatches = (): Promise<typeof import("./rowsBatches")> =>
  import(/* webpackChunkName: "excel-output" */ "./rowsBatches" as Path) as Promise<typeof import("./rowsBatches")>;

const excelRun: ExcelRun = (batch) => Excel.run((context) => batch(context));

export interface OfficeHost {
  workbook: WorkbookPort;
  live: LivePort;
  marks: MarksPort;
  selection: SelectionPort;
  output: OutputPort;
  rows: RowsPort;
  /** The UI language of Office ("th-TH", "en-US"…). */
  displayLanguage: string;
}

export interface OfficeHostOptions {
  run?: ExcelRun;
  displayLanguage?: string;
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

export function createOfficeHost(options: OfficeHostOptions = {}): OfficeHost {
  const run = options.run ?? excelRun;
  const supports = options.supports ?? officeSupports;
  return {
    workbook: createOfficePort(run),
    live: createOfficeLive(run, supports),
    marks: createOfficeMarks(run, supports),
    selection: {
      select: (ref) =>
        run(async (context) => {
          const sheet = context.workbook.worksheets.getItem(ref.sheet);
          sheet.load("visibility");
          await context.sync();
          if (sheet.visibility !== ("Visible" as Excel.SheetVisibility)) return false;
          sheet.activate();
          sheet.getRange(ref.cell).select();
          await context.sync();
          return true;
        }),
      readSelection: async () => {
        const b = await batches();
        return run((context) => b.readSelectionBatch(context));
      },
    },
    output: {
      writeCells: async (sheet, address, values) => {
        const b = await batches();
        return run((context) => b.writeCellsBatch(context, sheet, address, values));
      },
      cellOfEachSheet: async (cell) => {
        const b = await batches();
        return run((context) => b.cellOfEachSheetBatch(context, cell));
      },
      deleteSheets: async (guards) => {
        const b = await batches();
        return run((context) => b.deleteSheetsBatch(context, guards));
      },
      addCharts: async (charts) => {
        const b = await batches();
        return run((context) => b.addChartsBatch(context, charts));
      },
    },
    rows: {
      writeIfBlank: async (sheet, address, values) => {
        const b = await rowBatches();
        return run((context) => b.writeIfBlankBatch(context, sheet, address, values));
      },
      insertTableRow: async (table, index, values) => {
        const b = await rowBatches();
        return run((context) => b.insertTableRowBatch(context, table, index, values));
      },
    },
    displayLanguage: options.displayLanguage ?? "th-TH",
  };
}
