import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, StatusMessage, Text, Title3 } from "../ui";
import type { BasketScreenState } from "./BasketScreen.types";
import type { useBasketScreenStyles } from "./useBasketScreenStyles.styles";

export function renderBasketScreen(state: BasketScreenState, styles: ReturnType<typeof useBasketScreenStyles>): JSX.Element {
  const { t } = state;
  return (
    <section className={styles.root} aria-labelledby={state.headingId}>
      <Title3 as="h2" id={state.headingId} tabIndex={-1} className={styles.heading}>
        {t.basketHeading}
      </Title3>
      <Text>{t.basketIntro}</Text>
      <div className={styles.fileField}>
        <label htmlFor={state.fileInputId}>{t.openFile}</label>
        <input
          id={state.fileInputId}
          type="file"
          accept=".jsonl,.json,.txt,application/json"
          className={styles.file}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) state.openFile(file);
          }}
        />
      </div>
      {state.loaded && (
        <MessageBar intent={state.loaded.intent}>
          <MessageBarBody>{state.loaded.text}</MessageBarBody>
        </MessageBar>
      )}
      {state.hasBasket && (
        <div className={styles.filters}>
          <Field label={t.search} hint={t.searchHint}>
            <Input type="search" value={state.query} onChange={(_, d) => state.setQuery(d.value)} />
          </Field>
          <Field label={t.component}>
            <Select value={state.component} onChange={(_, d) => state.setComponent(d.value)}>
              <option value="">{t.anyComponent}</option>
              {state.components.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      )}
      <StatusMessage outcome={state.outcome} />
      {state.busy && <Spinner size="tiny" label={t.adding} />}
      {state.empty && <Text>{state.empty}</Text>}
      {state.items.length > 0 && (
        <ul className={styles.list}>
          {state.items.map((item) => (
            <li key={item.key} className={styles.item}>
              <Text className={styles.name}>{item.name}</Text>
              <Text className={styles.meta}>{item.meta}</Text>
              <Text>{item.figures}</Text>
              {item.similarity && <Text className={styles.meta}>{item.similarity}</Text>}
              {item.presentAs ? (
                <Text>{t.alreadyThere(item.presentAs)}</Text>
              ) : (
                <div>
                  <Button onClick={item.add} disabled={state.busy}>
                    {t.addRow(item.component)}
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
