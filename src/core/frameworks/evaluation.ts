// The shipped frameworks without the year's information (focus issues, calendar, notes, sources):
// what defines the evaluation — components, KPI counts, weights, standard KPIs, ladder, floor. The
// task pane loads these at start-up (the whole frameworks would cost it some 16 KB gzip); the
// template it inserts stores the whole framework, fetched with the insert (shipped.ts).
import { Framework } from "../schema/framework";
import { EVALUATION_FRAMEWORKS_RAW, YEAR_KEYS } from "./registry.evaluation";

export { YEAR_KEYS } from "./registry.evaluation";

export const EVALUATION_FRAMEWORKS: readonly Framework[] = EVALUATION_FRAMEWORKS_RAW.map((raw) => Framework.parse(raw));

export function findEvaluationFramework(id: string): Framework | undefined {
  return EVALUATION_FRAMEWORKS.find((f) => f.id === id);
}

/** A framework without the year's information, as evaluation.ts holds the shipped ones. */
export function evaluationPart(framework: Framework): Framework {
  const out: Record<string, unknown> = { ...framework };
  for (const k of YEAR_KEYS) delete out[k];
  return out as Framework;
}
