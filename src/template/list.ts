// The templates a workbook holds are found by the one read (readCore.ts), so that the task pane's
// choice and the command line's read the same list; kept here for the pane's imports.
export { listTemplates, type TemplateRef } from "./readCore";
