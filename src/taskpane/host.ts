// Where the pane's workbook comes from: in Excel, the Office.js ports over Excel.run; anywhere
// else (office.js loaded in a plain browser: Office.onReady gives host null) there is no workbook.
// Tests and the benchmark stand in for Excel by serving their own office.js (a fake Office and
// Excel), so this file holds no test hook.
import { createOfficeHost } from "../excel/host";
import type { PaneHost } from "./context";

export function resolveHost(info: { host: Office.HostType | null } | null): PaneHost | null {
  if (info?.host !== Office.HostType.Excel) return null;
  return createOfficeHost({ displayLanguage: Office.context.displayLanguage ?? "th-TH" });
}
