// Ranks by total, highest first; equal totals share a rank and the next rank skips (1, 2, 2, 4),
// as competition rankings and the spreadsheets' RANK do. Totals are compared at 9 decimals, so
// that sums of the same scores in another order (8.77 + 7.2 against 7.2 + 8.77) still tie; the
// consolidated workbook's rank formula compares the same way (ROUND(…, 9)).
export const RANK_DECIMALS = 9;

const key = (v: number): number => Math.round(v * 10 ** RANK_DECIMALS);

/** The rank of each value among `values` (1 is the highest). */
export function competitionRanks(values: readonly number[]): number[] {
  const keys = values.map(key);
  return keys.map((k) => 1 + keys.filter((other) => other > k).length);
}
