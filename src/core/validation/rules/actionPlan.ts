import type { PlannedMonth } from "../../schema/plan";
import { monthName } from "../../thai/calendar";
import { finding, num, same, sumOf, type Rule } from "../context";

export const stepPercentTotal: Rule = ({ plan }) =>
  plan.actionPlan.flatMap((entry, e) => {
    const stated = entry.steps.map((s) => s.percent);
    // A table without a share column (most bar-chart plans) states nothing to add up.
    if (stated.every((p) => p === null)) return [];
    if (stated.some((p) => typeof p === "string")) return [];
    const missing = entry.steps.findIndex((s) => s.percent === null);
    const total = sumOf(stated.map((p) => num(p) ?? 0));
    if (missing < 0 && same(total, 100, 1e-6)) return [];
    return [
      finding("STEP_PERCENT_TOTAL", { kpi: entry.kpi, field: `actionPlan[${e}].steps` }, {
        kpi: entry.kpi,
        project: entry.project,
        total,
        missing: missing < 0 ? "" : String(num(entry.steps[missing]?.no) ?? missing + 1),
      }),
    ];
  });

export const stepCumulative: Rule = ({ plan }) =>
  plan.actionPlan.flatMap((entry, e) => {
    let running = 0;
    return entry.steps.flatMap((step, s) => {
      running += num(step.percent) ?? 0;
      const actual = num(step.cumulative);
      if (actual === null || same(actual, running, 1e-6)) return [];
      return [
        finding("STEP_CUMULATIVE", { kpi: entry.kpi, field: `actionPlan[${e}].steps[${s}].cumulative` }, {
          project: entry.project,
          step: num(step.no) ?? s + 1,
          actual,
          expected: running,
        }),
      ];
    });
  });

/** A planned month and whether it lies inside the fiscal year (Oct of FY−1 … Sep of FY). */
function inside(m: PlannedMonth, fiscalYear: number): { ok: boolean; label: string } {
  if (typeof m === "string" || m === null) return { ok: true, label: "" }; // NOT_A_NUMBER says it
  const month = typeof m === "number" ? m : num(m.month);
  if (month === null || !Number.isInteger(month) || month < 1 || month > 12) {
    return { ok: false, label: String(typeof m === "number" ? m : (m.month ?? "?")) };
  }
  const label = monthName(month).abbr;
  if (typeof m === "number") return { ok: true, label };
  const ok = month >= 10 ? m.year === fiscalYear - 1 : m.year === fiscalYear;
  return { ok, label: `${label} ${m.year}` };
}

export const stepMonths: Rule = ({ plan }) =>
  plan.actionPlan.flatMap((entry, e) =>
    entry.steps.flatMap((step, s) =>
      step.months.flatMap((m, i) => {
        const r = inside(m, plan.fiscalYear);
        return r.ok
          ? []
          : [
              finding("STEP_MONTHS", { kpi: entry.kpi, field: `actionPlan[${e}].steps[${s}].months[${i}]` }, {
                project: entry.project,
                step: num(step.no) ?? s + 1,
                month: r.label,
                fiscalYear: plan.fiscalYear,
              }),
            ];
      }),
    ),
  );

export const budgetTotal: Rule = ({ plan }) => {
  const stated = num(plan.budgetTotal);
  if (stated === null) return [];
  const sum = sumOf(plan.actionPlan.map((a) => num(a.budget) ?? 0));
  return same(stated, sum, 0.005) ? [] : [finding("BUDGET_TOTAL", { field: "budgetTotal" }, { stated, sum })];
};
