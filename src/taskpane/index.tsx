// Task-pane entry: render after Office.onReady with the workbook reached through its ports (never
// Office.js from components), then load the workbook's framework defaults for the custom functions
// (they share this runtime). The services chunk (core, layout, adapters) is fetched at once, while
// office.js starts up, and so are the English words when the pane will show English.
import { createRoot } from "react-dom/client";
import { applyWorkbookFramework } from "../runtime/workbookFramework";
import { langOf, loadStrings } from "./i18n/strings";
import { loadServices } from "./loadServices";
import { NoHost } from "./NoHost";
import { Pane } from "./Pane";

const loading = loadServices();
const container = document.getElementById("root");
const root = container ? createRoot(container) : null;
let started = false;
root?.render(<NoHost displayLanguage={navigator.language} loading />);
// Without its words the language falls back to Thai (context.tsx): never an error of its own.
const words = (lang: string): Promise<unknown> => loadStrings(langOf(lang)).catch(() => undefined);
void words(navigator.language).then(() => {
  if (!started) root?.render(<NoHost displayLanguage={navigator.language} loading />);
});

void Office.onReady(async (info) => {
  const services = await loading;
  const host = services.host.resolveHost(info);
  await words(host?.displayLanguage ?? navigator.language);
  started = true;
  root?.render(host ? <Pane services={services} host={host} /> : <NoHost displayLanguage={navigator.language} />);
  if (host) void applyWorkbookFramework((id) => services.frameworks.find(id));
});
