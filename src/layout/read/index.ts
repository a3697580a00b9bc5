// Sheet grids → plan: the inverse of render/. Reads what the user typed, as typed: text
// columns as text, numeric columns through toNumeric (Thai digits are numbers; other text is kept
// so that validation reports NOT_A_NUMBER at its cell). Columns are found by their Thai header,
// so a user may insert or move columns. Nothing here throws for what a cell holds: a cell or row
// that cannot be understood becomes a ReadIssue with its sheet and cell.
//
// cells.ts reads cells and header rows; issues.ts words the problems; meta.ts reads the metadata
// sheet; one reader per sheet (register.ts, rubric.ts, evaluation.ts, reviews.ts, actionPlan.ts);
// locate.ts maps a finding back to its cell. A sheet a later layout added is not looked for in a
// workbook of an older layout.
import type { Framework } from "../../core/schema/framework";
import { parsePlan, type Plan, type PlanInput } from "../../core/schema/plan";
import type { Grid } from "../../workbook/model";
import { parseKind } from "../text";
import { sheetInLayout } from "../sheets";
import { DATA_SHEET_IDS, type DataSheetId, type Locate, type ReadIssue, type SheetId } from "../types";
import { readActionPlan, type ActionRead } from "./actionPlan";
import { Sheet } from "./cells";
import { readEvaluation, type EvaluationRead } from "./evaluation";
import { readIssue } from "./issues";
import { key, makeCellOf, makeLocate, type Positions } from "./locate";
import type { TemplateMeta } from "./meta";
import { readRegister, type KpiDraft } from "./register";
import { readReviews, type ReviewsRead } from "./reviews";
import { readRubric, type RubricRead } from "./rubric";

export { numericOf, textOf } from "./cells";
export { readIssue } from "./issues";
export { readMeta, type TemplateMeta } from "./meta";

export interface GridsRead {
  plan: Plan;
  locate: Locate;
  /** The cell of exactly a field (no walking up to a neighbour): where to write it. */
  cellOf: Locate;
  issues: ReadIssue[];
}

/** What the readers of the data sheets build up, in tab order: the register first, its KPIs for the others. */
interface ReadState {
  framework: Framework;
  fiscalYear: number;
  pos: Positions;
  issues: ReadIssue[];
  kpis: KpiDraft[];
  byId: Map<string, KpiDraft>;
  rubric: RubricRead;
  evaluation: EvaluationRead;
  reviews: ReviewsRead;
  action: ActionRead;
}

/** One reader per data sheet of the layout (sheets.ts); each fills its part of the state. */
const READERS: Record<DataSheetId, (sheet: Sheet | null, state: ReadState) => void> = {
  register: (sheet, st) => {
    st.kpis = readRegister(sheet, st.pos, st.issues);
    for (const k of st.kpis) if (!st.byId.has(k.id)) st.byId.set(k.id, k);
  },
  rubric: (sheet, st) => void (st.rubric = readRubric(sheet, st.framework, st.byId, st.issues)),
  evaluation: (sheet, st) => void (st.evaluation = readEvaluation(sheet, st.byId, st.issues)),
  reviews: (sheet, st) => void (st.reviews = readReviews(sheet, st.issues)),
  actionPlan: (sheet, st) => void (st.action = readActionPlan(sheet, st.fiscalYear, st.issues)),
};

/** Reads a template's sheets into a plan. `grids` holds the sheets named in `meta.sheets`. */
export function readPlanFromGrids(meta: TemplateMeta, framework: Framework, grids: ReadonlyMap<string, Grid>): GridsRead {
  const issues: ReadIssue[] = [];
  const pos: Positions = { byKpi: new Map(), byField: new Map(), byComponent: new Map(), byComponentField: new Map() };
  const sheetOf = (id: SheetId): Sheet | null => {
    if (!sheetInLayout(id, meta.layoutVersion)) return null;
    const name = meta.sheets[id];
    const grid = grids.get(name);
    if (!grid) {
      issues.push(readIssue("SHEET_MISSING", { sheet: name, cell: "A1" }));
      return null;
    }
    return new Sheet(name, grid, issues);
  };
  const fiscalYear = meta.fiscalYear ?? framework.fiscalYear;
  const st: ReadState = {
    framework,
    fiscalYear,
    pos,
    issues,
    kpis: [],
    byId: new Map(),
    rubric: readRubric(null, framework, new Map(), []),
    evaluation: readEvaluation(null, new Map(), []),
    reviews: readReviews(null, []),
    action: readActionPlan(null, fiscalYear, []),
  };
  for (const id of DATA_SHEET_IDS) READERS[id](sheetOf(id), st);
  const { kpis, byId, rubric, evaluation, reviews, action } = st;

  const withAction = new Set(action.entries.map((e) => e.kpi));
  const kept = kpis.filter(
    (k) => !(k.blank && !rubric.content.has(k.id) && !evaluation.content.has(k.id) && !withAction.has(k.id) && k.kindCell === "" && k.conditions === ""),
  );

  // Positions of rubric, results and action plan, now that the KPIs are known.
  for (const [id, cells] of rubric.positions) if (byId.has(id)) for (const [f, ref] of cells) pos.byKpi.set(key(id, f), ref);
  for (const [id, cells] of evaluation.positions) if (byId.has(id)) for (const [f, ref] of cells) pos.byKpi.set(key(id, f), ref);
  for (const [f, ref] of action.positions) pos.byField.set(f, ref);
  for (const { component, field, at } of reviews.positions) pos.byComponentField.set(key(component, field), at);
  action.kpiPositions.forEach(([kpi, f, ref]) => pos.byKpi.set(key(kpi, f), ref));

  const kpiInputs = kept.map((k) => {
    const input = { ...k.input };
    const levels = rubric.levels.get(k.id);
    const hasRubric = k.kindCell !== "" || (levels !== undefined && levels.length > 0) || k.conditions !== "";
    if (hasRubric) {
      let kind = parseKind(k.kindCell);
      if (kind === null || kind === "unknown") {
        const inferred = (levels ?? []).some((l) => typeof l.criterion === "number") ? "numeric" : "milestone";
        if (kind === "unknown") {
          const at = pos.byKpi.get(key(k.id, "rubric.kind")) ?? { sheet: meta.sheets.register, cell: "A1" };
          issues.push(readIssue("RUBRIC_KIND_UNKNOWN", at, { value: k.kindCell, kind: inferred }, k.id));
        }
        kind = inferred;
      }
      const r: Record<string, unknown> = { kind, levels: levels ?? [] };
      if (k.conditions !== "") r.conditions = k.conditions;
      const mid = rubric.midCriteria.get(k.id);
      if (mid) r.rounds = { mid: { criteria: mid } };
      input.rubric = r;
    }
    const result = evaluation.results.get("end")?.get(k.id);
    if (result) input.result = result;
    const mid = evaluation.results.get("mid")?.get(k.id);
    if (mid) input.results = { mid };
    return input;
  });

  const planInput: Record<string, unknown> = {
    format: "kpi-plan",
    version: 1,
    framework: meta.framework || framework.id,
    agency: meta.agency,
    fiscalYear,
    kpis: kpiInputs,
    actionPlan: action.entries,
  };
  if (action.budgetTotal !== undefined) planInput.budgetTotal = action.budgetTotal;
  if (reviews.reviews.length > 0) planInput.reviews = reviews.reviews;
  const parsed = parsePlan(planInput as PlanInput, { nullKeys: "as-is" });
  if (!parsed.ok) {
    // Every value above comes from a cell through textOf/numericOf, so this cannot happen short
    // of a defect; report it rather than lose the workbook.
    throw new Error(`layout: the plan read from the workbook does not parse: ${parsed.problems.map((p) => `${p.path} ${p.message}`).join("; ")}`);
  }
  return { plan: parsed.plan, locate: makeLocate(pos), cellOf: makeCellOf(pos), issues };
}
