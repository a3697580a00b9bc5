// Per component, the agency's self-assessed and committee scores side by side: two columns per
// component code, a parent's cells the sum of its children's (formulas), a leaf's the score the
// core computed (full precision, shown with 3 decimals).
import { reportsByCode } from "../../core/collect/collect";
import { both, COMPLETE_LABELS } from "../../core/collect/labels";
import { RANK_DECIMALS } from "../../core/collect/rank";
import type { AgencyScores } from "../../core/collect/types";
import type { Component, Framework } from "../../core/schema/framework";
import type { ComponentReport } from "../../core/scoring/report";
import { toThaiDigits } from "../../core/thai/digits";
import { columnLetter } from "../../workbook/a1";
import type { CellInput } from "../../workbook/model";
import type { Column } from "../sheet";
import { columnRange, FIRST } from "./frame";

export const SCORE_FORMAT = "0.000";

/** Two columns per code: self, then committee. */
export function scoreColumns(components: readonly Component[]): Column[] {
  return components.flatMap((c) => [
    { th: `${toThaiDigits(c.code)} ตนเอง`, en: `${c.code} self (of ${c.weight})`, width: 11, format: SCORE_FORMAT, align: "center" as const },
    { th: `${toThaiDigits(c.code)} คณะกรรมการ`, en: `${c.code} committee (of ${c.weight})`, width: 12, format: SCORE_FORMAT, align: "center" as const },
  ]);
}


/**
 * The cells of `components` (in order, starting at column `first`) on `row`: leaves hold scores,
 * parents the SUM of their children's cells on the same row.
 */
export function scoreCells(a: AgencyScores, components: readonly Component[], row: number, first: number): CellInput[] {
  const reports = reportsByCode(a.report);
  const at = new Map(components.map((c, i) => [c.code, first + 2 * i]));
  return components.flatMap((c): CellInput[] => {
    const r = reports.get(c.code);
    const kids = (c.children ?? []).filter((k) => at.has(k.code));
    if (kids.length === 0) return [r?.selfScore ?? null, r?.score ?? null];
    const sum = (offset: number): string => `=SUM(${kids.map((k) => `${columnLetter((at.get(k.code) as number) + offset)}${row + 1}`).join(",")})`;
    return [
      { formula: sum(0), value: r?.selfScore ?? 0 },
      { formula: sum(1), value: r?.score ?? 0 },
    ];
  });
}

/** The sum of the top-level components' cells (self or committee) on `row`. */
export function totalFormula(framework: Framework, components: readonly Component[], row: number, first: number, committee: boolean): string {
  const at = new Map(components.map((c, i) => [c.code, first + 2 * i + (committee ? 1 : 0)]));
  const cells = framework.components.filter((c) => at.has(c.code)).map((c) => `${columnLetter(at.get(c.code) as number)}${row + 1}`);
  return cells.length > 0 ? `=SUM(${cells.join(",")})` : "=0";
}

/**
 * A rank that spreadsheets compute the way the core does (rank.ts): 1 + the number of complete
 * rows whose value is higher at 9 decimals; ties share a rank; rows not complete get "–".
 */
export function rankFormula(row: number, value: number, complete: number, last: number): string {
  const label = `"${both(COMPLETE_LABELS.complete)}"`;
  const v = columnRange(value, FIRST, last);
  const k = columnRange(complete, FIRST, last);
  const own = `$${columnLetter(value)}${row + 1}`;
  return `=IF($${columnLetter(complete)}${row + 1}=${label},SUMPRODUCT((${k}=${label})*(ROUND(${v},${RANK_DECIMALS})>ROUND(${own},${RANK_DECIMALS})))+1,"–")`;
}

/** KPIs of the component `code` (and below) that have no usable committee result. */
export function unscoredIn(report: ComponentReport | undefined): string[] {
  if (!report) return [];
  return [...report.kpis.filter((k) => k.score === null).map((k) => k.id), ...report.children.flatMap(unscoredIn)];
}

/** Whether the component holds any KPI of the plan. */
export const holdsKpis = (report: ComponentReport | undefined): boolean => report !== undefined && (report.kpis.length > 0 || report.children.some(holdsKpis));
