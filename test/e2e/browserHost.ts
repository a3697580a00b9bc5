// Bundled for the browser by the end-to-end test and injected before the page runs: a fake Excel
// (cells, tables, names, change events, conditional formats, data validation, charts) behind a
// fake Office (fakeOffice.ts: the page's office.js is answered with an empty script), and a handle
// (window.__e2e) through which the test types, pastes and looks at the workbook as a person in
// Excel would.
import { cellAddress, parseCell } from "../../src/workbook/a1";
import { FakeOfficeHost } from "../taskpane/fakeOfficeHost";
import { installFakeOffice } from "./fakeOffice";

type Value = string | number | boolean | null;

interface E2eWindow {
  __KPI_E2E_LANG__?: string;
  __e2e?: unknown;
}

const w = window as unknown as E2eWindow;
const lang = w.__KPI_E2E_LANG__ ?? "th-TH";
const host = new FakeOfficeHost({ displayLanguage: lang });
installFakeOffice(host.run, lang);

/** The cell of `kpi` under `header` (header row 4; the n-th row of that KPI). */
function cellOf(sheet: string, kpi: string, header: string, nth = 1): string {
  const s = host.sheet(sheet);
  const at = (r: number, c: number): Value => s.cells.get(cellAddress(r, c))?.value ?? null;
  let col = -1;
  let idCol = -1;
  for (let c = 0; c < 80; c++) {
    if (at(3, c) === header && col < 0) col = c;
    if ((at(3, c) === "รหัส" || at(3, c) === "รหัสตัวชี้วัด") && idCol < 0) idCol = c;
  }
  if (col < 0 || idCol < 0) throw new Error(`no column ${header} on ${sheet}`);
  let seen = 0;
  for (let r = 4; r < 600; r++) if (at(r, idCol) === kpi && ++seen === nth) return cellAddress(r, col);
  throw new Error(`no row ${nth} of ${kpi} on ${sheet}`);
}

w.__e2e = {
  type: (sheet: string, address: string, v: Value) => host.type(sheet, address, v),
  paste: (sheet: string, topLeft: string, rows: Value[][]) => host.paste(sheet, topLeft, rows),
  settle: () => host.settle(),
  cellOf,
  cell: (sheet: string, address: string) => host.cell(sheet, address),
  sheets: () => host.excel.sheets.map((s) => s.name),
  marks: (sheet: string) => host.marks(sheet),
  charts: () => host.charts.map((c) => ({ sheet: c.sheet, type: c.type, source: c.source })),
  selection: () => host.selection,
  seal: () => {
    const meta = host.sheet("ข้อมูลแม่แบบ");
    for (const [address, c] of meta.cells) {
      if (c.value === "seal.sha256") {
        const { row } = parseCell(address);
        return meta.cells.get(cellAddress(row, 1))?.value ?? null;
      }
    }
    return null;
  },
  syncs: () => host.syncs,
};
