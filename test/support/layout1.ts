// A template's grids as layout 1 wrote them: no round column on the evaluation sheet and only its
// year-end rows, no review sheet, layout version 1 in the metadata — for the tests that read such
// workbooks.
import { META_KEYS } from "../../src/layout/layout";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/render";
import type { Grid } from "../../src/workbook/model";

export function toLayout1(grids: Map<string, Grid>): void {
  const evaluation = grids.get(DEFAULT_SHEET_NAMES.evaluation) as Grid;
  const keep = evaluation.values.map((r, i) => i < 4 || r[0] === "สิ้นปี");
  const drop = (rows: unknown[][]) => rows.filter((_, i) => keep[i]).map((r) => r.slice(1));
  grids.set(DEFAULT_SHEET_NAMES.evaluation, { values: drop(evaluation.values) as Grid["values"], formulas: drop(evaluation.formulas) as Grid["formulas"] });
  grids.delete(DEFAULT_SHEET_NAMES.reviews);
  const meta = grids.get(DEFAULT_SHEET_NAMES.meta) as Grid;
  (meta.values[meta.values.findIndex((r) => r[0] === META_KEYS.layoutVersion)] as unknown[])[1] = 1;
  const sheetRow = meta.values.findIndex((r) => r[0] === META_KEYS.sheet("reviews"));
  meta.values.splice(sheetRow, 1);
  meta.formulas.splice(sheetRow, 1);
}
