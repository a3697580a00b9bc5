// Templates through the port: insert a plan's sheets into any workbook without overwriting
// anything, and read a plan back. These are the functions the task pane and the command line call;
// they hold no layout knowledge (src/layout) and no host knowledge (the adapters).
//
// Port round trips: insertTemplate = inventory + addSheets; readTemplate = inventory + the
// metadata sheet + the four sheets. Constant, whatever the number of KPIs.
import { findFramework } from "../core/frameworks";
import type { Bilingual } from "../core/schema/common";
import { Framework } from "../core/schema/framework";
import type { Plan } from "../core/schema/plan";
import { DEFAULT_TABLES, LAYOUT_VERSION, SHEETS } from "../layout/layout";
import { readIssue, readMeta, readPlanFromGrids, type TemplateMeta } from "../layout/read";
import { DEFAULT_SHEET_NAMES, renderTemplate } from "../layout/render";
import { SHEET_IDS, type ReadIssue, type RenderOptions, type SheetNames, type TableNames, type WorkbookPlan } from "../layout/types";
import type { WorkbookInventory } from "./model";
import type { WorkbookPort } from "./port";

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
  /** What happened, for the user: Thai and English. */
  message: Bilingual;
}

/** A template found in a workbook: its metadata sheet and the sheets it names. */
export interface TemplateRef {
  meta: string;
  sheets: SheetNames;
  framework: string;
  agency: string;
  fiscalYear: number | null;
}

export interface ReadOptions {
  /** The metadata sheet of the template to read, when a workbook holds several (see listTemplates). */
  meta?: string;
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

/** The workbook holds no template (no metadata sheet), or its framework is unknown. */
export class NotATemplateError extends Error {
  constructor(
    message: string,
    readonly issues: readonly ReadIssue[] = [],
  ) {
    super(message);
    this.name = "NotATemplateError";
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
  await port.addSheets(renderTemplate(plan, { ...render, framework, sheets, tables }));
  const list = SHEET_IDS.filter((id) => id !== "meta").map((id) => `"${sheets[id]}"`).join(", ");
  const message: Bilingual = renamed
    ? {
        th: `สมุดงานมีแผ่นงานชื่อเดียวกันอยู่แล้ว (ไม่ได้แก้ไข) จึงสร้างแม่แบบเป็นแผ่นงาน ${list}`,
        en: `the workbook already had sheets of those names (left untouched), so the template went to ${list}`,
      }
    : { th: `สร้างแม่แบบแล้ว: แผ่นงาน ${list}`, en: `template inserted: sheets ${list}` };
  return { sheets, tables, renamed, message };
}

const META_NAME = new RegExp(`^${SHEETS.meta.name}(?: \\((\\d+)\\))?$`);

function metaCandidates(sheets: readonly string[]): string[] {
  return sheets.filter((s) => META_NAME.test(s));
}

/** The templates a workbook holds, in tab order. */
export async function listTemplates(port: WorkbookPort): Promise<TemplateRef[]> {
  const candidates = metaCandidates((await port.inventory()).sheets);
  if (candidates.length === 0) return [];
  const grids = await port.readSheets(candidates);
  return candidates.flatMap((name) => {
    const { meta } = readMeta(name, grids.get(name));
    return meta ? [{ meta: name, sheets: meta.sheets, framework: meta.framework, agency: meta.agency, fiscalYear: meta.fiscalYear }] : [];
  });
}

/**
 * Reads the plan of a template back, with locate() for validatePlan and the problems met in its
 * cells. Throws NotATemplateError only when the workbook holds no template at all or names a
 * framework that is neither stored nor shipped; what a cell holds never throws.
 * With several templates in one workbook, reads the last one unless `options.meta` names one.
 */
export async function readTemplate(port: WorkbookPort, options: ReadOptions = {}): Promise<WorkbookPlan> {
  const sheets = (await port.inventory()).sheets;
  const candidates = options.meta ? sheets.filter((s) => same(s, options.meta as string)) : metaCandidates(sheets);
  const metaName = candidates[candidates.length - 1];
  if (metaName === undefined) {
    throw new NotATemplateError(
      `ไม่พบแผ่นงาน "${options.meta ?? SHEETS.meta.name}" สมุดงานนี้ไม่ได้สร้างจากแม่แบบตัวชี้วัด / ` +
        `no sheet "${options.meta ?? SHEETS.meta.name}": this workbook was not made from a KPI template`,
    );
  }
  const metaGrid = (await port.readSheets([metaName])).get(metaName);
  const { meta, issues: metaIssues } = readMeta(metaName, metaGrid);
  if (!meta) {
    throw new NotATemplateError(
      `แผ่นงาน "${metaName}" ไม่มีข้อมูลแม่แบบ / sheet "${metaName}" holds no template metadata`,
      metaIssues,
    );
  }
  const framework = frameworkOf(meta);
  const issues: ReadIssue[] = [...metaIssues];
  if (meta.layoutVersion !== null && meta.layoutVersion > LAYOUT_VERSION) {
    issues.push(readIssue("NEWER_LAYOUT", { sheet: metaName, cell: "B1" }, { found: String(meta.layoutVersion), known: String(LAYOUT_VERSION) }));
  }
  const names = SHEET_IDS.filter((id) => id !== "meta").map((id) => meta.sheets[id]);
  const grids = await port.readSheets(names);
  const read = readPlanFromGrids(meta, framework, grids);
  return { plan: read.plan, framework, locate: read.locate, issues: [...issues, ...read.issues], sheets: meta.sheets };
}

/** The framework stored in the workbook (as it was when the template was made), else the shipped one. */
function frameworkOf(meta: TemplateMeta): Framework {
  if (meta.frameworkJson) {
    try {
      const parsed = Framework.safeParse(JSON.parse(meta.frameworkJson));
      if (parsed.success) return parsed.data;
    } catch {
      // fall back to the shipped framework of that id
    }
  }
  const shipped = findFramework(meta.framework);
  if (shipped) return shipped;
  throw new NotATemplateError(
    `ไม่รู้จักกรอบการประเมิน "${meta.framework}" ของแม่แบบนี้ / unknown framework "${meta.framework}" in this template`,
  );
}
