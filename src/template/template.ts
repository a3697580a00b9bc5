// Templates through the port: insert a plan's sheets into any workbook without overwriting
// anything, and read a plan back. These are the functions the task pane and the command line call;
// they hold no layout knowledge (src/layout) and no host knowledge (the adapters).
//
// Port round trips: insertTemplate = inventory + addSheets; readTemplate = inventory + the
// metadata sheet + the four sheets. Constant, whatever the number of KPIs.
import { findFramework } from "../core/frameworks";
import { Framework } from "../core/schema/framework";
import { LAYOUT_VERSION, SHEETS } from "../layout/layout";
import { readIssue, readMeta, readPlanFromGrids, type TemplateMeta } from "../layout/read";
import { SHEET_IDS, type ReadIssue, type SheetNames, type WorkbookPlan } from "../layout/types";
import type { WorkbookPort } from "../workbook/port";

// Inserting lives in ./insert (it pulls in the whole sheet renderer); re-exported here so that
// callers keep one import. The task pane imports ./insert itself, in a chunk of its own.
export { chooseNames, insertTemplate, SheetConflictError, type InsertOptions, type InsertResult } from "./insert";

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

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

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
