// The part of a framework that defines the evaluation — components, KPI counts, weights, standard
// KPIs, ladder, floor — without the year's information (focus issues, calendar, notes, sources).
// What FRAMEWORK_DIFFERS compares, and what a shipped framework's digest covers.
import type { Framework } from "../schema/framework";
import { YEAR_KEYS } from "./registry.index";

export function evaluationPart(framework: Framework): Framework {
  const out: Record<string, unknown> = { ...framework };
  for (const k of YEAR_KEYS) delete out[k];
  return out as Framework;
}
