// KPIs from the summary rows and the detail pages: pages matched to rows by name (the same name
// first, then the most similar), pages without a name row placed by position; rubrics attached
// to the KPI of the page they follow or the one their title names.
import type { DetailPage } from "../drafts";
import { joinParas, splitSections, type Sections } from "../fields";
import { MSG } from "../messages";
import { nameKey, nameSimilarity } from "../similarity";
import type { Assembly, Draft } from "./state";
import { collapse, isTemplateName } from "./values";

/** How similar a page's name must be to a summary row's to be its page. */
const MATCH = 0.45;

/** One draft per summary row, with its detail page; pages of KPIs the summary lacks add drafts. */
export function collectKpis(asm: Assembly): void {
  for (const row of asm.parsed.summary) {
    if (isTemplateName(row.name)) {
      asm.skipped.push({ line: row.line, text: row.name, reason: MSG.templateRow() });
      continue;
    }
    asm.drafts.push({ order: asm.drafts.length, row, page: null, sections: null, rubric: null, component: row.component, id: "" });
  }
  const pages = asm.parsed.pages;
  const sections = new Map<DetailPage, Sections>();
  for (const page of pages) {
    const s = splitSections(page.stream, page.labelled);
    sections.set(page, s);
    if (page.labelled) {
      page.name = collapse(joinParas(s.name));
      page.baseline = collapse(joinParas(s.baseline));
      page.target = collapse(joinParas(s.target));
      page.weight = collapse(joinParas(s.weight));
      page.unit = collapse(joinParas(s.unit));
    }
  }
  const named = pages.filter((p) => p.name !== "" && !isTemplateName(p.name));
  for (const p of pages) if (p.name !== "" && isTemplateName(p.name)) asm.skipped.push({ line: p.rowLine ?? p.from, text: p.name, reason: MSG.templateRow() });
  // Pages whose name is the summary's (spaces aside) first, in order; then greedy best-first
  // matching of the rest by similarity.
  const used = new Set<DetailPage>();
  const byKey = new Map<string, Draft[]>();
  for (const d of asm.drafts) if (d.row) byKey.set(nameKey(d.row.name), [...(byKey.get(nameKey(d.row.name)) ?? []), d]);
  for (const page of named) {
    const d = byKey.get(nameKey(page.name))?.find((x) => !x.page);
    if (d) {
      d.page = page;
      used.add(page);
    }
  }
  const pairs: { page: DetailPage; draft: Draft; score: number; gap: number }[] = [];
  named.forEach((page, pi) => {
    if (used.has(page)) return;
    for (const draft of asm.drafts) {
      if (!draft.row || draft.page) continue;
      pairs.push({ page, draft, score: nameSimilarity(page.name, draft.row.name), gap: Math.abs(pi - draft.order) });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.gap - b.gap);
  for (const p of pairs) {
    if (p.score < MATCH) break;
    if (used.has(p.page) || p.draft.page) continue;
    p.draft.page = p.page;
    used.add(p.page);
  }
  const hasSummary = asm.drafts.length > 0;
  for (const page of named) {
    if (used.has(page)) continue;
    if (hasSummary) asm.notes.push({ line: page.rowLine ?? page.from, message: MSG.detailOnly(page.name) });
    const code = page.boxTicked ?? (page.boxCodes.length === 1 ? (page.boxCodes[0] as string) : null);
    asm.drafts.push({ order: asm.drafts.length, row: null, page, sections: null, rubric: null, component: code, id: "" });
    used.add(page);
  }
  // Pages without a name row: attached by position between the pages around them.
  const draftOf = (page: DetailPage): Draft | undefined => asm.drafts.find((d) => d.page === page);
  pages.forEach((page, idx) => {
    if (page.name !== "" || page.stream.length === 0) return;
    const before = pages.slice(0, idx).reverse().map(draftOf).find((d) => d !== undefined);
    const after = pages.slice(idx + 1).map(draftOf).find((d) => d !== undefined);
    const lo = before?.order ?? -1;
    const hi = after?.order ?? Number.MAX_SAFE_INTEGER;
    const candidate = asm.drafts.find((d) => !d.page && d.row && d.order > lo && d.order < hi);
    if (candidate) {
      candidate.page = page;
      asm.pendingNotes.push({ draft: candidate, line: page.from, make: (id) => MSG.attachedByPosition(id) });
    } else {
      asm.skipLines(page.from, page.to, MSG.detailNoKpi(), joinParas(page.stream).slice(0, 120));
    }
  });
  for (const d of asm.drafts) if (d.page) d.sections = sections.get(d.page) ?? null;
}

/** Each rubric to its KPI; a second rubric for a KPI is reported as skipped. */
export function attachRubrics(asm: Assembly): void {
  for (const r of asm.parsed.rubrics) {
    if (r.rows.length === 0) continue;
    const { draft: d, byTitle } = asm.owner(r.page, r.titleName);
    if (!d) {
      asm.skipLines(r.from, r.to, MSG.rubricNoKpi(), r.titleName ?? "");
      continue;
    }
    if (d.rubric) {
      asm.duplicateRubrics.push({ draft: d, rubric: r });
      continue;
    }
    if (byTitle) asm.pendingNotes.push({ draft: d, line: r.from, make: (id) => MSG.attachedByTitle("rubric", id) });
    d.rubric = r;
  }
}

