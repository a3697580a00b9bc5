// plan → RenderModel: every cell, format, validation, table and name of a template, computed
// from the layout (layout.ts) and the plan. Pure: the adapters apply the result.
//
// Decisions that make plan → workbook → plan lossless (see canonical.ts for the few things a
// workbook cannot tell apart):
// - A rubric's points, a step's cumulative percentage and a KPI's weighted scores are formulas,
//   unless the plan states a value the formula would not give (a stale score, points that break
//   weight × percent): then that value is written, tinted, so validation finds it where it is.
//   A weighted score the plan states is always written as a value; a formula reads as "no
//   stored score" (the workbook computes it).
// - Rows for KPIs a component still lacks (up to the framework's count) are written blank with
//   their id; reading skips rows that hold nothing but that.
//
// context.ts groups the KPIs; builder.ts is a sheet under construction; one file per sheet:
// register.ts, rubric.ts, evaluation.ts, reviews.ts, actionPlan.ts, meta.ts; the score formulas
// come from ../scoreFormula.ts.
import type { Framework } from "../../core/schema/framework";
import type { Plan } from "../../core/schema/plan";
import type { NameSpec, RenderModel, SheetRender } from "../../workbook/model";
import { FRAMEWORK_NAME } from "../../workbook/names";
import { buildWorkbookLambdas } from "../lambdas";
import { DEFAULT_SHEET_NAMES, DEFAULT_TABLES, FONT, SHEET_IDS, type SheetId } from "../layout";
import type { RenderOptions } from "../types";
import { renderActionPlan } from "./actionPlan";
import { groupKpis, roundsToRender, type Ctx } from "./context";
import { renderEvaluation } from "./evaluation";
import { renderFocus } from "./focus";
import { renderMeta } from "./meta";
import { renderRegister } from "./register";
import { renderReviews } from "./reviews";
import { renderRubric } from "./rubric";
import { TextTooLongError } from "./tooLong";

export { DEFAULT_SHEET_NAMES } from "../layout";
export { TextTooLongError } from "./tooLong";

/** One renderer per sheet of the layout (sheets.ts); the model lists them in tab order. */
const RENDERERS: Record<SheetId, (ctx: Ctx) => SheetRender> = {
  register: renderRegister,
  rubric: renderRubric,
  evaluation: renderEvaluation,
  reviews: renderReviews,
  actionPlan: renderActionPlan,
  focus: renderFocus,
  meta: renderMeta,
};

/** Renders a plan as a template; TextTooLongError when a text is longer than a cell holds. */
export function renderTemplate(plan: Plan, options: RenderOptions): RenderModel {
  const ctx: Ctx = {
    plan,
    framework: options.framework,
    sheets: { ...DEFAULT_SHEET_NAMES, ...options.sheets },
    tables: { ...DEFAULT_TABLES, ...options.tables },
    font: options.font ?? FONT.primary,
    groups: groupKpis(plan, options.framework),
    rounds: roundsToRender(plan, options.framework),
    options,
    tooLong: [],
  };
  const sheets = SHEET_IDS.map((id) => RENDERERS[id](ctx));
  if (ctx.tooLong.length > 0) throw new TextTooLongError(ctx.tooLong);
  return { sheets, names: lambdaNames(ctx.framework) };
}


/**
 * Workbook names: KPISCORE and KPIPOINTS (LAMBDA, with the framework's ladder as default) and
 * KPI_FRAMEWORK, the framework id as a text constant, for the add-in's custom functions.
 */
function lambdaNames(framework: Framework): NameSpec[] {
  const ladder = framework.ladder as unknown as readonly [number, number, number, number, number];
  // KPI_FRAMEWORK first: an Excel that refuses LAMBDA still gets it.
  return [
    { name: FRAMEWORK_NAME, formula: `="${framework.id}"`, comment: "กรอบการประเมินของสมุดงาน / the workbook's evaluation framework" },
    ...buildWorkbookLambdas({ ladder }).map((l) => ({ name: l.name, formula: l.formula, comment: l.comment })),
  ];
}
