// The pane's engine: everything that knows plans, frameworks, sheets and Excel — the core (zod,
// frameworks, validation, scoring), the sheet layout, the live checker, the seal, the summaries
// and the Office.js adapters. Webpack puts it in its own chunk, fetched while Office starts up
// (see loadEngine.ts), so that the pane's first script stays small; components reach it through
// context (useEngine) and never import it directly.
import { findFramework, FRAMEWORKS } from "../core/frameworks";
import type { Framework } from "../core/schema/framework";
import { setDefaultLadder } from "../functions/settings";
import { standardKpis } from "../core/plan/standard";
import { planReport } from "../core/scoring/report";
import { formatScore } from "../core/scoring/round";
import { LAYOUT_VERSION } from "../layout/layout";
import { makeSeal, sealTime } from "../seal/seal";
import { isGeneratedSheet } from "../summary/marker";
import { listTemplates } from "../template/template";
import { PlanChecker } from "./check/checker";
import { groupFindings } from "./check/findings";
import { LiveCheck } from "./check/live";
import { officeHost, resolveHost } from "./host";
// Inserting templates and rendering summaries: async, from a chunk fetched on first use.
import { chooseSummaryNames, insertTemplate, renderSummaries } from "./loadActions";
import { loadImporter } from "./importer/loadImporter";

/**
 * The custom functions (same runtime) take their default ladder from the plan the pane has open,
 * so that =KPI.SCORE(…) without a ladder scores as the plan's framework does.
 */
function applyFrameworkToFunctions(framework: Framework): void {
  setDefaultLadder(framework.ladder, { floor: framework.floor, frameworkId: framework.id });
}

export const engine = {
  applyFrameworkToFunctions,
  FRAMEWORKS,
  findFramework,
  standardKpis,
  planReport,
  formatScore,
  LAYOUT_VERSION,
  makeSeal,
  sealTime,
  isGeneratedSheet,
  chooseSummaryNames,
  renderSummaries,
  insertTemplate,
  listTemplates,
  PlanChecker,
  LiveCheck,
  groupFindings,
  officeHost,
  resolveHost,
  /** The importer, in a chunk of its own fetched when the Import screen opens. */
  loadImporter,
};

export type Engine = typeof engine;
