// Fluent's Field, Input and Select. The field gives its control an id for the label, describes it
// by the hint and the validation message, marks it invalid and required — what Fluent's
// useFieldControlProps does — and shows the message with an error icon (role="alert").
import { createContext, useContext, useId, type ChangeEvent, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from "react";
import { makeResetStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorIcon, OkIcon, WarningIcon } from "../Icons";

const STATE_ICONS = { error: ErrorIcon, warning: WarningIcon, success: OkIcon } as const;

interface FieldContextValue {
  controlId: string;
  labelId: string;
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean;
}

const FieldContext = createContext<FieldContextValue | null>(null);

const useFieldClasses = (): Record<"root" | "label" | "required" | "secondary", string> => ({
  root: useRootClass(),
  label: useLabelClass(),
  required: useRequiredClass(),
  secondary: useSecondaryClass(),
});

const useRootClass = makeResetStyles({ display: "grid", gridAutoFlow: "row", justifyItems: "stretch" });

const useLabelClass = makeResetStyles({
  color: tokens.colorNeutralForeground1,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  paddingBottom: tokens.spacingVerticalXXS,
  marginBottom: tokens.spacingVerticalXXS,
});

const useRequiredClass = makeResetStyles({ color: tokens.colorPaletteRedForeground3, paddingInlineStart: tokens.spacingHorizontalXS });

const useSecondaryClass = makeResetStyles({
  marginTop: tokens.spacingVerticalXXS,
  color: tokens.colorNeutralForeground3,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase200,
  lineHeight: tokens.lineHeightBase200,
  "&[data-state]": { display: "flex", columnGap: tokens.spacingHorizontalXS, alignItems: "center" },
  '&[data-state="error"]': { color: tokens.colorPaletteRedForeground1 },
  '&[data-state="warning"]': { color: tokens.colorPaletteDarkOrangeForeground1 },
  '&[data-state="success"]': { color: tokens.colorPaletteGreenForeground1 },
});

export interface FieldProps {
  label: string;
  required?: boolean;
  hint?: string | undefined;
  validationMessage?: string | undefined;
  /** As Fluent's: "error" when there is a message and no state is given. */
  validationState?: "error" | "warning" | "success" | "none";
  className?: string;
  children: ReactNode;
}

export function Field({ label, required = false, hint, validationMessage, validationState = validationMessage ? "error" : "none", className, children }: FieldProps): JSX.Element {
  const styles = useFieldClasses();
  const base = useId();
  const ids = { control: `${base}-control`, label: `${base}-label`, hint: `${base}-hint`, message: `${base}-message` };
  const invalid = validationState === "error";
  const StateIcon = validationState === "none" ? null : STATE_ICONS[validationState];
  const describedBy = [validationMessage ? ids.message : null, hint ? ids.hint : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={mergeClasses(styles.root, className)}>
      <label id={ids.label} htmlFor={ids.control} className={styles.label}>
        {label}
        {required && (
          <span aria-hidden="true" className={styles.required}>
            *
          </span>
        )}
      </label>
      <FieldContext.Provider value={{ controlId: ids.control, labelId: ids.label, describedBy, invalid, required }}>{children}</FieldContext.Provider>
      {validationMessage && (
        <div
          id={ids.message}
          role={invalid || validationState === "warning" ? "alert" : undefined}
          data-state={validationState === "none" ? undefined : validationState}
          className={styles.secondary}
        >
          {StateIcon && <StateIcon width={12} height={12} />}
          {validationMessage}
        </div>
      )}
      {hint && (
        <div id={ids.hint} className={styles.secondary}>
          {hint}
        </div>
      )}
    </div>
  );
}

/** The props a control inside a Field takes from it (its own props win). */
function useFieldControl<P extends { id?: string | undefined; "aria-labelledby"?: string | undefined; "aria-describedby"?: string | undefined }>(props: P): P {
  const field = useContext(FieldContext);
  if (!field) return props;
  const id = props.id ?? field.controlId;
  const describedBy = [field.describedBy, props["aria-describedby"]].filter(Boolean).join(" ") || undefined;
  return {
    ...props,
    id,
    // The label's htmlFor names the field's id; a control with an id of its own is labelled by reference.
    "aria-labelledby": props["aria-labelledby"] ?? (id === field.controlId ? undefined : field.labelId),
    "aria-describedby": describedBy,
    ...(field.invalid ? { "aria-invalid": true } : {}),
    ...(field.required ? { required: true } : {}),
  };
}

const useControlClass = makeResetStyles({
  display: "inline-flex",
  alignItems: "center",
  flexWrap: "nowrap",
  position: "relative",
  boxSizing: "border-box",
  minHeight: "32px",
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  borderBottomColor: tokens.colorNeutralStrokeAccessible,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  "::after": {
    content: '""',
    boxSizing: "border-box",
    position: "absolute",
    insetInline: "-1px",
    bottom: "-1px",
    height: `max(2px, ${tokens.borderRadiusMedium})`,
    borderRadius: `0 0 ${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium}`,
    borderBottom: `2px solid ${tokens.colorCompoundBrandStroke}`,
    clipPath: "inset(calc(100% - 2px) 0 0 0)",
    transform: "scaleX(0)",
    transition: `transform ${tokens.durationUltraFast} ${tokens.curveDecelerateMid}`,
    pointerEvents: "none",
  },
  ":hover": { borderColor: tokens.colorNeutralStroke1Hover, borderBottomColor: tokens.colorNeutralStrokeAccessibleHover },
  ":focus-within::after": { transform: "scaleX(1)", transitionDuration: tokens.durationNormal },
  "&[data-invalid], &[data-invalid]:hover": { borderColor: tokens.colorPaletteRedBorder2 },
  "@media screen and (prefers-reduced-motion: reduce)": { "::after": { transitionDuration: "0.01ms" } },
  "@media (forced-colors: active)": { ":focus-within": { outline: "2px solid Highlight" } },
  "> input, > select": {
    flexGrow: 1,
    alignSelf: "stretch",
    minWidth: 0,
    boxSizing: "border-box",
    border: "none",
    outlineStyle: "none",
    margin: 0,
    padding: `0 ${tokens.spacingHorizontalMNudge}`,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    borderRadius: tokens.borderRadiusMedium,
  },
  "> input::placeholder": { color: tokens.colorNeutralForeground4, opacity: 1 },
  "> select": { appearance: "none", cursor: "pointer", paddingInlineEnd: "32px" },
  "> span": { position: "absolute", insetInlineEnd: tokens.spacingHorizontalMNudge, pointerEvents: "none", color: tokens.colorNeutralStrokeAccessible, display: "flex" },
});

export interface InputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "onChange"> {
  onChange?: (event: ChangeEvent<HTMLInputElement>, data: { value: string }) => void;
}

export function Input({ className, onChange, ...props }: InputProps): JSX.Element {
  const own = useFieldControl(props);
  return (
    <span className={mergeClasses(useControlClass(), className)} data-invalid={own["aria-invalid"] === true ? "" : undefined}>
      <input type="text" {...own} onChange={(e) => onChange?.(e, { value: e.currentTarget.value })} />
    </span>
  );
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "onChange"> {
  onChange?: (event: ChangeEvent<HTMLSelectElement>, data: { value: string }) => void;
}

export function Select({ className, onChange, children, ...props }: SelectProps): JSX.Element {
  const own = useFieldControl(props);
  return (
    <span className={mergeClasses(useControlClass(), className)} data-invalid={own["aria-invalid"] === true ? "" : undefined}>
      <select {...own} onChange={(e) => onChange?.(e, { value: e.currentTarget.value })}>
        {children}
      </select>
      <span aria-hidden="true">
        <svg width="20" height="20" viewBox="0 0 20 20" fill="currentColor">
          <path d="M15.85 7.65a.5.5 0 0 1 0 .7l-5.46 5.49a.55.55 0 0 1-.78 0L4.15 8.35a.5.5 0 1 1 .7-.7L10 12.8l5.15-5.16a.5.5 0 0 1 .7 0Z" />
        </svg>
      </span>
    </span>
  );
}
