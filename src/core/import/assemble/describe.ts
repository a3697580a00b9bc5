// The report's list of recognised parts: titles, summary tables, detail pages, rubrics and their
// conditions, action plans and budgets, in line order.
import type { Located } from "../drafts";
import { MSG } from "../messages";
import type { Assembly } from "./state";
import { buildRubric } from "./values";

export function describeSections(asm: Assembly): void {
  const p = asm.parsed;
  const first = p.titles[0];
  if (first) {
    const last = p.titles[p.titles.length - 1] as (typeof p.titles)[number];
    asm.recognised.push({ kind: "title", from: first.line, to: last.agencyLine ?? last.line, what: MSG.title(p.titles.length, first.year, first.agency) });
  }
  p.summaryRanges.forEach((r) => {
    const rows = p.summary.filter((s) => s.line >= r.from && s.line <= r.to).length;
    const heads = p.headings.filter((h) => h.line >= r.from && h.line <= r.to).length;
    asm.recognised.push({ kind: "summary", from: r.from, to: r.to, what: MSG.summary(heads, rows) });
  });
  for (const d of asm.drafts) {
    const page = d.page;
    if (page) {
      const s = d.sections;
      const fields: string[] = [];
      if (page.name) fields.push("name");
      if (Object.keys(page.alignment).length > 0) fields.push("alignment");
      if (page.baseline) fields.push("baseline");
      if (page.target) fields.push("target");
      if (page.weight) fields.push("weight");
      if (s?.definition.length) fields.push("definition");
      if (s?.partners.length) fields.push("partners");
      if (s?.method.length) fields.push("method");
      if (s?.evidence.length) fields.push("evidence");
      asm.recognised.push({ kind: "detail", from: page.from, to: page.to, kpi: d.id, what: MSG.detail(fields) });
    }
    const r = d.rubric;
    if (r) {
      const rubric = buildRubric(r);
      const tableEnd = r.conditions.length > 0 ? Math.min(...r.conditions.map((c) => c.line)) - 1 : r.to;
      asm.recognised.push({ kind: "rubric", from: r.from, to: tableEnd, kpi: d.id, what: MSG.rubric(rubric.levels?.length ?? 0, rubric.kind) });
      if (r.conditions.length > 0) {
        const lines = r.conditions.map((c: Located) => c.line);
        asm.recognised.push({ kind: "conditions", from: Math.min(...lines), to: Math.max(...lines), kpi: d.id, what: MSG.conditions() });
      }
    }
  }
  for (const t of p.plans) {
    const owner = asm.planOwners.get(t) ?? null;
    asm.recognised.push({ kind: "actionPlan", from: t.from, to: t.to, ...(owner ? { kpi: owner.id } : {}), what: MSG.actionPlan(t.steps.length, t.title) });
  }
  for (const b of p.budgets) asm.recognised.push({ kind: "budget", from: b.from, to: b.to, what: MSG.budget(b.rows.length) });
  asm.recognised.sort((a, b) => a.from - b.from);
}

