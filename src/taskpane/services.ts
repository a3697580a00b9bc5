// The pane's domain services, grouped by concern: frameworks, the check, scores, the seal, the
// workbook's templates and summaries, the custom functions' defaults, and the importer. Everything
// that knows plans, frameworks, sheets and Excel sits behind this object — the core (zod,
// frameworks, validation, scoring), the layout, the one read and check of a template, the seal and
// the Office.js adapters — so webpack puts it in a chunk of its own, fetched while Office starts up
// (loadServices.ts), and the pane's first script stays small. Components reach it through context
// (useServices) and never import it directly.
import { latestRound, roundName } from "../core/plan/rounds";
import type { Framework } from "../core/schema/framework";
import { planReport } from "../core/scoring/report";
import { formatScore } from "../core/scoring/round";
import { setDefaultLadder } from "../runtime/functionDefaults";
import { sealTime } from "../seal/seal";
import { listTemplates } from "../template/list";
import { groupFindings } from "./check/groups";
import { LiveCheck } from "./check/live";
import { PlanChecker } from "./check/checker";
import { resolveHost } from "./host";
import { loadBasket } from "./basket/loadBasket";
import { loadImporter } from "./importer/loadImporter";
// Inserting templates and rendering summaries: async, from a chunk fetched on first use.
import { addKpiRow, insertTemplate, loadFormulaCheck, newPlan, refreshSummaries, sealOf } from "./loadActions";
import { findShipped, shippedList } from "./shippedFrameworks";

/**
 * The custom functions (same runtime) take their default ladder from the plan the pane has open,
 * so that =KPI.SCORE(…) without a ladder scores as the plan's framework does.
 */
function applyFramework(framework: Framework): void {
  setDefaultLadder(framework.ladder, { floor: framework.floor, frameworkId: framework.id });
}

export const services = {
  /** The shipped frameworks as listed at start-up (shippedFrameworks.ts): inserting stores them whole. */
  frameworks: { all: shippedList, find: findShipped },
  check: { PlanChecker, LiveCheck, groupFindings, loadFormulaCheck },
  scores: { planReport, formatScore, latestRound, roundName },
  /** Sealing itself is in the actions chunk, which the check before sending has fetched already (formulas). */
  seal: { sealOf, sealTime },
  workbook: { listTemplates, insertTemplate, newPlan, refreshSummaries, addKpiRow },
  functions: { applyFramework },
  host: { resolveHost },
  /** The importer, in a chunk of its own fetched when the Import screen opens. */
  loadImporter,
  /** The KPI basket's reading and search, in a chunk of its own fetched when a basket file is opened. */
  loadBasket,
};

export type Services = typeof services;
