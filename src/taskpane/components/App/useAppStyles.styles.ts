import { makeStyles, tokens } from "@fluentui/react-components";

export const useAppStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  title: { margin: 0 },
  subtitle: { color: tokens.colorNeutralForeground2 },
  nav: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalS },
  navList: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS },
  main: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});
