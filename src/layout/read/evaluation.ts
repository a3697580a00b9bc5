// Sheet 3, the evaluation result: per round and KPI the self-assessed and committee results, the
// stored weighted scores (typed over the formulas) and the evaluators' texts. A sheet of layout 1
// has no round column: all its rows are the year-end round.
import type { RoundId } from "../../core/schema/common";
import type { CellValue } from "../../workbook/model";
import { evaluationColumns } from "../layout";
import { parseRound } from "../text";
import type { CellRef, ReadIssue } from "../types";
import { isBlank, numericOf, tableColumns, textOf, type Sheet } from "./cells";
import { readIssue } from "./issues";
import { inPercent, type KpiDraft } from "./register";

/** The evaluators' texts, kept as typed: reasons for the score, strengths, weaknesses, suggestions. */
const TEXTS = ["note", "strengths", "weaknesses", "suggestions"] as const;
/** The columns typed in: results, texts, and scores typed over their formulas. */
const INPUTS = ["value", "self", ...TEXTS, "score", "selfScore"] as const;

/** Where a round's result lives in a plan: `result` (year-end) or `results.mid`. */
export const resultPath = (round: RoundId): string => (round === "end" ? "result" : `results.${round}`);

export interface EvaluationRead {
  /** Results per round, by KPI id. */
  results: Map<RoundId, Map<string, Record<string, unknown>>>;
  content: Set<string>;
  positions: Map<string, Map<string, CellRef>>;
}

/** The round of an evaluation row by its round cell: blank (layout 1 has no round column) is the year-end one; null names none. */
export const rowRound = (cell: string): RoundId | null => (cell === "" ? "end" : parseRound(cell));

/** Results per round and KPI id: what is typed, never the formulas' values; a row per KPI and round at most. */
export function readEvaluation(sheet: Sheet | null, kpis: ReadonlyMap<string, KpiDraft>, issues: ReadIssue[]): EvaluationRead {
  const out: EvaluationRead = { results: new Map(), content: new Set(), positions: new Map() };
  if (!sheet) return out;
  const table = tableColumns(sheet, evaluationColumns(), "kpi", issues);
  if (!table) return out;
  const { headerRow, cols } = table;
  /** A typed value (not a formula) in a column. */
  const typed = (r: number, k: string): CellValue => sheet.typed(r, cols.get(k));
  const roundAt = (r: number): RoundId | null => rowRound(textOf(sheet.value(r, cols.get("round"))).trim());
  /** Where each result field of row r is; the result as a whole is at the committee's value. */
  const positionsAt = (r: number, round: RoundId, keys: readonly string[], into = new Map<string, CellRef>()): Map<string, CellRef> => {
    const path = resultPath(round);
    const fields: [string, string][] = [...keys.map((k): [string, string] => [k, `${path}.${k}`]), ["value", path]];
    for (const [k, field] of fields) {
      const c = cols.get(k);
      if (c !== undefined) into.set(field, sheet.ref(r, c));
    }
    return into;
  };
  const positionsOf = (id: string): Map<string, CellRef> => {
    const found = out.positions.get(id) ?? new Map<string, CellRef>();
    out.positions.set(id, found);
    return found;
  };
  const done = new Set<string>();
  const located = new Set<string>();
  for (let r = headerRow + 1; r < sheet.rowCount; r++) {
    const id = sheet.code(r, cols.get("kpi"));
    const content = INPUTS.some((k) => !isBlank(typed(r, k)));
    if (!content) continue;
    const round = roundAt(r);
    if (round === null) {
      issues.push(readIssue("ROUND_UNKNOWN", sheet.ref(r, cols.get("round") ?? 0), { value: textOf(sheet.value(r, cols.get("round"))) }, id || undefined));
      continue;
    }
    const key = `${round}\u0000${id}`;
    if (done.has(key)) {
      issues.push(readIssue("KPI_ID_DUPLICATE", sheet.ref(r, cols.get("kpi") ?? 0), { id }, id));
      continue;
    }
    if (id === "" || !kpis.has(id)) {
      issues.push(readIssue("ROW_WITHOUT_KPI", sheet.ref(r, cols.get("kpi") ?? 0), { id }, id || undefined));
      continue;
    }
    done.add(key);
    out.content.add(id);
    // A result typed as a percentage (98.77 %) is one where the KPI counts in percent.
    const percent = inPercent(kpis.get(id) as KpiDraft);
    const result: Record<string, unknown> = { value: sheet.percent(r, cols.get("value"), percent, id, true) };
    const self = sheet.percent(r, cols.get("self"), percent, id, true);
    if (self !== null) result.self = self;
    for (const k of TEXTS) {
      const text = textOf(typed(r, k));
      if (text !== "") result[k] = text;
    }
    const score = numericOf(typed(r, "score"));
    if (score !== null) result.score = score;
    const selfScore = numericOf(typed(r, "selfScore"));
    if (selfScore !== null) result.selfScore = selfScore;
    const byId = out.results.get(round) ?? new Map<string, Record<string, unknown>>();
    out.results.set(round, byId);
    if (Object.keys(result).length > 1 || result.value !== null) byId.set(id, result);
    positionsAt(r, round, INPUTS, positionsOf(id));
    located.add(key);
  }
  // Rows of KPIs that hold nothing typed still tell where each part of a KPI's result would go.
  for (let r = headerRow + 1; r < sheet.rowCount; r++) {
    const id = sheet.code(r, cols.get("kpi"));
    const round = roundAt(r);
    if (id === "" || round === null || located.has(`${round}\u0000${id}`) || !kpis.has(id)) continue;
    located.add(`${round}\u0000${id}`);
    positionsAt(r, round, INPUTS, positionsOf(id));
  }
  return out;
}
