// Task-pane entry: render after Office.onReady with the workbook reached through the port and the
// session (never Office.js from components), then load the workbook's framework defaults for the
// custom functions (they share this runtime). The engine chunk (core, layout, adapters) is fetched
// at once, while office.js starts up.
import { createRoot } from "react-dom/client";
import { applyWorkbookFramework } from "../functions/workbookFramework";
import { loadEngine } from "./loadEngine";
import { NoHost } from "./NoHost";
import { Pane } from "./Pane";

const engine = loadEngine();
const container = document.getElementById("root");
const root = container ? createRoot(container) : null;
root?.render(<NoHost displayLanguage={navigator.language} loading />);

void Office.onReady(async (info) => {
  const e = await engine;
  const host = e.resolveHost(info);
  root?.render(host ? <Pane engine={e} host={host} displayLanguage={host.displayLanguage} /> : <NoHost displayLanguage={navigator.language} />);
  if (info.host === Office.HostType.Excel) void applyWorkbookFramework((id) => e.findFramework(id));
});
