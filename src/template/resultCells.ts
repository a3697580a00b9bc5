// The cells a result form changes in a template (`kpi import result.txt --into plan.xlsx`): the
// plan read from the workbook against the same plan with the form merged in (mergeResults, as for
// a JSON plan), field by field — per KPI and round the committee's and self-assessed results, the
// weighted scores where they are typed rather than computed, the reasons, strengths, weaknesses
// and suggestions; the mid-year criteria of the rubric; per round and sub-component the review
// texts and sign-off. Each field goes to the cell the one read found it in (TemplateRead.cellOf),
// so positions are known once, by the layout. A field the form leaves out, or whose value the
// workbook already holds (as the read understands it: Thai digits, a Buddhist-Era date), changes
// nothing. A blank cell is written; a cell someone typed something else into is a conflict; a
// formula is never written (the weighted scores compute from the results).
import type { Bilingual, RoundId } from "../core/schema/common";
import type { Kpi, Plan, Review } from "../core/schema/plan";
import { toThaiDigits } from "../core/thai/digits";
import { evaluationColumns, reviewColumns, ROUND_LABELS, rubricColumns, type ColumnDef } from "../layout/layout";
import { isBlank } from "../layout/read/cells";
import { resultPath } from "../layout/read/evaluation";
import { numericCell, textCell } from "../layout/render/builder";
import { signoffDateText } from "../layout/render/reviews";
import { parseCell } from "../workbook/a1";
import type { CellRef, CellValue, Grid } from "../workbook/model";
import type { TemplateRead } from "./read";

export interface CellChange extends CellRef {
  /** The KPI ("1.1-2") or the component ("1.1") whose field this is. */
  kpi?: string;
  component?: string;
  /** The plan field: "result.self", "results.mid.note", "rubric.rounds.mid.criteria[4]", "reviews.end.signoff.date". */
  field: string;
  /** What the field is, for people: "1.1-2 ผลประเมินตนเอง (สิ้นปี)" / "1.1-2 self-assessed result (year-end)". */
  what: Bilingual;
  /** What the cell holds now (null: blank) and what the form puts there. */
  old: CellValue;
  value: CellValue;
}

export interface ResultCells {
  /** Blank cells the form fills. */
  writes: CellChange[];
  /** Cells holding a value other than the form's: written only when the form is to win (--force). */
  conflicts: CellChange[];
  /** Cells holding a formula where the form has a value of its own: never written. */
  formulas: CellChange[];
  /** Fields the workbook has no cell for (a workbook of layout 1: no mid-year round, review sheet or mid-year criteria). */
  missing: Omit<CellChange, "sheet" | "cell" | "old">[];
}

interface Field {
  kpi?: string;
  component?: string;
  field: string;
  what: Bilingual;
  before: unknown;
  after: unknown;
  /** The cell value the renderer writes for the plan's value. */
  cell: (v: unknown) => CellValue;
  /** A weighted score: its cell is normally a formula, which computes it. */
  computed?: boolean;
}

const RESULT_KEYS = ["value", "self", "score", "selfScore", "note", "strengths", "weaknesses", "suggestions"] as const;
const NUMERIC = new Set<string>(["value", "self", "score", "selfScore"]);
const REVIEW_TEXTS = ["reasons", "strengths", "weaknesses", "suggestions"] as const;
const SIGNOFF = { name: "signName", position: "signPosition", organisation: "signOrganisation", date: "signDate" } as const;
const ROUND_EN: Record<RoundId, string> = { mid: "mid-year", end: "year-end" };

const asNumeric = (v: unknown): CellValue => numericCell(v as number | string | null | undefined);
const asText = (v: unknown): CellValue => textCell(v as string | undefined);
const asDate = (v: unknown): CellValue => (typeof v === "string" && v !== "" ? signoffDateText(v) : null);

/** A column's name for people: its Thai header, and its English subtitle up to any explanation. */
function label(columns: readonly ColumnDef[], key: string): Bilingual {
  const c = columns.find((d) => d.key === key) as ColumnDef;
  return { th: c.th, en: (c.en.split(/[,(]/)[0] as string).trim().toLowerCase() };
}

const whatOf = (who: string, column: Bilingual, round: RoundId): Bilingual => ({
  th: `${toThaiDigits(who)} ${column.th} (${ROUND_LABELS[round]})`,
  en: `${who} ${column.en} (${ROUND_EN[round]})`,
});

/** Two values of a field mean the same: equal numbers, or texts equal but for spacing. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === "string" && typeof b === "string") return a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();
  return a === b;
}

const roundOf = (kpi: Kpi, round: RoundId) => (round === "end" ? kpi.result : kpi.results?.mid);

/** Every field a KPI's result of a round, and its mid-year criteria, may change. */
function kpiFields(before: Kpi, after: Kpi, round: RoundId): Field[] {
  const columns = evaluationColumns();
  const path = resultPath(round);
  const was = roundOf(before, round);
  const now = roundOf(after, round);
  const fields: Field[] = RESULT_KEYS.map((k) => ({
    kpi: after.id,
    field: `${path}.${k}`,
    what: whatOf(after.id, label(columns, k), round),
    before: was?.[k],
    after: now?.[k],
    cell: NUMERIC.has(k) ? asNumeric : asText,
    computed: k === "score" || k === "selfScore",
  }));
  const criteria = after.rubric?.rounds?.mid?.criteria ?? [];
  criteria.forEach((c, i) =>
    fields.push({
      kpi: after.id,
      field: `rubric.rounds.mid.criteria[${i}]`,
      what: { th: `${toThaiDigits(after.id)} ${label(rubricColumns(), "midCriterion").th} ระดับ ${toThaiDigits(i + 1)}`, en: `${after.id} mid-year criterion of level ${i + 1}` },
      before: before.rubric?.rounds?.mid?.criteria?.[i],
      after: c,
      cell: asNumeric,
    }),
  );
  return fields;
}

/** Every field of a round's review of a component: the texts and the sign-off. */
function reviewFields(before: Review | undefined, after: Review): Field[] {
  const columns = reviewColumns();
  const at = (f: string) => `reviews.${after.round}.${f}`;
  return [
    ...REVIEW_TEXTS.map((k) => ({
      component: after.component,
      field: at(k),
      what: whatOf(after.component, label(columns, k), after.round),
      before: before?.[k],
      after: after[k],
      cell: asText,
    })),
    ...(Object.keys(SIGNOFF) as (keyof typeof SIGNOFF)[]).map((k) => ({
      component: after.component,
      field: at(`signoff.${k}`),
      what: whatOf(after.component, label(columns, SIGNOFF[k]), after.round),
      before: before?.signoff?.[k],
      after: after.signoff?.[k],
      cell: k === "date" ? asDate : asText,
    })),
  ];
}

/**
 * The cells that change when the workbook's plan (`read`) becomes `merged` in `round`: `grids`
 * are the workbook's sheets as they are now (values and formulas).
 */
export function resultCells(read: TemplateRead, grids: ReadonlyMap<string, Grid>, merged: Plan, round: RoundId): ResultCells {
  const out: ResultCells = { writes: [], conflicts: [], formulas: [], missing: [] };
  const fields: Field[] = [];
  const inWorkbook = new Map(read.plan.kpis.map((k) => [k.id, k]));
  for (const kpi of merged.kpis) {
    const before = inWorkbook.get(kpi.id);
    if (before) fields.push(...kpiFields(before, kpi, round));
  }
  for (const review of merged.reviews ?? []) {
    if (review.round !== round) continue;
    const before = (read.plan.reviews ?? []).find((r) => r.round === review.round && r.component === review.component);
    fields.push(...reviewFields(before, review));
  }
  for (const f of fields) {
    if (f.after === undefined || f.after === null || f.after === "" || same(f.before, f.after)) continue;
    const value = f.cell(f.after);
    const where = f.kpi !== undefined ? { kpi: f.kpi, field: f.field } : { component: f.component as string, field: f.field };
    const who = { ...(f.kpi !== undefined ? { kpi: f.kpi } : { component: f.component as string }), field: f.field, what: f.what, value };
    const ref = read.cellOf(where);
    if (!ref) {
      if (!f.computed) out.missing.push(who);
      continue;
    }
    const grid = grids.get(ref.sheet);
    const { row, column } = parseCell(ref.cell);
    const old = grid?.values[row]?.[column] ?? null;
    const change: CellChange = { ...ref, ...who, old };
    if ((grid?.formulas[row]?.[column] ?? null) !== null) {
      // A weighted score's formula computes it from the result just written.
      if (!f.computed) out.formulas.push(change);
    } else if (isBlank(old)) out.writes.push(change);
    else out.conflicts.push(change);
  }
  return out;
}
