// State of the summaries screen: the totals the summaries will show (3 decimals, of the latest
// round with results), and what the last generation did.
import { useMemo } from "react";
import { useServices, useLang } from "../../context";
import { SUMMARIES_STRINGS } from "../../i18n/summariesStrings";
import { errorText } from "../CheckScreen/useCheckScreen";
import type { SummariesScreenProps, SummariesScreenState } from "./SummariesScreen.types";

export function useSummariesScreen({ check, summaries }: SummariesScreenProps): SummariesScreenState {
  const { t: core, lang } = useLang();
  const t = useMemo(() => ({ ...core, ...SUMMARIES_STRINGS[lang] }), [core, lang]);
  const { planReport, formatScore, latestRound, roundName } = useServices().scores;
  const r = check.result;
  // The round the score summary shows: the latest with results.
  const round = r ? latestRound(r.plan, r.framework) : null;
  const report = r && round ? planReport(r.plan, r.framework, round) : null;
  let outcome: SummariesScreenState["outcome"] = null;
  if (summaries.status === "done") {
    const parts = [t.generated(summaries.sheets.length)];
    if (summaries.replaced > 0) parts.push(t.replaced(summaries.replaced));
    outcome = { intent: "success", text: parts.join(" · ") };
  } else if (summaries.status === "failed") {
    outcome = { intent: "error", text: t.failed(errorText(summaries.error) ?? "") };
  }
  return {
    t,
    headingId: "heading-summaries",
    busy: summaries.status === "working",
    generate: () => void summaries.generate(),
    total: r && report ? t.totalScore(roundName(r.framework, report.round)[lang], formatScore(report.total), formatScore(report.selfTotal)) : null,
    warning: r && r.errors > 0 ? t.summaryHasErrors(r.errors) : null,
    outcome,
    noChart: summaries.status === "done" && !summaries.charted,
    sheets: summaries.status === "done" ? summaries.sheets : [],
    goTo: (ref) => void check.select(ref),
  };
}
