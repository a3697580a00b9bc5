// Every score cell of a template's evaluation sheet beside the score the core gives for it: per
// round, each KPI's points and weighted scores (committee and self), each component's subtotals
// and the round's total. For the tests that let another engine compute the sheet.
import { findComponent } from "../../src/core/frameworks";
import type { RoundId } from "../../src/core/schema/common";
import type { Framework } from "../../src/core/schema/framework";
import type { Plan } from "../../src/core/schema/plan";
import { componentsByCode, planReport, scoreKpi } from "../../src/core/scoring/report";
import { roundResult } from "../../src/core/plan/rounds";
import { evaluationColumns } from "../../src/layout/columns";
import { parseRound } from "../../src/layout/text";
import { cellAddress } from "../../src/workbook/a1";
import type { CellValue, Grid } from "../../src/workbook/model";

export interface ScoreCell {
  /** "M12 points of 1.1-1 (mid)" */
  what: string;
  got: CellValue;
  /** The core's number, or null where the core has no score (the cell must be blank). */
  want: number | null;
}

const header = (key: string): string => (evaluationColumns().find((c) => c.key === key) as { th: string }).th;

/** The score cells of the evaluation sheet's grid (values as an engine computed them). */
export function scoreCells(grid: Grid, plan: Plan, framework: Framework): ScoreCell[] {
  const headerRow = grid.values.findIndex((r) => r.includes(header("kpi")));
  const cols = new Map(["round", "component", "kpi", "name", "points", "score", "selfScore"].map((k) => [k, (grid.values[headerRow] ?? []).indexOf(header(k))]));
  const col = (k: string): number => cols.get(k) as number;
  const reports = new Map<RoundId, ReturnType<typeof planReport>>();
  const reportOf = (round: RoundId) => reports.get(round) ?? (reports.set(round, planReport(plan, framework, round)), reports.get(round) as ReturnType<typeof planReport>);
  const kpis = new Map(plan.kpis.map((k) => [k.id, k]));
  const out: ScoreCell[] = [];
  for (let r = headerRow + 1; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    const round = parseRound(String(row[col("round")] ?? ""));
    if (round === null) continue;
    const id = String(row[col("kpi")] ?? "");
    const name = String(row[col("name")] ?? "");
    const code = String(row[col("component")] ?? "");
    const cell = (key: string, want: number | null, label: string): void => {
      out.push({ what: `${cellAddress(r, col(key))} ${key} of ${label} (${round})`, got: row[col(key)] ?? null, want });
    };
    const report = reportOf(round);
    if (id !== "") {
      const kpi = kpis.get(id);
      const result = kpi ? roundResult(kpi, round) : undefined;
      const committee = kpi ? scoreKpi(kpi, framework, result?.value, round).value : null;
      const self = kpi ? scoreKpi(kpi, framework, result?.self, round).value : null;
      cell("points", committee?.points ?? null, id);
      cell("score", committee?.score ?? null, id);
      cell("selfScore", self?.score ?? null, id);
    } else if (name.startsWith("รวม")) {
      cell("score", report.total, "the total");
      cell("selfScore", report.selfTotal, "the total");
    } else if (code !== "" && findComponent(framework, code)) {
      const c = componentsByCode(report.components).get(code);
      cell("score", c?.score ?? null, `component ${code}`);
      cell("selfScore", c?.selfScore ?? null, `component ${code}`);
    }
  }
  return out;
}

/** The cells whose value is not the core's (to 1e-9): a blank where the core has none. */
export function mismatches(cells: readonly ScoreCell[], tolerance = 1e-9): ScoreCell[] {
  return cells.filter(({ got, want }) => {
    if (want === null) return !(got === null || got === "");
    return typeof got !== "number" || Math.abs(got - want) > tolerance;
  });
}
