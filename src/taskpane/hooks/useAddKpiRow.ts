// Adding a KPI row to the open template from a screen (a focus issue's supporting KPI, a KPI from
// the basket): the write through the rows port, the outcome in words, and a check right after —
// the add-in's own write raises no change event the live check would hear.
import { useState } from "react";
import type { NewKpi } from "../../template/addKpi";
import { errorText } from "../components/CheckScreen/useCheckScreen";
import { useHost, useLang, useServices } from "../context";
import type { LiveCheckState } from "./useLiveCheck";

export interface AddKpiRowState {
  busy: boolean;
  outcome: { intent: "success" | "error" | "warning"; text: string } | null;
  add: (kpi: NewKpi) => Promise<void>;
  clear: () => void;
}

export function useAddKpiRow(check: LiveCheckState, metaSheet: string | null, failed: (why: string) => string): AddKpiRowState {
  const { lang } = useLang();
  const { addKpiRow } = useServices().workbook;
  const host = useHost();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<AddKpiRowState["outcome"]>(null);
  const add = async (kpi: NewKpi): Promise<void> => {
    if (!metaSheet) return;
    setBusy(true);
    setOutcome(null);
    try {
      const done = await addKpiRow({ workbook: host.workbook, rows: host.rows }, metaSheet, kpi);
      setOutcome({ intent: done.how === "changed" ? "warning" : "success", text: done.message[lang] });
      await check.checkNow();
    } catch (e) {
      setOutcome({ intent: "error", text: failed(errorText(e) ?? "") });
    } finally {
      setBusy(false);
    }
  };
  return { busy, outcome, add, clear: () => setOutcome(null) };
}
