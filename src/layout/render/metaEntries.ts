// The rows of the metadata sheet, key then value(s), in order: the renderer of the sheet writes
// them, and the register's component drop-down refers to the row of component codes, so both take
// the rows from here.
import { leafComponents } from "../../core/frameworks";
import { cellAddress } from "../../workbook/a1";
import type { CellValue } from "../../workbook/model";
import { CELL_TEXT_LIMIT, FIRST_DATA_ROW, LAYOUT_VERSION, META_KEYS, WORKBOOK_FORMAT } from "../layout";
import { SHEET_IDS, type TableNames } from "../types";
import type { Ctx } from "./context";

export function metaEntries(ctx: Ctx): [string, CellValue | CellValue[]][] {
  return [
    [META_KEYS.format, WORKBOOK_FORMAT],
    [META_KEYS.layoutVersion, LAYOUT_VERSION],
    [META_KEYS.framework, ctx.framework.id],
    [META_KEYS.frameworkJson, chunks(JSON.stringify(ctx.framework))],
    [META_KEYS.agency, ctx.plan.agency],
    [META_KEYS.fiscalYear, ctx.plan.fiscalYear],
    ...SHEET_IDS.map((id): [string, CellValue] => [META_KEYS.sheet(id), ctx.sheets[id]]),
    ...(Object.keys(ctx.tables) as (keyof TableNames)[]).map((id): [string, CellValue] => [META_KEYS.table(id), ctx.tables[id]]),
    // Text cells, one code each: the list the register's component column offers.
    [META_KEYS.components, leafComponents(ctx.framework).map((c) => c.code)],
  ];
}

/** Where the component codes are: a row of text cells of the metadata sheet. */
export function componentListSource(ctx: Ctx): { sheet: string; range: string } {
  const entries = metaEntries(ctx);
  const index = entries.findIndex(([key]) => key === META_KEYS.components);
  const codes = entries[index]?.[1];
  const count = Array.isArray(codes) ? Math.max(1, codes.length) : 1;
  const row = FIRST_DATA_ROW + index;
  return { sheet: ctx.sheets.meta, range: `${cellAddress(row, 1)}:${cellAddress(row, count)}` };
}

function chunks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += CELL_TEXT_LIMIT) out.push(text.slice(i, i + CELL_TEXT_LIMIT));
  return out.length > 0 ? out : [""];
}
