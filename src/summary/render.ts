// The summaries as render models, like src/layout renders templates: the same sheets go into the
// open workbook (Office.js) and into .xlsx files (exceljs). Three sheets, each marked generated
// (see marker.ts), protected without a password (they are outputs: refresh, do not edit) and set
// up to print on A4:
//   - แบบสรุปตัวชี้วัด   the KPI summary form: per component heading, KPI, baseline, target, weight;
//   - สรุปคะแนน          per-component subtotals and the total out of 100 (3 decimals), the
//                        agency's self-assessment beside the committee's score;
//   - กราฟคะแนน          scores by component: a data table and, where the host can draw one (Excel
//                        through the add-in), a clustered column chart over it (see ChartSpec).
//
// types.ts names what goes in and out; sheet.ts is what the three sheets share; one file per
// sheet: kpis.ts, scores.ts, chart.ts.
import { FONT } from "../layout/layout";
import { renderChart } from "./chart";
import { renderKpis } from "./kpis";
import { renderScores } from "./scores";
import { DEFAULT_SUMMARY_NAMES, type Summaries, type SummaryNames, type SummaryOptions } from "./types";

export { chartLabel } from "./chart";
export { DEFAULT_SUMMARY_NAMES, type ChartSpec, type Summaries, type SummaryNames, type SummaryOptions } from "./types";

export function renderSummaries(o: SummaryOptions): Summaries {
  const names = { ...DEFAULT_SUMMARY_NAMES, ...o.names };
  const font = o.font ?? FONT.primary;
  const chart = renderChart(o, names.chart, font);
  return {
    model: { sheets: [renderKpis(o, names.kpis, font), renderScores(o, names.scores, font), chart.sheet], names: [] },
    charts: [chart.chart],
    names,
  };
}

/**
 * Names for a template's summaries: the template's suffix ("ข้อมูลแม่แบบ (2)" → "สรุปคะแนน (2)"),
 * then the first free suffix when a sheet that is not free (a user's) holds the name already.
 */
export function chooseSummaryNames(template: string, isFree: (name: string) => boolean): SummaryNames {
  const suffix = /\((\d+)\)\s*$/.exec(template)?.[1];
  const pick = (base: string): string => {
    const first = suffix ? `${base} (${suffix})` : base;
    if (isFree(first)) return first;
    for (let n = 2; ; n++) {
      const candidate = `${first} (${n})`;
      if (isFree(candidate)) return candidate;
    }
  };
  return { kpis: pick(DEFAULT_SUMMARY_NAMES.kpis), scores: pick(DEFAULT_SUMMARY_NAMES.scores), chart: pick(DEFAULT_SUMMARY_NAMES.chart) };
}
