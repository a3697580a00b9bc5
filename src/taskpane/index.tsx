// Task-pane entry: render after Office.onReady, then load the workbook's framework defaults for
// the custom functions (they share this runtime).
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { findFramework } from "../core/frameworks";
import { applyWorkbookFramework } from "../functions/workbookFramework";
import { App } from "./App";

void Office.onReady((info) => {
  const container = document.getElementById("root");
  if (container) {
    createRoot(container).render(
      <FluentProvider theme={webLightTheme}>
        <App />
      </FluentProvider>,
    );
  }
  if (info.host === Office.HostType.Excel) void applyWorkbookFramework((id) => findFramework(id));
});
