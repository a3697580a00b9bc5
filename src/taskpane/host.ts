// Where the pane's workbook comes from. In Excel: the Office.js port and session over Excel.run.
// Outside Excel (office.js loaded in a plain browser, Office.onReady gives host null) a page may
// inject a host before office.js loads — the end-to-end test does, with a fake Excel — as
// window.__KPI_TEST_HOST__ = { run, displayLanguage }. Otherwise there is no workbook.
import { createOfficePort } from "../excel/officePort";
import { createOfficeSession } from "../excel/session";
import type { ExcelRun } from "../excel/types";
import type { PaneHost } from "./context";

export interface InjectedHost {
  run: ExcelRun;
  displayLanguage?: string;
}

export interface ResolvedHost extends PaneHost {
  displayLanguage: string;
}

type Slot = { __KPI_TEST_HOST__?: InjectedHost };

export function officeHost(run: ExcelRun | undefined, displayLanguage: string): ResolvedHost {
  const port = run ? createOfficePort(run) : createOfficePort();
  const session = createOfficeSession(run ? { run, displayLanguage } : { displayLanguage });
  return { port, session, displayLanguage };
}

export function resolveHost(info: { host: Office.HostType | null } | null): ResolvedHost | null {
  if (info?.host === Office.HostType.Excel) return officeHost(undefined, Office.context.displayLanguage ?? "th-TH");
  const injected = (globalThis as Slot).__KPI_TEST_HOST__;
  if (injected) return officeHost(injected.run, injected.displayLanguage ?? "th-TH");
  return null;
}
