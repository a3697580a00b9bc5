// Fluent's Spinner: role="progressbar" named by its label, a turning ring in the brand colours
// (slower when the system asks for reduced motion).
import { useId } from "react";
import { makeResetStyles, mergeClasses, tokens } from "@fluentui/react-components";

const SIZES = { "extra-tiny": "16px", tiny: "20px", medium: "32px" } as const;

const useRootClass = makeResetStyles({ display: "flex", alignItems: "center", justifyContent: "center", columnGap: tokens.spacingHorizontalS, lineHeight: 0 });

const useRingClass = makeResetStyles({
  boxSizing: "border-box",
  flexShrink: 0,
  borderRadius: tokens.borderRadiusCircular,
  border: `2px solid ${tokens.colorBrandStroke2}`,
  borderTopColor: tokens.colorBrandStroke1,
  animationName: { from: { transform: "rotate(0deg) /* @noflip */" }, to: { transform: "rotate(360deg) /* @noflip */" } },
  animationDuration: "1s",
  animationIterationCount: "infinite",
  animationTimingFunction: "linear",
  '&[data-size="medium"]': { borderWidth: "3px" },
  "@media screen and (prefers-reduced-motion: reduce)": { animationDuration: "3s" },
  "@media (forced-colors: active)": { borderColor: "CanvasText", borderTopColor: "Highlight" },
});

const useLabelClass = makeResetStyles({
  color: tokens.colorNeutralForeground1,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  '&[data-size="small"]': { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

export interface SpinnerProps {
  label?: string;
  size?: keyof typeof SIZES;
  /** Where the label goes; Fluent's default is after the ring. */
  labelPosition?: "after";
  className?: string;
}

export function Spinner({ label, size = "medium", className }: SpinnerProps): JSX.Element {
  const root = useRootClass();
  const ring = useRingClass();
  const labelClass = useLabelClass();
  const id = useId();
  const px = SIZES[size];
  return (
    <div role="progressbar" aria-labelledby={label ? id : undefined} className={mergeClasses(root, className)}>
      <span className={ring} data-size={size} style={{ width: px, height: px }} />
      {label && (
        <label id={id} className={labelClass} data-size={size === "medium" ? undefined : "small"}>
          {label}
        </label>
      )}
    </div>
  );
}
