// "Check before sending": a full check (cells pasted past Excel's data validation included);
// with errors the list is what the user needs, without them the seal goes into the workbook.
import { useCallback, useState } from "react";
import type { Seal } from "../../seal/seal";
import { useHost, useServices } from "../context";
import type { LiveCheckState } from "./useLiveCheck";

export type SealStatus = "idle" | "checking" | "errors" | "sealed" | "failed";

export interface SealState {
  status: SealStatus;
  /** The seal written by the last run. */
  written: Seal | null;
  errors: number;
  error: unknown;
  run: () => Promise<SealStatus>;
}

export function useSeal(check: LiveCheckState, metaSheet: string | null, now: () => Date = () => new Date()): SealState {
  const { output } = useHost();
  const { sealOf } = useServices().seal;
  const [status, setStatus] = useState<SealStatus>("idle");
  const [written, setWritten] = useState<Seal | null>(null);
  const [errors, setErrors] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const { checkNow } = check;

  const run = useCallback(async (): Promise<SealStatus> => {
    if (!metaSheet) return "idle";
    setStatus("checking");
    setError(null);
    // The seal vouches for the formulas too: they are compared with the template's.
    const result = await checkNow({ formulas: true });
    if (!result) {
      setStatus("failed");
      return "failed";
    }
    setErrors(result.errors);
    if (result.errors > 0) {
      setStatus("errors");
      return "errors";
    }
    try {
      // Over the seal rows already there, else after the metadata sheet's last used row.
      const { seal, block } = await sealOf(result, now());
      await output.writeCells(metaSheet, block.address, block.values);
      setWritten(seal);
      setStatus("sealed");
      await checkNow();
      return "sealed";
    } catch (e) {
      setError(e);
      setStatus("failed");
      return "failed";
    }
  }, [checkNow, metaSheet, output, now, sealOf]);

  return { status, written, errors, error, run };
}
