// One workbook read in a process of its own, for the hostile benchmark: prints the time of the
// read and the peak memory (resident set) of the whole process as one line of JSON.
//   node -r @swc-node/register bench/hostileRead.ts file.xlsx
import { readFileSync } from "node:fs";
import { readTemplate } from "../src/template/read";
import { XlsxWorkbook } from "../src/xlsx/workbook";

async function main(): Promise<void> {
  const bytes = readFileSync(process.argv[2] as string);
  const before = process.resourceUsage().maxRSS;
  const t0 = performance.now();
  let outcome: string;
  try {
    const read = await readTemplate(await XlsxWorkbook.fromBuffer(bytes));
    outcome = `read: ${read.plan.kpis.length} KPIs`;
  } catch (e) {
    outcome = `refused: ${(e as Error & { en?: string }).en ?? (e as Error).message}`;
  }
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, startMb: before / 1024, outcome }));
}

void main();
