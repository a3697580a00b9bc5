// The summaries as render models, like src/layout renders templates: the same sheets go into the
// open workbook (Office.js) and into .xlsx files (exceljs). Three sheets, each marked generated
// (see marker.ts), protected without a password (they are outputs: refresh, do not edit) and set
// up to print on A4:
//   - แบบสรุปตัวชี้วัด   the KPI summary form: per component heading, KPI, baseline, target, weight;
//   - สรุปคะแนน          per-component subtotals and the total out of 100 (3 decimals), the
//                        agency's self-assessment beside the committee's score;
//   - กราฟคะแนน          scores by component: a data table and, where the host can draw one (Excel
//                        through the add-in), a clustered column chart over it (see ChartSpec);
//   - แบบสรุปผลคะแนน (ครึ่งปี / สิ้นปี)  the official result form of each round with results:
//                        the table of scores, then a page per sub-component with the evaluators'
//                        texts and signature block.
// The score summary and the chart show one round: the latest with results unless asked.
//
// types.ts names what goes in and out; sheet.ts is what the sheets share; one file per sheet:
// kpis.ts, scores.ts, chart.ts, form.ts.
import { FONT } from "../layout/layout";
import { TextTooLongError, type TooLong } from "../layout/render/tooLong";
import type { SheetRender } from "../workbook/model";
import { roundHasResults, roundsOf } from "../core/plan/rounds";
import type { RoundId } from "../core/schema/common";
import type { Framework } from "../core/schema/framework";
import type { Plan } from "../core/schema/plan";
import { renderChart } from "./chart";
import { renderForm } from "./form";
import { renderKpis } from "./kpis";
import { renderScores } from "./scores";
import { DEFAULT_SUMMARY_NAMES, type Summaries, type SummaryNames, type SummaryOptions } from "./types";

export { chartLabel } from "./chart";
export { renderForm } from "./form";
export { DEFAULT_SUMMARY_NAMES, type ChartSpec, type Summaries, type SummaryNames, type SummaryOptions } from "./types";

/** TextTooLongError naming every summary's long cells, not only the first sheet's. */
export function renderSummaries(o: SummaryOptions): Summaries {
  const names = { ...DEFAULT_SUMMARY_NAMES, ...o.names };
  const font = o.font ?? FONT.primary;
  const long: TooLong[] = [];
  const each = <T>(render: () => T): T | null => {
    try {
      return render();
    } catch (e) {
      if (!(e instanceof TextTooLongError)) throw e;
      long.push(...e.cells);
      return null;
    }
  };
  const kpis = each(() => renderKpis(o, names.kpis, font));
  const scores = each(() => renderScores(o, names.scores, font));
  const chart = each(() => renderChart(o, names.chart, font));
  const forms = (o.forms ?? formRounds(o.plan, o.framework)).map((round) => each(() => renderForm(o, round, names.forms[round], font)));
  if (kpis === null || scores === null || chart === null || forms.includes(null)) throw new TextTooLongError(long, "summary");
  return {
    model: { sheets: [kpis, scores, chart.sheet, ...(forms as SheetRender[])], names: [] },
    charts: [chart.chart],
    names,
  };
}

/** The rounds of the framework that have results or reviews: each gets its result form. */
export function formRounds(plan: Plan, framework: Framework): RoundId[] {
  return roundsOf(framework)
    .map((r) => r.id)
    .filter((r) => roundHasResults(plan, r) || (plan.reviews ?? []).some((v) => v.round === r));
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
  return {
    kpis: pick(DEFAULT_SUMMARY_NAMES.kpis),
    scores: pick(DEFAULT_SUMMARY_NAMES.scores),
    chart: pick(DEFAULT_SUMMARY_NAMES.chart),
    forms: { mid: pick(DEFAULT_SUMMARY_NAMES.forms.mid), end: pick(DEFAULT_SUMMARY_NAMES.forms.end) },
  };
}
