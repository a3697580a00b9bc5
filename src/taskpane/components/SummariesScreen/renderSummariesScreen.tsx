import { Button, MessageBar, MessageBarBody, Spinner, Text, Title3 } from "../ui";
import type { SummariesScreenState } from "./SummariesScreen.types";
import type { useSummariesScreenStyles } from "./useSummariesScreenStyles.styles";

export function renderSummariesScreen(state: SummariesScreenState, styles: ReturnType<typeof useSummariesScreenStyles>): JSX.Element {
  const { t } = state;
  return (
    <section className={styles.root} aria-labelledby={state.headingId}>
      <Title3 as="h2" id={state.headingId} tabIndex={-1} className={styles.heading}>
        {t.summariesHeading}
      </Title3>
      <Text>{t.summariesIntro}</Text>
      {state.total && <Text className={styles.total}>{state.total}</Text>}
      {state.warning && (
        <MessageBar intent="warning">
          <MessageBarBody>{state.warning}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={state.generate} disabled={state.busy}>
          {t.generate}
        </Button>
        {state.busy && <Spinner size="tiny" label={t.generating} />}
      </div>
      <div role="status" aria-live="polite">
        {state.outcome && (
          <MessageBar intent={state.outcome.intent}>
            <MessageBarBody>{state.outcome.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state.noChart && (
        <MessageBar intent="info">
          <MessageBarBody>{t.noChart}</MessageBarBody>
        </MessageBar>
      )}
      {state.sheets.length > 0 && (
        <ul className={styles.list}>
          {state.sheets.map((name) => (
            <li key={name}>
              <Button appearance="subtle" onClick={() => state.goTo({ sheet: name, cell: "A1" })}>
                {t.goToSheet(name)}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
