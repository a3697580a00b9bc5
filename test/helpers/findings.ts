// Assertions on validation findings by what a user sees: the rule code and where it points
// (KPI + field, component, or sheet + A1 cell). Message text is never compared.
import type { Finding, RuleCode, Severity, Where } from "../../src/core/validation/finding";
import { validatePlan, type ValidateOptions } from "../../src/core/validation/validate";
import type { Framework } from "../../src/core/schema/framework";
import { framework2567, parsed } from "./plan";

/** A finding as a test states it; `severity` is compared only when given. */
export interface ExpectedFinding {
  code: RuleCode;
  where: Where;
  severity?: Severity;
}

// Where a finding points, as a short sortable text: "1.1-2 definition", "component 1.3".
const whereKey = (w: Where): string =>
  [w.sheet && w.cell ? `${w.sheet}!${w.cell}` : "", w.component ? `component ${w.component}` : "", w.kpi ?? "", w.field ?? ""]
    .filter(Boolean)
    .join(" ");
const byKey = (a: ExpectedFinding, b: ExpectedFinding): number =>
  `${a.code} ${whereKey(a.where)}`.localeCompare(`${b.code} ${whereKey(b.where)}`);

/** Findings reduced to code + where (and severity when asked), in a stable order. */
export function compact(findings: readonly Finding[], withSeverity = false): ExpectedFinding[] {
  return findings
    .map((f) => (withSeverity ? { code: f.code, where: f.where, severity: f.severity } : { code: f.code, where: f.where }))
    .sort(byKey);
}

/**
 * `expectFindings(findings).toEqual([{ code: "RUBRIC_POINTS", where: { kpi: "1.1-1", field: "rubric.levels[3].points" } }])`
 * compares exactly, in any order; a failure prints both lists as code + where.
 */
export function expectFindings(findings: readonly Finding[]) {
  return {
    toEqual(expected: readonly ExpectedFinding[]): void {
      const withSeverity = expected.some((e) => e.severity !== undefined);
      if (withSeverity && !expected.every((e) => e.severity !== undefined)) {
        throw new Error("expectFindings: give a severity for every expected finding or for none");
      }
      expect(compact(findings, withSeverity)).toEqual([...expected].sort(byKey));
    },
    toBeEmpty(): void {
      expect(compact(findings, true)).toEqual([]);
    },
    /** Every expected finding is among them; others may be too. */
    toInclude(expected: readonly ExpectedFinding[]): void {
      expect(compact(findings)).toEqual(expect.arrayContaining(expected.map((e) => ({ code: e.code, where: e.where }))));
    },
  };
}

/** Parses a plan input (which must parse) and validates it, against bma-2567-bureau by default. */
export function findingsOf(input: unknown, framework: Framework = framework2567(), options: ValidateOptions = {}): Finding[] {
  return validatePlan(parsed(input), framework, options);
}

/** Where-builders, so expectations read like the domain. */
export const at = {
  kpi: (kpi: string, field: string): Where => ({ kpi, field }),
  component: (component: string, field?: string): Where => (field === undefined ? { component } : { component, field }),
  plan: (field: string): Where => ({ field }),
  /** A sheet and an A1 cell ("B7"); a malformed address fails the test that wrote it. */
  cell: (sheet: string, a1: string): Where => {
    parseA1(a1);
    return { sheet, cell: a1 };
  },
};

/** "B7" → { col: 2, row: 7 }, "AA10" → { col: 27, row: 10 }; 1-based like Excel. */
export function parseA1(a1: string): { col: number; row: number } {
  const m = /^([A-Z]{1,3})([1-9]\d*)$/.exec(a1);
  if (!m) throw new Error(`"${a1}" is not an A1 address`);
  const col = [...(m[1] as string)].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
  return { col, row: Number(m[2]) };
}

/** { col: 2, row: 7 } → "B7". */
export function toA1(col: number, row: number): string {
  if (!Number.isInteger(col) || !Number.isInteger(row) || col < 1 || row < 1) throw new Error(`no A1 address for ${col},${row}`);
  let letters = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row}`;
}
