// Reads a plan from an .xlsx workbook made from a template (kpi template, the add-in, kpi import):
// the READERS entry for ".xlsx". Findings of `kpi validate` then name 'Sheet'!Cell. Loaded with
// import() by the commands that read a workbook: it brings exceljs.
import type { WorkbookPlan } from "../layout/types";
import { NotATemplateError, readTemplate } from "../template/template";
import { XlsxWorkbook } from "../xlsx/workbook";
import { readInput } from "./io";
import { workbookSeal } from "./seal";
import { CliError } from "./lang";
import type { LoadedPlan } from "./readPlan";

/** The whole read: plan, framework, locate, the problems met in cells, the sheet names. */
export async function readXlsxTemplate(path: string): Promise<WorkbookPlan> {
  return (await openXlsxTemplate(path)).read;
}

/** The workbook and its read, for callers that look at more than the plan (the seal). */
async function openXlsxTemplate(path: string): Promise<{ workbook: XlsxWorkbook; read: WorkbookPlan }> {
  const bytes = await readInput(path);
  let workbook: XlsxWorkbook;
  try {
    workbook = await XlsxWorkbook.fromBuffer(bytes);
  } catch (e) {
    throw new CliError(`${path} ไม่ใช่ไฟล์ .xlsx ที่อ่านได้ / ${path} is not a readable .xlsx file: ${(e as Error).message}`, 2);
  }
  try {
    return { workbook, read: await readTemplate(workbook) };
  } catch (e) {
    if (e instanceof NotATemplateError) throw new CliError(`${path}: ${e.message}`, 2);
    throw e;
  }
}

/**
 * The READERS entry: the plan, locate, the problems met in cells (each command shows them), and
 * the seal check on the workbook already in memory, so the file is read once.
 */
export async function readXlsxPlan(path: string): Promise<LoadedPlan> {
  const { workbook, read } = await openXlsxTemplate(path);
  return {
    plan: read.plan,
    locate: read.locate,
    issues: read.issues,
    seal: () => workbookSeal(workbook, read.plan, read.sheets.meta),
  };
}
