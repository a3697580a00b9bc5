// A new year's framework started from an existing one (`kpi frameworks new`).
import type { Bilingual } from "../schema/common";
import type { Framework } from "../schema/framework";
import { toThaiDigits } from "../thai/digits";
import { shiftCalendar } from "./calendar";

export type AgencyKind = Framework["agencyKind"];

export const frameworkId = (year: number, kind: AgencyKind): string => `bma-${year}-${kind}`;

const KIND_NAME: Record<AgencyKind, Bilingual> = {
  bureau: { th: "หน่วยงานระดับสำนัก", en: "bureaus" },
  district: { th: "สำนักงานเขต", en: "district offices" },
};

/**
 * Next year's framework from `from`: a new id (bma-<year>-<kind>), the fiscal year set, the
 * calendar moved on by as many years, the focus issues emptied (the committee sets new ones), the
 * components, weights and ladder kept for the central office to edit.
 */
export function nextFramework(from: Framework, year: number, kind: AgencyKind = from.agencyKind): Framework {
  const { calendar, focusIssues: _focus, ...rest } = from;
  const next: Framework = {
    ...structuredClone(rest),
    id: frameworkId(year, kind),
    fiscalYear: year,
    agencyKind: kind,
    name: {
      th: `กรอบการประเมินผลการปฏิบัติราชการ ปีงบประมาณ พ.ศ. ${toThaiDigits(year)} ${KIND_NAME[kind].th}`,
      en: `FY${year} evaluation framework, ${KIND_NAME[kind].en}`,
    },
    sources: [`kpi frameworks new --from ${from.id}`],
    notes: [
      `Started from ${from.id}: review the components, KPI counts, weights and ladder against the year's guideline, add the focus issues the committee approves and check the calendar, then run kpi frameworks check.`,
    ],
    focusIssues: [],
  };
  if (calendar) next.calendar = shiftCalendar(calendar, year - from.fiscalYear);
  return next;
}
