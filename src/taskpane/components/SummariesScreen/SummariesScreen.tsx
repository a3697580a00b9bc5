// Summaries: generate or refresh the KPI summary form, the score summary and the chart of scores
// by component, as generated sheets.
import { renderSummariesScreen } from "./renderSummariesScreen";
import type { SummariesScreenProps } from "./SummariesScreen.types";
import { useSummariesScreen } from "./useSummariesScreen";
import { useSummariesScreenStyles } from "./useSummariesScreenStyles.styles";

export function SummariesScreen(props: SummariesScreenProps): JSX.Element {
  const state = useSummariesScreen(props);
  const styles = useSummariesScreenStyles();
  return renderSummariesScreen(state, styles);
}
