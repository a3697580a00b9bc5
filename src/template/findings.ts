// What a check lists, in the task pane and on the command line alike: validation findings of the
// core, problems met while reading the sheets, and cells that break Excel's own data validation
// (pasted past it; the pane only), in one shape and one order — errors first, then by KPI, then
// by where they are.
import type { Bilingual } from "../core/schema/common";
import type { Finding, Severity, Where } from "../core/validation/finding";
import { BUDGET_TOTAL_LABEL, HEADING_PREFIX, OTHER_HEADING, TOTAL_LABEL } from "../layout/layout";
import type { ReadIssue } from "../layout/types";
import { parseCell } from "../workbook/a1";
import type { CellRef, CellValue, Grid } from "../workbook/model";

export type FindingSource = "rule" | "read" | "excel";

export interface PlanFinding {
  /** Stable across checks while the problem stays: React keys, focus keeping. */
  key: string;
  code: string;
  severity: Severity;
  message: Bilingual;
  where: Where;
  source: FindingSource;
}

export const EXCEL_VALIDATION = "EXCEL_VALIDATION";

function excelFinding(ref: CellRef, value: CellValue): PlanFinding {
  const shown = value === null ? "" : String(value);
  return {
    key: `${EXCEL_VALIDATION}|${ref.sheet}|${ref.cell}`,
    code: EXCEL_VALIDATION,
    severity: "error",
    message: {
      th: `ค่า "${shown}" ในเซลล์ ${ref.cell} ไม่ผ่านกฎตรวจข้อมูลของ Excel (อาจวางทับมาจากที่อื่น)`,
      en: `the value "${shown}" in ${ref.cell} breaks the cell's Excel data-validation rule (probably pasted in)`,
    },
    where: { sheet: ref.sheet, cell: ref.cell },
    source: "excel",
  };
}

function valueAt(grids: ReadonlyMap<string, Grid>, ref: CellRef): CellValue {
  try {
    const { row, column } = parseCell(ref.cell);
    return grids.get(ref.sheet)?.values[row]?.[column] ?? null;
  } catch {
    return null;
  }
}

const STRUCTURAL = [HEADING_PREFIX, TOTAL_LABEL, BUDGET_TOTAL_LABEL, OTHER_HEADING.split(" ")[0] as string];

/**
 * Component headings and total rows are the template's own structure, not data: the list rule
 * of the component column does not hold for a parent component's code, and Excel's own check
 * would point at it. Those rows are left out of the data-validation findings.
 */
function onStructuralRow(grids: ReadonlyMap<string, Grid>, ref: CellRef): boolean {
  try {
    const row = grids.get(ref.sheet)?.values[parseCell(ref.cell).row] ?? [];
    return row.some((v) => typeof v === "string" && STRUCTURAL.some((p) => v.startsWith(p)));
  } catch {
    return false;
  }
}

const whereKey = (w: Where): string => [w.kpi, w.field, w.component, w.sheet, w.cell].map((x) => x ?? "").join("|");

/** KPI ids in natural order: "1.2-10" after "1.2-9". */
const natural = (a: string, b: string): number => a.localeCompare(b, "en", { numeric: true });

export function collectFindings(input: {
  findings: readonly Finding[];
  issues?: readonly ReadIssue[];
  /** Cells breaking Excel's data validation, and the grids to show their values. */
  invalid?: readonly CellRef[];
  grids?: ReadonlyMap<string, Grid>;
}): PlanFinding[] {
  const grids = input.grids ?? new Map<string, Grid>();
  const out: PlanFinding[] = [];
  const seen = new Map<string, number>();
  const add = (f: Omit<PlanFinding, "key">, base: string): void => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    out.push({ ...f, key: n === 1 ? base : `${base}#${n}` });
  };
  for (const i of input.issues ?? []) add({ code: i.code, severity: i.severity, message: i.message, where: i.where, source: "read" }, `${i.code}|${whereKey(i.where)}`);
  for (const f of input.findings) add({ code: f.code, severity: f.severity, message: f.message, where: f.where, source: "rule" }, `${f.code}|${whereKey(f.where)}`);
  // A cell the core already points at needs no second finding.
  const pointed = new Set(out.filter((f) => f.where.sheet && f.where.cell).map((f) => `${f.where.sheet}!${f.where.cell}`));
  for (const ref of input.invalid ?? []) {
    if (pointed.has(`${ref.sheet}!${ref.cell}`) || onStructuralRow(grids, ref)) continue;
    out.push(excelFinding(ref, valueAt(grids, ref)));
  }
  return sortFindings(out);
}

export function sortFindings(list: PlanFinding[]): PlanFinding[] {
  const rank = (s: Severity): number => (s === "error" ? 0 : 1);
  return list.sort(
    (a, b) =>
      rank(a.severity) - rank(b.severity) ||
      natural(a.where.kpi ?? "", b.where.kpi ?? "") ||
      (a.where.sheet ?? "").localeCompare(b.where.sheet ?? "") ||
      natural(a.where.cell ?? "", b.where.cell ?? "") ||
      a.code.localeCompare(b.code),
  );
}
