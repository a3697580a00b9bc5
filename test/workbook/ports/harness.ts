// The two adapters of the pane's ports (src/workbook/ports.ts) for the contract suites beside this
// file, like test/workbook/harness.ts for the workbook port: in memory (test/workbook/memoryHost.ts)
// and Office.js (src/excel/host.ts) over the fake Excel (test/taskpane/fakeOfficeHost.ts). Each
// opens a workbook with a template inserted and gives the ports over it, a person at the keyboard
// (typing, pasting, selecting, protecting, adding a sheet of their own) and what that person sees
// (what a cell holds, the conditional-format rules of a sheet, the charts, the selection), plus the
// round trips the ports made. Suites assert through the ports and through what a person sees,
// never through an adapter's own records.
import { createOfficeHost } from "../../../src/excel/host";
import type { Plan } from "../../../src/core/schema/plan";
import type { SheetNames } from "../../../src/layout/types";
import type { PaneHost } from "../../../src/taskpane/context";
import { insertTemplate } from "../../../src/template/insert";
import { cellAddress, parseCell } from "../../../src/workbook/a1";
import type { CellRef, CellValue } from "../../../src/workbook/model";
import { framework2567, parsed, validPlan } from "../../helpers/plan";
import { FakeOfficeHost } from "../../taskpane/fakeOfficeHost";
import { MemoryWorkbook } from "../memory";
import { MemoryHost } from "../memoryHost";

/** A person in front of the workbook. */
export interface User {
  /** Types into one cell; resolves once the watchers have been told. */
  type(sheet: string, address: string, value: CellValue): Promise<void>;
  /**
   * Pastes a block at `topLeft`; resolves once the watchers have been told. Excel does not check a
   * paste against the cells' data validation, and a plain paste takes the validation away.
   */
  paste(sheet: string, topLeft: string, rows: readonly (readonly CellValue[])[]): Promise<void>;
  /** Paste Special › Values: the cells keep their data validation, which their values may now break. */
  pasteValues(sheet: string, topLeft: string, rows: readonly (readonly CellValue[])[]): Promise<void>;
  /**
   * Edits Excel makes without a change event (office-js#420, #3729, #1110): a value picked from a
   * cell's drop-down, Text to Columns over a block, a fill over filtered rows. Only a full check
   * sees them.
   */
  unheard: {
    pick(sheet: string, address: string, value: CellValue): void;
    textToColumns(sheet: string, topLeft: string, rows: readonly (readonly CellValue[])[]): void;
    fillFiltered(sheet: string, cells: readonly string[], value: CellValue): void;
  };
  selectRange(sheet: string, address: string): void;
  /** Review › Protect Sheet (default options), and Unprotect Sheet. */
  protect(sheet: string): void;
  unprotect(sheet: string): void;
  /** Adds an empty sheet of their own after the others. */
  addSheet(name: string): Promise<void>;
  /** Renames a sheet (its tables stay its own), or deletes it. */
  rename(sheet: string, to: string): void;
  deleteSheet(sheet: string): void;
  /** Waits until every change event so far has been handled (the add-in's echoes included). */
  settle(): Promise<void>;
}

/** A workbook open with the pane: the ports, the template's sheets, the person, what they see. */
export interface OpenWorkbook {
  ports: PaneHost;
  sheets: SheetNames;
  user: User;
  /** What a cell holds: its value, or its formula's text. */
  cell(sheet: string, address: string): CellValue;
  /** Every cell of a sheet with its own formats: what marks must never change. */
  look(sheet: string): unknown;
  /** The conditional-format rules of a sheet, as Excel's Rules Manager counts them. */
  rules(sheet: string): number;
  /** The charts drawn: their sheet and data range. */
  charts(): { sheet: string; data: string }[];
  /** The sheet and range a person sees selected (null before anything is). */
  selection(): CellRef | null;
  /** Round trips to the workbook so far (context.sync() calls in Office). */
  roundTrips(): number;
  /** The pane closed and opened again: new ports over the same workbook. */
  reopen(): PaneHost;
}

export interface PortHarness {
  name: string;
  open(plan?: Plan): Promise<OpenWorkbook>;
}

export const FW = framework2567();

/** A complete, valid FY2567 plan: a fresh template has no findings. */
export const goodPlan = (): Plan => parsed(validPlan());

const memory: PortHarness = {
  name: "memory",
  open: async (plan = goodPlan()) => {
    const workbook = new MemoryWorkbook();
    const host = new MemoryHost(workbook);
    const { sheets } = await insertTemplate(workbook, plan, FW);
    const sheet = (name: string) => {
      const s = workbook.sheet(name);
      if (!s) throw new Error(`no sheet ${name}`);
      return s;
    };
    return {
      ports: host,
      sheets,
      user: {
        type: async (s, address, value) => host.type(s, address, value),
        paste: async (s, topLeft, rows) => host.paste(s, topLeft, rows),
        pasteValues: async (s, topLeft, rows) => host.paste(s, topLeft, rows, true),
        unheard: {
          pick: (s, address, value) => workbook.type(s, address, value),
          textToColumns: (s, topLeft, rows) => {
            const { row, column } = parseCell(topLeft);
            rows.forEach((r, i) => r.forEach((v, j) => workbook.type(s, cellAddress(row + i, column + j), v)));
          },
          fillFiltered: (s, cells, value) => cells.forEach((c) => workbook.type(s, c, value)),
        },
        selectRange: (s, address) => host.selectRange(s, address),
        protect: (s) => host.protect(s),
        unprotect: (s) => host.unprotect(s),
        addSheet: async (name) => void workbook.sheets.push({ name, cells: new Map(), spec: null }),
        rename: (s, to) => host.rename(s, to),
        deleteSheet: (s) => host.deleteSheet(s),
        settle: async () => undefined,
      },
      cell: (s, address) => workbook.cell(s, address),
      look: (s) => structuredClone({ cells: [...sheet(s).cells], styles: sheet(s).spec?.styles ?? [] }),
      rules: (s) => (sheet(s).spec?.conditionalFormats.length ?? 0) + (sheet(s).marks?.size ?? 0),
      charts: () => host.charts.map((c) => ({ sheet: c.sheet, data: c.data })),
      selection: () => host.selected,
      roundTrips: () => host.calls,
      reopen: () => new MemoryHost(workbook),
    };
  },
};

const office: PortHarness = {
  name: "Office.js (fake Excel)",
  open: async (plan = goodPlan()) => {
    const excel = new FakeOfficeHost();
    const host = createOfficeHost({ run: excel.run });
    const { sheets } = await insertTemplate(host.workbook, plan, FW);
    return {
      ports: host,
      sheets,
      user: {
        type: (s, address, value) => excel.type(s, address, value),
        paste: (s, topLeft, rows) => excel.paste(s, topLeft, rows),
        pasteValues: (s, topLeft, rows) => excel.pasteValues(s, topLeft, rows),
        unheard: {
          pick: (s, address, value) => excel.pick(s, address, value),
          textToColumns: (s, topLeft, rows) => excel.textToColumns(s, topLeft, rows),
          fillFiltered: (s, cells, value) => excel.fillFiltered(s, cells, value),
        },
        selectRange: (s, address) => excel.selectRange(s, address),
        protect: (s) => excel.protect(s),
        unprotect: (s) => excel.unprotect(s),
        // Straight to the fake's workbook: a sheet a person adds is no change event of a watched sheet.
        addSheet: (name) =>
          excel.excel.run(async (context) => {
            context.workbook.worksheets.add(name);
            await context.sync();
          }),
        rename: (s, to) => excel.rename(s, to),
        deleteSheet: (s) => excel.deleteSheet(s),
        settle: () => excel.settle(),
      },
      cell: (s, address) => excel.cell(s, address),
      look: (s) => {
        const sheet = excel.sheet(s);
        return structuredClone({ cells: [...sheet.cells], formats: sheet.formats, validations: sheet.validations });
      },
      rules: (s) => excel.sheet(s).conditionalFormats.length,
      charts: () => excel.charts.map((c) => ({ sheet: c.sheet, data: c.source })),
      selection: () => excel.selection,
      roundTrips: () => excel.syncs,
      reopen: () => createOfficeHost({ run: excel.run }),
    };
  },
};

export const PORT_HARNESSES: readonly PortHarness[] = [memory, office];
