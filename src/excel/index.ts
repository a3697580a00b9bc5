// The Office.js side of the templates, for the add-in's task pane. Office.js calls for templates
// live here and nowhere else; the task pane gets a port and calls the template functions:
//
//   import { createOfficePort, insertTemplate, readTemplate } from "./index";
//   const port = createOfficePort();                         // Excel.run behind the scenes
//   const { sheets, renamed, message } = await insertTemplate(port, plan, framework);
//   const { plan, locate, issues } = await readTemplate(port);
//   const findings = validatePlan(plan, framework, { locate }); // findings name sheet + cell
//
// Each call spends a fixed number of context.sync() calls, whatever the number of KPIs:
// insertTemplate 4 (inventory; check, write, names), readTemplate 3 (inventory, metadata, sheets).
export { createOfficePort, officeCell, structuredToA1 } from "./officePort";
export type { ExcelRun } from "./types";
export {
  insertTemplate,
  listTemplates,
  readTemplate,
  NotATemplateError,
  SheetConflictError,
  type InsertOptions,
  type InsertResult,
  type ReadOptions,
  type TemplateRef,
} from "../template/template";
export { SheetExistsError, type WorkbookPort } from "../workbook/port";
export type { ReadIssue, WorkbookPlan, SheetNames } from "../layout/types";
