import { makeStyles, tokens } from "@fluentui/react-components";

export const useSendScreenStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0, ":focus": { outline: "none" }, ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  subheading: { margin: 0 },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  digest: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  copyRow: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-end", "> :first-child": { flexGrow: 1 } },
  note: { color: tokens.colorNeutralForeground2 },
});
