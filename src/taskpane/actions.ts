// What the pane does only when the user asks: insert a template (the whole sheet renderer and the
// LAMBDA formulas), refresh the summary sheets, add a KPI row, and compare the template's formulas
// with the cells (the full check and the seal: it renders the template again). Webpack puts this module in a
// chunk of its own, fetched the first time one of them is used (see loadActions.ts), so none of it
// is loaded before the pane is usable.
import { frameworkDifferences } from "../core/frameworks/differences";
import { findFramework } from "../core/frameworks/shipped";
import type { Framework } from "../core/schema/framework";
import { addKpiRow } from "../template/addKpi";
import { formulaIssues } from "../template/formulas";
import { insertTemplate as insert } from "../template/insert";
import { refreshSummaries } from "../template/summaries";

/**
 * The pane offers the shipped frameworks without the year's information (they load at start-up);
 * a template stores its framework whole — focus issues and calendar included — so a shipped one is
 * taken whole from here, where the full data loads with the insert.
 */
export function wholeFramework(framework: Framework): Framework {
  const shipped = findFramework(framework.id);
  return shipped && frameworkDifferences(framework, shipped).length === 0 ? shipped : framework;
}

const insertTemplate = (...[port, plan, framework, options]: Parameters<typeof insert>): ReturnType<typeof insert> =>
  insert(port, plan, wholeFramework(framework), options);

export const actions = { insertTemplate, refreshSummaries, addKpiRow, formulaIssues };

export type Actions = typeof actions;
