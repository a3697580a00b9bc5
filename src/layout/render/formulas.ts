// Formula text shared by the sheets: structured references in their full form (valid both typed
// in Excel and stored in a file) and the lookup of a register field by KPI id.
import { registerColumns } from "../layout";
import type { Ctx } from "./context";
import type { SheetBuilder } from "./builder";

const escapeColumn = (header: string): string => header.replace(/['#[\]]/g, (ch) => `'${ch}`);
export const column = (table: string, header: string): string => `${table}[${escapeColumn(header)}]`;
export const thisRow = (table: string, header: string): string => `${table}[[#This Row],[${escapeColumn(header)}]]`;
export const thisRowSpan = (table: string, from: string, to: string): string =>
  `${table}[[#This Row],[${escapeColumn(from)}]:[${escapeColumn(to)}]]`;

const REGISTER_HEADERS = Object.fromEntries(registerColumns([], 0).map((c) => [c.key, c.th])) as Record<string, string>;

/** A register field of this row's KPI, looked up by id: blank when the id is not registered. */
export function lookup(ctx: Ctx, b: SheetBuilder, key: string, idKey: string, blankIfEmpty = false): string {
  const id = thisRow(b.name === ctx.sheets.rubric ? ctx.tables.rubric : ctx.tables.evaluation, b.header(idKey));
  const match = `MATCH(${id},${column(ctx.tables.register, REGISTER_HEADERS.id as string)},0)`;
  const value = `INDEX(${column(ctx.tables.register, REGISTER_HEADERS[key] as string)},${match})`;
  return blankIfEmpty ? `=IFERROR(IF(${value}="","",${value}),"")` : `=IFERROR(${value}&"","")`;
}
