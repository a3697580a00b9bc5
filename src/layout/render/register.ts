// Sheet 1, the KPI register: a heading row per component, a row per KPI (blank rows for KPIs a
// component still lacks), the weight total.
import type { Kpi, Plan } from "../../core/schema/plan";
import type { SheetRender } from "../../workbook/model";
import { cellAddress, rangeAddress } from "../../workbook/a1";
import { COLOURS, FIRST_DATA_ROW, OTHER_HEADING, registerColumns, TOTAL_LABEL, type BaselineColumn } from "../layout";
import { componentHeading, formatEvidence, kindLabel } from "../text";
import { addTable, finish, markHeading, numericCell, SheetBuilder, textCell, titleBlock } from "./builder";
import type { Ctx, Slot } from "./context";
import { column } from "./formulas";

function baselineColumns(plan: Plan): BaselineColumn[] {
  const maxPerYear = new Map<number, number>();
  for (let y = plan.fiscalYear - 4; y < plan.fiscalYear; y++) maxPerYear.set(y, 1);
  for (const k of plan.kpis) {
    const count = new Map<number, number>();
    for (const b of k.baseline) count.set(b.year, (count.get(b.year) ?? 0) + 1);
    for (const [y, n] of count) maxPerYear.set(y, Math.max(maxPerYear.get(y) ?? 0, n));
  }
  return [...maxPerYear.entries()]
    .sort((a, b) => a[0] - b[0])
    .flatMap(([year, n]) => Array.from({ length: n }, (_, i) => ({ year, occurrence: i + 1 })));
}

export function renderRegister(ctx: Ctx): SheetRender {
  const { plan } = ctx;
  const partners = Math.max(2, ...plan.kpis.map((k) => k.partners.length));
  const b = new SheetBuilder(ctx.sheets.register, registerColumns(baselineColumns(plan), partners));
  titleBlock(b, ctx, "register");
  let row = FIRST_DATA_ROW;
  for (const g of ctx.groups) {
    b.set(row, "component", g.component?.code ?? null);
    b.set(row, "name", g.component ? componentHeading(g.component) : OTHER_HEADING);
    markHeading(b, row, g);
    row++;
    for (const slot of g.slots) {
      writeKpiRow(b, row, slot);
      row++;
    }
  }
  const lastRow = row - 1;
  addTable(b, ctx.tables.register, lastRow);
  b.set(row, "name", `${TOTAL_LABEL} / total`);
  b.set(row, "weight", { formula: `=SUBTOTAL(109,${column(ctx.tables.register, b.header("weight"))})`, value: sumWeights(plan.kpis) });
  b.style(rangeAddress(row, 0, row, b.lastColumn), { font: { bold: true }, fill: COLOURS.total, locked: true, border: "thin" });
  b.style(cellAddress(row, b.col("weight")), { horizontal: "center" });
  return finish(b, "register", ctx, lastRow);
}

const sumWeights = (kpis: readonly Kpi[]): number => kpis.reduce((s, k) => s + (typeof k.weight === "number" ? k.weight : 0), 0);

function writeKpiRow(b: SheetBuilder, row: number, { kpi, placeholder }: Slot): void {
  b.set(row, "component", textCell(kpi.component));
  b.set(row, "id", kpi.id);
  if (placeholder) return;
  b.set(row, "name", textCell(kpi.name));
  const seen = new Map<number, number>();
  for (const e of kpi.baseline) {
    const occurrence = (seen.get(e.year) ?? 0) + 1;
    seen.set(e.year, occurrence);
    b.set(row, `baseline:${e.year}:${occurrence}`, textCell(e.text));
  }
  b.set(row, "target", textCell(kpi.target));
  b.set(row, "weight", numericCell(kpi.weight));
  b.set(row, "unit", textCell(kpi.unit));
  b.set(row, "kind", kpi.rubric ? kindLabel(kpi.rubric.kind) : null);
  b.set(row, "focusIssue", numericCell(kpi.focusIssue));
  for (const key of ["policy", "strategy", "subStrategy", "objective", "keyResult"] as const) {
    b.set(row, key, textCell(kpi.alignment[key]));
  }
  b.set(row, "definition", textCell(kpi.definition));
  b.set(row, "method", textCell(kpi.method));
  b.set(row, "evidence", kpi.evidence.length > 0 ? formatEvidence(kpi.evidence) : null);
  b.set(row, "conditions", textCell(kpi.rubric?.conditions));
  kpi.partners.forEach((p, i) => {
    b.set(row, `partner:${i + 1}:agency`, textCell(p.agency));
    b.set(row, `partner:${i + 1}:role`, textCell(p.role));
  });
}
