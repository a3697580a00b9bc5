// Sheet 3, the evaluation result: per KPI the self-assessed and committee results, the stored
// weighted scores (typed over the formulas) and the evaluators' texts.
import type { CellValue } from "../../workbook/model";
import { evaluationColumns } from "../layout";
import type { CellRef, ReadIssue } from "../types";
import { isBlank, numericOf, tableColumns, textOf, type Sheet } from "./cells";
import { readIssue } from "./issues";
import type { KpiDraft } from "./register";

/** The evaluators' texts, kept as typed: reasons for the score, strengths, weaknesses, suggestions. */
const TEXTS = ["note", "strengths", "weaknesses", "suggestions"] as const;

export interface EvaluationRead {
  results: Map<string, Record<string, unknown>>;
  content: Set<string>;
  positions: Map<string, Map<string, CellRef>>;
}

/** Results per KPI id: what is typed, never the formulas' values; a row per KPI at most. */
export function readEvaluation(sheet: Sheet | null, kpis: ReadonlyMap<string, KpiDraft>, issues: ReadIssue[]): EvaluationRead {
  const out: EvaluationRead = { results: new Map(), content: new Set(), positions: new Map() };
  if (!sheet) return out;
  const table = tableColumns(sheet, evaluationColumns(), "kpi", issues);
  if (!table) return out;
  const { headerRow, cols } = table;
  const inputs = ["self", "value", ...TEXTS, "score", "selfScore"];
  /** A typed value (not a formula) in a column. */
  const typed = (r: number, k: string): CellValue => sheet.typed(r, cols.get(k));
  /** Where each result field of row r is; the result as a whole is at the committee's value. */
  const positionsAt = (r: number, keys: readonly string[]): Map<string, CellRef> => {
    const positions = new Map<string, CellRef>();
    const fields: [string, string][] = [...keys.map((k): [string, string] => [k, `result.${k}`]), ["value", "result"]];
    for (const [k, field] of fields) {
      const c = cols.get(k);
      if (c !== undefined) positions.set(field, sheet.ref(r, c));
    }
    return positions;
  };
  const done = new Set<string>();
  for (let r = headerRow + 1; r < sheet.rowCount; r++) {
    const id = textOf(sheet.value(r, cols.get("kpi"))).trim();
    const content = inputs.some((k) => !isBlank(typed(r, k)));
    if (!content) continue;
    if (done.has(id)) {
      issues.push(readIssue("KPI_ID_DUPLICATE", sheet.ref(r, cols.get("kpi") ?? 0), { id }, id));
      continue;
    }
    if (id === "" || !kpis.has(id)) {
      issues.push(readIssue("ROW_WITHOUT_KPI", sheet.ref(r, cols.get("kpi") ?? 0), { id }, id || undefined));
      continue;
    }
    done.add(id);
    out.content.add(id);
    const result: Record<string, unknown> = { value: numericOf(typed(r, "value")) };
    const self = numericOf(typed(r, "self"));
    if (self !== null) result.self = self;
    for (const k of TEXTS) {
      const text = textOf(typed(r, k));
      if (text !== "") result[k] = text;
    }
    const score = numericOf(typed(r, "score"));
    if (score !== null) result.score = score;
    const selfScore = numericOf(typed(r, "selfScore"));
    if (selfScore !== null) result.selfScore = selfScore;
    if (Object.keys(result).length > 1 || result.value !== null) out.results.set(id, result);
    out.positions.set(id, positionsAt(r, ["value", "self", ...TEXTS, "score", "selfScore"]));
  }
  // Rows of KPIs that hold nothing typed still tell where a KPI's result would go.
  for (let r = headerRow + 1; r < sheet.rowCount; r++) {
    const id = textOf(sheet.value(r, cols.get("kpi"))).trim();
    if (id === "" || out.positions.has(id) || !kpis.has(id)) continue;
    out.positions.set(id, positionsAt(r, ["value"]));
  }
  return out;
}
