// Writing a seal into a template's metadata sheet (store.ts says where it lives and reads it):
// only "check before sending" writes one, so the task pane fetches this with its actions.
import { cellAddress } from "../workbook/a1";
import type { CellValue, Grid } from "../workbook/model";
import type { Seal } from "./seal";
import { cellText, SEAL_KEYS } from "./store";

const ORDER: (keyof Seal)[] = ["digest", "framework", "time", "layoutVersion", "method"];

/** The block of cells that stores `seal`: over the old seal rows, else after the last used row. */
export function sealBlock(grid: Grid | undefined, seal: Seal): { address: string; values: CellValue[][] } {
  const rows = grid?.values ?? [];
  let start = rows.findIndex((r) => cellText(r[0]).startsWith("seal."));
  if (start < 0) {
    let last = rows.length - 1;
    while (last >= 0 && (rows[last] ?? []).every((v) => cellText(v) === "")) last--;
    start = last + 1;
  }
  const values: CellValue[][] = ORDER.map((k) => [SEAL_KEYS[k], seal[k]]);
  return { address: `${cellAddress(start, 0)}:${cellAddress(start + values.length - 1, 1)}`, values };
}
