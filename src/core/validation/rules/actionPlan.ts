import type { PlannedMonth } from "../../schema/plan";
import { monthName } from "../../thai/calendar";
import type { Finding } from "../finding";
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

export const stepCumulative: Rule = ({ plan }) => {
  const out: Finding[] = [];
  plan.actionPlan.forEach((entry, e) => {
    let running = 0;
    entry.steps.forEach((step, s) => {
      running += num(step.percent) ?? 0;
      const actual = num(step.cumulative);
      if (actual === null || same(actual, running, 1e-6)) return;
      out.push(
        finding("STEP_CUMULATIVE", { kpi: entry.kpi, field: `actionPlan[${e}].steps[${s}].cumulative` }, {
          project: entry.project,
          step: num(step.no) ?? s + 1,
          actual,
          expected: running,
        }),
      );
    });
  });
  return out;
};

/** Whether a planned month lies inside the fiscal year (Oct of FY−1 … Sep of FY). */
function inside(m: PlannedMonth, fiscalYear: number): boolean {
  if (typeof m === "string" || m === null) return true; // NOT_A_NUMBER says it
  const month = typeof m === "number" ? m : num(m.month);
  if (month === null || !Number.isInteger(month) || month < 1 || month > 12) return false;
  if (typeof m === "number") return true;
  return month >= 10 ? m.year === fiscalYear - 1 : m.year === fiscalYear;
}

/** How a month outside the fiscal year is shown: "ต.ค. 2567", or what was written ("13"). */
function monthLabel(m: PlannedMonth): string {
  if (typeof m === "string" || m === null) return "";
  const month = typeof m === "number" ? m : num(m.month);
  if (month === null || !Number.isInteger(month) || month < 1 || month > 12) {
    return String(typeof m === "number" ? m : (m.month ?? "?"));
  }
  const label = monthName(month).abbr;
  return typeof m === "number" ? label : `${label} ${m.year}`;
}

export const stepMonths: Rule = ({ plan }) => {
  const out: Finding[] = [];
  plan.actionPlan.forEach((entry, e) => {
    entry.steps.forEach((step, s) => {
      step.months.forEach((m, i) => {
        if (inside(m, plan.fiscalYear)) return;
        out.push(
          finding("STEP_MONTHS", { kpi: entry.kpi, field: `actionPlan[${e}].steps[${s}].months[${i}]` }, {
            project: entry.project,
            step: num(step.no) ?? s + 1,
            month: monthLabel(m),
            fiscalYear: plan.fiscalYear,
          }),
        );
      });
    });
  });
  return out;
};

export const budgetTotal: Rule = ({ plan }) => {
  const stated = num(plan.budgetTotal);
  if (stated === null) return [];
  const sum = sumOf(plan.actionPlan.map((a) => num(a.budget) ?? 0));
  return same(stated, sum, 0.005) ? [] : [finding("BUDGET_TOTAL", { field: "budgetTotal" }, { stated, sum })];
};
