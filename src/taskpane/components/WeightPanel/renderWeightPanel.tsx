import { Caption1, Caption1Strong, mergeClasses } from "../ui";
import type { WeightPanelState, WeightView } from "./WeightPanel.types";
import type { useWeightPanelStyles } from "./useWeightPanelStyles.styles";

type Styles = ReturnType<typeof useWeightPanelStyles>;

function row(w: WeightView, styles: Styles): JSX.Element {
  const tone = w.status === "ok" ? styles.ok : w.status === "under" ? styles.under : styles.over;
  const fill = w.status === "ok" ? styles.fillOk : w.status === "under" ? styles.fillUnder : styles.fillOver;
  const indent = w.depth === 1 ? styles.indent1 : w.depth >= 2 ? styles.indent2 : undefined;
  return (
    <li key={w.key} className={mergeClasses(styles.row, indent, w.key === "total" ? styles.total : undefined)}>
      <Caption1 className={styles.label} title={w.label}>
        {w.label}
      </Caption1>
      <Caption1 className={tone}>
        {w.text} · {w.state}
      </Caption1>
      <div
        role="meter"
        aria-label={w.name}
        aria-valuemin={0}
        aria-valuemax={w.required}
        aria-valuenow={w.used}
        aria-valuetext={`${w.text} (${w.state})`}
        className={styles.meter}
      >
        <div className={mergeClasses(styles.fill, fill)} style={{ width: `${w.share}%` }} />
      </div>
    </li>
  );
}

export function renderWeightPanel(state: WeightPanelState, styles: Styles): JSX.Element | null {
  if (!state.total) return null;
  return (
    <section className={styles.root} aria-labelledby="heading-weights">
      <Caption1Strong as="h2" id="heading-weights" className={styles.heading}>
        {state.t.weightsHeading}
      </Caption1Strong>
      <ul className={styles.list}>
        {state.rows.map((w) => row(w, styles))}
        {row(state.total, styles)}
      </ul>
    </section>
  );
}
