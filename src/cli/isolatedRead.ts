// Plan files read in worker threads with a time and a memory limit, for commands that read many
// files from strangers (`kpi collect`: one file per agency): a file that would take too long or
// too much memory costs its own read, never the run.
//
//   const outcome = await readIsolated("สนน.xlsx");
//   if (outcome.ok) use(outcome.read);            // plan, framework, findings, seal
//   else report(outcome.reason);                   // one line, Thai / English
//
//   const outcomes = await readPool(requests, { threads: 2, onRead });   // many files, in order
//
// A pool keeps each thread for file after file (loading the reader once per thread) and gives
// every file its own time limit; a thread stopped for time or memory is replaced by a fresh one
// for the files left. Reading is bounded already (src/xlsx/limits.ts); this is the second line
// of defence, for what those limits do not foresee.
import { extname, join } from "node:path";
import { Worker } from "node:worker_threads";
import { toThaiDigits } from "../core/thai/digits";
import type { IsolatedOutcome, IsolatedRequest } from "./planRead";

export type { IsolatedOutcome, IsolatedRead, IsolatedRequest } from "./planRead";

export interface IsolationLimits {
  /** Wall-clock time for one file's read (from when it is handed to a thread), in milliseconds. */
  timeoutMs: number;
  /** A thread's JavaScript heap (V8 old generation), in MB. */
  memoryMb: number;
}

/** Well above what a bounded read needs (under 5 s and 500 MB), well below what stops a run. */
export const ISOLATION_LIMITS: IsolationLimits = { timeoutMs: 30_000, memoryMb: 768 };

/** What a thread is sent and sends back. */
export interface WorkerTask {
  id: number;
  request: IsolatedRequest;
}
export interface WorkerReply {
  id: number;
  outcome: IsolatedOutcome;
}

export interface PoolOptions {
  /** Threads reading at once (at least 1). */
  threads: number;
  limits?: Partial<IsolationLimits>;
  /** Called as each file is done, in the order they finish. */
  onRead?: (index: number, outcome: IsolatedOutcome) => void;
}

/**
 * The worker's script. From compiled JavaScript (dist/) it is the .js file beside this one; from
 * the TypeScript sources (tests, benchmarks) the worker registers the same TypeScript loader first.
 */
function startWorker(limits: IsolationLimits): Worker {
  const options = {
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
  };
  const script = join(__dirname, `isolatedReadWorker${extname(__filename)}`);
  if (extname(__filename) !== ".ts") return new Worker(script, options);
  return new Worker(`require("@swc-node/register"); require(${JSON.stringify(script)});`, { ...options, eval: true });
}

const refusal = (th: string, en: string): IsolatedOutcome => ({ ok: false, reason: `${th} / ${en}`, exitCode: 2 });

/** Reads every request in worker threads within the limits; the outcomes in the order asked. Never throws. */
export function readPool(requests: readonly IsolatedRequest[], options: PoolOptions): Promise<IsolatedOutcome[]> {
  const limits = { ...ISOLATION_LIMITS, ...options.limits };
  const outcomes: (IsolatedOutcome | undefined)[] = new Array(requests.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve) => {
    if (requests.length === 0) {
      resolve([]);
      return;
    }
    const finish = (index: number, outcome: IsolatedOutcome): void => {
      if (outcomes[index] !== undefined) return;
      outcomes[index] = outcome;
      done++;
      options.onRead?.(index, outcome);
      if (done === requests.length) resolve(outcomes as IsolatedOutcome[]);
    };

    /** One thread: takes the next file when free; stopped, it hands its place to a fresh thread. */
    const run = (): void => {
      if (next >= requests.length) return;
      const worker = startWorker(limits);
      let current: { index: number; timer: NodeJS.Timeout } | null = null;
      let stopped = false;
      const stop = (outcome: IsolatedOutcome | null): void => {
        if (stopped) return;
        stopped = true;
        if (current) {
          clearTimeout(current.timer);
          finish(current.index, outcome ?? refusal("การอ่านหยุดกลางคัน", "the read ended early"));
          current = null;
        }
        void worker.terminate();
        run();
      };
      const take = (): void => {
        if (next >= requests.length) {
          stopped = true;
          void worker.terminate();
          return;
        }
        const index = next++;
        const { path } = requests[index] as IsolatedRequest;
        const seconds = Math.round(limits.timeoutMs) / 1000;
        const timer = setTimeout(
          () => stop(refusal(`อ่าน ${path} ไม่เสร็จภายใน ${toThaiDigits(seconds)} วินาที จึงหยุดอ่าน`, `reading ${path} took longer than ${seconds} s and was stopped`)),
          limits.timeoutMs,
        );
        current = { index, timer };
        worker.postMessage({ id: index, request: requests[index] as IsolatedRequest } satisfies WorkerTask);
      };
      worker.on("message", (reply: WorkerReply) => {
        if (!current || reply.id !== current.index) return;
        clearTimeout(current.timer);
        const index = current.index;
        current = null;
        finish(index, reply.outcome);
        take();
      });
      worker.on("error", (e: Error & { code?: string }) => {
        const path = current ? (requests[current.index] as IsolatedRequest).path : "";
        const mb = limits.memoryMb;
        stop(
          e.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? refusal(`อ่าน ${path} ต้องใช้หน่วยความจำเกิน ${toThaiDigits(mb)} MB จึงหยุดอ่าน`, `reading ${path} needed more than ${mb} MB of memory and was stopped`)
            : refusal(`อ่าน ${path} ไม่ได้: ${e.message}`, `cannot read ${path}: ${e.message}`),
        );
      });
      worker.on("exit", (code) => {
        const path = current ? (requests[current.index] as IsolatedRequest).path : "";
        stop(refusal(`การอ่าน ${path} หยุดกลางคัน (รหัส ${toThaiDigits(code)})`, `reading ${path} ended early (code ${code})`));
      });
      take();
    };
    for (let i = 0; i < Math.max(1, Math.min(options.threads, requests.length)); i++) run();
  });
}

/** Reads and validates `path` in a worker within `limits`; never throws. */
export async function readIsolated(path: string, options: { framework?: string; limits?: Partial<IsolationLimits> } = {}): Promise<IsolatedOutcome> {
  const [outcome] = await readPool([{ path, framework: options.framework }], { threads: 1, ...(options.limits ? { limits: options.limits } : {}) });
  return outcome as IsolatedOutcome;
}
