// Random KPI cases for the parity tests: a seeded generator, so a failure can be replayed.
import { toThaiDigits } from "../../src/core/thai/digits";

/** mulberry32: small, fast, good enough for test data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rng {
  next: () => number;
  /** Uniform in [lo, hi), rounded to `decimals` places. */
  num: (lo: number, hi: number, decimals?: number) => number;
  int: (lo: number, hi: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
}

export function rng(seed: number): Rng {
  const next = random(seed);
  const round = (v: number, d: number): number => Number(v.toFixed(d));
  return {
    next,
    num: (lo, hi, decimals = 4) => round(lo + next() * (hi - lo), decimals),
    int: (lo, hi) => Math.floor(lo + next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    chance: (p) => next() < p,
  };
}

export const FRAMEWORK_LADDERS = [
  [20, 40, 60, 80, 100],
  [60, 70, 80, 90, 100],
] as const;

export interface KpiCase {
  result: number;
  /** Five strictly monotonic criteria, or null for a milestone KPI. */
  criteria: number[] | null;
  weight: number;
  /** Null: the default ladder (20…100). */
  ladder: number[] | null;
  orientation: "row" | "column";
}

/** Five strictly monotonic numbers, ascending or descending, with irregular steps. */
export function randomCriteria(r: Rng): number[] {
  const start = r.num(-500, 1000, r.int(0, 3));
  const out = [start];
  for (let i = 1; i < 5; i++) out.push(Number(((out[i - 1] as number) + r.num(0.01, 200, r.int(0, 3)) + 0.001).toFixed(4)));
  return r.chance(0.35) ? out.reverse() : out;
}

export function randomLadder(r: Rng): number[] | null {
  if (r.chance(0.4)) return null;
  if (r.chance(0.5)) return [...r.pick(FRAMEWORK_LADDERS)];
  const out = [r.num(0, 50, r.int(0, 2))];
  for (let i = 1; i < 5; i++) out.push(Number(((out[i - 1] as number) + r.num(0.5, 30, r.int(0, 2))).toFixed(4)));
  return out;
}

export function randomCase(r: Rng): KpiCase {
  const orientation = r.chance(0.5) ? "row" : "column";
  const weight = r.chance(0.05) ? 0 : r.num(0, 100, r.int(0, 3));
  const ladder = randomLadder(r);
  if (r.chance(0.2)) {
    const result = r.chance(0.5) ? r.int(0, 5) : r.num(-1.5, 7, r.int(0, 3));
    return { result, criteria: null, weight, ladder, orientation };
  }
  const criteria = randomCriteria(r);
  const lo = Math.min(...criteria);
  const hi = Math.max(...criteria);
  const span = hi - lo;
  const result = r.chance(0.15) ? r.pick(criteria) : r.num(lo - 0.3 * span, hi + 0.3 * span, r.int(0, 4));
  return { result, criteria, weight, ladder, orientation };
}

/** How Excel hands a 1×5 or 5×1 range to a custom function. */
export function asRange(values: readonly unknown[], orientation: "row" | "column"): unknown[][] {
  return orientation === "row" ? [[...values]] : values.map((v) => [v]);
}

/** A number as a person types it in Thai: "๙๘.๗๗", "ร้อยละ ๙๘.๗๗", "98.77 คะแนน"… */
export function asThaiText(r: Rng, value: number): string {
  const digits = r.chance(0.7) ? toThaiDigits(String(value)) : String(value);
  return r.pick([digits, `ร้อยละ ${digits}`, `${digits} คะแนน`, ` ${digits} `]);
}
