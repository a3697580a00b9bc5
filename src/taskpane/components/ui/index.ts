// The pane's controls: Fluent UI v9's look (its tokens, through makeStyles, under FluentProvider)
// and Fluent's props for what the pane uses, in a fraction of the bytes of
// @fluentui/react-button, -switch, -select, -input, -field, -message-bar, -spinner and -text —
// the task pane loads all of its JavaScript before it is usable, and every KB counts there.
export { Button, type ButtonProps } from "./Button";
export { Field, Input, Select, type FieldProps, type InputProps, type SelectProps } from "./Field";
export { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, StatusMessage, type MessageBarIntent } from "./MessageBar";
export { Spinner, type SpinnerProps } from "./Spinner";
export { Switch, type SwitchProps } from "./Switch";
export { Body1, Caption1, Caption1Strong, Subtitle2, Text, Title2, Title3, type TextProps } from "./Text";
export { mergeClasses } from "@fluentui/react-components";
