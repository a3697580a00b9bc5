// State of the check screen: findings grouped by severity and KPI with their messages in the
// pane's language, and the last check's summary.
import { useServices, useLang } from "../../context";
import { clock } from "../../i18n/strings";
import type { CheckScreenProps, CheckScreenState, FindingView, SeverityView } from "./CheckScreen.types";

export function errorText(e: unknown): string | null {
  if (e === null || e === undefined) return null;
  return e instanceof Error ? e.message : String(e);
}

export function useCheckScreen({ check }: CheckScreenProps): CheckScreenState {
  const { t, lang } = useLang();
  const { groupFindings } = useServices().check;
  const r = check.result;
  const sections: SeverityView[] = [];
  if (r) {
    for (const g of groupFindings(r.findings)) {
      const title = g.severity === "error" ? t.groupErrors(r.errors) : t.groupWarnings(r.warnings);
      let section = sections.find((s) => s.severity === g.severity);
      if (!section) {
        section = { severity: g.severity, title, groups: [] };
        sections.push(section);
      }
      section.groups.push({
        key: `${g.severity}|${g.kpi}`,
        severity: g.severity,
        title: g.kpi ? t.groupKpi(g.kpi) : t.groupPlan,
        findings: g.findings.map((f): FindingView => {
          const { sheet, cell } = f.where;
          // The metadata sheet is hidden, and Excel cannot show a hidden sheet's cell: the
          // finding says where it is, without a jump.
          const target = sheet && cell && sheet !== r.meta.metaSheet ? { sheet, cell } : null;
          const where = sheet && cell ? `${sheet}!${cell}` : t.noCell;
          const message = f.message[lang];
          const severity = f.severity === "error" ? t.severityError : t.severityWarning;
          return { finding: f, message, where, target, label: `${severity}: ${message} — ${target ? t.goToCell(where) : where}` };
        }),
      });
    }
  }

  return {
    t,
    ready: r !== null,
    busy: check.busy,
    error: errorText(check.error),
    summary: r ? t.checkedSummary(r.errors, r.warnings, clock(r.checkedAt, lang)) : null,
    sections,
    empty: r !== null && r.findings.length === 0,
    checkAll: () => void check.checkNow({ formulas: true }),
    goTo: (ref) => void check.select(ref),
    headingId: "heading-check",
  };
}
