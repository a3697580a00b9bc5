import { findFramework } from "../src/core/frameworks/shipped";
import { parsePlan, type Plan } from "../src/core/schema/plan";
import { validatePlan } from "../src/core/validation/validate";
import { syntheticPlan } from "../test/helpers/synthetic";

const SIZES = [10, 100, 1_000, 10_000];
const RUNS = 15;
const TARGET_MS = 50; // 10,000 KPIs, on the 2-core CI machine

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function timeIt(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export default {
  title: "validate synthetic plans",
  run(): void {
    const framework = findFramework("bma-2567-bureau");
    if (!framework) throw new Error("framework bma-2567-bureau is not shipped");
    for (const n of SIZES) {
      const input = syntheticPlan(n);
      const parsed = parsePlan(input);
      if (!parsed.ok) throw new Error(`synthetic plan of ${n} KPIs does not parse: ${JSON.stringify(parsed.problems[0])}`);
      const plan: Plan = parsed.plan;
      let findings = 0;
      for (let i = 0; i < 3; i++) findings = validatePlan(plan, framework).length; // warm-up
      const validate = median(Array.from({ length: RUNS }, () => timeIt(() => validatePlan(plan, framework))));
      const parse = median(Array.from({ length: 5 }, () => timeIt(() => parsePlan(input))));
      const verdict = n === 10_000 ? `  target < ${TARGET_MS} ms: ${validate < TARGET_MS ? "met" : "MISSED"}` : "";
      console.log(
        `${n.toLocaleString("en").padStart(6)} KPIs: validate ${validate.toFixed(2).padStart(7)} ms (median of ${RUNS}), ` +
          `parse ${parse.toFixed(2).padStart(7)} ms, ${findings} findings${verdict}`,
      );
    }
  },
};
