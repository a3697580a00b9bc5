import type { Finding, RuleCode, Where } from "./finding";

/**
 * Rules whose finding says again what reading a workbook already said, by the read issue's code.
 * The read issue names the very cell (the second row with the id); the rule only knows the KPI.
 */
const SAID_WHILE_READING: Partial<Record<RuleCode, string>> = {
  DUPLICATE_ID: "KPI_ID_DUPLICATE",
};

/**
 * The findings without those a read issue of the same KPI already reports, so a workbook's list
 * shows each problem once. Issues are anything shaped { code, where } (ReadIssue of src/layout).
 */
export function withoutReadRepeats(findings: readonly Finding[], issues: readonly { code: string; where: Where }[]): Finding[] {
  const said = new Set(issues.map((i) => `${i.code}|${i.where.kpi ?? ""}`));
  return findings.filter((f) => {
    const code = SAID_WHILE_READING[f.code];
    return code === undefined || !said.has(`${code}|${f.where.kpi ?? ""}`);
  });
}
