// The live check: hears people's edits on the template's sheets, waits until typing pauses
// (debounce), then checks what changed; one check at a time, changes that arrive meanwhile are
// checked right after. A full check can be asked for at any time (events can be missed). It
// watches the sheets that are there, as the last check found them (people rename and delete
// sheets), and everything that goes wrong — starting included — reaches onError.
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
  /** The sheets watched now, as one key. */
  private watching: string | null = null;
  private started = false;
  private stopped = false;

  constructor(
    readonly checker: PlanChecker,
    private readonly options: LiveCheckOptions,
  ) {}

  /**
   * Opens the template and runs a first full check (a template that cannot be opened reaches
   * onError like any failed check), then listens to the sheets that are there.
   */
  async start(): Promise<CheckResult> {
    const result = await this.checkNow();
    this.started = true;
    await this.watchPresent();
    return result;
  }

  /** Watches the template's sheets that the last check found, when they changed (a rename, a deletion). */
  private async watchPresent(): Promise<void> {
    const sheets = this.checker.presentSheets;
    const key = sheets.join("\u0000");
    if (!this.started || this.stopped || key === this.watching) return;
    this.watching = key;
    const before = this.unsubscribe;
    this.unsubscribe = null;
    if (before) await before().catch(() => undefined);
    try {
      const unsubscribe = await this.checker.ports.live.watch(sheets, (changes) => this.changed(changes));
      if (this.stopped) await unsubscribe().catch(() => undefined);
      else this.unsubscribe = unsubscribe;
    } catch (e) {
      this.watching = null;
      if (!this.stopped) this.options.onError(e);
    }
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
        if (result && !this.stopped) {
          this.options.onResult(result);
          await this.watchPresent();
        }
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
