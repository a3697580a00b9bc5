// Task-pane entry: render after Office.onReady with the workbook reached through its ports (never
// Office.js from components), then load the workbook's framework defaults for the custom functions
// (they share this runtime). The services chunk (core, layout, adapters) is fetched at once, while
// office.js starts up.
import { createRoot } from "react-dom/client";
import { applyWorkbookFramework } from "../functions/workbookFramework";
import { loadServices } from "./loadServices";
import { NoHost } from "./NoHost";
import { Pane } from "./Pane";

const loading = loadServices();
const container = document.getElementById("root");
const root = container ? createRoot(container) : null;
root?.render(<NoHost displayLanguage={navigator.language} loading />);

void Office.onReady(async (info) => {
  const services = await loading;
  const host = services.host.resolveHost(info);
  root?.render(host ? <Pane services={services} host={host} /> : <NoHost displayLanguage={navigator.language} />);
  if (host) void applyWorkbookFramework((id) => services.frameworks.find(id));
});
