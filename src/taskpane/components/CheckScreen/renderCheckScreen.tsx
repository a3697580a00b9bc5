import { Body1, Button, Caption1, MessageBar, MessageBarBody, mergeClasses, Spinner, Subtitle2, Text, Title3 } from "../ui";
import { ErrorIcon, OkIcon, WarningIcon } from "../Icons";
import type { CheckScreenState } from "./CheckScreen.types";
import { useCheckScreenStyles } from "./useCheckScreenStyles.styles";

type Styles = ReturnType<typeof useCheckScreenStyles>;

export function renderCheckScreen(state: CheckScreenState, styles: Styles): JSX.Element {
  const { t } = state;
  return (
    <section className={styles.root} aria-labelledby={state.headingId}>
      <Title3 as="h2" id={state.headingId} tabIndex={-1} className={styles.heading}>
        {t.checkHeading}
      </Title3>
      <Caption1 className={styles.hint}>{t.liveHint}</Caption1>
      <div className={styles.bar}>
        <Button onClick={state.checkAll} disabled={state.busy}>
          {t.checkAll}
        </Button>
        <Body1 role="status" aria-live="polite">
          {state.busy ? <Spinner size="extra-tiny" label={t.checking} labelPosition="after" /> : state.summary}
        </Body1>
      </div>
      {state.error && (
        <MessageBar intent="error">
          <MessageBarBody>{t.failed(state.error)}</MessageBarBody>
        </MessageBar>
      )}
      {state.ready && (
        <section aria-labelledby="heading-findings">
          <Subtitle2 as="h3" id="heading-findings" className={styles.subheading}>
            {t.findingsHeading}
          </Subtitle2>
          {state.empty && (
            <Text className={styles.none}>
              <OkIcon />
              {t.findingsNone}
            </Text>
          )}
          {state.sections.map((section) => (
            <section key={section.severity} aria-label={section.title}>
              <Subtitle2 as="h4" className={mergeClasses(styles.groupTitle, section.severity === "error" ? styles.error : styles.warning)}>
                {section.title}
              </Subtitle2>
              {section.groups.map((g) => (
                <div key={g.key}>
                  <Caption1 as="h5" className={styles.kpiTitle}>
                    {g.title}
                  </Caption1>
                  <ul className={styles.findings}>
                    {g.findings.map((f) => (
                      <li key={f.finding.key}>
                        <Button
                          appearance="subtle"
                          className={styles.finding}
                          aria-label={f.label}
                          disabled={f.target === null}
                          disabledFocusable={f.target === null}
                          onClick={() => f.target && state.goTo(f.target)}
                          icon={
                            f.finding.severity === "error" ? (
                              <ErrorIcon className={mergeClasses(styles.icon, styles.error)} />
                            ) : (
                              <WarningIcon className={mergeClasses(styles.icon, styles.warning)} />
                            )
                          }
                        >
                          <span className={styles.findingText}>
                            <span>{f.message}</span>
                            <Caption1 className={styles.where}>
                              {f.where} · {f.finding.code}
                            </Caption1>
                          </span>
                        </Button>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </section>
      )}
    </section>
  );
}
