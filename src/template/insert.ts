// Inserting a template: the sheet and table names a new template gets next to what the workbook
// holds, and the plan rendered into them through the port (inventory + addSheets). Apart from
// ./template because it pulls in the whole sheet renderer: the task pane loads it only when the
// user inserts a template.
import type { Bilingual } from "../core/schema/common";
import type { Framework } from "../core/schema/framework";
import type { Plan } from "../core/schema/plan";
import { DEFAULT_SHEET_NAMES, DEFAULT_TABLES, SHEETS } from "../layout/layout";
import { renderTemplate } from "../layout/render";
import { DATA_SHEET_IDS, SHEET_IDS, type RenderOptions, type SheetNames, type TableNames } from "../layout/types";
import type { WorkbookInventory } from "../workbook/model";
import type { WorkbookPort } from "../workbook/port";

export interface InsertOptions extends Omit<RenderOptions, "framework" | "sheets" | "tables"> {
  /**
   * When the workbook already has sheets with the template's names: "rename" (default) uses new
   * names ("ตัวชี้วัด (2)") and records them in the metadata sheet so reading finds them;
   * "refuse" throws SheetConflictError listing the sheets. Existing sheets are never changed.
   */
  onConflict?: "rename" | "refuse";
}

export interface InsertResult {
  /** The worksheet names the template got. */
  sheets: SheetNames;
  tables: TableNames;
  /** True when some names were taken and new ones were used. */
  renamed: boolean;
  /** Workbook names Excel refused (Excel 2021 and older have no LAMBDA); the message says so. */
  namesRefused: string[];
  /** What happened, for the user: Thai and English. */
  message: Bilingual;
}

/** The workbook already has sheets of the template's names and the caller asked not to rename. */
export class SheetConflictError extends Error {
  constructor(readonly sheets: readonly string[]) {
    const list = sheets.map((s) => `"${s}"`).join(", ");
    super(
      `สมุดงานมีแผ่นงาน ${list} อยู่แล้ว จึงไม่สร้างแม่แบบเพื่อไม่ให้ข้อมูลเดิมถูกเขียนทับ / ` +
        `the workbook already has sheet(s) ${list}; the template was not inserted so that nothing is overwritten`,
    );
    this.name = "SheetConflictError";
  }
}

const MAX_SHEET_NAME = 31;
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
const taken = (list: readonly string[], name: string): boolean => list.some((x) => same(x, name));

/** Sheet and table names for a new template: the defaults, or all with the first free suffix. */
export function chooseNames(inv: WorkbookInventory, onConflict: "rename" | "refuse" = "rename"): { sheets: SheetNames; tables: TableNames; renamed: boolean } {
  const clashes = SHEET_IDS.map((id) => DEFAULT_SHEET_NAMES[id]).filter((n) => taken(inv.sheets, n));
  if (clashes.length > 0 && onConflict === "refuse") throw new SheetConflictError(inv.sheets.filter((s) => clashes.some((c) => same(c, s))));
  let sheets = DEFAULT_SHEET_NAMES;
  for (let n = 2; clashes.length > 0; n++) {
    const candidate = Object.fromEntries(
      SHEET_IDS.map((id) => [id, `${SHEETS[id].name.slice(0, MAX_SHEET_NAME - 3 - String(n).length)} (${n})`]),
    ) as SheetNames;
    if (SHEET_IDS.every((id) => !taken(inv.sheets, candidate[id]))) {
      sheets = candidate;
      break;
    }
  }
  const ids = Object.keys(DEFAULT_TABLES) as (keyof TableNames)[];
  let tables = DEFAULT_TABLES;
  for (let n = 2; ids.some((id) => taken([...inv.tables, ...inv.names], tables[id])); n++) {
    tables = Object.fromEntries(ids.map((id) => [id, `${DEFAULT_TABLES[id]}${n}`])) as TableNames;
  }
  return { sheets, tables, renamed: clashes.length > 0 };
}

/** Writes `plan` as a template into the workbook behind `port`, next to whatever it holds. */
export async function insertTemplate(port: WorkbookPort, plan: Plan, framework: Framework, options: InsertOptions = {}): Promise<InsertResult> {
  const inv = await port.inventory();
  const { sheets, tables, renamed } = chooseNames(inv, options.onConflict ?? "rename");
  const { onConflict: _ignored, ...render } = options;
  const { namesRefused } = await port.addSheets(renderTemplate(plan, { ...render, framework, sheets, tables }));
  const list = DATA_SHEET_IDS.map((id) => `"${sheets[id]}"`).join(", ");
  const inserted: Bilingual = renamed
    ? {
        th: `สมุดงานมีแผ่นงานชื่อเดียวกันอยู่แล้ว (ไม่ได้แก้ไข) จึงสร้างแม่แบบเป็นแผ่นงาน ${list}`,
        en: `the workbook already had sheets of those names (left untouched), so the template went to ${list}`,
      }
    : { th: `สร้างแม่แบบแล้ว: แผ่นงาน ${list}`, en: `template inserted: sheets ${list}` };
  const message = namesRefused.length === 0 ? inserted : withRefusedNames(inserted, namesRefused);
  return { sheets, tables, renamed, namesRefused, message };
}

/** The insert's message, plus which workbook names this Excel refused and what that means. */
function withRefusedNames(message: Bilingual, names: readonly string[]): Bilingual {
  const list = names.join(", ");
  return {
    th: `${message.th} — Excel นี้ไม่รับชื่อ ${list} (Excel 2021 และเก่ากว่าไม่มี LAMBDA) คะแนนในแม่แบบยังคิดได้ตามปกติ แต่สูตร =${names[0]}(…) ที่พิมพ์เองจะขึ้น #NAME? ให้ใช้ =KPI.SCORE(…) ของ add-in แทน`,
    en: `${message.en} — this Excel refused the names ${list} (Excel 2021 and older have no LAMBDA): the template's scores compute all the same, but a =${names[0]}(…) you type shows #NAME?; use the add-in's =KPI.SCORE(…) instead`,
  };
}
