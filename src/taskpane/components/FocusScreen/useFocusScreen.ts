// State of the Focus issues screen: the next deadline of the plan's framework (Thai BE date and
// English, days left), and the supporting KPIs the plan's agency is responsible for, each of which
// can be added as a KPI of the focus component. The framework is the workbook's own (as agreed).
import { useMemo } from "react";
// The year's calendar and focus issues are pure core functions used by this screen only: they
// travel in its chunk, not in the services every start-up loads.
import { dateLabel, daysLeftLabel, deadlineName, isoToday, nextDeadline } from "../../../core/frameworks/calendar";
import { focusComponentOf, focusKpisFor } from "../../../core/frameworks/focus";
import { useLang } from "../../context";
import { useAddKpiRow } from "../../hooks/useAddKpiRow";
import { FOCUS_STRINGS } from "../../i18n/focusStrings";
import type { FocusItem, FocusScreenProps, FocusScreenState } from "./FocusScreen.types";

const squash = (s: string): string => s.replace(/\s+/g, "").toLowerCase();

export function useFocusScreen({ check, metaSheet, today = () => new Date() }: FocusScreenProps): FocusScreenState {
  const { t: core, lang } = useLang();
  const t = useMemo(() => ({ ...core, ...FOCUS_STRINGS[lang] }), [core, lang]);
  const year = { focusKpisFor, focusComponentOf, nextDeadline, deadlineName, dateLabel, daysLeftLabel, isoToday };
  const adding = useAddKpiRow(check, metaSheet, t.addFailed);
  const r = check.result;
  const framework = r?.framework;
  const plan = r?.plan;

  let deadline: FocusScreenState["deadline"] = null;
  if (framework) {
    const next = year.nextDeadline(framework.calendar, year.isoToday(today()));
    if (next) {
      const text = t.nextDeadline(year.deadlineName(next.deadline)[lang], year.dateLabel(next.deadline.date)[lang], year.daysLeftLabel(next.daysLeft)[lang]);
      deadline = { intent: next.daysLeft <= 7 ? "warning" : "info", text };
    } else {
      deadline = { intent: "info", text: framework.calendar?.deadlines.length ? t.noDeadlineLeft : t.noCalendar };
    }
  }

  const component = framework ? year.focusComponentOf(framework) : "1";
  const found = framework && plan ? year.focusKpisFor(framework, plan.agency) : [];
  const items: FocusItem[] = found.map((f) => {
    const present = plan?.kpis.find((k) => squash(k.name) === squash(f.kpi.name));
    return {
      key: `${f.issue.no}.${f.index + 1}`,
      issue: t.issueLabel(f.issue.no, f.issue.heading),
      name: `${f.issue.no}.${f.index + 1} ${f.kpi.name}`,
      target: t.targetLabel(f.kpi.target),
      responsible: t.responsibleLabel(f.responsible.map((n) => n[lang]).join(", ")),
      presentAs: present ? present.id : null,
      add: () => void adding.add({ name: f.kpi.name, target: f.kpi.target, focusIssue: f.issue.no }),
    };
  });
  const agency = plan?.agency ?? "";
  const hasIssues = (framework?.focusIssues ?? []).length > 0;
  return {
    t,
    headingId: "heading-focus",
    deadline,
    intro: hasIssues && items.length > 0 ? t.focusIntro(agency, component) : null,
    empty: !framework ? null : !hasIssues ? t.noFocusIssues : items.length === 0 ? t.noneForAgency(agency) : null,
    component,
    items,
    busy: adding.busy,
    outcome: adding.outcome,
  };
}
