// Summaries: a fresh full check, then the generated sheets refreshed (src/template/summaries.ts:
// only sheets whose marker says they were generated for this template are replaced), then the
// chart where the host draws one.
import { useCallback, useState } from "react";
import { useHost, useServices } from "../context";
import type { LiveCheckState } from "./useLiveCheck";

export interface SummariesState {
  status: "idle" | "working" | "done" | "failed";
  sheets: string[];
  replaced: number;
  charted: boolean;
  error: unknown;
  generate: () => Promise<boolean>;
}

export function useSummaries(check: LiveCheckState, metaSheet: string | null, now: () => Date = () => new Date()): SummariesState {
  const { workbook, output } = useHost();
  const { refreshSummaries } = useServices().workbook;
  const [status, setStatus] = useState<SummariesState["status"]>("idle");
  const [sheets, setSheets] = useState<string[]>([]);
  const [replaced, setReplaced] = useState(0);
  const [charted, setCharted] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const { checkNow } = check;

  const generate = useCallback(async (): Promise<boolean> => {
    if (!metaSheet) return false;
    setStatus("working");
    setError(null);
    try {
      const result = await checkNow();
      if (!result) throw check.error ?? new Error("check failed");
      const done = await refreshSummaries({ workbook, output }, { plan: result.plan, framework: result.framework, template: metaSheet, generatedAt: now() });
      setSheets(done.sheets);
      setReplaced(done.replaced);
      setCharted(done.charted);
      setStatus("done");
      return true;
    } catch (e) {
      setError(e);
      setStatus("failed");
      return false;
    }
  }, [checkNow, check.error, metaSheet, workbook, output, now, refreshSummaries]);

  return { status, sheets, replaced, charted, error, generate };
}
