// Drafts → kpi-plan: detail pages, rubrics and action plans matched to the summary's KPIs,
// fields built per test/fixtures/plans/FORMAT.md, disagreements between the places reported,
// the framework inferred, and the plan validated.
//
// state.ts holds the drafts and the report; the steps, in order: match.ts (KPIs and rubrics),
// framework.ts (year, framework, ids), kpi.ts (one KPI), actionPlans.ts, checks.ts (headings
// against rows), describe.ts (the recognised parts); values.ts reads field values from text.
import { parsePlan, type PlanInput } from "../../schema/plan";
import { validatePlan } from "../../validation/validate";
import type { Parsed } from "../drafts";
import type { Classification } from "../kind";
import { MSG } from "../messages";
import type { ImportOptions, ImportResult } from "../types";
import { buildActionPlans } from "./actionPlans";
import { checkComponents } from "./checks";
import { describeSections } from "./describe";
import { groupUnused } from "./unused";
import { assignIds, chooseFramework, fiscalYear } from "./framework";
import { buildKpi } from "./kpi";
import { attachRubrics, collectKpis } from "./match";
import { Assembly } from "./state";
import { mostFrequent } from "./values";

export { numericCriterion, parseBaseline, unitOf } from "./values";

export function assemble(parsed: Parsed, options: ImportOptions = {}, cls: Classification = { kind: "agreement", evidence: [] }): ImportResult {
  const asm = new Assembly(parsed, options, cls);
  collectKpis(asm);
  if (asm.drafts.length === 0) return asm.fail("NOT_A_KPI_DOCUMENT", MSG.notKpi());
  attachRubrics(asm);
  const fy = fiscalYear(asm);
  const agency = mostFrequent(parsed.titles.map((t) => t.agency).filter((a): a is string => !!a)) ?? "";
  const fw = chooseFramework(asm, fy, agency);
  if ("error" in fw) return asm.fail(fw.error, fw.message);
  const year = fy ?? fw.framework?.fiscalYear ?? null;
  if (year === null) return asm.fail("NO_FISCAL_YEAR", MSG.noYear());
  if (fy !== null && fw.framework && fw.framework.fiscalYear !== fy) asm.notes.push({ message: MSG.yearMismatch(fy, fw.framework.fiscalYear) });
  assignIds(asm, fw.framework);
  const kpis = asm.drafts.map((d) => buildKpi(asm, d));
  const { actionPlan, budgetTotal } = buildActionPlans(asm);
  checkComponents(asm, kpis);
  const plan: PlanInput = {
    format: "kpi-plan",
    version: 1,
    framework: fw.id,
    agency,
    fiscalYear: year,
    kpis,
    actionPlan,
    ...(budgetTotal === undefined ? {} : { budgetTotal }),
  };
  if (parsed.furniture > 0) asm.notes.push({ message: MSG.dropped(parsed.furniture) });
  describeSections(asm);
  groupUnused(asm);
  const checked = parsePlan(plan);
  if (!checked.ok) {
    const detail = checked.problems.map((p) => `${p.path}: ${p.message}`).join("; ");
    // A defect of the importer, not of the document: said as such.
    return asm.fail("INTERNAL", { th: `แผนที่อ่านได้ไม่ถูกต้องตามรูปแบบ kpi-plan: ${detail}`, en: `the plan read is not a valid kpi-plan: ${detail}` });
  }
  const findings = fw.framework ? validatePlan(checked.plan, fw.framework) : [];
  return { ok: true, plan, framework: fw.framework, findings, report: asm.report() };
}
