// The metadata sheet of a template: format marker, layout version, framework (id and JSON),
// agency, fiscal year, and the names the template's sheets and tables got.
import type { CellValue, Grid } from "../../workbook/model";
import { cellAddress } from "../../workbook/a1";
import { DEFAULT_SHEET_NAMES, DEFAULT_TABLES, META_KEYS, metaColumns, WORKBOOK_FORMAT, type ColumnDef } from "../layout";
import { SHEET_IDS, type ReadIssue, type SheetNames, type TableNames } from "../types";
import { findHeader, numericOf, Sheet, textOf } from "./cells";
import { readIssue } from "./issues";

export interface TemplateMeta {
  metaSheet: string;
  framework: string;
  frameworkJson: string | null;
  agency: string;
  fiscalYear: number | null;
  layoutVersion: number | null;
  sheets: SheetNames;
  tables: TableNames;
}

/** Reads the metadata sheet; null (with an issue) when it is not a template's. */
export function readMeta(name: string, grid: Grid | undefined): { meta: TemplateMeta | null; issues: ReadIssue[] } {
  const at = { sheet: name, cell: "A1" };
  if (!grid) return { meta: null, issues: [readIssue("NOT_A_TEMPLATE", at)] };
  const sheet = new Sheet(name, grid);
  const header = findHeader(sheet, (metaColumns()[0] as ColumnDef).th);
  const values = new Map<string, { row: number; cells: CellValue[] }>();
  for (let r = (header ?? -1) + 1; r < sheet.rowCount; r++) {
    const key = textOf(sheet.value(r, 0)).trim();
    if (key) values.set(key, { row: r, cells: (grid.values[r] ?? []).slice(1) });
  }
  const get = (key: string): CellValue => values.get(key)?.cells[0] ?? null;
  if (textOf(get(META_KEYS.format)) !== WORKBOOK_FORMAT) return { meta: null, issues: [readIssue("NOT_A_TEMPLATE", at)] };
  const issues: ReadIssue[] = [];
  const numberAt = (key: string): number | null => {
    const v = numericOf(get(key));
    if (typeof v === "number") return v;
    const row = values.get(key)?.row;
    issues.push(readIssue("METADATA_UNREADABLE", { sheet: name, cell: cellAddress(row ?? 0, 1) }, { key, value: textOf(get(key)) }));
    return null;
  };
  const json = values.get(META_KEYS.frameworkJson)?.cells.map(textOf).join("") ?? "";
  const sheets = Object.fromEntries(
    SHEET_IDS.map((id) => [id, textOf(get(META_KEYS.sheet(id))) || DEFAULT_SHEET_NAMES[id]]),
  ) as SheetNames;
  sheets.meta = name;
  const tables = Object.fromEntries(
    (Object.keys(DEFAULT_TABLES) as (keyof TableNames)[]).map((id) => [id, textOf(get(META_KEYS.table(id))) || DEFAULT_TABLES[id]]),
  ) as TableNames;
  const meta: TemplateMeta = {
    metaSheet: name,
    framework: textOf(get(META_KEYS.framework)),
    frameworkJson: json || null,
    agency: textOf(get(META_KEYS.agency)),
    fiscalYear: numberAt(META_KEYS.fiscalYear),
    layoutVersion: numberAt(META_KEYS.layoutVersion),
    sheets,
    tables,
  };
  return { meta, issues };
}
