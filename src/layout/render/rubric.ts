// Sheet 2, the scoring rubric: five rows per KPI, level 5 first; points are weight × percent
// unless the plan states other points.
import type { Kpi, RubricLevel } from "../../core/schema/plan";
import type { SheetRender } from "../../workbook/model";
import { cellAddress, rangeAddress } from "../../workbook/a1";
import { FIRST_DATA_ROW, rubricColumns } from "../layout";
import { mirrorPoints } from "../mirror";
import { addTable, finish, numericCell, SheetBuilder, stated, textCell, titleBlock } from "./builder";
import { slotsOf, type Ctx } from "./context";
import { lookup, thisRow } from "./formulas";

/** Where each KPI's level k (1…5) sits on the rubric sheet: A1 cells of its criteria by round. */
export interface LevelCells {
  /** The year-end criterion of each level. */
  criterion: Map<number, string>;
  /** The mid-year criterion of each level (blank: the same as the year-end one). */
  mid: Map<number, string>;
  /** All the KPI's mid-year criterion cells, as one range. */
  midRange: string | null;
}
export type LevelRows = Map<string, LevelCells>;

type LevelRow = RubricLevel & { blank?: true };

/** The rubric's rows in sheet order: per KPI its levels, level 5 first, from FIRST_DATA_ROW on. */
function rubricRows(ctx: Ctx): { kpi: Kpi; levels: LevelRow[]; first: number }[] {
  const ladder = ctx.framework.ladder;
  let row = FIRST_DATA_ROW;
  return slotsOf(ctx).map(({ kpi }) => {
    const levels = kpi.rubric?.levels ?? [];
    // A KPI without levels gets five blank rows to fill in (level and percentage prefilled).
    const rows: LevelRow[] =
      levels.length > 0
        ? [...levels].reverse()
        : [5, 4, 3, 2, 1].map((level) => ({ level, percent: ladder[level - 1] as number, points: null, description: "", criterion: null, blank: true }));
    const first = row;
    row += rows.length;
    return { kpi, levels: rows, first };
  });
}

const columnIndex = (key: string): number => rubricColumns().findIndex((c) => c.key === key);

/** The criterion cells of each KPI's levels: the evaluation sheet looks its criteria up there. */
export function rubricLevelRows(ctx: Ctx): LevelRows {
  const criterion = columnIndex("criterion");
  const mid = columnIndex("midCriterion");
  const out: LevelRows = new Map();
  for (const { kpi, levels, first } of rubricRows(ctx)) {
    const cells: LevelCells = { criterion: new Map(), mid: new Map(), midRange: levels.length > 0 ? rangeAddress(first, mid, first + levels.length - 1, mid) : null };
    levels.forEach((l, i) => {
      if (typeof l.level !== "number" || cells.criterion.has(l.level)) return;
      cells.criterion.set(l.level, cellAddress(first + i, criterion));
      cells.mid.set(l.level, cellAddress(first + i, mid));
    });
    out.set(kpi.id, cells);
  }
  return out;
}

export function renderRubric(ctx: Ctx): SheetRender {
  const b = new SheetBuilder(ctx.sheets.rubric, rubricColumns());
  titleBlock(b, ctx, "rubric");
  const table = ctx.tables.rubric;
  const weightRef = thisRow(table, b.header("weight"));
  const percentRef = thisRow(table, b.header("percent"));
  const pointsFormula = `=IF(OR(${weightRef}="",${percentRef}=""),"",${weightRef}*${percentRef}/100)`;
  let row = FIRST_DATA_ROW;
  for (const { kpi, levels } of rubricRows(ctx)) {
    const midCriteria = kpi.rubric?.rounds?.mid?.criteria;
    for (const l of levels) {
      b.set(row, "kpi", kpi.id);
      b.set(row, "name", { formula: lookup(ctx, b, "name", "kpi"), value: kpi.name });
      b.set(row, "weight", { formula: lookup(ctx, b, "weight", "kpi", true), value: numericCell(kpi.weight) ?? "" });
      b.set(row, "level", numericCell(l.level));
      b.set(row, "percent", numericCell(l.percent));
      b.set(row, "description", textCell(l.description));
      const expected = mirrorPoints(kpi.weight, l.percent);
      if (l.blank || l.points === expected) {
        b.set(row, "points", { formula: pointsFormula, value: expected ?? "" });
      } else {
        b.set(row, "points", numericCell(l.points));
        stated(b, row, "points");
      }
      b.set(row, "criterion", numericCell(l.criterion));
      if (typeof l.level === "number" && l.level >= 1 && l.level <= 5) b.set(row, "midCriterion", numericCell(midCriteria?.[l.level - 1]));
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
  return finish(b, "rubric", ctx, lastRow);
}
