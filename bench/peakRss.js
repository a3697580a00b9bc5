// Preloaded into a command the benchmarks time (node -r ./bench/peakRss.js …): at exit, the peak
// resident memory of the whole process — its worker threads included — on standard error.
"use strict";
process.on("exit", () => {
  process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
