// Fluent's MessageBar (intent info, success, warning, error; body, title, actions) with Fluent's
// status colours: a group labelled by its title, the intent's icon beside the text. No motion or
// presence code: the pane shows and hides these bars without animation.
import { createContext, useContext, useId, type ReactNode } from "react";
import { makeResetStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorIcon, InfoIcon, OkIcon, WarningIcon } from "../Icons";

export type MessageBarIntent = "info" | "success" | "warning" | "error";

const TitleId = createContext<string | undefined>(undefined);

const status = (bg: string, border: string, icon: string): Record<string, unknown> => ({ backgroundColor: bg, borderColor: border, "> span:first-child": { color: icon } });

const useRootClass = makeResetStyles({
  display: "grid",
  gridTemplateColumns: "auto 1fr auto",
  alignItems: "start",
  columnGap: tokens.spacingHorizontalS,
  padding: `${tokens.spacingVerticalMNudge} ${tokens.spacingHorizontalM}`,
  minHeight: "36px",
  boxSizing: "border-box",
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground3,
  color: tokens.colorNeutralForeground1,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  "> span:first-child": { display: "flex", alignItems: "center", height: tokens.lineHeightBase300, color: tokens.colorNeutralForeground3 },
  '&[data-intent="error"]': status(tokens.colorStatusDangerBackground1, tokens.colorStatusDangerBorder1, tokens.colorStatusDangerForeground1),
  '&[data-intent="warning"]': status(tokens.colorStatusWarningBackground1, tokens.colorStatusWarningBorder1, tokens.colorStatusWarningForeground3),
  '&[data-intent="success"]': status(tokens.colorStatusSuccessBackground1, tokens.colorStatusSuccessBorder1, tokens.colorStatusSuccessForeground1),
});

const useBodyClass = makeResetStyles({ minWidth: 0, overflowWrap: "anywhere" });
const useTitleClass = makeResetStyles({ fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalXS });
const useActionsClass = makeResetStyles({ display: "flex", columnGap: tokens.spacingHorizontalM, alignSelf: "center" });

const ICONS = { info: InfoIcon, success: OkIcon, warning: WarningIcon, error: ErrorIcon } as const;

export function MessageBar({ intent = "info", className, children }: { intent?: MessageBarIntent; className?: string; children: ReactNode }): JSX.Element {
  const titleId = useId();
  const Icon = ICONS[intent];
  return (
    <div role="group" aria-labelledby={titleId} data-intent={intent} className={mergeClasses(useRootClass(), className)}>
      <span>
        <Icon />
      </span>
      <TitleId.Provider value={titleId}>{children}</TitleId.Provider>
    </div>
  );
}

export function MessageBarBody({ children }: { children: ReactNode }): JSX.Element {
  return <div className={useBodyClass()}>{children}</div>;
}

export function MessageBarTitle({ children }: { children: ReactNode }): JSX.Element {
  return (
    <span id={useContext(TitleId)} className={useTitleClass()}>
      {children}
    </span>
  );
}

export function MessageBarActions({ children }: { children: ReactNode }): JSX.Element {
  return <div className={useActionsClass()}>{children}</div>;
}

/** A polite live region showing the outcome of the last action (or nothing), announced when it changes. */
export function StatusMessage({ outcome }: { outcome: { intent: MessageBarIntent; text: string } | null }): JSX.Element {
  return (
    <div role="status" aria-live="polite">
      {outcome && (
        <MessageBar intent={outcome.intent}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
