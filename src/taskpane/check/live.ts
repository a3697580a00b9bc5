// The live check: hears people's edits on the template's sheets, waits until typing pauses
// (debounce), then checks what changed; one check at a time, changes that arrive meanwhile are
// checked right after. A full check can be asked for at any time (events can be missed).
import type { SheetChange, Unsubscribe } from "../../workbook/ports";
import type { CheckResult, FullCheckOptions, PlanChecker } from "./checker";

export const DEBOUNCE_MS = 300;

export interface LiveCheckOptions {
  debounceMs?: number;
  onResult: (result: CheckResult) => void;
  onError: (error: unknown) => void;
  onBusy?: (busy: boolean) => void;
}

export class LiveCheck {
  private pending: SheetChange[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private active = 0;
  private unsubscribe: Unsubscribe | null = null;
  private stopped = false;

  constructor(
    readonly checker: PlanChecker,
    private readonly options: LiveCheckOptions,
  ) {}

  /** Opens the template, starts listening and runs a first full check. */
  async start(): Promise<CheckResult> {
    await this.checker.open();
    this.unsubscribe = await this.checker.ports.live.watch(this.checker.dataSheets, (changes) => this.changed(changes));
    return this.checkNow();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const u = this.unsubscribe;
    this.unsubscribe = null;
    if (u) await u().catch(() => undefined);
  }

  /** People changed cells: check after the pause. */
  changed(changes: readonly SheetChange[]): void {
    if (this.stopped) return;
    this.pending.push(...changes);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush().catch(() => undefined);
    }, this.options.debounceMs ?? DEBOUNCE_MS);
  }

  /** Checks the pending changes now (tests and the benchmark skip the pause with this). */
  flush(): Promise<CheckResult | null> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    return this.exclusive(async () => {
      const changes = this.pending.splice(0);
      if (changes.length === 0) return null;
      return this.checker.live(changes);
    });
  }

  /** A full check, after any check under way. */
  checkNow(options: FullCheckOptions = {}): Promise<CheckResult> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    return this.exclusive(async () => {
      this.pending = [];
      return this.checker.full(options);
    }) as Promise<CheckResult>;
  }

  private exclusive<T extends CheckResult | null>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      if (this.stopped) return null as T;
      this.active++;
      if (this.active === 1) this.options.onBusy?.(true);
      try {
        const result = await work();
        if (result && !this.stopped) this.options.onResult(result);
        return result;
      } catch (e) {
        if (!this.stopped) this.options.onError(e);
        throw e;
      } finally {
        this.active--;
        if (this.active === 0 && !this.stopped) this.options.onBusy?.(false);
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
