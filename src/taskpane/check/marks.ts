// Which cells a check marks, and what to change in the workbook to get there: one mark per
// offending cell (an error wins over a warning), and the difference with the marks present.
// Policy for every adapter alike: the ports only add and remove what they are told.
import type { PlanFinding } from "../../template/findings";
import type { Mark, MarksUpdate, PresentMark } from "../../workbook/ports";

export const markKey = (m: Mark): string => `${m.sheet}\u0000${m.cell}\u0000${m.severity}`;

/** One mark per offending cell; an error wins over a warning on the same cell. */
export function marksOf(findings: readonly PlanFinding[]): Mark[] {
  const byCell = new Map<string, Mark>();
  for (const f of findings) {
    const { sheet, cell } = f.where;
    if (!sheet || !cell || !/^[A-Z]{1,3}\d+$/.test(cell)) continue;
    const k = `${sheet}!${cell}`;
    const had = byCell.get(k);
    if (!had || (had.severity === "warning" && f.severity === "error")) byCell.set(k, { sheet, cell, severity: f.severity });
  }
  return [...byCell.values()];
}

/**
 * What turns `present` into exactly `wanted` within the sheets of `scope`: duplicates of a wanted
 * mark and marks no longer wanted go, missing ones come. Null when nothing needs to change.
 */
export function diffMarks(scope: readonly string[], wanted: readonly Mark[], present: readonly PresentMark[]): MarksUpdate | null {
  const inScope = new Set(scope);
  const want = new Map(wanted.filter((m) => inScope.has(m.sheet)).map((m) => [markKey(m), m]));
  const kept = new Set<string>();
  const remove: PresentMark[] = [];
  for (const p of present) {
    if (!inScope.has(p.sheet)) continue;
    const k = markKey(p);
    if (want.has(k) && !kept.has(k)) kept.add(k);
    else remove.push(p);
  }
  const add = [...want].filter(([k]) => !kept.has(k)).map(([, m]) => m);
  return remove.length === 0 && add.length === 0 ? null : { remove, add };
}
