import { makeStyles, tokens } from "@fluentui/react-components";

export const useStartScreenStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", columnGap: tokens.spacingHorizontalM, flexWrap: "wrap", "> *": { flexGrow: 1, minWidth: "120px" } },
  framework: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  heading: { margin: 0, ":focus": { outline: "none" }, ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  subheading: { margin: 0 },
});
