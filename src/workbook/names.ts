// Workbook-scoped names that the template writes and other parts of the add-in read.

/**
 * The workbook's framework id, as a text constant (="bma-2567-bureau") or a reference to a cell
 * holding it: written by the template (src/layout/render), read by the custom functions' start-up
 * (src/runtime/workbookFramework.ts) to score with the framework's ladder.
 */
export const FRAMEWORK_NAME = "KPI_FRAMEWORK";
