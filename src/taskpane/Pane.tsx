// The pane with its providers: Fluent's theme (Thai font stack), the services, the workbook, the
// language and the drafts of what the user typed on screens that come and go.
import { FluentProvider } from "@fluentui/react-components";
import { App, type AppProps } from "./components/App";
import { HostProvider, LangProvider, ServicesProvider, type PaneHost } from "./context";
import { DraftsProvider } from "./drafts";
import type { Services } from "./services";
import { langOf } from "./i18n/strings";
import { paneTheme } from "./theme";

export interface PaneProps extends AppProps {
  services: Services;
  host: PaneHost;
}

export function Pane({ services, host, ...app }: PaneProps): JSX.Element {
  return (
    <FluentProvider theme={paneTheme}>
      <ServicesProvider services={services}>
        <HostProvider host={host}>
          <LangProvider initial={langOf(host.displayLanguage)}>
            <DraftsProvider>
              <App {...app} />
            </DraftsProvider>
          </LangProvider>
        </HostProvider>
      </ServicesProvider>
    </FluentProvider>
  );
}
