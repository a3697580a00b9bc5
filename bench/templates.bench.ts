// kpi template --agencies: 77 templates (the BMA's ~77 agencies) written by the built command line
// (bin/kpi.js over dist/, as the central office runs it; `npm run build:cli` first) into a fresh
// folder, timed end to end: start-up, render, .xlsx, atomic writes. Target: under 10 s. The list
// holds every agency of src/core/agencies.ts plus typed names up to 77.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AGENCIES } from "../src/core/agencies";

const COUNT = 77;
const TARGET_S = 10;

export default {
  title: `templates: kpi template --agencies, ${COUNT} workbooks (target < ${TARGET_S} s)`,
  run: (): void => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-bench-templates-"));
    try {
      const names = AGENCIES.map((a) => a.name);
      for (let i = 1; names.length < COUNT; i++) names.push(`หน่วยงานทดสอบ ${i}`);
      writeFileSync(join(dir, "agencies.txt"), names.slice(0, COUNT).join("\n"));
      const started = performance.now();
      const r = spawnSync(process.execPath, [join(__dirname, "..", "bin", "kpi.js"), "template", "--framework", "bma-2566-bureau", "--agencies", join(dir, "agencies.txt"), "-o", join(dir, "out")], { encoding: "utf8" });
      const seconds = (performance.now() - started) / 1000;
      const code = r.status;
      if (code !== 0) console.error(r.stderr);
      const written = readdirSync(join(dir, "out")).length;
      console.log(`exit ${code}; ${written} templates in ${seconds.toFixed(2)} s (${((seconds * 1000) / written).toFixed(0)} ms each); target < ${TARGET_S} s: ${seconds < TARGET_S ? "met" : "NOT met"}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
