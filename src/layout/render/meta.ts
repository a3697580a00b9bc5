// Sheet 5, the metadata (hidden): format, layout version, framework (id and JSON), agency, year,
// the names of the sheets and tables, so that reading finds them after a rename, and the component
// codes as text cells, the register's drop-down list (the rows are in metaEntries.ts).
import type { SheetRender } from "../../workbook/model";
import { FIRST_DATA_ROW, HEADER_ROW, metaColumns } from "../layout";
import { finish, SheetBuilder, textCell, titleBlock } from "./builder";
import type { Ctx } from "./context";
import { metaEntries } from "./metaEntries";

export function renderMeta(ctx: Ctx): SheetRender {
  const b = new SheetBuilder(ctx.sheets.meta, metaColumns());
  titleBlock(b, ctx, "meta");
  let row = FIRST_DATA_ROW;
  for (const [key, value] of metaEntries(ctx)) {
    b.set(row, 0, key);
    (Array.isArray(value) ? value : [value]).forEach((v, i) => b.set(row, 1 + i, typeof v === "string" ? textCell(v) : v));
    row++;
  }
  const sheet = finish(b, "meta", ctx, row - 1);
  return { ...sheet, visibility: "hidden", freeze: { rows: HEADER_ROW + 1, columns: 0 } };
}
