// Custom functions: KPI.SCORE calls per second over a 10,000-row batch, run in the production
// functions bundle as Excel loads it, and the bundle's gzip size (target: at most 10 KB). The
// bundle is the one shipped, from the production build of the whole add-in: it carries webpack's
// runtime and the scoring code the task pane shares with it (webpack.config.js, dependOn).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { productionBuild } from "../test/addin/build";

const ROWS = 10_000;
const ROUNDS = 30;
const TARGET_GZIP = 10 * 1024;

type Fn = (...args: unknown[]) => unknown;

/** functions.js of the production build (built once per content of the sources, then reused). */
function buildFunctionsBundle(): { code: string; ms: number } {
  const t0 = performance.now();
  const dir = productionBuild();
  return { code: readFileSync(join(dir, "functions.js"), "utf8"), ms: performance.now() - t0 };
}

function loadScore(code: string): Fn {
  const registered = new Map<string, Fn>();
  class StubError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const CustomFunctions = {
    associate: (id: string, fn: Fn) => registered.set(id, fn),
    Error: StubError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
  vm.runInContext(code, vm.createContext({ CustomFunctions }));
  const score = registered.get("SCORE");
  if (!score) throw new Error("SCORE was not registered");
  return score;
}

/** 10,000 evaluation rows: numeric KPIs (rising and falling criteria) and milestones, as ranges. */
function batch(): [unknown, unknown[][] | null, unknown][] {
  const rows: [unknown, unknown[][] | null, unknown][] = [];
  for (let i = 0; i < ROWS; i++) {
    const kind = i % 4;
    if (kind === 0) rows.push([i % 6, null, 10]);
    else if (kind === 1) rows.push([170 + (i % 40), [[200], [190], [180], [170], [160]], 15]);
    else rows.push([90 + (i % 1200) / 100, [[92, 94, 96, 98, 100]], kind === 3 ? "๒๐" : 20]);
  }
  return rows;
}

export default {
  title: "custom functions (KPI.SCORE rate, functions bundle size)",
  run(): void {
    const { code, ms } = buildFunctionsBundle();
    const gzip = gzipSync(code, { level: 9 }).length;
    console.log(`functions.js: ${code.length.toLocaleString("en")} bytes, ${gzip.toLocaleString("en")} bytes gzip (target ≤ ${TARGET_GZIP.toLocaleString("en")}: ${gzip <= TARGET_GZIP ? "met" : "MISSED"}; production build ready in ${(ms / 1000).toFixed(1)} s)`);

    const score = loadScore(code);
    const rows = batch();
    let sink = 0;
    const run = (): number => {
      const t0 = performance.now();
      for (const [result, criteria, weight] of rows) sink += score(result, criteria, weight, null) as number;
      return performance.now() - t0;
    };
    for (let i = 0; i < 3; i++) run(); // warm-up
    const times = Array.from({ length: ROUNDS }, run).sort((a, b) => a - b);
    const median = times[Math.floor(ROUNDS / 2)] as number;
    const best = times[0] as number;
    console.log(
      `KPI.SCORE: ${Math.round(ROWS / (median / 1000)).toLocaleString("en")} calls/s (median of ${ROUNDS} batches of ${ROWS.toLocaleString("en")} rows: ${median.toFixed(1)} ms; best ${best.toFixed(1)} ms; checksum ${sink.toFixed(1)})`,
    );
  },
};
