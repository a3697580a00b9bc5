// Templates through the port: insert a plan's sheets into any workbook without overwriting
// anything, and read a plan back. These are the functions the task pane and the command line call;
// they hold no layout knowledge (src/layout) and no host knowledge (the adapters).
import type { Bilingual } from "../core/schema/common";
import type { Framework } from "../core/schema/framework";
import type { Plan } from "../core/schema/plan";
import type { RenderOptions, SheetNames, WorkbookPlan } from "../layout/types";
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

/** Writes `plan` as a template into the workbook behind `port`. */
export async function insertTemplate(
  _port: WorkbookPort,
  _plan: Plan,
  _framework: Framework,
  _options: InsertOptions = {},
): Promise<InsertResult> {
  throw new Error("insertTemplate: not implemented yet");
}

/** Reads the plan of a template back, with locate() and the problems met in its cells. */
export async function readTemplate(_port: WorkbookPort, _options: ReadOptions = {}): Promise<WorkbookPlan> {
  throw new Error("readTemplate: not implemented yet");
}

/** The templates a workbook holds, oldest first. */
export async function listTemplates(_port: WorkbookPort): Promise<TemplateRef[]> {
  throw new Error("listTemplates: not implemented yet");
}
