// The add-in's own writes, told apart from people's: worksheet.onChanged fires for the add-in's
// writes too (OFFICE-NOTES: "Events, validation, files"). Events whose triggerSource is
// "ThisLocalAddin" (ExcelApi 1.14) are the add-in's; any other triggerSource is someone else's.
// Hosts before 1.14 send no triggerSource: there an event is the echo of an own write only when it
// names a range the add-in wrote, on that sheet, shortly before — a time window alone would drop
// the edits people make meanwhile. Only cell writes echo: conditional formats (the marks),
// charts and protection change no cell value and raise no onChanged event. One guard per host,
// shared by every port that writes (output) and the one that listens (live).
import type { ExcelRun } from "./types";

/** How long an own write may still come back as an event (hosts before 1.14). */
const ECHO_MS = 2_000;

/** A range the add-in wrote: its sheet and address as Office names it in the event ("A90:B90"). */
export interface OwnWrite {
  sheet: string;
  address: string;
}

export interface EchoGuard {
  /** Runs a batch that writes `writes`: the events they cause are not passed on. */
  write<T>(writes: readonly OwnWrite[], batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Whether a change event on `sheet` is the echo of an own write. */
  isOwn(e: Excel.WorksheetChangedEventArgs, sheet: string): boolean;
}

const plain = (address: string): string => address.replace(/\$/g, "").replace(/^.*!/, "").toUpperCase();

export function createEchoGuard(run: ExcelRun, now: () => number): EchoGuard {
  let pending: (OwnWrite & { until: number })[] = [];
  return {
    async write(writes, batch) {
      const mine = writes.map((w) => ({ sheet: w.sheet.toLowerCase(), address: plain(w.address), until: Infinity }));
      pending.push(...mine);
      try {
        return await run(batch);
      } finally {
        const until = now() + ECHO_MS;
        for (const w of mine) w.until = until;
      }
    },
    isOwn(e, sheet) {
      if (e.triggerSource !== undefined) return e.triggerSource === ("ThisLocalAddin" as Excel.EventTriggerSource);
      const t = now();
      pending = pending.filter((w) => w.until >= t);
      const i = pending.findIndex((w) => w.sheet === sheet.toLowerCase() && w.address === plain(e.address ?? ""));
      if (i < 0) return false;
      pending.splice(i, 1);
      return true;
    },
  };
}
