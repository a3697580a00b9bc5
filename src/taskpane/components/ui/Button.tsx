// Fluent's Button (primary, secondary, subtle; medium size; optional icon) as a native <button>
// with Fluent's tokens: hover and pressed colours, the focus ring, disabled and forced-colours
// styles. `disabledFocusable` keeps a disabled button in the tab order (aria-disabled, clicks
// ignored), as Fluent does. One reset class per element (states by attribute) keeps the CSS in
// the bundle small.
import type { ButtonHTMLAttributes, MouseEvent, ReactNode } from "react";
import { makeResetStyles, mergeClasses, tokens } from "@fluentui/react-components";

const colours = (bg: string, border: string, fg: string): Record<string, string> => ({ backgroundColor: bg, borderColor: border, color: fg });

const useRootClass = makeResetStyles({
  alignItems: "center",
  boxSizing: "border-box",
  display: "inline-flex",
  justifyContent: "center",
  verticalAlign: "middle",
  margin: 0,
  overflow: "hidden",
  minWidth: "96px",
  padding: `5px ${tokens.spacingHorizontalM}`,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  borderRadius: tokens.borderRadiusMedium,
  ...colours(tokens.colorNeutralBackground1, tokens.colorNeutralStroke1, tokens.colorNeutralForeground1),
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  fontWeight: tokens.fontWeightSemibold,
  lineHeight: tokens.lineHeightBase300,
  outlineStyle: "none",
  cursor: "pointer",
  transition: `background ${tokens.durationFaster} ${tokens.curveEasyEase}, border ${tokens.durationFaster} ${tokens.curveEasyEase}, color ${tokens.durationFaster} ${tokens.curveEasyEase}`,
  ":hover": colours(tokens.colorNeutralBackground1Hover, tokens.colorNeutralStroke1Hover, tokens.colorNeutralForeground1Hover),
  ":hover:active": colours(tokens.colorNeutralBackground1Pressed, tokens.colorNeutralStroke1Pressed, tokens.colorNeutralForeground1Pressed),
  '&[data-appearance="primary"]': colours(tokens.colorBrandBackground, "transparent", tokens.colorNeutralForegroundOnBrand),
  '&[data-appearance="primary"]:hover': colours(tokens.colorBrandBackgroundHover, "transparent", tokens.colorNeutralForegroundOnBrand),
  '&[data-appearance="primary"]:hover:active': colours(tokens.colorBrandBackgroundPressed, "transparent", tokens.colorNeutralForegroundOnBrand),
  '&[data-appearance="subtle"]': colours(tokens.colorSubtleBackground, "transparent", tokens.colorNeutralForeground2),
  '&[data-appearance="subtle"]:hover': colours(tokens.colorSubtleBackgroundHover, "transparent", tokens.colorNeutralForeground2Hover),
  '&[data-appearance="subtle"]:hover:active': colours(tokens.colorSubtleBackgroundPressed, "transparent", tokens.colorNeutralForeground2Pressed),
  '&:disabled, &[aria-disabled="true"], &:disabled:hover, &[aria-disabled="true"]:hover': {
    ...colours(tokens.colorNeutralBackgroundDisabled, tokens.colorNeutralStrokeDisabled, tokens.colorNeutralForegroundDisabled),
    cursor: "not-allowed",
  },
  '&[data-appearance="subtle"]:disabled, &[data-appearance="subtle"][aria-disabled="true"]': { backgroundColor: "transparent", borderColor: "transparent" },
  ":focus-visible": {
    borderColor: tokens.colorStrokeFocus2,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorTransparentStroke}`,
    boxShadow: `0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset`,
    zIndex: 1,
  },
  "@media screen and (prefers-reduced-motion: reduce)": { transitionDuration: "0.01ms" },
  "@media (forced-colors: active)": {
    ":focus": { borderColor: "ButtonText" },
    ":hover": { ...colours("HighlightText", "Highlight", "Highlight"), forcedColorAdjust: "none" },
    '&[data-appearance="primary"]': { ...colours("Highlight", "HighlightText", "HighlightText"), forcedColorAdjust: "none" },
    '&:disabled, &[aria-disabled="true"]': colours("ButtonFace", "GrayText", "GrayText"),
  },
});

const useIconClass = makeResetStyles({
  display: "inline-flex",
  alignItems: "center",
  justifyContent: "center",
  fontSize: "20px",
  height: "20px",
  width: "20px",
  flexShrink: 0,
  marginInlineEnd: tokens.spacingHorizontalSNudge,
});

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: "primary" | "secondary" | "subtle";
  icon?: ReactNode;
  /** Disabled but still reachable by Tab (aria-disabled; clicks are ignored). */
  disabledFocusable?: boolean;
}

export function Button({ appearance = "secondary", icon, disabled, disabledFocusable, className, children, onClick, type = "button", ...rest }: ButtonProps): JSX.Element {
  const root = useRootClass();
  const iconClass = useIconClass();
  const click = (e: MouseEvent<HTMLButtonElement>): void => {
    if (disabled || disabledFocusable) {
      e.preventDefault();
      return;
    }
    onClick?.(e);
  };
  return (
    <button
      {...rest}
      type={type}
      data-appearance={appearance}
      disabled={disabled && !disabledFocusable}
      aria-disabled={disabledFocusable ? true : undefined}
      onClick={click}
      className={mergeClasses(root, className)}
    >
      {icon && <span className={iconClass}>{icon}</span>}
      {children}
    </button>
  );
}
