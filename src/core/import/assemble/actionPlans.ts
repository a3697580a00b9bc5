// The action plan: one entry per step table (owned by the KPI of the page it follows or the one
// its title names), and projects of budget tables that no step table already holds.
import type { PlannedMonth } from "../../schema/plan";
import type { StepTableDraft } from "../drafts";
import { MSG } from "../messages";
import { toArabicDigits } from "../../thai/digits";
import { containment, nameSimilarity } from "../similarity";
import type { Assembly } from "./state";
import { num, type ActionIn, type Num } from "./values";

/**
 * How alike two project names are: nearly the same letters (a wrapped name differs by a space), or
 * the shorter one standing almost whole inside the longer ("… ประจำปีงบประมาณ พ.ศ. ๒๕๖๖" added).
 */
function projectSimilarity(a: string, b: string): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const inside = containment(short, long);
  return Math.max(nameSimilarity(a, b), inside >= 0.9 ? inside : 0);
}

const sameNumber = (a: string, b: string): boolean => {
  const norm = (x: string): string => toArabicDigits(x).replace(/[\s.]+$/, "").replace(/\s+/g, "");
  return norm(a) !== "" && norm(a) === norm(b);
};

/** A budget as written: "๔๕,๓๒๐,๐๐๐.- บาท", "350,000"; "ไม่ใช้งบประมาณ" (no budget needed) is 0. */
const budgetOf = (text: string): Num => (/ไม่ใช้งบ(ประมาณ)?/.test(text.replace(/\s+/g, "")) ? 0 : num(text));

export function buildActionPlans(asm: Assembly): { actionPlan: ActionIn[]; budgetTotal: number | string | undefined } {
  const entries: { entry: ActionIn; draft: StepTableDraft | null }[] = [];
  for (const t of asm.parsed.plans) {
    const { draft: owner, byTitle } = t.kpiName !== undefined ? { draft: asm.bestByName(t.kpiName), byTitle: false } : asm.owner(t.page, t.title || null);
    asm.planOwners.set(t, owner);
    if (!owner) asm.notes.push({ line: t.from, message: MSG.planNoKpi(t.title) });
    else if (byTitle) asm.notes.push({ line: t.from, message: MSG.attachedByTitle("plan", owner.id) });
    const stepBudgets = t.steps.map((s) => num(s.budget)).filter((b): b is number => typeof b === "number");
    const divisions = [...new Set(t.steps.map((s) => s.division).filter((x) => x !== ""))];
    let budget: Num = null;
    if (t.total && t.total.budget !== "") budget = num(t.total.budget);
    else if (t.budget) budget = budgetOf(t.budget.text.replace(/^งบประมาณ\s*(\(บาท\))?\s*[:：]?/, ""));
    else if (stepBudgets.length > 0) budget = stepBudgets.reduce((a, b) => a + b, 0);
    const entry: ActionIn = {
      kpi: owner?.id ?? "",
      project: t.title,
      budget,
      division: t.division?.text ?? (divisions.length > 0 ? divisions.join(", ") : null),
      steps: t.steps.map((s) => ({
        no: s.no,
        text: s.text,
        percent: num(s.percent),
        cumulative: num(s.cumulative),
        months: s.months as PlannedMonth[],
      })),
    };
    entries.push({ entry, draft: t });
    if (t.statedSteps) {
      const stated = Number(t.statedSteps.text);
      if (stated !== t.steps.length) {
        asm.disagreements.push({
          kpi: entry.kpi || undefined,
          field: "actionPlan.steps",
          kept: t.steps.length,
          other: stated,
          lines: [t.statedSteps.line],
          message: MSG.stepsStated(stated, t.steps.length, t.title),
        });
      }
    }
  }
  let budgetTotal: number | string | undefined;
  for (const b of asm.parsed.budgets) {
    const owner = b.page ? asm.drafts.find((d) => d.page === b.page) : undefined;
    for (const row of b.rows) {
      // The KPI column names the KPI, or gives its number ("2.1") as the KPI table does.
      const byKpi = row.kpi === "" ? null : (asm.drafts.find((d) => d.row && sameNumber(d.row.no, row.kpi)) ?? asm.bestByName(row.kpi));
      // The entry whose project is most like the row's ("โครงการ… ประจำปี งบประมาณ" wraps with a space).
      let existing: (typeof entries)[number] | undefined;
      let best = 0.6;
      for (const e of entries) {
        const project = String(e.entry.project ?? "");
        if (project === "") continue;
        const score = projectSimilarity(row.project, project);
        if (score >= best) [existing, best] = [e, score];
      }
      if (existing) {
        if (existing.entry.budget === null || existing.entry.budget === undefined) existing.entry.budget = budgetOf(row.budget);
        if (!existing.entry.division && row.division !== "") existing.entry.division = row.division;
        continue;
      }
      entries.push({
        entry: { kpi: byKpi?.id ?? owner?.id ?? "", project: row.project, budget: budgetOf(row.budget), division: row.division === "" ? null : row.division, steps: [] },
        draft: null,
      });
    }
    if (b.total && budgetTotal === undefined) budgetTotal = num(b.total.text) ?? undefined;
  }
  return { actionPlan: entries.map((e) => e.entry), budgetTotal };
}

