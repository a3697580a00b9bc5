// Sheet 3, the evaluation result: one block per round of the framework (mid-year, year-end), each
// with per KPI the criteria of that round (from the rubric), self and committee results, points
// and weighted scores (formulas unless the plan states them), the per-KPI texts; subtotals per
// component and the round's total out of 100. Every formula is written with its value (the
// core's), so a program that does not recalculate still shows the right numbers.
import { roundName, roundResult } from "../../core/plan/rounds";
import type { RoundId } from "../../core/schema/common";
import type { Framework } from "../../core/schema/framework";
import type { Kpi } from "../../core/schema/plan";
import { scoreKpi } from "../../core/scoring/report";
import type { CellInput, CellValue, SheetRender } from "../../workbook/model";
import { cellAddress, quoteSheet, rangeAddress } from "../../workbook/a1";
import { COLOURS, CRITERIA_KEYS, evaluationColumns, FIRST_DATA_ROW, KIND_LABELS, OTHER_HEADING, ROUND_LABELS, TOTAL_LABEL } from "../layout";
import { cellScoreFormulas, kindIs } from "../scoreFormula";
import { componentHeading, kindLabel } from "../text";
import { addTable, finish, markHeading, numericCell, SheetBuilder, stated, textCell, titleBlock } from "./builder";
import type { Ctx } from "./context";
import { lookup, thisRow, thisRowSpan } from "./formulas";
import { rubricLevelRows, type LevelCells } from "./rubric";

interface Formulas {
  ref: (key: string) => string;
  numeric: string;
  committee: { points: string; score: string };
  self: { score: string };
}

/** The formula cells of a KPI's row in a round that depend on its rubric and result. */
export type RowValueKey = (typeof CRITERIA_KEYS)[number] | "points" | "score" | "selfScore";

/**
 * What a KPI's row of a round shows in its formula cells, as the core computes it: the round's
 * criteria (numeric KPIs; the mid-year round's own where the rubric states them), the points and
 * the weighted scores of the committee's and the self-assessed results; blank where there is none.
 * The cached values a template is written with, and those `kpi import --into plan.xlsx` refreshes.
 */
export function evaluationRowValues(kpi: Kpi, round: RoundId, framework: Framework): Record<RowValueKey, CellValue> {
  const numeric = kpi.rubric !== undefined && kindLabel(kpi.rubric.kind) === KIND_LABELS.numeric;
  const ownMid = round === "mid" ? kpi.rubric?.rounds?.mid?.criteria : undefined;
  const midStated = (ownMid ?? []).some((c) => c !== null && c !== undefined && c !== "");
  const criterion = (i: number): CellValue => {
    const stated = midStated ? (ownMid?.[i] ?? null) : (kpi.rubric?.levels.find((l) => l.level === i + 1)?.criterion ?? null);
    return numeric ? (numericCell(stated) ?? "") : "";
  };
  const r = roundResult(kpi, round);
  const committee = scoreKpi(kpi, framework, r?.value, round).value;
  const self = scoreKpi(kpi, framework, r?.self, round).value;
  return {
    ...(Object.fromEntries(CRITERIA_KEYS.map((k, i) => [k, criterion(i)])) as Record<(typeof CRITERIA_KEYS)[number], CellValue>),
    points: committee?.points ?? "",
    score: committee?.score ?? "",
    selfScore: self?.score ?? "",
  };
}

export function renderEvaluation(ctx: Ctx): SheetRender {
  const levelRows = rubricLevelRows(ctx);
  const b = new SheetBuilder(ctx.sheets.evaluation, evaluationColumns());
  titleBlock(b, ctx, "evaluation");
  const table = ctx.tables.evaluation;
  const ref = (key: string): string => thisRow(table, b.header(key));
  const cells = (result: string) => ({
    result: ref(result),
    criterion: (k: number) => ref(`c${k}`),
    criteria: thisRowSpan(table, b.header("c1"), b.header("c5")),
    weight: ref("weight"),
    kind: ref("kind"),
  });
  const f: Formulas = {
    ref,
    numeric: kindIs(ref("kind"), "numeric"),
    committee: cellScoreFormulas(cells("value"), ctx.framework),
    self: cellScoreFormulas(cells("self"), ctx.framework),
  };
  /** What each score cell holds, for the cached values of the sums above it. */
  const cached = new Map<string, number>();
  const sum = (key: "score" | "selfScore", rows: readonly number[]): CellInput => {
    const col = b.letter(key);
    const refs = rows.map((r) => `${col}${r + 1}`).join(",");
    return { formula: refs ? `=SUM(${refs})` : "=0", value: rows.reduce((s, r) => s + (cached.get(`${key}:${r}`) ?? 0), 0) };
  };

  let row = FIRST_DATA_ROW;
  for (const round of ctx.rounds) {
    row = renderRound(ctx, b, row, round, levelRows, f, cached, sum);
  }
  const lastRow = row - 1;
  addTable(b, table, lastRow);
  return finish(b, "evaluation", ctx, lastRow);
}

type Sum = (key: "score" | "selfScore", rows: readonly number[]) => CellInput;

/** One round's block: its heading, the component groups with subtotals, its total. Returns the next free row. */
function renderRound(ctx: Ctx, b: SheetBuilder, start: number, round: RoundId, levelRows: Map<string, LevelCells>, f: Formulas, cached: Map<string, number>, sum: Sum): number {
  const label = ROUND_LABELS[round];
  const name = roundName(ctx.framework, round);
  let row = start;
  b.set(row, "round", label);
  b.set(row, "name", `${name.th} / ${name.en}`);
  b.headings.add(row);
  b.style(rangeAddress(row, 0, row, b.lastColumn), { font: { bold: true, color: "#FFFFFF" }, fill: COLOURS.roundHeading, locked: true });
  row++;

  const headingRow = new Map<string, number>();
  const kpiRows = new Map<string, number[]>();
  const topLevel: number[] = [];
  const subtotals: { row: number; code: string | null }[] = [];
  for (const g of ctx.groups) {
    const code = g.component?.code ?? null;
    if (code !== null) headingRow.set(code, row);
    if (code !== null && !code.includes(".")) topLevel.push(row);
    b.set(row, "round", label);
    b.set(row, "component", code);
    b.set(row, "name", g.component ? componentHeading(g.component) : OTHER_HEADING);
    b.set(row, "weight", g.component ? g.component.weight : null);
    subtotals.push({ row, code });
    markHeading(b, row, g);
    const mine: number[] = [];
    row++;
    for (const { kpi } of g.slots) {
      mine.push(row);
      writeEvaluationRow(ctx, b, row, round, kpi, levelRows.get(kpi.id), f, cached);
      row++;
    }
    kpiRows.set(code ?? "", mine);
  }
  // Subtotals, deepest first so that a parent's cached value sums its children's: a leaf sums its
  // KPI rows, a parent its children's subtotals.
  for (const { row: r, code } of [...subtotals].reverse()) {
    const children =
      code === null ? [] : [...headingRow.entries()].filter(([c]) => c.startsWith(`${code}.`) && c.split(".").length === code.split(".").length + 1);
    const rows = children.length > 0 ? children.map(([, cr]) => cr) : (kpiRows.get(code ?? "") ?? []);
    for (const key of ["score", "selfScore"] as const) {
      const cell = sum(key, rows);
      b.set(r, key, cell);
      cached.set(`${key}:${r}`, (cell as { value: number }).value);
    }
  }
  b.set(row, "round", label);
  b.set(row, "name", `${TOTAL_LABEL} ${name.th} (เต็ม ๑๐๐) / total, ${name.en} (out of 100)`);
  b.set(row, "weight", ctx.framework.components.reduce((s, c) => s + c.weight, 0));
  for (const key of ["score", "selfScore"] as const) b.set(row, key, sum(key, topLevel));
  b.headings.add(row);
  b.style(rangeAddress(row, 0, row, b.lastColumn), { font: { bold: true }, fill: COLOURS.total, locked: true, border: "thin" });
  b.style(rangeAddress(row, b.col("weight"), row, b.col("selfScore")), { horizontal: "center", numberFormat: "0.000" });
  b.style(cellAddress(row, b.col("weight")), { numberFormat: "General" });
  return row + 1;
}

function writeEvaluationRow(
  ctx: Ctx,
  b: SheetBuilder,
  row: number,
  round: RoundId,
  kpi: Kpi,
  levels: LevelCells | undefined,
  f: Formulas,
  cached: Map<string, number>,
): void {
  const rubricSheet = quoteSheet(ctx.sheets.rubric);
  const kind = kpi.rubric ? kindLabel(kpi.rubric.kind) : "";
  b.set(row, "round", ROUND_LABELS[round]);
  b.set(row, "component", { formula: lookup(ctx, b, "component", "kpi"), value: kpi.component });
  b.set(row, "kpi", kpi.id);
  b.set(row, "name", { formula: lookup(ctx, b, "name", "kpi"), value: kpi.name });
  b.set(row, "kind", { formula: lookup(ctx, b, "kind", "kpi"), value: kind });
  b.set(row, "weight", { formula: lookup(ctx, b, "weight", "kpi", true), value: numericCell(kpi.weight) ?? "" });
  const values = evaluationRowValues(kpi, round, ctx.framework);
  CRITERIA_KEYS.forEach((key, i) => {
    const level = i + 1;
    const at = levels?.criterion.get(level);
    if (!at) return;
    const cell = `${rubricSheet}!${at}`;
    const yearEnd = `IF(${cell}="","",${cell})`;
    const mid = levels?.mid.get(level);
    const formula =
      round === "mid" && mid && levels?.midRange
        ? `=IF(${f.numeric},IF(COUNTA(${rubricSheet}!${levels.midRange})=0,${yearEnd},IF(${rubricSheet}!${mid}="","",${rubricSheet}!${mid})),"")`
        : `=IF(${f.numeric},${yearEnd},"")`;
    b.set(row, key, { formula, value: values[key] });
  });
  const r = roundResult(kpi, round);
  b.set(row, "self", numericCell(r?.self));
  b.set(row, "value", numericCell(r?.value));
  b.set(row, "points", { formula: f.committee.points, value: values.points });
  const scores = [
    ["score", r?.score, f.committee.score, values.score],
    ["selfScore", r?.selfScore, f.self.score, values.selfScore],
  ] as const;
  for (const [key, stored, formula, value] of scores) {
    if (stored === undefined || stored === null) {
      b.set(row, key, { formula, value });
      if (typeof value === "number") cached.set(`${key}:${row}`, value);
    } else {
      b.set(row, key, numericCell(stored));
      stated(b, row, key);
      if (typeof stored === "number") cached.set(`${key}:${row}`, stored);
    }
  }
  for (const key of ["note", "strengths", "weaknesses", "suggestions"] as const) b.set(row, key, textCell(r?.[key]));
}
