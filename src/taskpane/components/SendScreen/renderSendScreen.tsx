import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, Text, Title3 } from "../ui";
import type { SendScreenState } from "./SendScreen.types";
import type { useSendScreenStyles } from "./useSendScreenStyles.styles";

export function renderSendScreen(state: SendScreenState, styles: ReturnType<typeof useSendScreenStyles>): JSX.Element {
  const { t } = state;
  return (
    <section className={styles.root} aria-labelledby={state.headingId}>
      <Title3 as="h2" id={state.headingId} tabIndex={-1} className={styles.heading}>
        {t.sendHeading}
      </Title3>
      <Text>{t.sendIntro}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={state.run} disabled={state.busy}>
          {t.sealButton}
        </Button>
        {state.busy && <Spinner size="tiny" label={t.sealing} />}
      </div>
      <div role="status" aria-live="polite">
        {state.outcome && (
          <MessageBar intent={state.outcome.intent}>
            <MessageBarBody>
              {state.outcome.title && <MessageBarTitle>{state.outcome.title}</MessageBarTitle>}
              {state.outcome.text}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state.seal && (
        <Field label={t.digestLabel}>
          <Text className={styles.digest}>{state.seal.digest}</Text>
        </Field>
      )}
      <Subtitle2 as="h3" className={styles.subheading}>
        {t.howToSend}
      </Subtitle2>
      <ol className={styles.steps}>
        <li>
          <Text>{t.stepSave}</Text>
        </li>
        <li>
          <Text>{t.stepShare}</Text>
        </li>
        <li>
          <Text>{t.stepTo}</Text>
          <Field label={t.recipientLabel}>
            <Input
              id={state.ids.recipient}
              type="email"
              value={state.recipient}
              placeholder={t.recipientPlaceholder}
              onChange={(_, d) => state.setRecipient(d.value)}
            />
          </Field>
        </li>
        <li>
          <Text>{t.stepSubject}</Text>
          <div className={styles.copyRow}>
            <Field label={t.subjectLabel}>
              <Input id={state.ids.subject} readOnly value={state.subject} onFocus={(e) => e.currentTarget.select()} />
            </Field>
            <Button onClick={state.copy} aria-label={t.copySubject}>
              {state.copyState === "copied" ? t.copied : t.copy}
            </Button>
          </div>
          {state.copyState === "failed" && <Caption1 role="alert">{t.copyFailed}</Caption1>}
        </li>
      </ol>
      <Caption1 className={styles.note}>{t.noMailto}</Caption1>
    </section>
  );
}
