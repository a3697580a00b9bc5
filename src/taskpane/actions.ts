// What the pane does only when the user asks: insert a template (the whole sheet renderer and the
// LAMBDA formulas), refresh the summary sheets, add a KPI row, compare the template's formulas
// with the cells (the full check and the seal: it renders the template again), and seal. Webpack puts this module in a
// chunk of its own, fetched the first time one of them is used (see loadActions.ts), so none of it
// is loaded before the pane is usable.
import { frameworkDifferences } from "../core/frameworks/differences";
import { findFramework } from "../core/frameworks/shipped";
import { newPlan as planOf } from "../core/plan/standard";
import { LAYOUT_VERSION } from "../layout/layout";
import type { TemplateMeta } from "../layout/read";
import { makeSeal, type Seal } from "../seal/seal";
import { sealBlock } from "../seal/writeSeal";
import type { CellValue, Grid } from "../workbook/model";
import type { Framework } from "../core/schema/framework";
import type { Plan } from "../core/schema/plan";
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

/** A new plan of the shipped framework `id` for an agency, with that framework whole. */
async function newPlan(id: string, agency: string): Promise<{ plan: Plan; framework: Framework }> {
  const framework = findFramework(id);
  if (!framework) throw new Error(`ไม่มีกรอบการประเมิน "${id}" ในโปรแกรมนี้ / no framework "${id}" is shipped with this program`);
  return { plan: planOf(framework, agency), framework };
}

/** The seal of a plan just checked, and the cells of its metadata sheet that store it (over an older seal, else after the last used row). */
async function sealOf(
  checked: { plan: Plan; framework: Framework; meta: Pick<TemplateMeta, "frameworkJson">; metaGrid: Grid | undefined },
  now: Date,
): Promise<{ seal: Seal; block: { address: string; values: CellValue[][] } }> {
  const seal = await makeSeal({ plan: checked.plan, frameworkJson: checked.meta.frameworkJson }, { framework: checked.framework.id, layoutVersion: LAYOUT_VERSION, now });
  return { seal, block: sealBlock(checked.metaGrid, seal) };
}

export const actions = { insertTemplate, refreshSummaries, addKpiRow, formulaIssues, newPlan, sealOf };

export type Actions = typeof actions;
