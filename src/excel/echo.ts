// The add-in's own writes, told apart from people's: worksheet.onChanged fires for the add-in's
// writes too (OFFICE-NOTES: "Events, validation, files"). Events whose triggerSource is
// "ThisLocalAddin" (ExcelApi 1.14) are dropped; on older hosts, events that arrive while one of the
// host's own write batches runs (and shortly after) are dropped as well. One guard per host, shared
// by every port that writes (marks, output) and the one that listens (live).
import type { ExcelRun } from "./types";

/** How long after an own write batch events are still taken for its echo (hosts before 1.14). */
const ECHO_MS = 400;

export interface EchoGuard {
  /** Runs a batch that writes: the events it causes are not passed on. */
  write<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Whether a change event is the echo of an own write. */
  isOwn(e: Excel.WorksheetChangedEventArgs): boolean;
}

export function createEchoGuard(run: ExcelRun, now: () => number): EchoGuard {
  let writing = 0;
  let quietUntil = 0;
  return {
    async write(batch) {
      writing++;
      try {
        return await run(batch);
      } finally {
        writing--;
        quietUntil = now() + ECHO_MS;
      }
    },
    isOwn: (e) =>
      e.triggerSource === ("ThisLocalAddin" as Excel.EventTriggerSource) || (e.triggerSource === undefined && (writing > 0 || now() < quietUntil)),
  };
}
