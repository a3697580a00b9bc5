// Summaries: a fresh full check, then the three generated sheets replaced (only sheets whose
// marker says they were generated for this template are deleted), then the chart where the host
// draws one.
import { useCallback, useState } from "react";
import { useEngine, useHost } from "../context";
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
  const { port, session } = useHost();
  const { chooseSummaryNames, renderSummaries, isGeneratedSheet } = useEngine();
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
      const markers = await session.sheetMarkers();
      const ours = markers.filter((m) => isGeneratedSheet(m.sheet, m.marker, metaSheet)).map((m) => m.sheet);
      const taken = new Set(markers.map((m) => m.sheet.toLowerCase()));
      const mine = new Set(ours.map((s) => s.toLowerCase()));
      const names = await chooseSummaryNames(metaSheet, (name) => !taken.has(name.toLowerCase()) || mine.has(name.toLowerCase()));
      const summaries = await renderSummaries({ plan: result.plan, framework: result.framework, template: metaSheet, generatedAt: now(), names });
      const removed = await session.removeGenerated(metaSheet, ours);
      await port.addSheets(summaries.model);
      let drawn = false;
      try {
        drawn = await session.addCharts(summaries.charts);
      } catch {
        drawn = false;
      }
      setSheets(summaries.model.sheets.map((s) => s.name));
      setReplaced(removed.length);
      setCharted(drawn);
      setStatus("done");
      return true;
    } catch (e) {
      setError(e);
      setStatus("failed");
      return false;
    }
  }, [checkNow, check.error, metaSheet, session, port, now, chooseSummaryNames, renderSummaries, isGeneratedSheet]);

  return { status, sheets, replaced, charted, error, generate };
}
