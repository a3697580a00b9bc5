// Sheet 2, the scoring rubric: five rows per KPI, level 5 first; points are weight × percent
// unless the plan states other points.
import type { RubricLevel } from "../../core/schema/plan";
import type { SheetRender } from "../../workbook/model";
import { cellAddress, rangeAddress } from "../../workbook/a1";
import { FIRST_DATA_ROW, rubricColumns } from "../layout";
import { mirrorPoints } from "../mirror";
import { addTable, finish, numericCell, SheetBuilder, stated, textCell, titleBlock } from "./builder";
import { slotsOf, type Ctx } from "./context";
import { lookup, thisRow } from "./formulas";

/** Where each KPI's level k (1…5) sits on the rubric sheet: A1 cell of its criterion. */
export type LevelRows = Map<string, Map<number, string>>;

export function renderRubric(ctx: Ctx): { sheet: SheetRender; levelRows: LevelRows } {
  const b = new SheetBuilder(ctx.sheets.rubric, rubricColumns());
  titleBlock(b, ctx, "rubric");
  const table = ctx.tables.rubric;
  const ladder = ctx.framework.ladder;
  const levelRows: LevelRows = new Map();
  let row = FIRST_DATA_ROW;
  const weightRef = thisRow(table, b.header("weight"));
  const percentRef = thisRow(table, b.header("percent"));
  const pointsFormula = `=IF(OR(${weightRef}="",${percentRef}=""),"",${weightRef}*${percentRef}/100)`;
  for (const { kpi } of slotsOf(ctx)) {
    const levels = kpi.rubric?.levels ?? [];
    // A KPI without levels gets five blank rows to fill in (level and percentage prefilled).
    const rows: (RubricLevel & { blank?: true })[] =
      levels.length > 0
        ? [...levels].reverse()
        : [5, 4, 3, 2, 1].map((level) => ({ level, percent: ladder[level - 1] as number, points: null, description: "", criterion: null, blank: true }));
    const at = new Map<number, string>();
    levelRows.set(kpi.id, at);
    for (const l of rows) {
      b.set(row, "kpi", kpi.id);
      b.set(row, "name", { formula: lookup(ctx, b, "name", "kpi"), value: kpi.name });
      b.set(row, "weight", { formula: lookup(ctx, b, "weight", "kpi", true), value: numericCell(kpi.weight) });
      b.set(row, "level", numericCell(l.level));
      b.set(row, "percent", numericCell(l.percent));
      b.set(row, "description", textCell(l.description));
      const expected = mirrorPoints(kpi.weight, l.percent);
      if (l.blank || l.points === expected) {
        b.set(row, "points", { formula: pointsFormula, value: expected });
      } else {
        b.set(row, "points", numericCell(l.points));
        stated(b, row, "points");
      }
      b.set(row, "criterion", numericCell(l.criterion));
      if (typeof l.level === "number" && !at.has(l.level)) at.set(l.level, cellAddress(row, b.col("criterion")));
      row++;
    }
  }
  const lastRow = row - 1;
  addTable(b, table, lastRow);
  if (lastRow >= FIRST_DATA_ROW) {
    b.conditionalFormats.push({
      range: rangeAddress(FIRST_DATA_ROW + 1, 0, lastRow, b.lastColumn),
      formula: `=$${b.letter("kpi")}${FIRST_DATA_ROW + 2}<>$${b.letter("kpi")}${FIRST_DATA_ROW + 1}`,
      style: { topBorder: true },
    });
  }
  return { sheet: finish(b, "rubric", ctx, lastRow), levelRows };
}
