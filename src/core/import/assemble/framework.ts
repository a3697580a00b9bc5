// The fiscal year (titles, else the baselines), the framework (given, else inferred from the
// year, the agency kind, the component codes and the ladder) and the KPI ids.
import { leafComponents } from "../../frameworks";
import { FRAMEWORKS, findFramework } from "../../frameworks/shipped";
import type { Bilingual } from "../../schema/common";
import type { Framework } from "../../schema/framework";
import { MSG } from "../messages";
import type { Assembly } from "./state";
import { buildRubric, mostFrequent, parseBaseline } from "./values";

/** The year most titles state; else the year after the latest baseline (with a note). */
export function fiscalYear(asm: Assembly): number | null {
  const fromTitles = mostFrequent(asm.parsed.titles.map((t) => t.year).filter((y): y is number => y !== null));
  if (fromTitles !== undefined) return fromTitles;
  const years = asm.drafts.flatMap((d) => [...(parseBaseline(d.row?.baseline ?? "") ?? []), ...(parseBaseline(d.page?.baseline ?? "") ?? [])].map((b) => b.year));
  if (years.length > 0 && !asm.options.framework) {
    const y = Math.max(...years) + 1;
    asm.notes.push({ message: MSG.yearFromBaseline(y) });
    return y;
  }
  return null;
}

function documentLadder(asm: Assembly): number[] | null {
  for (const d of asm.drafts) {
    const levels = buildRubric(d.rubric).levels ?? [];
    const p = levels.map((l) => l.percent);
    if (p.length === 5 && p.every((v) => typeof v === "number")) return p as number[];
  }
  return null;
}

export function chooseFramework(asm: Assembly, fy: number | null, agency: string): { id: string; framework: Framework | null } | { error: "UNKNOWN_FRAMEWORK" | "NO_FISCAL_YEAR"; message: Bilingual } {
  if (asm.options.framework) {
    const given = asm.options.framework;
    const f = typeof given === "object" ? given : findFramework(given);
    if (!f) return { error: "UNKNOWN_FRAMEWORK", message: MSG.unknownFramework(String(given), FRAMEWORKS.map((x) => x.id).join(", ")) };
    asm.notes.push({ message: MSG.frameworkGiven(f.id) });
    return { id: f.id, framework: f };
  }
  if (fy === null) return { error: "NO_FISCAL_YEAR", message: MSG.noYear() };
  const kind = /^(สำนักงานเขต|เขต)/.test(agency.replace(/\s+/g, "")) ? "district" : "bureau";
  const codes = [...new Set(asm.drafts.map((d) => d.component).filter((c): c is string => !!c))];
  const ladder = documentLadder(asm);
  let best: Framework | null = null;
  let bestScore = -Infinity;
  // The agency names the kind; without an agency line the component codes decide.
  const candidates = FRAMEWORKS.filter((x) => x.fiscalYear === fy && (agency === "" || x.agencyKind === kind));
  for (const f of candidates) {
    const leaves = leafComponents(f).map((c) => c.code);
    let score = 0;
    for (const c of codes) score += leaves.includes(c) ? 2 : -3;
    if (f.agencyKind === kind) score += 1;
    if (ladder && ladder.every((v, i) => v === f.ladder[i])) score += 1;
    if (score > bestScore) [best, bestScore] = [f, score];
  }
  if (!best) {
    const id = `bma-${fy}-${kind}`;
    asm.notes.push({ message: MSG.frameworkMissing(id) });
    return { id, framework: null };
  }
  asm.notes.push({ message: MSG.frameworkInferred(best.id, fy, best.agencyKind) });
  return { id: best.id, framework: best };
}

/** Components for drafts without one (the first with room), then ids "1.1-1", "1.1-2", … in order. */
export function assignIds(asm: Assembly, fw: Framework | null): void {
  const counts = new Map<string, number>();
  for (const d of asm.drafts) if (d.component) counts.set(d.component, (counts.get(d.component) ?? 0) + 1);
  for (const d of asm.drafts) {
    if (d.component) continue;
    const leaves = fw ? leafComponents(fw).filter((c) => !c.shared) : [];
    const room = leaves.find((c) => (counts.get(c.code) ?? 0) < c.kpiCount) ?? leaves[0];
    d.component = room?.code ?? "1";
    counts.set(d.component, (counts.get(d.component) ?? 0) + 1);
    asm.notes.push({ line: d.page?.rowLine ?? d.page?.from, message: MSG.componentGuessed(d.page?.name ?? d.row?.name ?? "", d.component) });
  }
  const n = new Map<string, number>();
  for (const d of asm.drafts) {
    const c = d.component as string;
    n.set(c, (n.get(c) ?? 0) + 1);
    d.id = `${c}-${n.get(c)}`;
  }
  for (const p of asm.pendingNotes) asm.notes.push({ line: p.line, message: p.make(p.draft.id) });
  for (const { draft, rubric } of asm.duplicateRubrics) asm.skipLines(rubric.from, rubric.to, MSG.rubricDuplicate(draft.id), rubric.titleName ?? "");
}

