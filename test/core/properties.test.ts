import fc from "fast-check";
import { checkCriteria, type Criteria } from "../../src/core/scoring/criteria";
import { checkLadder, DEFAULT_LADDER, shareAt, type Ladder } from "../../src/core/scoring/ladder";
import { pointsFor } from "../../src/core/scoring/points";
import { scoreResult } from "../../src/core/scoring/score";
import type { RubricKind } from "../../src/core/schema/framework";

// Five distinct values in hundredths, so that sorting gives strictly monotonic criteria.
const ascending: fc.Arbitrary<Criteria> = fc
  .uniqueArray(fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: 5, maxLength: 5 })
  .map((xs) => xs.sort((a, b) => a - b).map((x) => x / 100) as unknown as Criteria);
const descending: fc.Arbitrary<Criteria> = ascending.map((c) => [...c].reverse() as unknown as Criteria);
const criteria = fc.oneof(ascending, descending);

const result = fc.double({ min: -20_000, max: 20_000, noNaN: true });
/** A result anywhere, or exactly on one of the criteria, where interpolation changes segment. */
const resultFor = (c: Criteria): fc.Arbitrary<number> => fc.oneof(result, fc.constantFrom(...c));
const floor = fc.double({ min: 0, max: 1, noNaN: true });

const ladder: fc.Arbitrary<Ladder> = fc
  .uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 5, maxLength: 5 })
  .map((xs) => xs.sort((a, b) => a - b).map((x) => x / 100) as unknown as Ladder);
const points = fc.double({ min: -1, max: 6, noNaN: true });
const weight = fc.double({ min: 0, max: 100, noNaN: true });
const kind = fc.constantFrom<RubricKind>("numeric", "milestone", "score100");

describe("scoring properties", () => {
  it("generated criteria are valid, in the direction generated", () => {
    fc.assert(
      fc.property(ascending, (c) => {
        expect(checkCriteria(c)).toMatchObject({ ok: true, direction: "ascending" });
        expect(checkCriteria([...c].reverse())).toMatchObject({ ok: true, direction: "descending" });
      }),
    );
  });

  it("points stay within 0…5 for any criteria, result and floor", () => {
    fc.assert(
      fc.property(criteria.chain((c) => fc.tuple(fc.constant(c), resultFor(c), floor)), ([c, r, f]) => {
        const p = pointsFor(r, c, f);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(5);
      }),
    );
  });

  it("points never fall as the result rises, for ascending criteria", () => {
    fc.assert(
      fc.property(ascending.chain((c) => fc.tuple(fc.constant(c), resultFor(c), resultFor(c), floor)), ([c, a, b, f]) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(pointsFor(lo, c, f)).toBeLessThanOrEqual(pointsFor(hi, c, f));
      }),
    );
  });

  it("points never rise as the result rises, for descending criteria", () => {
    fc.assert(
      fc.property(descending.chain((c) => fc.tuple(fc.constant(c), resultFor(c), resultFor(c), floor)), ([c, a, b, f]) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(pointsFor(lo, c, f)).toBeGreaterThanOrEqual(pointsFor(hi, c, f));
      }),
    );
  });

  it("a result exactly on criterion i earns exactly i points", () => {
    fc.assert(
      fc.property(criteria, fc.integer({ min: 1, max: 5 }), (c, i) => {
        expect(pointsFor(c[i - 1] as number, c)).toBe(i);
      }),
    );
  });

  it("lower-is-better is higher-is-better mirrored", () => {
    fc.assert(
      fc.property(ascending, result, (c, r) => {
        const mirrored = c.map((v) => -v) as unknown as Criteria;
        expect(pointsFor(-r, mirrored)).toBe(pointsFor(r, c));
      }),
    );
  });

  it("the share never falls as points rise, for any increasing ladder", () => {
    fc.assert(
      fc.property(ladder, points, points, (l, a, b) => {
        expect(checkLadder(l).ok).toBe(true);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(shareAt(lo, l)).toBeLessThanOrEqual(shareAt(hi, l));
        expect(shareAt(hi, l)).toBeLessThanOrEqual(l[4]);
      }),
    );
  });

  it("the weighted score is share / 100 × weight and lies within 0…weight", () => {
    fc.assert(
      fc.property(kind, criteria, result, weight, (k, c, r, w) => {
        const outcome = scoreResult({ kind: k, result: r, weight: w, ladder: DEFAULT_LADDER, criteria: c });
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        const { share, score } = outcome.value;
        expect(score).toBe((share / 100) * w);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(w);
      }),
    );
  });
});
