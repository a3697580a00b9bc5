// One plan file read in a worker thread with a time and a memory limit, for commands that read
// many files from strangers (`kpi collect`: one file per agency): a file that would take too long
// or too much memory costs its own read, never the run.
//
//   const outcome = await readIsolated("สนน.xlsx");
//   if (outcome.ok) use(outcome.read);            // plan, framework, findings, seal
//   else report(outcome.reason);                   // one line, Thai / English
//
// Reading is bounded already (src/xlsx/limits.ts); this is the second line of defence, for what
// those limits do not foresee.
import { extname, join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Plan } from "../core/schema/plan";
import { toThaiDigits } from "../core/thai/digits";
import type { PlanFinding } from "../template/findings";
import type { SealReport } from "./seal";

export interface IsolationLimits {
  /** Wall-clock time for the whole read, in milliseconds. */
  timeoutMs: number;
  /** The worker's JavaScript heap (V8 old generation), in MB. */
  memoryMb: number;
}

/** Well above what a bounded read needs (under 5 s and 500 MB), well below what stops a run. */
export const ISOLATION_LIMITS: IsolationLimits = { timeoutMs: 30_000, memoryMb: 768 };

/** What `kpi validate --json` reports of a file (findings and seal), with the plan, as plain data. */
export interface IsolatedRead {
  plan: Plan;
  /** The id of the framework the plan was checked against. */
  framework: string;
  /** Rule findings and problems met reading cells, in the order kpi validate lists them. */
  findings: PlanFinding[];
  /** For a workbook; null for JSON. */
  seal: SealReport | null;
  /** Which template was read, when the workbook holds several (read with `sheet`). */
  note?: string;
}

export type IsolatedOutcome = { ok: true; read: IsolatedRead } | { ok: false; reason: string; exitCode: number };

/** What the worker is asked: the file, and the framework that --framework names. */
export interface IsolatedRequest {
  path: string;
  framework?: string | undefined;
  /** Which template of a workbook of several to read (--sheet). */
  sheet?: string | undefined;
}

export type IsolatedMessage = IsolatedOutcome;

/**
 * The worker's script. From compiled JavaScript (dist/) it is the .js file beside this one; from
 * the TypeScript sources (tests, benchmarks) the worker registers the same TypeScript loader first.
 */
function startWorker(request: IsolatedRequest, limits: IsolationLimits): Worker {
  const options = {
    workerData: request,
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
  };
  const script = join(__dirname, `isolatedReadWorker${extname(__filename)}`);
  if (extname(__filename) !== ".ts") return new Worker(script, options);
  return new Worker(`require("@swc-node/register"); require(${JSON.stringify(script)});`, { ...options, eval: true });
}

/** Reads and validates `path` in a worker within `limits`; never throws. */
export function readIsolated(path: string, options: { framework?: string; sheet?: string; limits?: Partial<IsolationLimits> } = {}): Promise<IsolatedOutcome> {
  const limits = { ...ISOLATION_LIMITS, ...options.limits };
  return new Promise((resolve) => {
    let settled = false;
    const worker = startWorker({ path, framework: options.framework, sheet: options.sheet }, limits);
    const settle = (outcome: IsolatedOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    const refuse = (th: string, en: string): void => settle({ ok: false, reason: `${th} / ${en}`, exitCode: 2 });
    const seconds = Math.round(limits.timeoutMs) / 1000;
    const mb = limits.memoryMb;
    const timer = setTimeout(
      () => refuse(`อ่าน ${path} ไม่เสร็จภายใน ${toThaiDigits(seconds)} วินาที จึงหยุดอ่าน`, `reading ${path} took longer than ${seconds} s and was stopped`),
      limits.timeoutMs,
    );
    worker.on("message", (message: IsolatedMessage) => settle(message));
    worker.on("error", (e: Error & { code?: string }) => {
      if (e.code === "ERR_WORKER_OUT_OF_MEMORY") {
        refuse(`อ่าน ${path} ต้องใช้หน่วยความจำเกิน ${toThaiDigits(mb)} MB จึงหยุดอ่าน`, `reading ${path} needed more than ${mb} MB of memory and was stopped`);
      } else {
        refuse(`อ่าน ${path} ไม่ได้: ${e.message}`, `cannot read ${path}: ${e.message}`);
      }
    });
    worker.on("exit", (code) => refuse(`การอ่าน ${path} หยุดกลางคัน (รหัส ${toThaiDigits(code)})`, `reading ${path} ended early (code ${code})`));
  });
}
