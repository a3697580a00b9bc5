// The template's own formulas, computed in TypeScript exactly as the workbook computes them.
// Writing uses them to decide whether a formula reproduces what the plan states (then the formula
// is written) and reading uses them to give a formula cell its value without a spreadsheet
// engine, so that every adapter (Office.js, .xlsx, memory) reads the same plan.

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Rubric points: =IF(OR(weight="",percent=""),"",weight*percent/100). */
export function mirrorPoints(weight: unknown, percent: unknown): number | null {
  return isNum(weight) && isNum(percent) ? (weight * percent) / 100 : null;
}

/**
 * Cumulative step share: =IF(percent="","",IF(ISNUMBER(above),above,0)+percent), where `above`
 * is the cumulative figure of the step before (none for the first step of a project).
 */
export function mirrorCumulative(above: unknown, percent: unknown): number | null {
  if (!isNum(percent)) return null;
  return (isNum(above) ? above : 0) + percent;
}
