// The pane with its providers: Fluent's theme (Thai font stack), the engine, the workbook, the
// language and the drafts of what the user typed on screens that come and go.
import { FluentProvider } from "@fluentui/react-components";
import { App, type AppProps } from "./components/App";
import { EngineProvider, HostProvider, LangProvider, type PaneHost } from "./context";
import { DraftsProvider } from "./drafts";
import type { Engine } from "./engine";
import { langOf } from "./i18n/strings";
import { paneTheme } from "./theme";

export interface PaneProps extends AppProps {
  engine: Engine;
  host: PaneHost;
  displayLanguage: string;
}

export function Pane({ engine, host, displayLanguage, ...app }: PaneProps): JSX.Element {
  return (
    <FluentProvider theme={paneTheme}>
      <EngineProvider engine={engine}>
        <HostProvider host={host}>
          <LangProvider initial={langOf(displayLanguage)}>
            <DraftsProvider>
              <App {...app} />
            </DraftsProvider>
          </LangProvider>
        </HostProvider>
      </EngineProvider>
    </FluentProvider>
  );
}
