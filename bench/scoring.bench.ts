import { scoreResult } from "../src/core/scoring/score";
import { DEFAULT_LADDER } from "../src/core/scoring/ladder";

export default {
  title: "scoring rate",
  run(): void {
    const n = 1_000_000;
    const criteria = [92, 94, 96, 98, 100];
    let sink = 0;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const r = scoreResult({ kind: "numeric", result: 90 + (i % 1200) / 100, weight: 10, ladder: DEFAULT_LADDER, criteria });
      if (r.ok) sink += r.value.score;
    }
    const ms = performance.now() - t0;
    console.log(`scoreResult: ${Math.round(n / (ms / 1000)).toLocaleString("en")} scores/s (${n.toLocaleString("en")} in ${ms.toFixed(0)} ms, checksum ${sink.toFixed(1)})`);
  },
};
