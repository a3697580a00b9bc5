import { makeStyles, tokens } from "@fluentui/react-components";

export const useWeightPanelStyles = makeStyles({
  root: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: "2px" },
  row: { display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  indent1: { paddingLeft: tokens.spacingHorizontalM },
  indent2: { paddingLeft: tokens.spacingHorizontalXL },
  label: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  meter: { gridColumn: "1 / span 2", height: "4px", borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorNeutralBackground5, overflow: "hidden" },
  fill: { height: "100%" },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  under: { color: tokens.colorPaletteDarkOrangeForeground1 },
  over: { color: tokens.colorPaletteRedForeground1 },
  fillOk: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  fillUnder: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  fillOver: { backgroundColor: tokens.colorPaletteRedBackground3 },
  total: { fontWeight: tokens.fontWeightSemibold, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "2px" },
});
