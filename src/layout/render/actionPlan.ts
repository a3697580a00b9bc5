// Sheet 4, the action plan: a row per project, then its steps with their share, the cumulative
// share (a formula unless the plan states another) and the months as a bar chart; the budget total.
import type { ActionPlanEntry } from "../../core/schema/plan";
import type { SheetRender } from "../../workbook/model";
import { cellAddress, rangeAddress } from "../../workbook/a1";
import { actionPlanColumns, BAR_MARK, BUDGET_TOTAL_LABEL, COLOURS, FIRST_DATA_ROW } from "../layout";
import { mirrorCumulative } from "../mirror";
import { formatOtherMonths, isBarMonth } from "../text";
import { addTable, finish, numericCell, SheetBuilder, stated, textCell, titleBlock } from "./builder";
import type { Ctx } from "./context";
import { column } from "./formulas";

export function renderActionPlan(ctx: Ctx): SheetRender {
  const b = new SheetBuilder(ctx.sheets.actionPlan, actionPlanColumns(ctx.plan.fiscalYear));
  titleBlock(b, ctx, "actionPlan");
  const pct = b.letter("percent");
  const cum = b.letter("cumulative");
  // The same formula on every row (a calculated column): a row without a step share is blank,
  // a step adds its share to the cumulative figure of the row above (0 below a project row).
  const cumulativeAt = (row: number): string => {
    const r = row + 1;
    return `=IF(${pct}${r}="","",IF(ISNUMBER(${cum}${r - 1}),${cum}${r - 1},0)+${pct}${r})`;
  };
  let row = FIRST_DATA_ROW;
  for (const entry of ctx.plan.actionPlan) row = writeEntry(b, row, entry, cumulativeAt);
  if (row === FIRST_DATA_ROW) {
    b.set(row, "cumulative", { formula: cumulativeAt(row), value: "" });
    row++;
  }
  const lastRow = row - 1;
  addTable(b, ctx.tables.actionPlan, lastRow);
  b.conditionalFormats.push({
    range: rangeAddress(FIRST_DATA_ROW, b.col("month:10"), lastRow, b.col("month:9")),
    formula: `=LEN(TRIM(${b.letter("month:10")}${FIRST_DATA_ROW + 1}))>0`,
    style: { fill: COLOURS.bar, fontColor: COLOURS.bar },
  });
  b.set(row, "project", BUDGET_TOTAL_LABEL);
  const total = ctx.plan.budgetTotal;
  if (total === undefined || total === null) {
    const sum = ctx.plan.actionPlan.reduce((s, e) => s + (typeof e.budget === "number" ? e.budget : 0), 0);
    b.set(row, "budget", { formula: `=SUBTOTAL(109,${column(ctx.tables.actionPlan, b.header("budget"))})`, value: sum });
  } else {
    b.set(row, "budget", numericCell(total));
    stated(b, row, "budget");
  }
  b.style(rangeAddress(row, 0, row, b.lastColumn), { font: { bold: true }, fill: COLOURS.total, locked: true, border: "thin" });
  b.style(cellAddress(row, b.col("budget")), { numberFormat: "#,##0.00" });
  return finish(b, "actionPlan", ctx, lastRow);
}

function writeEntry(b: SheetBuilder, start: number, entry: ActionPlanEntry, cumulativeAt: (row: number) => string): number {
  let row = start;
  b.set(row, "kpi", textCell(entry.kpi));
  b.set(row, "project", textCell(entry.project));
  b.set(row, "budget", numericCell(entry.budget));
  b.set(row, "division", textCell(entry.division));
  b.set(row, "cumulative", { formula: cumulativeAt(row), value: "" });
  b.style(rangeAddress(row, 0, row, b.lastColumn), { font: { bold: true } });
  row++;
  let previous: number | string | null = null;
  for (const step of entry.steps) {
    b.set(row, "no", numericCell(step.no));
    b.set(row, "step", textCell(step.text));
    b.set(row, "percent", numericCell(step.percent));
    const expected = mirrorCumulative(previous, step.percent);
    if (step.cumulative === expected) {
      b.set(row, "cumulative", { formula: cumulativeAt(row), value: expected ?? "" });
    } else {
      b.set(row, "cumulative", numericCell(step.cumulative));
      stated(b, row, "cumulative");
    }
    previous = step.cumulative;
    const others = step.months.filter((m) => !isBarMonth(m));
    for (const m of step.months) if (isBarMonth(m)) b.set(row, `month:${m}`, BAR_MARK);
    b.set(row, "otherMonths", others.length > 0 ? formatOtherMonths(others) : null);
    row++;
  }
  return row;
}
