// The scoring rule of DOMAIN.md §4 (src/core/scoring) as spreadsheet formula text, written once:
// the workbook LAMBDA names (lambdas.ts) and the template's own score cells (render/evaluation.ts)
// are both built from the terms below. The terms use only IF, MIN, MAX, AND, SIGN and arithmetic,
// which every spreadsheet program has had for decades (Excel 2007+, LibreOffice, HyperFormula).
//
// How they compute (same numbers as the core, written without LET):
//   numeric KPI, criteria c1…c5 ascending or descending, ladder L1…L5 (L0 = 0), floor f:
//     reached = the result reached c1 (r ≥ c1 ascending, r ≤ c1 descending)
//     points  = IF(reached, 1 + Σₖ₌₁..₄ clamp((r − cₖ) / (cₖ₊₁ − cₖ), 0, 1), f)
//     share   = IF(reached, L1 + Σₖ₌₁..₄ clamp((r − cₖ) / (cₖ₊₁ − cₖ), 0, 1) · (Lₖ₊₁ − Lₖ), f · L1)
//   (the ratio is the same whichever way the criteria run, so no direction flag is needed)
//   milestone KPI: the result is the level reached,
//     points = clamp(r, 0, 5),  share = Σₖ₌₁..₅ clamp(r − (k − 1), 0, 1) · (Lₖ − Lₖ₋₁)
//   score out of 100: share = clamp(r, 0, 100), points = share / 20
//   weighted score = share / 100 × weight
import type { RubricKind } from "../core/schema/framework";
import type { Ladder } from "../core/scoring/ladder";
import { KIND_LABELS } from "./layout";

/** What the terms read: cell references, or a LAMBDA's parameters. */
export interface ScoreTerms {
  result: string;
  /** cₖ, the result needed for k points (k = 1…5). */
  criterion: (k: number) => string;
  /** Lₖ, the share of the weight earned at level k (k = 1…5). */
  ladder: (k: number) => string;
  /** Points of a numeric result worse than c1 (the framework's floor). */
  floor: string;
}

const clamp01 = (x: string): string => `MIN(1,MAX(0,${x}))`;

/** A number as formula text ("1E-3", never "1e-3"). */
export const numberText = (n: number): string => String(n).toUpperCase();

/** The scoring rule's pieces over the given terms. */
export function scoringTerms(t: ScoreTerms) {
  const { result: r, criterion: c, ladder: l } = t;
  /** Lₖ − Lₖ₋₁ with L₀ = 0. */
  const step = (k: number): string => (k === 1 ? l(1) : `(${l(k)}-${l(k - 1)})`);
  const segment = (k: number): string => clamp01(`(${r}-${c(k)})/(${c(k + 1)}-${c(k)})`);
  const reached = `IF(${c(5)}>${c(1)},${r}>=${c(1)},${r}<=${c(1)})`;
  const seg = [1, 2, 3, 4];
  return {
    /** TRUE when five numeric criteria are not strictly monotonic. */
    disordered:
      `NOT(AND(SIGN(${c(2)}-${c(1)})<>0,SIGN(${c(3)}-${c(2)})=SIGN(${c(2)}-${c(1)}),` +
      `SIGN(${c(4)}-${c(3)})=SIGN(${c(3)}-${c(2)}),SIGN(${c(5)}-${c(4)})=SIGN(${c(4)}-${c(3)})))`,
    numericPoints: `IF(${reached},1+${seg.map(segment).join("+")},${t.floor})`,
    numericShare: `IF(${reached},${l(1)}+${seg.map((k) => `${segment(k)}*${step(k + 1)}`).join("+")},${t.floor}*${l(1)})`,
    milestonePoints: `MIN(5,MAX(0,${r}))`,
    milestoneShare: [1, 2, 3, 4, 5].map((k) => `${clamp01(k === 1 ? r : `${r}-${k - 1}`)}*${step(k)}`).join("+"),
    score100Points: `MIN(100,MAX(0,${r}))/20`,
    score100Share: `MIN(100,MAX(0,${r}))`,
  };
}

/** TRUE when the kind cell names `kind`, by its label or its English id (as reading accepts). */
export const kindIs = (cell: string, kind: RubricKind): string => `OR(${cell}="${KIND_LABELS[kind]}",${cell}="${kind}")`;

/** References of one row of the evaluation sheet. */
export interface ScoreCells {
  result: string;
  /** The k-th criterion cell (blank unless the KPI is numeric). */
  criterion: (k: number) => string;
  /** The five criterion cells as one range. */
  criteria: string;
  weight: string;
  /** The rubric kind as the register shows it (KIND_LABELS) or its English id. */
  kind: string;
}

/**
 * The points (0–5) and weighted-score formulas of one result in a template row, for a framework's
 * ladder and floor. They give what src/core/scoring gives for a number; where the core has no
 * score (the result, weight or criteria are not numbers, a negative weight) they give a blank, so
 * subtotals sum exactly the scores the core sums. The same text serves the .xlsx and Office.js
 * writers.
 */
export function cellScoreFormulas(cells: ScoreCells, framework: { ladder: readonly number[]; floor?: number | undefined }): { points: string; score: string } {
  const ladder = framework.ladder as unknown as Ladder;
  const t = scoringTerms({
    result: cells.result,
    criterion: cells.criterion,
    ladder: (k) => numberText(ladder[k - 1] as number),
    floor: numberText(framework.floor ?? 0),
  });
  const is = (kind: RubricKind): string => kindIs(cells.kind, kind);
  const unscorable = `OR(NOT(ISNUMBER(${cells.result})),NOT(ISNUMBER(${cells.weight})))`;
  const badCriteria = `IF(COUNT(${cells.criteria})=5,${t.disordered},TRUE)`;
  const byKind = (score100: string, numeric: string, milestone: string): string =>
    `=IF(${unscorable},"",IF(${cells.weight}<0,"",IF(${is("score100")},${score100},IF(${is("numeric")},IF(${badCriteria},"",${numeric}),${milestone}))))`;
  const weighted = (share: string): string => `(${share})/100*${cells.weight}`;
  return {
    points: byKind(t.score100Points, t.numericPoints, t.milestonePoints),
    score: byKind(weighted(t.score100Share), weighted(t.numericShare), weighted(t.milestoneShare)),
  };
}
