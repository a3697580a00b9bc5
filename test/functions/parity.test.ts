// Parity of every custom function with the core, over 10,000+ random cases each. One contract
// suite runs against the TypeScript source and against the production bundle in a sandbox.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_LADDER, shareAt, type Ladder } from "../../src/core/scoring/ladder";
import { levelFor, milestonePoints, pointsFor } from "../../src/core/scoring/points";
import { formatScore } from "../../src/core/scoring/round";
import { scoreResult } from "../../src/core/scoring/score";
import type { Criteria } from "../../src/core/scoring/criteria";
import { parseThaiNumber } from "../../src/core/thai/number";
import { toThaiDigits } from "../../src/core/thai/digits";
import * as source from "../../src/functions/functions";
import { loadBundle, productionBuild, STUB_ERROR_CODES, StubError, type CustomFunction } from "../addin/build";
import { asRange, asThaiText, randomCase, rng, type KpiCase } from "./cases";

const N = 10_000;
type Impl = Record<"SCORE" | "POINTS" | "LEVEL" | "SHARE" | "NUMBER" | "EXPLAIN", CustomFunction>;

function sourceImpl(): Impl {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { Error: StubError, ErrorCode: STUB_ERROR_CODES };
  const f = source as unknown as Record<string, CustomFunction>;
  const get = (name: string): CustomFunction => f[name] as CustomFunction;
  return { SCORE: get("score"), POINTS: get("points"), LEVEL: get("level"), SHARE: get("share"), NUMBER: get("number"), EXPLAIN: get("explain") };
}

function bundleImpl(): Impl {
  const { registered } = loadBundle(readFileSync(join(productionBuild(), "functions.js"), "utf8"));
  const get = (id: string): CustomFunction => registered.get(id) as CustomFunction;
  return { SCORE: get("SCORE"), POINTS: get("POINTS"), LEVEL: get("LEVEL"), SHARE: get("SHARE"), NUMBER: get("NUMBER"), EXPLAIN: get("EXPLAIN") };
}

/** The core's answer for one case. */
function expected(c: KpiCase): { points: number; level: number; share: number; score: number } {
  const ladder = (c.ladder ?? DEFAULT_LADDER) as Ladder;
  const out = scoreResult({
    kind: c.criteria ? "numeric" : "milestone",
    result: c.result,
    weight: c.weight,
    ladder,
    criteria: c.criteria ?? undefined,
  });
  if (!out.ok) throw new Error(`generator made an invalid case: ${JSON.stringify(c)} ${out.problem.en}`);
  const criteria = c.criteria as Criteria | null;
  return {
    points: criteria ? pointsFor(c.result, criteria) : milestonePoints(c.result),
    level: criteria ? levelFor(c.result, criteria) : Math.floor(milestonePoints(c.result)),
    share: out.value.share,
    score: out.value.score,
  };
}

/** Arguments as Excel would pass them, some cells written as Thai text. */
function args(c: KpiCase, seed: number): { result: unknown; criteria: unknown; weight: unknown; ladder: unknown } {
  const r = rng(seed);
  const text = (v: number): unknown => (r.chance(0.1) ? asThaiText(r, v) : v);
  return {
    result: text(c.result),
    criteria: c.criteria ? asRange(c.criteria.map(text), c.orientation) : r.pick([null, asRange(["", "", "", "", ""], c.orientation), [[null]]]),
    weight: text(c.weight),
    ladder: c.ladder ? asRange(c.ladder.map(text), c.orientation) : r.pick([null, undefined, [[null]], asRange([null, "", null, "", null], "row")]),
  };
}

describe.each([
  ["TypeScript source", sourceImpl],
  ["production bundle", bundleImpl],
])("parity with the core: %s", (_label, load) => {
  let impl: Impl;
  beforeAll(() => {
    impl = load();
  }, 240_000);

  it(`KPI.SCORE, KPI.POINTS, KPI.LEVEL and KPI.EXPLAIN agree with the core on ${N.toLocaleString("en")} cases`, () => {
    const r = rng(20_240_101);
    for (let i = 0; i < N; i++) {
      const c = randomCase(r);
      const want = expected(c);
      const a = args(c, i);
      const got = {
        score: impl.SCORE(a.result, a.criteria, a.weight, a.ladder),
        points: impl.POINTS(a.result, a.criteria),
        level: impl.LEVEL(a.result, a.criteria),
      };
      if (got.score !== want.score || got.points !== want.points || got.level !== want.level) {
        throw new Error(`case ${i}: ${JSON.stringify({ c, a, got, want })}`);
      }
      const english = impl.EXPLAIN(a.result, a.criteria, a.weight, a.ladder, true) as string;
      if (!english.endsWith(`× ${String(Number(c.weight.toPrecision(12)))} = ${formatScore(want.score, 3)}`) || !english.includes(`${formatScore(want.share, 2)} %`)) {
        throw new Error(`case ${i}: explanation "${english}" does not show ${formatScore(want.share, 2)} % and ${formatScore(want.score, 3)}`);
      }
    }
  }, 120_000);

  it(`KPI.SHARE agrees with the core on ${N.toLocaleString("en")} cases`, () => {
    const r = rng(7);
    for (let i = 0; i < N; i++) {
      const points = r.chance(0.2) ? r.int(0, 5) : r.num(0, 5, r.int(0, 6));
      const ladder = r.chance(0.3) ? null : [r.num(0, 30, 1), r.num(31, 50, 1), r.num(51, 70, 1), r.num(71, 90, 1), 100];
      const got = impl.SHARE(r.chance(0.1) ? toThaiDigits(String(points)) : points, ladder ? asRange(ladder, r.chance(0.5) ? "row" : "column") : null);
      const want = shareAt(points, (ladder ?? DEFAULT_LADDER) as Ladder);
      if (got !== want) throw new Error(`case ${i}: SHARE(${points}, ${JSON.stringify(ladder)}) = ${String(got)}, core ${want}`);
    }
  }, 120_000);

  it(`KPI.NUMBER agrees with the core's Thai number reader on ${N.toLocaleString("en")} texts`, () => {
    const r = rng(99);
    let numbers = 0;
    for (let i = 0; i < N; i++) {
      const baht = r.chance(0.1);
      const value = baht ? r.int(1000, 9_999_999) : r.num(-1000, 1000, r.int(0, 4));
      const text = baht
        ? `${toThaiDigits(value.toLocaleString("en"))}.- บาท`
        : r.chance(0.1)
          ? `${asThaiText(r, value)} หรือ ${asThaiText(r, value + 1)}`
          : asThaiText(r, value);
      const want = parseThaiNumber(text);
      let got: unknown;
      try {
        got = impl.NUMBER(text);
      } catch (e) {
        got = e;
      }
      if (want === null) {
        if (!(got instanceof StubError) || got.code !== "#VALUE!") throw new Error(`case ${i}: NUMBER("${text}") should fail, gave ${String(got)}`);
      } else {
        numbers++;
        if (got !== want) throw new Error(`case ${i}: NUMBER("${text}") = ${String(got)}, core ${want}`);
        if (Math.abs(want - value) > 1e-9) throw new Error(`case ${i}: core read "${text}" as ${want}, not ${value}`);
      }
    }
    expect(numbers).toBeGreaterThan(N * 0.8);
  }, 120_000);
});
