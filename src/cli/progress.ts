// A progress bar for long runs (kpi template --agencies): cli-progress on standard error, and only
// on a terminal — with output redirected or piped there is nothing but the final summary.
import type { Io } from "./io";

export interface Progress {
  tick(label: string): void;
  stop(): void;
}

const SILENT: Progress = { tick: () => undefined, stop: () => undefined };

/** A bar of `total` steps when both streams are a terminal; otherwise one that prints nothing. */
export async function progressBar(total: number, io: Io): Promise<Progress> {
  if (!io.isTerminal?.() || total === 0) return SILENT;
  const { SingleBar, Presets } = await import("cli-progress");
  const bar = new SingleBar(
    { format: "{bar} {value}/{total} {label}", stream: process.stderr, hideCursor: true, clearOnComplete: true, barsize: 30 },
    Presets.shades_classic,
  );
  bar.start(total, 0, { label: "" });
  return {
    tick: (label) => bar.increment(1, { label }),
    stop: () => bar.stop(),
  };
}
