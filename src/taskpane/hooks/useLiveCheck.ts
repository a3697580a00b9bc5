// The live check of the open plan as React state: started when a template is opened, stopped
// when it closes; results, busy state and errors; a full re-check and "go to cell" on demand.
import { useCallback, useEffect, useRef, useState } from "react";
import type { CellRef } from "../../workbook/model";
import type { CheckResult, FullCheckOptions } from "../check/checker";
import type { LiveCheck } from "../check/live";
import { useHost, useServices } from "../context";

export interface LiveCheckState {
  result: CheckResult | null;
  busy: boolean;
  error: unknown;
  /** A full check now; resolves with its result (null when no plan is open or it failed). */
  checkNow: (options?: FullCheckOptions) => Promise<CheckResult | null>;
  /** Shows a cell in Excel; false when its sheet is hidden (nothing to show). */
  select: (ref: CellRef) => Promise<boolean>;
}

export function useLiveCheck(metaSheet: string | null, options: { debounceMs?: number } = {}): LiveCheckState {
  const { live: livePort, marks, selection } = useHost();
  const { PlanChecker, LiveCheck, loadFormulaCheck } = useServices().check;
  const [result, setResult] = useState<CheckResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const live = useRef<LiveCheck | null>(null);
  const { debounceMs } = options;

  useEffect(() => {
    setResult(null);
    setError(null);
    if (!metaSheet) return undefined;
    const controller = new LiveCheck(new PlanChecker({ live: livePort, marks }, metaSheet, loadFormulaCheck), {
      ...(debounceMs === undefined ? {} : { debounceMs }),
      onResult: (r) => {
        setResult(r);
        setError(null);
      },
      onError: setError,
      onBusy: setBusy,
    });
    live.current = controller;
    // A start that fails has reached onError already (and so the pane): nothing to add here.
    controller.start().catch(() => undefined);
    return () => {
      live.current = null;
      void controller.stop();
    };
  }, [livePort, marks, metaSheet, debounceMs, PlanChecker, LiveCheck, loadFormulaCheck]);

  const checkNow = useCallback(async (options?: FullCheckOptions): Promise<CheckResult | null> => {
    const c = live.current;
    if (!c) return null;
    try {
      return await c.checkNow(options);
    } catch {
      return null;
    }
  }, []);

  const select = useCallback(
    async (ref: CellRef): Promise<boolean> => {
      try {
        return await selection.select(ref);
      } catch (e) {
        setError(e);
        return false;
      }
    },
    [selection],
  );

  return { result, busy, error, checkNow, select };
}
