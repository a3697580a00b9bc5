// The Office.js adapter of the workbook port, for the add-in. The task pane calls these and
// nothing else from Office.js for templates; everything is batched: a constant number of
// context.sync() calls per operation, whatever the number of KPIs.
//
//   const port = createOfficePort();                  // Excel.run behind the scenes
//   await insertTemplate(port, plan, framework);       // from src/workbook/template
//   const { plan, locate, issues } = await readTemplate(port);
import type { WorkbookPort } from "../workbook/port";
import type { ExcelRun } from "./types";

export type { ExcelRun } from "./types";

/**
 * The port over the open workbook. `run` is Excel.run (the default) or a test double with the
 * same shape; every port method is one Excel.run batch.
 */
export function createOfficePort(_run?: ExcelRun): WorkbookPort {
  throw new Error("createOfficePort: not implemented yet");
}
