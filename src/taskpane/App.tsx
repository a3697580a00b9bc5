// Placeholder task pane: the title, and the view a ribbon button asked for. The real pane is built
// in this folder later; keep Office.js calls out of components (pass them in as props).
import { Body1, Caption1, makeStyles, Title2, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { onViewRequest, requestedView, type PaneView } from "../commands/route";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL },
});

export function App(): JSX.Element {
  const styles = useStyles();
  const [view, setView] = useState<PaneView | undefined>(requestedView());
  useEffect(() => onViewRequest(setView), []);
  return (
    <main className={styles.root}>
      <Title2 as="h1">ประเมินผลตัวชี้วัด กทม.</Title2>
      <Body1>BMA negotiated-KPI evaluation</Body1>
      {view === "check" && (
        <Caption1 role="status">ตรวจก่อนส่ง / Check before sending</Caption1>
      )}
    </main>
  );
}
