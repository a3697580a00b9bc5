import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, Spinner, Switch, Title2 } from "../ui";
import { CheckScreen } from "../CheckScreen";
import { StartScreen } from "../StartScreen";
import { WeightPanel } from "../WeightPanel";
import { errorText } from "../CheckScreen/useCheckScreen";
import type { AppState } from "./App.types";
import type { useAppStyles } from "./useAppStyles.styles";
import { ImportScreen, preloadScreen, SendScreen, SummariesScreen } from "./lazyScreens";

function renderScreen(state: AppState): JSX.Element | null {
  switch (state.view) {
    case "start":
      return (
        <StartScreen
          frameworks={state.frameworks}
          templates={state.plan.templates}
          activeMeta={state.plan.active?.meta ?? null}
          busy={state.plan.busy}
          inserted={state.plan.inserted}
          onInsert={(p, f) => void state.insert(p, f)}
          onOpen={state.open}
          onImport={() => state.go("import")}
        />
      );
    case "import":
      return <ImportScreen frameworks={state.frameworks} busy={state.plan.busy} onInsert={(p, f) => void state.insert(p, f)} />;
    case "check":
      return <CheckScreen check={state.check} />;
    case "send":
      return <SendScreen check={state.check} seal={state.seal} />;
    case "summaries":
      return <SummariesScreen check={state.check} summaries={state.summaries} />;
    default:
      return null;
  }
}

export function renderApp(state: AppState, styles: ReturnType<typeof useAppStyles>): JSX.Element {
  const { t } = state;
  const planError = state.plan.status === "error" || (state.plan.error !== null && state.plan.error !== undefined) ? errorText(state.plan.error) : null;
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <Title2 as="h1" className={styles.title}>
            {t.appTitle}
          </Title2>
          <Caption1 className={styles.subtitle}>{state.openLabel ?? t.appSubtitle}</Caption1>
        </div>
        <Switch label={t.languageSwitch} checked={state.lang === "en"} onChange={(_, d) => state.setLang(d.checked ? "en" : "th")} />
      </header>
      <nav aria-label={t.navLabel} className={styles.nav}>
        <ul className={styles.navList}>
          {state.nav.map((item) => (
            <li key={item.view}>
              <Button
                appearance={state.view === item.view ? "primary" : "subtle"}
                aria-current={state.view === item.view ? "page" : undefined}
                disabled={item.disabled}
                title={item.disabled ? t.navNeedsPlan : undefined}
                onClick={() => state.go(item.view)}
                onPointerEnter={() => preloadScreen(item.view)}
                onFocus={() => preloadScreen(item.view)}
              >
                {item.label}
              </Button>
            </li>
          ))}
        </ul>
      </nav>
      {planError && (
        <MessageBar intent="error">
          <MessageBarBody>{t.failed(planError)}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void state.plan.refresh()}>{t.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar intent="success">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      {state.plan.active && <WeightPanel weights={state.check.result?.weights ?? null} />}
      <main className={styles.main}>{state.plan.status === "loading" ? <Spinner label={t.loading} /> : renderScreen(state)}</main>
    </div>
  );
}
