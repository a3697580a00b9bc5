// .xlsx files for the command line, tests and other tools:
//
//   const bytes = await templateXlsx(plan, framework);           // a new workbook holding the template
//   const { plan, locate, issues, notes } = await readXlsx(bytes);
//
// For more (a workbook that already has sheets, two templates in one file) use XlsxWorkbook with
// insertTemplate / readTemplate from src/workbook/template.
import type { Framework } from "../core/schema/framework";
import type { Plan } from "../core/schema/plan";
import type { WorkbookPlan } from "../layout/types";
import { insertTemplate, readTemplate, type InsertOptions } from "../template/template";
import { XlsxWorkbook } from "./workbook";

export { XlsxWorkbook } from "./workbook";

/** A new .xlsx file holding `plan` as a template. */
export async function templateXlsx(plan: Plan, framework: Framework, options: InsertOptions = {}): Promise<Buffer> {
  const workbook = XlsxWorkbook.create();
  await insertTemplate(workbook, plan, framework, options);
  return workbook.toBuffer();
}

/** The plan of the (last) template in an .xlsx file. */
export async function readXlsx(bytes: Uint8Array): Promise<WorkbookPlan> {
  return readTemplate(await XlsxWorkbook.fromBuffer(bytes));
}
