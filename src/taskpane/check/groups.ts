// The check screen's list: findings grouped by severity, then by KPI, in list order.
import type { Severity } from "../../core/validation/finding";
import type { PlanFinding } from "../../template/findings";

export interface FindingGroup {
  severity: Severity;
  /** The KPI the findings are about, or "" for the plan as a whole. */
  kpi: string;
  findings: PlanFinding[];
}

export function groupFindings(findings: readonly PlanFinding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const f of findings) {
    const kpi = f.where.kpi ?? "";
    const last = groups[groups.length - 1];
    if (last && last.severity === f.severity && last.kpi === kpi) last.findings.push(f);
    else groups.push({ severity: f.severity, kpi, findings: [f] });
  }
  return groups;
}
