// Generated sheets carry a marker in a fixed cell (A3): what they are, which template they belong
// to and their own name. Refreshing deletes a sheet only when its marker is there AND names the
// sheet itself, so a user's copy of a generated sheet ("สรุปคะแนน (2)", same marker, other name)
// and every sheet without a marker are never touched.
import type { CellValue } from "../workbook/model";

export type SummaryKind = "kpis" | "scores" | "chart" | "form";

/** 0-based row and column of the marker cell: A3. */
export const MARKER_ROW = 2;
export const MARKER_CELL = "A3";

// "/" and "]" cannot appear in a sheet name, so they separate the parts safely.
const PATTERN = /\[kpi-generated:(kpis|scores|chart|form)\/([^/\]]*)\/([^/\]]*)\]\s*$/;

/** The machine-readable tail of the marker note. */
export function markerTag(kind: SummaryKind, template: string, sheet: string): string {
  return `[kpi-generated:${kind}/${template}/${sheet}]`;
}

export interface Marker {
  kind: SummaryKind;
  /** The metadata sheet of the template the summary was made from. */
  template: string;
  sheet: string;
}

export function parseMarker(value: CellValue | undefined): Marker | null {
  if (typeof value !== "string") return null;
  const m = PATTERN.exec(value);
  if (!m) return null;
  return { kind: m[1] as SummaryKind, template: m[2] as string, sheet: m[3] as string };
}

/** True when `sheet` is a generated sheet (of `template`, if given) according to its marker cell. */
export function isGeneratedSheet(sheet: string, markerValue: CellValue | undefined, template?: string): boolean {
  const m = parseMarker(markerValue);
  if (!m || m.sheet !== sheet) return false;
  return template === undefined || m.template === template;
}
