// Sheet 5, the metadata (hidden): format, layout version, framework (id and JSON), agency, year,
// and the names of the sheets and tables, so that reading finds them after a rename.
import type { CellValue, SheetRender } from "../../workbook/model";
import { CELL_TEXT_LIMIT, FIRST_DATA_ROW, HEADER_ROW, LAYOUT_VERSION, META_KEYS, metaColumns, WORKBOOK_FORMAT } from "../layout";
import { SHEET_IDS, type TableNames } from "../types";
import { finish, SheetBuilder, textCell, titleBlock } from "./builder";
import type { Ctx } from "./context";

export function renderMeta(ctx: Ctx): SheetRender {
  const b = new SheetBuilder(ctx.sheets.meta, metaColumns());
  titleBlock(b, ctx, "meta");
  const entries: [string, CellValue | CellValue[]][] = [
    [META_KEYS.format, WORKBOOK_FORMAT],
    [META_KEYS.layoutVersion, LAYOUT_VERSION],
    [META_KEYS.framework, ctx.framework.id],
    [META_KEYS.frameworkJson, chunks(JSON.stringify(ctx.framework))],
    [META_KEYS.agency, textCell(ctx.plan.agency)],
    [META_KEYS.fiscalYear, ctx.plan.fiscalYear],
    ...SHEET_IDS.map((id): [string, CellValue] => [META_KEYS.sheet(id), ctx.sheets[id]]),
    ...(Object.keys(ctx.tables) as (keyof TableNames)[]).map((id): [string, CellValue] => [META_KEYS.table(id), ctx.tables[id]]),
  ];
  let row = FIRST_DATA_ROW;
  for (const [key, value] of entries) {
    b.set(row, 0, key);
    (Array.isArray(value) ? value : [value]).forEach((v, i) => b.set(row, 1 + i, v));
    row++;
  }
  const sheet = finish(b, "meta", ctx, row - 1);
  return { ...sheet, visibility: "hidden", freeze: { rows: HEADER_ROW + 1, columns: 0 } };
}

function chunks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += CELL_TEXT_LIMIT) out.push(text.slice(i, i + CELL_TEXT_LIMIT));
  return out.length > 0 ? out : [""];
}
