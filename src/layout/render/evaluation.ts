// Sheet 3, the evaluation result: per KPI the criteria (from the rubric), self and committee
// results, points and weighted scores (formulas unless the plan states them), the evaluators'
// texts; subtotals per component and the total out of 100.
import type { Kpi } from "../../core/schema/plan";
import { scoreKpi } from "../../core/scoring/report";
import type { SheetRender } from "../../workbook/model";
import { cellAddress, quoteSheet, rangeAddress } from "../../workbook/a1";
import { COLOURS, CRITERIA_KEYS, evaluationColumns, FIRST_DATA_ROW, KIND_LABELS, OTHER_HEADING, TOTAL_LABEL } from "../layout";
import { componentHeading, kindLabel } from "../text";
import { addTable, finish, markHeading, numericCell, SheetBuilder, stated, textCell, titleBlock } from "./builder";
import type { Ctx } from "./context";
import { lookup, thisRow, thisRowSpan } from "./formulas";
import type { LevelRows } from "./rubric";

export function renderEvaluation(ctx: Ctx, levelRows: LevelRows): SheetRender {
  const b = new SheetBuilder(ctx.sheets.evaluation, evaluationColumns());
  titleBlock(b, ctx, "evaluation");
  const table = ctx.tables.evaluation;
  const ref = (key: string): string => thisRow(table, b.header(key));
  const criteria = thisRowSpan(table, b.header("c1"), b.header("c5"));
  const ladder = `{${ctx.framework.ladder.join(",")}}`;
  const score100 = `${ref("kind")}="${KIND_LABELS.score100}"`;
  const scoreFormula = (result: string): string => {
    const call =
      ctx.scoreFunction === "addin"
        ? `KPI.SCORE(${result},${criteria},${ref("weight")},${ladder})`
        : `KPISCORE(${result},${criteria},${ref("weight")},${ladder})`;
    return `=IF(${score100},IF(${result}="","",MIN(100,MAX(0,${result}))/100*${ref("weight")}),${call})`;
  };
  const pointsCall = ctx.scoreFunction === "addin" ? `KPI.POINTS(${ref("value")},${criteria})` : `KPIPOINTS(${ref("value")},${criteria})`;
  const pointsFormula = `=IF(${score100},IF(${ref("value")}="","",MIN(100,MAX(0,${ref("value")}))/20),${pointsCall})`;
  const scoreCol = b.letter("score");
  const selfCol = b.letter("selfScore");

  let row = FIRST_DATA_ROW;
  const headingRow = new Map<string, number>();
  const kpiRows = new Map<string, number[]>();
  const topLevel: number[] = [];
  const subtotals: { row: number; code: string | null }[] = [];
  for (const g of ctx.groups) {
    const code = g.component?.code ?? null;
    if (code !== null) headingRow.set(code, row);
    if (code !== null && !code.includes(".")) topLevel.push(row);
    b.set(row, "component", code);
    b.set(row, "name", g.component ? componentHeading(g.component) : OTHER_HEADING);
    b.set(row, "weight", g.component ? g.component.weight : null);
    subtotals.push({ row, code });
    markHeading(b, row, g);
    const mine: number[] = [];
    row++;
    for (const { kpi } of g.slots) {
      mine.push(row);
      writeEvaluationRow(ctx, b, row, kpi, levelRows.get(kpi.id), { ref, scoreFormula, pointsFormula });
      row++;
    }
    kpiRows.set(code ?? "", mine);
  }
  const lastRow = row - 1;
  // Subtotals: a leaf sums its KPI rows, a parent its children's subtotals.
  for (const { row: r, code } of subtotals) {
    const children =
      code === null ? [] : [...headingRow.entries()].filter(([c]) => c.startsWith(`${code}.`) && c.split(".").length === code.split(".").length + 1);
    const cells = children.length > 0 ? children.map(([, cr]) => cr) : (kpiRows.get(code ?? "") ?? []);
    for (const col of [scoreCol, selfCol]) {
      const refs = cells.map((cr) => `${col}${cr + 1}`).join(",");
      b.set(r, col === scoreCol ? "score" : "selfScore", { formula: refs ? `=SUM(${refs})` : "=0", value: null });
    }
  }
  addTable(b, table, lastRow);
  b.set(row, "name", `${TOTAL_LABEL} (เต็ม ๑๐๐) / total (out of 100)`);
  b.set(row, "weight", ctx.framework.components.reduce((s, c) => s + c.weight, 0));
  for (const [key, col] of [
    ["score", scoreCol],
    ["selfScore", selfCol],
  ] as const) {
    const refs = topLevel.map((r) => `${col}${r + 1}`).join(",");
    b.set(row, key, { formula: refs ? `=SUM(${refs})` : "=0", value: null });
  }
  b.style(rangeAddress(row, 0, row, b.lastColumn), { font: { bold: true }, fill: COLOURS.total, locked: true, border: "thin" });
  b.style(rangeAddress(row, b.col("weight"), row, b.col("selfScore")), { horizontal: "center", numberFormat: "0.000" });
  b.style(cellAddress(row, b.col("weight")), { numberFormat: "General" });
  return finish(b, "evaluation", ctx, lastRow);
}

interface EvalFormulas {
  ref: (key: string) => string;
  scoreFormula: (result: string) => string;
  pointsFormula: string;
}

function writeEvaluationRow(
  ctx: Ctx,
  b: SheetBuilder,
  row: number,
  kpi: Kpi,
  levels: Map<number, string> | undefined,
  f: EvalFormulas,
): void {
  const rubricSheet = quoteSheet(ctx.sheets.rubric);
  const kind = kpi.rubric ? kindLabel(kpi.rubric.kind) : "";
  b.set(row, "component", { formula: lookup(ctx, b, "component", "kpi"), value: kpi.component });
  b.set(row, "kpi", kpi.id);
  b.set(row, "name", { formula: lookup(ctx, b, "name", "kpi"), value: kpi.name });
  b.set(row, "kind", { formula: lookup(ctx, b, "kind", "kpi"), value: kind });
  b.set(row, "weight", { formula: lookup(ctx, b, "weight", "kpi", true), value: numericCell(kpi.weight) });
  CRITERIA_KEYS.forEach((key, i) => {
    const at = levels?.get(i + 1);
    if (!at) return;
    const cell = `${rubricSheet}!${at}`;
    const criterion = kpi.rubric?.levels.find((l) => l.level === i + 1)?.criterion ?? null;
    b.set(row, key, {
      formula: `=IF(${f.ref("kind")}="${KIND_LABELS.numeric}",IF(${cell}="","",${cell}),"")`,
      value: kind === KIND_LABELS.numeric ? numericCell(criterion) : "",
    });
  });
  const r = kpi.result;
  b.set(row, "self", numericCell(r?.self));
  b.set(row, "value", numericCell(r?.value));
  const committee = scoreKpi(kpi, ctx.framework, r?.value).value;
  const self = scoreKpi(kpi, ctx.framework, r?.self).value;
  b.set(row, "points", { formula: f.pointsFormula, value: committee?.points ?? "" });
  if (r?.score === undefined || r.score === null) {
    b.set(row, "score", { formula: f.scoreFormula(f.ref("value")), value: committee?.score ?? "" });
  } else {
    b.set(row, "score", numericCell(r.score));
    stated(b, row, "score");
  }
  if (r?.selfScore === undefined || r.selfScore === null) {
    b.set(row, "selfScore", { formula: f.scoreFormula(f.ref("self")), value: self?.score ?? "" });
  } else {
    b.set(row, "selfScore", numericCell(r.selfScore));
    stated(b, row, "selfScore");
  }
  for (const key of ["note", "strengths", "weaknesses", "suggestions"] as const) b.set(row, key, textCell(r?.[key]));
}
