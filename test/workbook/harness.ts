// The three adapters of the workbook port, each with what the contract suite needs beyond the
// port: a fresh workbook, one that already holds the user's sheets, typing into a cell as a user
// would, and reopening (the .xlsx adapter writes a real file to a temp dir and reads it back).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileSync as read } from "node:fs";
import { createOfficePort } from "../../src/excel/officePort";
import { cellAddress } from "../../src/workbook/a1";
import { parsePlan, type Plan } from "../../src/core/schema/plan";
import { findFramework } from "../../src/core/frameworks/shipped";
import type { Framework } from "../../src/core/schema/framework";
import type { CellValue } from "../../src/workbook/model";
import { MemoryWorkbook, typedPercent } from "./memory";
import type { WorkbookPort } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { FakeExcel } from "../excel/fakeExcel";

export interface Harness {
  name: string;
  fresh(): Promise<WorkbookPort>;
  /** A workbook that already holds sheets of these names, each with the user's text in A1. */
  withSheets(names: readonly string[]): Promise<WorkbookPort>;
  /** Types into a cell like a user: "=…" is a formula, "98.77%" a percentage (0.9877 shown as 98.77%), anything else a value as typed. */
  type(port: WorkbookPort, sheet: string, address: string, input: CellValue): Promise<WorkbookPort>;
  /** What a cell shows: its value, or a formula's text. */
  cell(port: WorkbookPort, sheet: string, address: string): Promise<CellValue>;
  /** The same workbook after saving and opening it again (a no-op where there is no file). */
  reopen(port: WorkbookPort): Promise<WorkbookPort>;
}

const memory: Harness = {
  name: "memory",
  fresh: async () => new MemoryWorkbook(),
  withSheets: async (names) => MemoryWorkbook.withSheets(...names),
  type: async (port, sheet, address, input) => {
    (port as MemoryWorkbook).type(sheet, address, input);
    return port;
  },
  cell: async (port, sheet, address) => (port as MemoryWorkbook).cell(sheet, address),
  reopen: async (port) => port,
};

let dir: string | null = null;
let files = 0;
function tempFile(): string {
  dir ??= mkdtempSync(join(tmpdir(), "kpi-xlsx-"));
  return join(dir, `workbook-${++files}.xlsx`);
}
export function removeTempFiles(): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
}

/** Writes the workbook to a real file and reads it back. */
async function roundTripFile(port: WorkbookPort): Promise<XlsxWorkbook> {
  const path = tempFile();
  writeFileSync(path, await (port as XlsxWorkbook).toBuffer());
  return XlsxWorkbook.fromBuffer(readFileSync(path));
}

const xlsx: Harness = {
  name: "xlsx (exceljs, via a file)",
  fresh: async () => XlsxWorkbook.create(),
  withSheets: async (names) => {
    const wb = XlsxWorkbook.create();
    for (const n of names) wb.workbook.addWorksheet(n).getCell("A1").value = `${n} (ของผู้ใช้ / the user's)`;
    return roundTripFile(wb);
  },
  type: async (port, sheet, address, input) => {
    const reopened = await roundTripFile(port);
    const ws = reopened.workbook.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet}`);
    const cell = ws.getCell(address);
    const percent = typedPercent(input);
    // A style of its own: exceljs shares one style object among the cells of a file that had it.
    if (percent) cell.style = { ...cell.style, numFmt: percent.format };
    cell.value = percent ? percent.value : typeof input === "string" && input.startsWith("=") ? { formula: input.slice(1) } : input;
    return roundTripFile(reopened);
  },
  cell: async (port, sheet, address) => {
    const v = (port as XlsxWorkbook).workbook.getWorksheet(sheet)?.getCell(address).value;
    if (v && typeof v === "object" && "formula" in v) return `=${v.formula}`;
    return (v ?? null) as CellValue;
  },
  reopen: async (port) => roundTripFile(port),
};

const fakes = new WeakMap<WorkbookPort, FakeExcel>();
function officePort(excel: FakeExcel): WorkbookPort {
  const port = createOfficePort(excel.run);
  fakes.set(port, excel);
  return port;
}
export const fakeOf = (port: WorkbookPort): FakeExcel => fakes.get(port) as FakeExcel;

const office: Harness = {
  name: "Office.js (fake Excel)",
  fresh: async () => officePort(new FakeExcel()),
  withSheets: async (names) => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      for (const n of names) context.workbook.worksheets.add(n).getRange("A1").formulas = [[`'${n} (ของผู้ใช้ / the user's)`]];
      await context.sync();
    });
    return officePort(excel);
  },
  type: async (port, sheet, address, input) => {
    fakeOf(port).type(sheet, address, input);
    return port;
  },
  cell: async (port, sheet, address) => {
    const c = fakeOf(port).sheet(sheet)?.cells.get(address);
    return c ? (c.formula ?? c.value) : null;
  },
  reopen: async (port) => port,
};

export const HARNESSES: readonly Harness[] = [memory, xlsx, office];

export function framework2567(): Framework {
  return findFramework("bma-2567-bureau") as Framework;
}

export function fixture(name: string): Plan {
  const parsed = parsePlan(JSON.parse(read(join(__dirname, "..", "fixtures", "plans", `${name}.json`), "utf8")));
  if (!parsed.ok) throw new Error(`fixture ${name} does not parse`);
  return parsed.plan;
}

export const FIXTURES = ["fy2567-international-affairs", "fy2567-social-development"] as const;

/**
 * The A1 address of the cell under `header` in the first row that `row` accepts (given the row's
 * values by header), on a sheet as the port reads it: tests name cells by meaning, not by letter.
 */
export async function cellOf(port: WorkbookPort, sheet: string, header: string, row: (byHeader: Record<string, CellValue>) => boolean): Promise<string> {
  const grid = (await port.readSheets([sheet])).get(sheet);
  if (!grid) throw new Error(`no sheet ${sheet}`);
  const headerRow = grid.values.findIndex((r) => r.includes(header));
  if (headerRow < 0) throw new Error(`no header ${header} on ${sheet}`);
  const headers = grid.values[headerRow] as CellValue[];
  const col = headers.indexOf(header);
  for (let r = headerRow + 1; r < grid.values.length; r++) {
    const values = grid.values[r] as CellValue[];
    const byHeader = Object.fromEntries(headers.map((h, c) => [String(h), values[c] ?? null]));
    if (row(byHeader)) return cellAddress(r, col);
  }
  throw new Error(`no row for ${header} on ${sheet}`);
}
