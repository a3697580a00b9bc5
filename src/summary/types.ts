// What the summaries are made from and what they give: names, options, the render model and
// the charts the Office.js session draws.
import type { RoundId } from "../core/schema/common";
import type { Framework } from "../core/schema/framework";
import type { Plan } from "../core/schema/plan";
import type { ChartSpec, RenderModel } from "../workbook/model";

export type { ChartSpec } from "../workbook/model";

export interface SummaryNames {
  kpis: string;
  scores: string;
  chart: string;
  /** The official result form of each round. */
  forms: Record<RoundId, string>;
}

export const DEFAULT_SUMMARY_NAMES: SummaryNames = {
  kpis: "แบบสรุปตัวชี้วัด",
  scores: "สรุปคะแนน",
  chart: "กราฟคะแนน",
  forms: { mid: "แบบสรุปผลคะแนน (ครึ่งปี)", end: "แบบสรุปผลคะแนน (สิ้นปี)" },
};


export interface Summaries {
  model: RenderModel;
  charts: ChartSpec[];
  names: SummaryNames;
}

export interface SummaryOptions {
  plan: Plan;
  framework: Framework;
  /** The metadata sheet of the template the plan was read from (recorded in each marker). */
  template: string;
  generatedAt: Date;
  names?: Partial<SummaryNames>;
  font?: string;
  /** The round of the score summary and the chart; default: the latest round with results. */
  round?: RoundId;
  /** The rounds that get a result form; default: those with results or reviews. */
  forms?: readonly RoundId[];
}
