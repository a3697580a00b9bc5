// The importer chunk: the text of the official KPI forms → a preview of the template it makes.
// Loaded by loadImporter.ts when the Import screen opens; the importer itself is reached only
// through src/core/import/index.ts.
import { importPlanText } from "../../core/import";
import { useSchemaMessages } from "../../core/schema/schemaMessages";
import { leafComponents } from "../../core/frameworks";
import type { Framework } from "../../core/schema/framework";
import { parsePlan, type Plan } from "../../core/schema/plan";
import { templatePlan } from "../../layout/templatePlan";
import type { Importer, ImportPreview, PreviewComponent } from "./types";

// The Import screen shows the problems of what was pasted, schema problems among them.
useSchemaMessages();

/** Errors a framework chosen by the user can overcome. */
const NEEDS_FRAMEWORK = new Set<string>(["NO_FISCAL_YEAR", "UNKNOWN_FRAMEWORK"]);

/**
 * The negotiated components of the framework in its order, each with the KPIs the text gives it;
 * a shared component only when the text gives it KPIs; components the framework does not know last.
 */
export function previewComponents(plan: Plan, framework: Framework | null): PreviewComponent[] {
  const out: PreviewComponent[] = [];
  const byCode = new Map<string, PreviewComponent>();
  const add = (c: PreviewComponent): PreviewComponent => {
    byCode.set(c.code, c);
    out.push(c);
    return c;
  };
  for (const c of framework ? leafComponents(framework) : []) {
    if (c.shared && !plan.kpis.some((k) => k.component === c.code)) continue;
    add({ code: c.code, name: c.name, used: 0, required: c.weight, count: c.kpiCount, kpis: [] });
  }
  for (const k of plan.kpis) {
    const c = byCode.get(k.component) ?? add({ code: k.component, name: null, used: 0, required: null, count: null, kpis: [] });
    const weight = typeof k.weight === "number" && Number.isFinite(k.weight) ? k.weight : null;
    c.used += weight ?? 0;
    c.kpis.push({ id: k.id, name: k.name, weight, levels: k.rubric?.levels.length ?? 0, kind: k.rubric?.kind ?? null });
  }
  return out;
}

function preview(text: string, framework?: string): ImportPreview {
  const result = importPlanText(text, framework ? { framework } : {});
  if (!result.ok) return { ok: false, code: result.error.code, kind: result.report.kind, message: result.error.message, needsFramework: NEEDS_FRAMEWORK.has(result.error.code) };
  const parsed = parsePlan(result.plan);
  if (!parsed.ok) {
    const detail = parsed.problems.map((p) => `${p.path}: ${p.message}`).join("; ");
    return { ok: false, code: "INVALID_PLAN", kind: result.report.kind, message: null, detail, needsFramework: false };
  }
  const imported = parsed.plan;
  const fw = result.framework;
  const plan = fw ? templatePlan(fw, { agency: imported.agency, from: imported }) : imported;
  const r = result.report.results;
  return {
    ok: true,
    plan,
    kind: result.report.kind,
    results: r
      ? {
          round: r.round,
          kpis: r.kpis.map((k) => ({ id: k.id, name: k.name, result: k.result, self: k.self, printed: k.printed, computed: k.score })),
          total: r.total,
          printedTotal: r.printedTotal,
          selfTotal: r.selfTotal,
          printedSelfTotal: r.printedSelfTotal,
          differences: r.checks.filter((c) => !c.same).length,
        }
      : null,
    framework: fw,
    frameworkId: imported.framework,
    inferred: !framework,
    agency: imported.agency,
    fiscalYear: imported.fiscalYear,
    kpiCount: imported.kpis.length,
    standardCount: plan.kpis.length - imported.kpis.length,
    components: previewComponents(imported, fw),
    findings: result.findings,
    skipped: result.report.skipped,
    disagreements: result.report.disagreements,
    notes: result.report.notes,
  };
}

/** Trailing empty cells are dropped: a line of text pasted into column A stays a line, not a table row. */
function cellsToText(rows: readonly (readonly string[])[]): string {
  return rows
    .map((row) => {
      let n = row.length;
      while (n > 0 && (row[n - 1] ?? "").trim() === "") n--;
      return row.slice(0, n).join("\t");
    })
    .join("\n");
}

export const importer: Importer = { preview, cellsToText };
