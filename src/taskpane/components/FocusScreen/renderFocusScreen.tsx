import { Button, MessageBar, MessageBarBody, Spinner, StatusMessage, Text, Title3 } from "../ui";
import type { FocusScreenState } from "./FocusScreen.types";
import type { useFocusScreenStyles } from "./useFocusScreenStyles.styles";

export function renderFocusScreen(state: FocusScreenState, styles: ReturnType<typeof useFocusScreenStyles>): JSX.Element {
  const { t } = state;
  return (
    <section className={styles.root} aria-labelledby={state.headingId}>
      <Title3 as="h2" id={state.headingId} tabIndex={-1} className={styles.heading}>
        {t.focusHeading}
      </Title3>
      {state.deadline && (
        <MessageBar intent={state.deadline.intent}>
          <MessageBarBody>{state.deadline.text}</MessageBarBody>
        </MessageBar>
      )}
      {state.intro && <Text>{state.intro}</Text>}
      {state.empty && <Text>{state.empty}</Text>}
      <StatusMessage outcome={state.outcome} />
      {state.busy && <Spinner size="tiny" label={t.adding} />}
      {state.items.length > 0 && (
        <ul className={styles.list}>
          {state.items.map((item) => (
            <li key={item.key} className={styles.item}>
              <Text className={styles.issue}>{item.issue}</Text>
              <Text className={styles.name}>{item.name}</Text>
              <Text>{item.target}</Text>
              <Text>{item.responsible}</Text>
              {item.presentAs ? (
                <Text>{t.alreadyThere(item.presentAs)}</Text>
              ) : (
                <div>
                  <Button onClick={item.add} disabled={state.busy}>
                    {t.addKpi(state.component)}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
