// 100,000 random and hostile argument lists against the production bundle: every call returns a
// finite number or a string, or throws CustomFunctions.Error (#VALUE!/#N/A) with a message —
// never another exception, never NaN, never a hang.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { MAX_MESSAGE_LENGTH } from "../../src/functions/messages";
import { loadBundle, productionBuild, StubError, type CustomFunction } from "../addin/build";

const RUNS = 100_000;
const IDS = ["SCORE", "POINTS", "LEVEL", "SHARE", "NUMBER", "EXPLAIN"] as const;

const thaiDigits = fc.string({ unit: fc.constantFrom(..."๐๑๒๓๔๕๖๗๘๙.,-− "), maxLength: 12 });
const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.double() },
  { weight: 3, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
  { weight: 2, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, 1e308, -1e-308, 5, 0, 100) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 2, arbitrary: thaiDigits },
  { weight: 1, arbitrary: fc.constantFrom("ร้อยละ ๙๘.๗๗", "๑,๕๐๐,๐๐๐.- บาท", "10 หรือ 20", "", "   ", "en", "th", "TRUE", "#N/A", "1e309", "-", "๑-๒") },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: fc.constantFrom(new StubError("#N/A", "upstream"), new StubError("#DIV/0!"), {}, { valueOf: () => 5 }, Symbol("x"), 10n, () => 1, new Date(0)) },
  // Long texts (Excel allows 32,767 characters in a cell), built by repetition to stay cheap.
  { weight: 1, arbitrary: fc.tuple(fc.string({ unit: fc.constantFrom(..."๑๒3,.- ร้อยละabc"), maxLength: 8 }), fc.integer({ min: 250, max: 4000 })).map(([s, n]) => s.repeat(n)) },
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { weight: 6, arbitrary: scalar },
    { weight: 1, arbitrary: fc.array(tie("value"), { maxLength: 6 }) },
    // Ranges: rectangular or ragged, empty rows, 1×5 and 5×1 of anything.
    { weight: 2, arbitrary: fc.array(fc.array(scalar, { maxLength: 7 }), { maxLength: 7 }) },
    { weight: 2, arbitrary: fc.array(scalar, { minLength: 5, maxLength: 5 }).map((row) => [row]) },
    { weight: 2, arbitrary: fc.array(scalar, { minLength: 5, maxLength: 5 }).map((col) => col.map((v) => [v])) },
  ),
}));
const call = fc.record({ id: fc.constantFrom(...IDS), args: fc.array(value, { maxLength: 7 }) });

let registered: Map<string, CustomFunction>;
beforeAll(() => {
  registered = loadBundle(readFileSync(join(productionBuild(), "functions.js"), "utf8")).registered;
}, 240_000);

describe("fuzz: hostile arguments against the production bundle", () => {
  it(`answers ${RUNS.toLocaleString("en")} calls with a value or a CustomFunctions.Error`, () => {
    const seen = { value: 0, error: 0 };
    fc.assert(
      fc.property(call, ({ id, args }) => {
        const fn = registered.get(id) as CustomFunction;
        const started = performance.now();
        let out: unknown;
        try {
          out = fn(...args);
        } catch (e) {
          if (!(e instanceof StubError)) throw new Error(`${id} threw ${String(e)}`);
          if (e.code !== "#VALUE!" && e.code !== "#N/A") throw new Error(`${id} gave ${e.code}`);
          if (!e.message || e.message.length > MAX_MESSAGE_LENGTH || !/ \/ /.test(e.message)) throw new Error(`${id} message "${e.message}"`);
          seen.error++;
          return;
        }
        if (performance.now() - started > 2000) throw new Error(`${id} took ${performance.now() - started} ms`);
        if (typeof out === "number") {
          if (!Number.isFinite(out)) throw new Error(`${id} returned ${out}`);
        } else if (typeof out !== "string") throw new Error(`${id} returned ${typeof out}`);
        seen.value++;
      }),
      { numRuns: RUNS, seed: 4242, endOnFailure: true },
    );
    // The generator must reach both outcomes, or the property proves little.
    expect(seen.value).toBeGreaterThan(RUNS * 0.05);
    expect(seen.error).toBeGreaterThan(RUNS * 0.3);
  }, 300_000);

  it("survives arrays whose elements throw when read", () => {
    const trap = new Proxy([[1, 2, 3, 4, 5]], {
      get(target, prop, receiver) {
        if (prop === "0") throw new Error("trap");
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
    for (const id of IDS) {
      const fn = registered.get(id) as CustomFunction;
      let caught: unknown;
      try {
        fn(98, trap, 10, trap, trap);
      } catch (e) {
        caught = e;
      }
      if (caught !== undefined) expect(caught).toBeInstanceOf(StubError);
    }
  });
});
