// What the pane does only when the user asks: insert a template (the whole sheet renderer and the
// LAMBDA formulas), refresh the summary sheets and add a KPI row. Webpack puts this module in a chunk of its own,
// fetched the first time one of them is used (see loadActions.ts), so none of it is loaded before
// the pane is usable.
import { addKpiRow } from "../template/addKpi";
import { insertTemplate } from "../template/insert";
import { refreshSummaries } from "../template/summaries";

export const actions = { insertTemplate, refreshSummaries, addKpiRow };

export type Actions = typeof actions;
