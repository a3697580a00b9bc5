// Where a seal lives in a workbook: key/value rows at the end of the template's metadata sheet
// (the hidden "ข้อมูลแม่แบบ" sheet), next to the template's own keys, so that every adapter
// (Office.js, .xlsx, memory) reads it through WorkbookPort.readSheets. Reading the template
// ignores keys it does not know, so the seal never changes the plan it seals.
import { toNumeric } from "../core/thai/number";
import { cellAddress } from "../workbook/a1";
import type { CellValue, Grid } from "../workbook/model";
import type { WorkbookPort } from "../workbook/port";
import type { Seal } from "./seal";

export const SEAL_KEYS = {
  digest: "seal.sha256",
  framework: "seal.framework",
  time: "seal.time",
  layoutVersion: "seal.layoutVersion",
  method: "seal.method",
} as const satisfies Record<keyof Seal, string>;

const ORDER: (keyof Seal)[] = ["digest", "framework", "time", "layoutVersion", "method"];

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v)).trim();

/** The seal stored in a metadata sheet's grid, or null when there is none (or it is incomplete). */
export function sealFromGrid(grid: Grid | undefined): Seal | null {
  if (!grid) return null;
  const found = new Map<string, CellValue>();
  for (const row of grid.values) {
    const key = text(row[0]);
    if (key.startsWith("seal.")) found.set(key, row[1] ?? null);
  }
  const digest = text(found.get(SEAL_KEYS.digest)).toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(digest)) return null;
  const layout = toNumeric(found.get(SEAL_KEYS.layoutVersion) ?? null);
  return {
    digest,
    framework: text(found.get(SEAL_KEYS.framework)),
    time: text(found.get(SEAL_KEYS.time)),
    layoutVersion: typeof layout === "number" ? layout : 0,
    method: text(found.get(SEAL_KEYS.method)),
  };
}

/** The block of cells that stores `seal`: over the old seal rows, else after the last used row. */
export function sealBlock(grid: Grid | undefined, seal: Seal): { address: string; values: CellValue[][] } {
  const rows = grid?.values ?? [];
  let start = rows.findIndex((r) => text(r[0]).startsWith("seal."));
  if (start < 0) {
    let last = rows.length - 1;
    while (last >= 0 && (rows[last] ?? []).every((v) => text(v) === "")) last--;
    start = last + 1;
  }
  const values: CellValue[][] = ORDER.map((k) => [SEAL_KEYS[k], seal[k]]);
  return { address: `${cellAddress(start, 0)}:${cellAddress(start + values.length - 1, 1)}`, values };
}

/** Reads the seal of the template whose metadata sheet is `metaSheet`. */
export async function readSeal(port: WorkbookPort, metaSheet: string): Promise<Seal | null> {
  const grids = await port.readSheets([metaSheet]);
  return sealFromGrid(grids.get(metaSheet));
}
