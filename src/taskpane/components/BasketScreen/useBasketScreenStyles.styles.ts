import { makeStyles, tokens } from "@fluentui/react-components";

export const useBasketScreenStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0, ":focus": { outline: "none" }, ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  fileField: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300 },
  file: { fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300 },
  filters: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  item: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  name: { fontWeight: tokens.fontWeightSemibold },
});
