import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Subtitle2, Text, Title3 } from "../ui";
import type { StartScreenState } from "./StartScreen.types";
import { useStartScreenStyles } from "./useStartScreenStyles.styles";

export function renderStartScreen(state: StartScreenState, styles: ReturnType<typeof useStartScreenStyles>): JSX.Element {
  const { t, lang } = state;
  return (
    <section className={styles.root} aria-labelledby={state.ids.heading}>
      <Title3 as="h2" id={state.ids.heading} tabIndex={-1} className={styles.heading}>
        {t.startHeading}
      </Title3>
      <Text>{t.startIntro}</Text>
      <form
        className={styles.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          state.submit();
        }}
      >
        <div className={styles.row}>
          <Field label={t.fiscalYear}>
            <Select className={styles.select} value={String(state.year)} onChange={(_, d) => state.setYear(Number(d.value))}>
              {state.years.map((y) => (
                <option key={y} value={y}>
                  {t.fiscalYearOption(y)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.agencyKind}>
            <Select className={styles.select} value={state.kind} onChange={(_, d) => state.setKind(d.value as typeof state.kind)}>
              {state.kinds.map(({ kind, available }) => (
                <option key={kind} value={kind} disabled={!available}>
                  {kind === "bureau" ? t.kindBureau : t.kindDistrict}
                  {available ? "" : ` (${t.kindNone})`}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Caption1 className={styles.framework}>
          {t.framework}: {state.framework ? state.framework.name[lang] : t.kindUnavailable}
        </Caption1>
        <Field
          label={t.agency}
          required
          hint={state.resolved ? t.agencyResolved(state.resolved) : t.agencyHint}
          validationMessage={state.agencyError ?? undefined}
          validationState={state.agencyError ? "error" : "none"}
        >
          <Input
            id={state.ids.agency}
            list={state.ids.agencies}
            value={state.agency}
            autoComplete="off"
            onFocus={state.wantAgencies}
            onChange={(_, d) => state.setAgency(d.value)}
          />
        </Field>
        <datalist id={state.ids.agencies}>
          {state.suggestions.map((a) => (
            <option key={a.name} value={a.name} label={a.abbr ? `${a.abbr} · ${a.en}` : a.en} />
          ))}
        </datalist>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={state.busy || !state.framework}>
            {t.insert}
          </Button>
          {state.busy && <Spinner size="tiny" label={t.inserting} />}
        </div>
      </form>
      {state.onImport && (
        <div className={styles.actions}>
          <Text>{t.startImportHint}</Text>
          <Button onClick={state.onImport}>{t.startImport}</Button>
        </div>
      )}
      {state.inserted && (
        <MessageBar intent="success">
          <MessageBarBody>{state.inserted}</MessageBarBody>
        </MessageBar>
      )}
      <Subtitle2 as="h3" id={state.ids.existing} className={styles.subheading}>
        {t.existingHeading}
      </Subtitle2>
      {state.templates.length === 0 ? (
        <Text>{t.existingNone}</Text>
      ) : (
        <ul className={styles.list} aria-labelledby={state.ids.existing}>
          {state.templates.map((tpl) => {
            const agency = tpl.agency || t.unnamedAgency;
            const year = tpl.fiscalYear === null ? "?" : String(tpl.fiscalYear);
            const current = tpl.meta === state.activeMeta;
            return (
              <li key={tpl.meta} className={styles.item}>
                <Button appearance={current ? "primary" : "secondary"} aria-current={current ? "true" : undefined} onClick={() => state.onOpen(tpl.meta)}>
                  {t.openPlan(agency, year)}
                </Button>
                {current && <Caption1>({t.opened})</Caption1>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
