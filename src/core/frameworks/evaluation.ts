// The shipped frameworks without the year's information (evaluationPart.ts): what defines the
// evaluation. The one read compares a workbook's stored framework with these (FRAMEWORK_DIFFERS)
// and falls back on them when none is stored; the task pane fetches them only then (see
// src/taskpane/shippedFrameworks.ts), and the template it inserts stores the whole framework,
// fetched with the insert (shipped.ts).
import { Framework } from "../schema/framework";
import { frameworkDifferences } from "./differences";
import { EVALUATION_FRAMEWORKS_RAW } from "./registry.evaluation";

export const EVALUATION_FRAMEWORKS: readonly Framework[] = EVALUATION_FRAMEWORKS_RAW.map((raw) => Framework.parse(raw));

export function findEvaluationFramework(id: string): Framework | undefined {
  return EVALUATION_FRAMEWORKS.find((f) => f.id === id);
}

/** The shipped frameworks and the comparison with them, as the one read takes them. */
export const SHIPPED_FRAMEWORKS = { find: findEvaluationFramework, differences: frameworkDifferences };
