import { Button, Caption1, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, mergeClasses, Select, Spinner, Subtitle2, Text, Title3 } from "../ui";
import { ErrorIcon, OkIcon, WarningIcon } from "../Icons";
import type { ImportScreenState, PreviewView, ReportLine } from "./ImportScreen.types";
import type { useImportScreenStyles } from "./useImportScreenStyles.styles";

type Styles = ReturnType<typeof useImportScreenStyles>;

function renderFramework(state: ImportScreenState, styles: Styles): JSX.Element | null {
  const f = state.framework;
  if (!f) return null;
  const { t } = state;
  return (
    <Field label={t.framework} hint={f.hint} validationState={f.missing ? "warning" : "none"}>
      <Select className={styles.select} value={f.value} onChange={(_, d) => state.setFramework(d.value)}>
        {f.missing && <option value="">{t.frameworkPick}</option>}
        {f.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function renderLines(lines: ReportLine[], styles: Styles): JSX.Element {
  return (
    <ul className={styles.list}>
      {lines.map((l) => (
        <li key={l.key} className={styles.line}>
          {l.where && <Caption1 className={styles.meta}>{l.where}</Caption1>}
          <Text>{l.text}</Text>
        </li>
      ))}
    </ul>
  );
}

function renderPreview(state: ImportScreenState, p: PreviewView, styles: Styles): JSX.Element {
  const { t, ids } = state;
  return (
    <section className={styles.preview} aria-labelledby={ids.preview}>
      <Subtitle2 as="h3" id={ids.preview} className={styles.subheading}>
        {t.previewHeading}
      </Subtitle2>
      <Text className={styles.summary}>{p.summary}</Text>
      <Caption1 className={styles.meta}>{p.kind}</Caption1>
      {renderFramework(state, styles)}
      <Field
        label={t.agency}
        required
        hint={p.resolved ? t.agencyResolved(p.resolved) : t.agencyHint}
        validationMessage={p.agencyError ?? undefined}
        validationState={p.agencyError ? "error" : "none"}
      >
        <Input list={ids.agencies} value={p.agency} autoComplete="off" onChange={(_, d) => state.setAgency(d.value)} />
      </Field>
      <datalist id={ids.agencies}>
        {p.suggestions.map((a) => (
          <option key={a.name} value={a.name} label={a.abbr ? `${a.abbr} · ${a.en}` : a.en} />
        ))}
      </datalist>

      <section aria-labelledby={ids.kpis} className={styles.group}>
        <Subtitle2 as="h4" id={ids.kpis} className={styles.subheading}>
          {t.previewKpis}
        </Subtitle2>
        {p.components.map((c) => (
          <section key={c.code} aria-label={c.title}>
            <Caption1 as="h5" className={mergeClasses(styles.component, c.status === "ok" ? styles.ok : c.status === "under" ? styles.under : c.status === "over" ? styles.over : undefined)}>
              {c.title}
            </Caption1>
            {c.kpis.length === 0 ? (
              <Caption1 className={mergeClasses(styles.kpi, styles.meta)}>{t.previewNoKpi}</Caption1>
            ) : (
              <ul className={styles.list}>
                {c.kpis.map((k) => (
                  <li key={k.id} className={styles.kpi}>
                    <Text>
                      {k.id} {k.name}
                    </Text>
                    <Caption1 className={styles.meta}>{k.meta}</Caption1>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
        {p.standard && <Caption1 className={styles.meta}>{p.standard}</Caption1>}
      </section>

      {p.results && (
        <section aria-labelledby={ids.results} className={styles.group}>
          <Subtitle2 as="h4" id={ids.results} className={styles.subheading}>
            {p.results.heading}
          </Subtitle2>
          <ul className={styles.list}>
            {p.results.kpis.map((k) => (
              <li key={k.key} className={styles.kpi}>
                <Text>{k.title}</Text>
                <Caption1 className={styles.meta}>{k.text}</Caption1>
              </li>
            ))}
          </ul>
          <Text className={styles.summary}>{p.results.total}</Text>
          {p.results.selfTotal && <Caption1 className={styles.meta}>{p.results.selfTotal}</Caption1>}
          <Text className={styles.none}>
            {p.results.differ ? <WarningIcon className={mergeClasses(styles.icon, styles.warning)} /> : <OkIcon />}
            {p.results.scores}
          </Text>
        </section>
      )}

      <section aria-labelledby={ids.findings} className={styles.group}>
        <Subtitle2 as="h4" id={ids.findings} className={styles.subheading}>
          {p.results ? t.previewResultFindings : t.previewFindings}
        </Subtitle2>
        {p.findings.length === 0 ? (
          <Text className={styles.none}>
            <OkIcon />
            {p.findingsSummary}
          </Text>
        ) : (
          <>
            <Text>{p.findingsSummary}</Text>
            <ul className={styles.list}>
              {p.findings.map((f) => (
                <li key={f.key} className={styles.finding}>
                  {f.severity === "error" ? (
                    <ErrorIcon className={mergeClasses(styles.icon, styles.error)} />
                  ) : (
                    <WarningIcon className={mergeClasses(styles.icon, styles.warning)} />
                  )}
                  <span>
                    <Text>{f.text}</Text> <Caption1 className={styles.meta}>{f.code}</Caption1>
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {p.disagreements.length > 0 && (
        <details className={styles.details}>
          <summary id={ids.disagreements}>{t.previewDisagreements(p.disagreements.length)}</summary>
          {renderLines(p.disagreements, styles)}
        </details>
      )}
      {p.skipped.length > 0 && (
        <details className={styles.details}>
          <summary id={ids.skipped}>{t.previewSkipped(p.skipped.length)}</summary>
          {renderLines(p.skipped, styles)}
        </details>
      )}
      {p.notes.length > 0 && (
        <section aria-labelledby={ids.notes} className={styles.group}>
          <Subtitle2 as="h4" id={ids.notes} className={styles.subheading}>
            {t.previewNotes}
          </Subtitle2>
          {renderLines(p.notes, styles)}
        </section>
      )}

      <Caption1 className={styles.meta}>{t.importInsertHint}</Caption1>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!p.canInsert} onClick={state.insert}>
          {t.importInsert}
        </Button>
        {state.busy && <Spinner size="tiny" label={t.inserting} />}
      </div>
    </section>
  );
}

export function renderImportScreen(state: ImportScreenState, styles: Styles): JSX.Element {
  const { t } = state;
  return (
    <section className={styles.root} aria-labelledby={state.ids.heading}>
      <Title3 as="h2" id={state.ids.heading} tabIndex={-1} className={styles.heading}>
        {t.importHeading}
      </Title3>
      <Text>{t.importIntro}</Text>
      {state.loading && <Spinner size="tiny" label={t.importLoading} />}
      {state.loadError && (
        <MessageBar intent="error">
          <MessageBarBody>{state.loadError}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={state.reload}>{t.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div className={styles.field}>
        <label htmlFor={state.ids.text} className={styles.label}>
          {t.importText}
        </label>
        <textarea
          id={state.ids.text}
          aria-describedby={state.ids.textHint}
          className={styles.textarea}
          value={state.text}
          rows={8}
          spellCheck={false}
          onChange={(e) => state.setText(e.target.value)}
          onKeyDown={state.onTextKeyDown}
        />
        <Caption1 id={state.ids.textHint} className={styles.meta}>
          {t.importTextHint}
        </Caption1>
      </div>
      <div className={styles.actions}>
        <Button appearance={state.preview ? "secondary" : "primary"} disabled={!state.canRun} onClick={state.run}>
          {t.importPreview}
        </Button>
        <Button disabled={!state.canRun || state.readingSelection} onClick={state.fromSelection}>
          {t.importFromSelection}
        </Button>
        {state.readingSelection && <Spinner size="tiny" label={t.importReadingSelection} />}
      </div>
      <div role="status" aria-live="polite">
        {state.selectionMessage && (
          <MessageBar intent={state.selectionMessage.intent}>
            <MessageBarBody>{state.selectionMessage.text}</MessageBarBody>
          </MessageBar>
        )}
        {state.error && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{state.error.title}</MessageBarTitle>
              {state.error.text}
              {state.error.hint && <div>{state.error.hint}</div>}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.preview && <span className={styles.srOnly}>{state.preview.summary}</span>}
      </div>
      {state.error && renderFramework(state, styles)}
      {state.preview && renderPreview(state, state.preview, styles)}
    </section>
  );
}
