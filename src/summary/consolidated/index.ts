// The consolidated workbook of a collection (kpi collect -o), as a render model the .xlsx adapter
// writes, like the summary sheets beside it: what arrived (status), scores and ranking, totals
// by agency with a chart, a sheet per component to compare agencies, every KPI, every finding.
// Every agency-supplied text goes in as a string (the adapters write strings as text, never as
// formulas); the formulas are plain A1 functions that any spreadsheet program computes (SUM, IF,
// COUNTIF(S), SUMPRODUCT, ROUND, AVERAGE, MAX, MIN), with the core's values cached.
import type { Collection } from "../../core/collect/types";
import type { ChartSpec, RenderModel } from "../../workbook/model";
import { renderChart } from "./chart";
import { renderComponent } from "./components";
import type { ConsolidatedOptions } from "./frame";
import { renderFindings } from "./findings";
import { renderKpis } from "./kpis";
import { renderScores } from "./scores";
import { renderStatus } from "./status";

export { componentSheet, SHEETS, type ConsolidatedOptions } from "./frame";
export { shortLabel } from "./chart";

export function renderConsolidated(c: Collection, o: ConsolidatedOptions): { model: RenderModel; charts: ChartSpec[] } {
  const scores = renderScores(c, o);
  const chart = renderChart(c, scores.layout, o);
  return {
    model: {
      sheets: [
        renderStatus(c, o),
        scores.sheet,
        chart.sheet,
        ...c.framework.components.map((top, i) => renderComponent(c, top, i, o)),
        renderKpis(c, o),
        renderFindings(c, o),
      ],
      names: [],
    },
    charts: [chart.chart],
  };
}
