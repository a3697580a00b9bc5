// Fluent's Switch: a native checkbox with role="switch" over a drawn track and thumb, labelled by
// a <label>, with Fluent's tokens for the unchecked, checked, hover and focus states.
import { useId, type ChangeEvent, type InputHTMLAttributes } from "react";
import { makeResetStyles, mergeClasses, tokens } from "@fluentui/react-components";

const TRACK = 40;
const THUMB = 18;
const motion = { transitionDuration: tokens.durationNormal, transitionTimingFunction: tokens.curveEasyEase };

const useRootClass = makeResetStyles({ alignItems: "flex-start", boxSizing: "border-box", display: "inline-flex", position: "relative" });

const useInputClass = makeResetStyles({
  boxSizing: "border-box",
  cursor: "pointer",
  height: "100%",
  margin: 0,
  opacity: 0,
  position: "absolute",
  insetInlineStart: 0,
  top: 0,
  width: `calc(${TRACK}px + 2 * ${tokens.spacingHorizontalS})`,
  "& ~ span": { color: tokens.colorNeutralStrokeAccessible, borderColor: tokens.colorNeutralStrokeAccessible },
  "&:hover ~ span": { color: tokens.colorNeutralStrokeAccessibleHover, borderColor: tokens.colorNeutralStrokeAccessibleHover },
  "&:checked ~ span": { backgroundColor: tokens.colorCompoundBrandBackground, color: tokens.colorNeutralForegroundInverted, borderColor: tokens.colorTransparentStroke },
  "&:checked:hover ~ span": { backgroundColor: tokens.colorCompoundBrandBackgroundHover, borderColor: tokens.colorTransparentStroke },
  "&:checked ~ span > svg": { transform: `translateX(${TRACK - THUMB - 2}px) /* @noflip */` },
  "&:focus-visible ~ span": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  "@media (forced-colors: active)": { "&:checked ~ span": { backgroundColor: "Highlight", color: "Canvas" } },
});

const useIndicatorClass = makeResetStyles({
  borderRadius: tokens.borderRadiusCircular,
  border: "1px solid",
  lineHeight: 0,
  boxSizing: "border-box",
  fill: "currentColor",
  flexShrink: 0,
  fontSize: `${THUMB}px`,
  height: "20px",
  width: `${TRACK}px`,
  margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  pointerEvents: "none",
  transitionProperty: "background, border, color",
  ...motion,
  "> svg": { transitionProperty: "transform", ...motion },
  "@media screen and (prefers-reduced-motion: reduce)": { transitionDuration: "0.01ms", "> svg": { transitionDuration: "0.01ms" } },
  "@media (forced-colors: active)": { color: "CanvasText" },
});

const useLabelClass = makeResetStyles({
  cursor: "pointer",
  color: tokens.colorNeutralForeground1,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  margin: `calc((20px - ${tokens.lineHeightBase300}) / 2) 0`,
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  paddingInlineStart: tokens.spacingHorizontalXS,
});

export interface SwitchProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "type"> {
  label: string;
  onChange?: (event: ChangeEvent<HTMLInputElement>, data: { checked: boolean }) => void;
}

export function Switch({ label, onChange, id, className, ...rest }: SwitchProps): JSX.Element {
  const classes = { root: useRootClass(), input: useInputClass(), indicator: useIndicatorClass(), label: useLabelClass() };
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <div className={mergeClasses(classes.root, className)}>
      <input {...rest} id={inputId} type="checkbox" role="switch" className={classes.input} onChange={(e) => onChange?.(e, { checked: e.currentTarget.checked })} />
      <span className={classes.indicator} aria-hidden="true">
        <svg width="1em" height="1em" viewBox="0 0 20 20">
          <circle cx="10" cy="10" r="8" />
        </svg>
      </span>
      <label htmlFor={inputId} className={classes.label}>
        {label}
      </label>
    </div>
  );
}
