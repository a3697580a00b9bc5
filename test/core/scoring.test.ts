import { Framework } from "../../src/core/schema/framework";
import { checkCriteria, type Criteria } from "../../src/core/scoring/criteria";
import { checkLadder, DEFAULT_LADDER, shareAt, type Ladder } from "../../src/core/scoring/ladder";
import { levelFor, milestonePoints, pointsFor } from "../../src/core/scoring/points";
import { formatScore, roundHalfUp } from "../../src/core/scoring/round";
import { scoreResult, type KpiScore, type ScoreInput } from "../../src/core/scoring/score";
import { parseThaiNumber } from "../../src/core/thai/number";

const OLD_LADDER: Ladder = [60, 70, 80, 90, 100];

/** The weighted score of a result, failing the test when the core refuses to compute it. */
function score(input: Partial<ScoreInput> & Pick<ScoreInput, "result">): KpiScore {
  const outcome = scoreResult({ kind: "numeric", weight: 10, ladder: DEFAULT_LADDER, ...input });
  if (!outcome.ok) throw new Error(`refused: ${outcome.problem.en}`);
  return outcome.value;
}

const numeric = (result: number, criteria: number[], weight = 10, ladder: Ladder = DEFAULT_LADDER): KpiScore =>
  score({ kind: "numeric", result, criteria, weight, ladder });

describe("numeric KPIs, ascending criteria", () => {
  it("score the DOMAIN worked example: 93 on 80/85/90/95/100, weight 10 → 3.6 points, 72 %, 7.2", () => {
    const s = numeric(93, [80, 85, 90, 95, 100]);
    expect(s.points).toBeCloseTo(3.6, 12);
    expect(s.share).toBeCloseTo(72, 12);
    expect(s.score).toBeCloseTo(7.2, 12);
  });

  it("score budget disbursement 98.77 % on 92…100, weight 10 → 4.385 points, 8.77", () => {
    const s = numeric(98.77, [92, 94, 96, 98, 100]);
    expect(s.points).toBeCloseTo(4.385, 12);
    expect(s.share).toBeCloseTo(87.7, 12);
    expect(s.score).toBeCloseTo(8.77, 12);
    expect(formatScore(s.score)).toBe("8.770");
  });

  it("read a result written with Thai digits the same as with Arabic ones", () => {
    const result = parseThaiNumber("ร้อยละ ๙๘.๗๗");
    expect(result).not.toBeNull();
    expect(numeric(result as number, [92, 94, 96, 98, 100]).score).toBeCloseTo(8.77, 12);
  });

  it.each([
    [80, 1],
    [85, 2],
    [90, 3],
    [95, 4],
    [100, 5],
  ])("give whole points exactly on a criterion: %d → %d", (result, points) => {
    expect(pointsFor(result, [80, 85, 90, 95, 100])).toBe(points);
    expect(levelFor(result, [80, 85, 90, 95, 100])).toBe(points);
    expect(numeric(result, [80, 85, 90, 95, 100]).share).toBe(DEFAULT_LADDER[points - 1]);
  });

  it("cap at 5 points at and beyond c5", () => {
    expect(numeric(100, [80, 85, 90, 95, 100]).points).toBe(5);
    expect(numeric(130, [80, 85, 90, 95, 100])).toEqual({ points: 5, share: 100, score: 10 });
  });

  it("floor at 0 below c1 by default", () => {
    expect(numeric(79.99, [80, 85, 90, 95, 100])).toEqual({ points: 0, share: 0, score: 0 });
    expect(levelFor(10, [80, 85, 90, 95, 100])).toBe(0);
  });
});

describe("numeric KPIs, descending criteria (lower is better)", () => {
  const DRAINAGE = [190, 185, 180, 175, 170];

  it.each([
    [190, 1],
    [185, 2],
    [180, 3],
    [175, 4],
    [170, 5],
  ])("give whole points exactly on a criterion: %d minutes → %d", (minutes, points) => {
    expect(pointsFor(minutes, DRAINAGE as unknown as Criteria)).toBe(points);
  });

  it("interpolate between criteria: 177.5 minutes → 3.5 points → 70 % → 7", () => {
    expect(numeric(177.5, DRAINAGE)).toEqual({ points: 3.5, share: 70, score: 7 });
  });

  it("cap at 5 when faster than c5 and floor at 0 when slower than c1", () => {
    expect(numeric(120, DRAINAGE).points).toBe(5);
    expect(numeric(190.5, DRAINAGE).points).toBe(0);
  });
});

describe("the framework's floor", () => {
  it("gives its points to a result worse than c1, in both directions", () => {
    expect(score({ result: 50, criteria: [80, 85, 90, 95, 100], floor: 0.5 })).toEqual({ points: 0.5, share: 10, score: 1 });
    expect(pointsFor(200, [190, 185, 180, 175, 170], 1)).toBe(1);
  });

  it("does not touch results at or above c1", () => {
    expect(score({ result: 80, criteria: [80, 85, 90, 95, 100], floor: 0.5 }).points).toBe(1);
    expect(score({ result: 82.5, criteria: [80, 85, 90, 95, 100], floor: 0.5 }).points).toBe(1.5);
  });

  it("is read from a framework, 0 when the framework does not say", () => {
    const raw = { format: "kpi-framework", version: 1, id: "x", fiscalYear: "๒๕๖๗", agencyKind: "bureau", name: { th: "ก", en: "x" } };
    const components = [{ code: "1", name: { th: "ก", en: "x" }, weight: 100, kpiCount: 1 }];
    expect(Framework.parse({ ...raw, ladder: DEFAULT_LADDER, components }).floor).toBe(0);
    expect(Framework.parse({ ...raw, ladder: DEFAULT_LADDER, components, floor: 0.5 }).floor).toBe(0.5);
  });
});

describe("ladders", () => {
  it("FY2567 ladder: weight 10 earns 2/4/6/8/10 and weight 20 earns 4/8/12/16/20 at levels 1…5", () => {
    const at = (level: number, weight: number): number => score({ kind: "milestone", result: level, weight }).score;
    expect([1, 2, 3, 4, 5].map((l) => at(l, 10))).toEqual([2, 4, 6, 8, 10]);
    expect([1, 2, 3, 4, 5].map((l) => at(l, 20))).toEqual([4, 8, 12, 16, 20]);
  });

  it("FY2565–66 ladder 60…100: weight 25 earns 15/17.5/20/22.5/25, level 1 already 60 %", () => {
    const at = (level: number): number => score({ kind: "milestone", result: level, weight: 25, ladder: OLD_LADDER }).score;
    expect([1, 2, 3, 4, 5].map(at)).toEqual([15, 17.5, 20, 22.5, 25]);
    expect(at(0)).toBe(0);
  });

  it("interpolate the share between neighbouring levels, from 0 below level 1", () => {
    expect(shareAt(0, DEFAULT_LADDER)).toBe(0);
    expect(shareAt(0.5, DEFAULT_LADDER)).toBe(10);
    expect(shareAt(0.5, OLD_LADDER)).toBe(30);
    expect(shareAt(3.6, DEFAULT_LADDER)).toBeCloseTo(72, 12);
    expect(shareAt(4.5, OLD_LADDER)).toBe(95);
    expect(shareAt(7, OLD_LADDER)).toBe(100);
    expect(shareAt(-1, OLD_LADDER)).toBe(0);
  });

  it("are checked: five increasing numbers", () => {
    expect(checkLadder([60, 70, 80, 90, 100])).toEqual({ ok: true, ladder: [60, 70, 80, 90, 100] });
    for (const bad of [[20, 40, 60, 80], [20, 40, 40, 80, 100], [20, 40, "x", 80, 100], [-20, 40, 60, 80, 100]]) {
      const check = checkLadder(bad);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.problem).toEqual({ th: expect.stringMatching(/\S/), en: expect.stringMatching(/\S/) });
    }
  });
});

describe("milestone KPIs", () => {
  it.each([
    [0, 0, 0],
    [1, 20, 2],
    [2, 40, 4],
    [3, 60, 6],
    [4, 80, 8],
    [5, 100, 10],
  ])("level %d earns %d % of weight 10 = %d", (level, share, points) => {
    expect(score({ kind: "milestone", result: level })).toEqual({ points: level, share, score: points });
  });

  it("interpolate a fractional level: 3.5 → 70 % → 7", () => {
    expect(score({ kind: "milestone", result: 3.5 })).toEqual({ points: 3.5, share: 70, score: 7 });
  });

  it("clamp a level out of range to 0…5", () => {
    expect(milestonePoints(7)).toBe(5);
    expect(milestonePoints(-2)).toBe(0);
    expect(score({ kind: "milestone", result: 7 }).score).toBe(10);
    expect(score({ kind: "milestone", result: -1 }).score).toBe(0);
  });
});

describe("scores out of 100 (innovation)", () => {
  it("weigh the score: 85 / 100 × 10 = 8.5", () => {
    expect(score({ kind: "score100", result: 85 })).toEqual({ points: 4.25, share: 85, score: 8.5 });
  });

  it("clamp to 0…100 and ignore the ladder", () => {
    expect(score({ kind: "score100", result: 120, ladder: OLD_LADDER }).score).toBe(10);
    expect(score({ kind: "score100", result: -5 }).score).toBe(0);
    expect(score({ kind: "score100", result: 50, ladder: OLD_LADDER }).score).toBe(5);
  });
});

describe("invalid input is refused with a bilingual problem, never thrown", () => {
  it.each([
    ["not monotonic", [80, 90, 85, 95, 100]],
    ["two equal criteria", [80, 85, 85, 95, 100]],
    ["all equal", [90, 90, 90, 90, 90]],
    ["NaN", [80, 85, Number.NaN, 95, 100]],
    ["text", [80, 85, "90", 95, 100]],
    ["four criteria", [80, 85, 90, 95]],
    ["six criteria", [75, 80, 85, 90, 95, 100]],
    ["no criteria", []],
  ])("criteria %s", (_, criteria) => {
    const check = checkCriteria(criteria);
    expect(check.ok).toBe(false);
    const outcome = scoreResult({ kind: "numeric", result: 90, weight: 10, ladder: DEFAULT_LADDER, criteria });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.problem.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(outcome.problem.en).toMatch(/criteri/);
    }
  });

  it("criteria say their direction when they are valid", () => {
    expect(checkCriteria([80, 85, 90, 95, 100])).toMatchObject({ ok: true, direction: "ascending" });
    expect(checkCriteria([190, 185, 180, 175, 170])).toMatchObject({ ok: true, direction: "descending" });
  });

  it.each([
    ["a result that is NaN", { result: Number.NaN }],
    ["an infinite result", { result: Number.POSITIVE_INFINITY }],
    ["a negative weight", { result: 90, weight: -1 }],
    ["a weight that is NaN", { result: 90, weight: Number.NaN }],
  ])("%s", (_, input) => {
    const outcome = scoreResult({ kind: "milestone", weight: 10, ladder: DEFAULT_LADDER, ...input });
    expect(outcome).toEqual({ ok: false, problem: { th: expect.stringMatching(/[\u0E00-\u0E7F]/), en: expect.stringMatching(/\S/) } });
  });
});

describe("roundHalfUp, as official tables print scores", () => {
  it.each([
    [9.5143, 9.514],
    [8.7705, 8.771],
    [1.0005, 1.001],
    [1.0004999, 1],
    [8.770000000000001, 8.77],
    [0.0005, 0.001],
    [-9.5143, -9.514],
    [-8.7705, -8.771],
    [-1.0005, -1.001],
  ])("%d → %d", (value, rounded) => {
    expect(roundHalfUp(value)).toBe(rounded);
  });

  it("rounds to other numbers of decimals and leaves non-finite values alone", () => {
    expect(roundHalfUp(2.345, 2)).toBe(2.35);
    expect(roundHalfUp(2.5, 0)).toBe(3);
    expect(roundHalfUp(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });

  it("formats with exactly three decimals", () => {
    expect(formatScore(7.2)).toBe("7.200");
    expect(formatScore(9.5143)).toBe("9.514");
    expect(formatScore(100)).toBe("100.000");
  });
});
