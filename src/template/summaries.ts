// Refreshing a template's summary sheets: the three generated sheets are replaced, and only sheets
// whose marker cell says they were generated for this template (and still says so when deleted)
// are ever removed; a user's sheet of the same name makes the summary take the next free name.
// Then the chart, where the host draws one.
import type { Framework } from "../core/schema/framework";
import type { Plan } from "../core/schema/plan";
import { isGeneratedSheet, MARKER_CELL } from "../summary/marker";
import { chooseSummaryNames, renderSummaries } from "../summary/render";
import type { WorkbookPort } from "../workbook/port";
import type { OutputPort } from "../workbook/ports";

export interface SummariesRefresh {
  /** The sheets written, in tab order. */
  sheets: string[];
  /** How many generated sheets of an earlier refresh were replaced. */
  replaced: number;
  /** Whether the chart was drawn (hosts without charts keep the data table only). */
  charted: boolean;
}

export async function refreshSummaries(
  ports: { workbook: WorkbookPort; output: OutputPort },
  input: { plan: Plan; framework: Framework; template: string; generatedAt: Date },
): Promise<SummariesRefresh> {
  const markers = await ports.output.cellOfEachSheet(MARKER_CELL);
  const ours = markers.filter((m) => isGeneratedSheet(m.sheet, m.value, input.template));
  const taken = new Set(markers.map((m) => m.sheet.toLowerCase()));
  const mine = new Set(ours.map((m) => m.sheet.toLowerCase()));
  const names = chooseSummaryNames(input.template, (name) => !taken.has(name.toLowerCase()) || mine.has(name.toLowerCase()));
  const summaries = renderSummaries({ ...input, names });
  const removed = await ports.output.deleteSheets(ours.map((m) => ({ sheet: m.sheet, cell: MARKER_CELL, value: m.value })));
  await ports.workbook.addSheets(summaries.model);
  let charted = false;
  try {
    charted = await ports.output.addCharts(summaries.charts);
  } catch {
    // The data table is there either way; the pane says the chart is missing.
    charted = false;
  }
  return { sheets: summaries.model.sheets.map((s) => s.name), replaced: removed.length, charted };
}
