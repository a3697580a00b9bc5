// Where a seal lives in a workbook: key/value rows at the end of the template's metadata sheet
// (the hidden "ข้อมูลแม่แบบ" sheet), next to the template's own keys, so that every adapter
// (Office.js, .xlsx, memory) reads it through WorkbookPort.readSheets. Reading the template
// ignores keys it does not know, so the seal never changes the plan it seals.
import { toNumeric } from "../core/thai/number";
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

export const cellText = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v)).trim();

/** The seal stored in a metadata sheet's grid, or null when there is none (or it is incomplete). */
export function sealFromGrid(grid: Grid | undefined): Seal | null {
  if (!grid) return null;
  const found = new Map<string, CellValue>();
  for (const row of grid.values) {
    const key = cellText(row[0]);
    if (key.startsWith("seal.")) found.set(key, row[1] ?? null);
  }
  const digest = cellText(found.get(SEAL_KEYS.digest)).toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(digest)) return null;
  const layout = toNumeric(found.get(SEAL_KEYS.layoutVersion) ?? null);
  return {
    digest,
    framework: cellText(found.get(SEAL_KEYS.framework)),
    time: cellText(found.get(SEAL_KEYS.time)),
    layoutVersion: typeof layout === "number" ? layout : 0,
    method: cellText(found.get(SEAL_KEYS.method)),
  };
}

/** Reads the seal of the template whose metadata sheet is `metaSheet`. */
export async function readSeal(port: WorkbookPort, metaSheet: string): Promise<Seal | null> {
  const grids = await port.readSheets([metaSheet]);
  return sealFromGrid(grids.get(metaSheet));
}
