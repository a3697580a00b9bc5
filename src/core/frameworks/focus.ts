// The year's development focus issues as an agency meets them: which supporting KPIs it is
// responsible for (abbreviations and group words resolved: สนข. is every district office), and
// which component their KPIs go into.
import { agencyGroup, AGENCY_GROUPS, findAgency, type Agency } from "../agencies";
import type { Bilingual } from "../schema/common";
import type { Framework } from "../schema/framework";
import type { FocusIssue, SupportingKpi } from "../schema/year";

export { focusComponentOf } from "./index";

/** A responsible agency as people read it: the full name for an abbreviation, the group's words for a group. */
export function responsibleName(token: string): Bilingual {
  const group = agencyGroup(token);
  if (group) return { th: AGENCY_GROUPS[group].th, en: AGENCY_GROUPS[group].en };
  const agency = findAgency(token);
  return agency ? { th: agency.name, en: agency.en } : { th: token, en: token };
}

/** Whether a responsible-agency token names a known agency or group (the check's RESPONSIBLE_AGENCY). */
export const knownResponsible = (token: string): boolean => agencyGroup(token) !== null || findAgency(token) !== undefined;

function covers(token: string, agency: Agency | undefined, agencyName: string, issue: FocusIssue): boolean {
  const group = agencyGroup(token);
  if (group === "all") return true;
  if (group === "districts") return agency?.kind === "district";
  if (group === "related") return issue.relatedAgencies.some((r) => r !== token && covers(r, agency, agencyName, issue));
  const named = findAgency(token);
  return named !== undefined ? named.name === agencyName : token.trim() === agencyName.trim();
}

/** Whether the agency of this name is one of the KPI's responsible agencies. */
export function isResponsible(kpi: SupportingKpi, issue: FocusIssue, agencyName: string): boolean {
  const agency = findAgency(agencyName);
  const name = agency?.name ?? agencyName.trim();
  return kpi.responsible.some((token) => covers(token, agency, name, issue));
}

export interface AgencyFocusKpi {
  issue: FocusIssue;
  kpi: SupportingKpi;
  /** 0-based position among the issue's supporting KPIs. */
  index: number;
  responsible: Bilingual[];
}

/** The supporting KPIs an agency is responsible for, in the memo's order. */
export function focusKpisFor(framework: Framework, agencyName: string): AgencyFocusKpi[] {
  if (agencyName.trim() === "") return [];
  return (framework.focusIssues ?? []).flatMap((issue) =>
    issue.supportingKpis.flatMap((kpi, index) =>
      isResponsible(kpi, issue, agencyName) ? [{ issue, kpi, index, responsible: kpi.responsible.map(responsibleName) }] : [],
    ),
  );
}
