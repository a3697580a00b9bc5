// The state of one assembly: the KPI drafts (a summary row, its detail page, its rubric), and
// what the report collects on the way (skipped lines, notes, disagreements, recognised parts).
// The steps (match.ts, framework.ts, kpi.ts, actionPlans.ts, checks.ts, describe.ts) work on it.
import type { Bilingual } from "../../schema/common";
import type { Classification } from "../kind";
import type { DetailPage, Parsed, RubricDraft, StepTableDraft, SummaryRow } from "../drafts";
import type { Sections } from "../fields";
import { MSG, type Source } from "../messages";
import { titleSimilarity } from "../similarity";
import type { Disagreement, ImportErrorCode, ImportNote, ImportOptions, ImportReport, ImportResult, Recognised, Skipped } from "../types";
import type { Num } from "./values";

/** One KPI as the document has it: its summary row, detail page and rubric, where found. */
export interface Draft {
  order: number;
  row: SummaryRow | null;
  page: DetailPage | null;
  sections: Sections | null;
  rubric: RubricDraft | null;
  component: string | null;
  id: string;
}

export class Assembly {
  readonly drafts: Draft[] = [];
  readonly skipped: Skipped[];
  readonly notes: ImportNote[] = [];
  readonly disagreements: Disagreement[] = [];
  readonly recognised: Recognised[] = [];
  /** Notes that name a KPI id, written once the ids are assigned. */
  readonly pendingNotes: { draft: Draft; line: number; make: (id: string) => Bilingual }[] = [];
  readonly duplicateRubrics: { draft: Draft; rubric: RubricDraft }[] = [];
  readonly planOwners = new Map<StepTableDraft, Draft | null>();

  constructor(
    readonly parsed: Parsed,
    readonly options: ImportOptions,
    readonly cls: Classification,
  ) {
    this.skipped = [...parsed.skipped];
  }

  fail(code: ImportErrorCode, message: Bilingual): ImportResult {
    return { ok: false, error: { code, message }, report: this.report() };
  }

  report(): ImportReport {
    return {
      kind: this.cls.kind,
      kindLines: this.cls.evidence,
      recognised: this.recognised,
      skipped: [...this.skipped].sort((a, b) => a.line - b.line),
      disagreements: this.disagreements,
      notes: this.notes,
      stats: {
        lines: this.parsed.lines,
        pages: Math.max(1, this.parsed.titles.length),
        kpis: this.drafts.length,
        rubrics: this.drafts.filter((d) => d.rubric && d.rubric.rows.length > 0).length,
        steps: this.parsed.plans.reduce((s, p) => s + p.steps.length, 0),
        dropped: this.parsed.furniture,
      },
    };
  }

  skipLines(from: number, to: number, reason: Bilingual, text = ""): void {
    this.skipped.push({ line: from, text: text || `(บรรทัด ${from}–${to} / lines ${from}–${to})`, reason });
  }

  /** How well a title names a draft's KPI: the best of its summary and page names. */
  private titleScore(d: Draft, title: string): number {
    return Math.max(0, ...[d.row?.name, d.page?.name].filter((n): n is string => !!n).map((n) => titleSimilarity(n, title)));
  }

  /**
   * The KPI a rubric or a plan belongs to: the page it follows, unless its title clearly names
   * another KPI. `byTitle`: the title overruled the page (worth a note).
   */
  owner(page: DetailPage | null, title: string | null): { draft: Draft | null; byTitle: boolean } {
    const byPage = page ? (this.drafts.find((d) => d.page === page) ?? null) : null;
    if (!title) return { draft: byPage, byTitle: false };
    const pageScore = byPage ? this.titleScore(byPage, title) : 0;
    if (byPage && pageScore >= 0.8) return { draft: byPage, byTitle: false };
    let best: Draft | null = null;
    let bestScore = 0;
    for (const d of this.drafts) {
      const s = this.titleScore(d, title);
      if (s > bestScore) [best, bestScore] = [d, s];
    }
    if (byPage && (pageScore >= 0.5 || pageScore >= bestScore - 0.15)) return { draft: byPage, byTitle: false };
    if (best && bestScore >= 0.5) return { draft: best, byTitle: byPage !== null };
    return { draft: byPage, byTitle: false };
  }

  /** The KPI a budget row names, when one name is close enough. */
  bestByName(name: string): Draft | null {
    let best: Draft | null = null;
    let score = 0;
    for (const d of this.drafts) {
      const s = this.titleScore(d, name);
      if (s > score) [best, score] = [d, s];
    }
    return score >= 0.5 ? best : null;
  }

  disagree(d: Draft, field: string, kept: Num, other: Num, lines: (number | undefined)[], keptFrom: Source, otherFrom: Source): void {
    this.disagreements.push({
      kpi: d.id,
      field,
      kept,
      other,
      lines: lines.filter((l): l is number => l !== undefined),
      message: MSG.disagree(`ตัวชี้วัด ${d.id} /`, field, kept, other, keptFrom, otherFrom),
    });
  }
}
