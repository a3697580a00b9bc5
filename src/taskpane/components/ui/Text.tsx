// Fluent's typography (Title2, Title3, Subtitle2, Body1, Text, Caption1, Caption1Strong) as plain
// elements with Fluent's type ramp: the same font, size, weight and line height tokens, without
// @fluentui/react-text in the bundle.
import type { HTMLAttributes, ReactNode } from "react";
import { makeResetStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";

const ramp = (style: (typeof typographyStyles)["body1"]): Record<string, string> => ({ ...style, fontFamily: tokens.fontFamilyBase, textAlign: "start", whiteSpace: "normal" });

const HOOKS = {
  body1: makeResetStyles(ramp(typographyStyles.body1)),
  caption1: makeResetStyles(ramp(typographyStyles.caption1)),
  caption1Strong: makeResetStyles(ramp(typographyStyles.caption1Strong)),
  subtitle2: makeResetStyles(ramp(typographyStyles.subtitle2)),
  title3: makeResetStyles(ramp(typographyStyles.title3)),
  title2: makeResetStyles(ramp(typographyStyles.title2)),
};

type As = "span" | "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "div" | "label" | "strong" | "pre";

export interface TextProps extends HTMLAttributes<HTMLElement> {
  as?: As;
  children?: ReactNode;
}

function typography(variant: keyof typeof HOOKS, displayName: string): (props: TextProps) => JSX.Element {
  const useClass = HOOKS[variant];
  function Typography({ as: Tag = "span", className, ...rest }: TextProps): JSX.Element {
    return <Tag {...rest} className={mergeClasses(useClass(), className)} />;
  }
  Typography.displayName = displayName;
  return Typography;
}

export const Text = typography("body1", "Text");
export const Body1 = typography("body1", "Body1");
export const Caption1 = typography("caption1", "Caption1");
export const Caption1Strong = typography("caption1Strong", "Caption1Strong");
export const Subtitle2 = typography("subtitle2", "Subtitle2");
export const Title3 = typography("title3", "Title3");
export const Title2 = typography("title2", "Title2");
