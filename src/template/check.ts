// The check of a plan, the same for the task pane and the command line: the core's rules over the
// plan read, merged with the problems met reading it (and, in the pane, cells pasted past Excel's
// data validation) into one ordered list; the weights per component the rules judged; the seal.
import type { Framework } from "../core/schema/framework";
import type { Plan } from "../core/schema/plan";
import type { WeightSummary } from "../core/plan/weights";
import { withoutReadRepeats } from "../core/validation/repeats";
import { checkPlan } from "../core/validation/validate";
import type { Locate, ReadIssue } from "../layout/types";
import { checkSeal, type SealCheck } from "../seal/seal";
import type { CellRef, Grid } from "../workbook/model";
import { collectFindings, type PlanFinding } from "./findings";
import type { TemplateRead } from "./read";

export interface PlanCheckResult {
  findings: PlanFinding[];
  weights: WeightSummary;
  errors: number;
  warnings: number;
}

export interface CheckInput {
  plan: Plan;
  framework: Framework;
  locate?: Locate;
  issues?: readonly ReadIssue[];
  /** Cells breaking Excel's own data validation, with the grids that show their values (the pane). */
  invalid?: readonly CellRef[];
  grids?: ReadonlyMap<string, Grid>;
}

/** Checks any plan: read from a workbook (with its read issues and cells) or from JSON. */
export function checkAnyPlan(input: CheckInput): PlanCheckResult {
  const { findings: rules, weights } = checkPlan(input.plan, input.framework, input.locate ? { locate: input.locate } : {});
  const findings = collectFindings({
    // A duplicate id in a workbook is said once, by the read issue that names its cell.
    findings: withoutReadRepeats(rules, input.issues ?? []),
    ...(input.issues ? { issues: input.issues } : {}),
    ...(input.invalid ? { invalid: input.invalid } : {}),
    ...(input.grids ? { grids: input.grids } : {}),
  });
  const errors = findings.filter((f) => f.severity === "error").length;
  return { findings, weights, errors, warnings: findings.length - errors };
}

export interface TemplateCheckResult extends PlanCheckResult {
  /** The workbook's seal against the plan as it is now ("none" without a seal). */
  seal: SealCheck;
}

/** Checks a template read by readTemplateGrids / readTemplate. */
export async function checkTemplate(read: TemplateRead, extra: Pick<CheckInput, "invalid" | "grids"> = {}): Promise<TemplateCheckResult> {
  return {
    ...checkAnyPlan({ plan: read.plan, framework: read.framework, locate: read.locate, issues: read.issues, ...extra }),
    // The digest is computed only when there is a seal to compare with.
    seal: await checkSeal({ plan: read.plan, frameworkJson: read.meta.frameworkJson }, read.seal),
  };
}
