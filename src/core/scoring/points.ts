import type { Criteria } from "./criteria";

export const MAX_POINTS = 5;

/**
 * Points 0…5 for a numeric result: p = i + (r − cᵢ) / (cᵢ₊₁ − cᵢ) between criteria, 5 at or
 * beyond c5, `floor` when worse than c1. The direction comes from the order of the criteria, so
 * "lower is better" KPIs (drainage time) need no flag. Criteria must have passed checkCriteria.
 */
export function pointsFor(result: number, criteria: Criteria, floor = 0): number {
  const sign = criteria[4] > criteria[0] ? 1 : -1;
  const r = sign * result;
  const c = criteria.map((v) => sign * v);
  if (r >= (c[4] as number)) return MAX_POINTS;
  if (r < (c[0] as number)) return floor;
  for (let i = 0; i < 4; i++) {
    const lo = c[i] as number;
    const hi = c[i + 1] as number;
    if (r < hi) return i + 1 + (r - lo) / (hi - lo);
  }
  return MAX_POINTS;
}

/** The whole level a numeric result reaches, 0…5. */
export function levelFor(result: number, criteria: Criteria): number {
  return Math.floor(pointsFor(result, criteria, 0));
}

/** Points of a milestone KPI: the level reached, clamped to 0…5. */
export function milestonePoints(level: number): number {
  return Math.min(MAX_POINTS, Math.max(0, level));
}
