import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, Spinner, Switch, Title2 } from "../ui";
import { WeightPanel } from "../WeightPanel";
import { errorText } from "../CheckScreen/useCheckScreen";
import type { AppState } from "./App.types";
import type { useAppStyles } from "./useAppStyles.styles";
import { preloadScreen, SCREENS } from "./screens";

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
      <main className={styles.main}>{state.plan.status === "loading" ? <Spinner label={t.loading} /> : state.view && SCREENS[state.view].render(state)}</main>
    </div>
  );
}
