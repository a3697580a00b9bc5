import { makeStyles, tokens } from "@fluentui/react-components";

export const useSummariesScreenStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0, ":focus": { outline: "none" }, ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  total: { fontWeight: tokens.fontWeightSemibold },
});
