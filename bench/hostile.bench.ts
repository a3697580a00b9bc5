// Reading hostile workbooks (test/xlsx/hostile.ts) and, for comparison, ordinary templates of 30
// and 1,000 KPIs: the time of the read and the peak memory of a process that does nothing else.
// Targets (printed, never asserted): any file up to 10 MB is read or refused in under 5 s and
// 500 MB. Each read runs in a fresh process, so one file's memory does not count for the next.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findFramework } from "../src/core/frameworks/shipped";
import type { Framework } from "../src/core/schema/framework";
import { atTheLimits, HOSTILE, templateXlsx } from "../test/xlsx/hostile";
import { sizedPlan } from "../test/workbook/plans";

interface Figures {
  ms: number;
  peakMb: number;
  startMb: number;
  outcome: string;
}

function readInProcess(path: string): Figures {
  const r = spawnSync(process.execPath, ["-r", "@swc-node/register", join(__dirname, "hostileRead.ts"), path], { encoding: "utf8", cwd: join(__dirname, "..") });
  if (r.status !== 0) return { ms: Number.NaN, peakMb: Number.NaN, startMb: Number.NaN, outcome: `the process failed: ${r.stderr.split("\n")[0] ?? ""}` };
  return JSON.parse(r.stdout) as Figures;
}

export default {
  title: "hostile workbooks: time and peak memory of one read (target: < 5 s, < 500 MB)",
  async run(): Promise<void> {
    const dir = mkdtempSync(join(tmpdir(), "kpi-hostile-bench-"));
    try {
      const fw = findFramework("bma-2567-bureau") as Framework;
      const files: { name: string; what: string; bytes: Uint8Array }[] = [];
      for (const n of [30, 1000]) files.push({ name: `template-${n}`, what: `an ordinary template of ${n} KPIs`, bytes: await templateXlsx(sizedPlan(n), fw) });
      files.push({ name: "at-the-limits", what: "a sheet of 99,000 rows and 198,000 cells more: as large as reading allows", bytes: await atTheLimits() });
      for (const h of HOSTILE) files.push({ name: h.name, what: h.what, bytes: await h.build() });
      console.log("file                  size       time      peak RSS   (process start)  outcome");
      for (const f of files) {
        const path = join(dir, `${f.name}.xlsx`);
        writeFileSync(path, f.bytes);
        const r = readInProcess(path);
        const over = r.ms > 5000 || r.peakMb > 500 ? "  ✗ past target" : "";
        console.log(
          `${f.name.padEnd(20)} ${`${(f.bytes.length / 1024).toFixed(0)} KB`.padStart(8)} ${`${r.ms.toFixed(0)} ms`.padStart(9)} ${`${r.peakMb.toFixed(0)} MB`.padStart(10)}   ${`(${r.startMb.toFixed(0)} MB)`.padStart(9)}       ${r.outcome}${over}`,
        );
        console.log(`${"".padEnd(20)} ${f.what}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
