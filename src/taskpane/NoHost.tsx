// What the pane shows before the engine has loaded, and when the page runs outside Excel with no
// injected workbook.
import { FluentProvider } from "@fluentui/react-components";
import { Body1, Spinner, Title2 } from "./components/ui";
import { langOf, stringsFor } from "./i18n/strings";
import { paneTheme } from "./theme";

export function NoHost({ displayLanguage, loading = false }: { displayLanguage: string; loading?: boolean }): JSX.Element {
  // Thai until the English words have arrived (index.tsx renders this again then).
  const t = stringsFor(langOf(displayLanguage));
  return (
    <FluentProvider theme={paneTheme} style={{ padding: 16 }}>
      <Title2 as="h1">{t.appTitle}</Title2>
      {loading ? <Spinner label={t.loading} /> : <Body1 as="p">{t.noHost}</Body1>}
    </FluentProvider>
  );
}
