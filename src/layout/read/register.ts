// Sheet 1, the KPI register: one row per KPI, found between component headings; baseline
// columns by year ("พ.ศ. ๒๕๖๖", a second "(๒)" for a year listed twice) and partner columns.
import { countsPercent } from "../../core/plan/percent";
import { parseBeYear } from "../../core/thai/calendar";
import { HEADING_PREFIX, OTHER_HEADING, registerColumns, TOTAL_LABEL } from "../layout";
import { parseEvidence, parseKind } from "../text";
import type { ReadIssue } from "../types";
import { isBlank, norm, numericOf, tableColumns, textOf, type Numeric, type Sheet } from "./cells";
import { readIssue } from "./issues";
import { key, type Positions } from "./locate";

/** A KPI row of the register, before the other sheets add its rubric and result. */
export interface KpiDraft {
  row: number;
  id: string;
  input: Record<string, unknown> & { id: string };
  /** Only the component and id are filled: a row the template left for a KPI still to come. */
  blank: boolean;
  kindCell: string;
  conditions: string;
  weight: Numeric;
}

const ALIGNMENT = ["policy", "strategy", "subStrategy", "objective", "keyResult"] as const;
const REGISTER_FIELDS: Record<string, string> = {
  component: "component",
  name: "name",
  target: "target",
  weight: "weight",
  unit: "unit",
  focusIssue: "focusIssue",
  kind: "rubric.kind",
  definition: "definition",
  method: "method",
  evidence: "evidence",
  conditions: "rubric.conditions",
  ...Object.fromEntries(ALIGNMENT.map((a) => [a, `alignment.${a}`])),
};

/**
 * Whether a KPI row's results and criteria are percentages: the KPI counts in percent (its unit,
 * target or name says so) and its rubric is neither a milestone (levels) nor a score out of 100.
 */
export const inPercent = (k: KpiDraft): boolean => countsPercent(k.input) && !["milestone", "score100"].includes(String(parseKind(k.kindCell)));

const isStructural = (name: string): boolean =>
  name.startsWith(HEADING_PREFIX) || name.startsWith(OTHER_HEADING.split(" ")[0] as string) || name.startsWith(TOTAL_LABEL);

/** The register: one draft per KPI row; heading and total rows give positions of components and the weight total. */
export function readRegister(sheet: Sheet | null, pos: Positions, issues: ReadIssue[]): KpiDraft[] {
  if (!sheet) return [];
  const baseline: { col: number; year: number; occurrence: number }[] = [];
  const partners = new Map<number, { agency?: number; role?: number }>();
  const table = tableColumns(sheet, registerColumns([], 0), "id", issues, (header, col, headerRow) => {
    const h = norm(header);
    const b = /^พ\.ศ\./.exec(h);
    if (b) {
      const year = parseBeYear(h);
      const occurrence = Number(/\((\d+)\)\s*$/.exec(h)?.[1] ?? 1);
      if (year === null) issues.push(readIssue("BASELINE_YEAR_UNKNOWN", sheet.ref(headerRow, col), { value: header }));
      else baseline.push({ col, year, occurrence });
      return;
    }
    const p = /^(หน่วยงานที่เกี่ยวข้อง|บทบาทของหน่วยงาน)\s*(\d+)$/.exec(h);
    if (p) {
      const n = Number(p[2]);
      const slot = partners.get(n) ?? {};
      if (p[1] === "หน่วยงานที่เกี่ยวข้อง") slot.agency = col;
      else slot.role = col;
      partners.set(n, slot);
    }
  });
  if (!table) return [];
  const { headerRow, cols } = table;
  baseline.sort((a, b) => a.year - b.year || a.occurrence - b.occurrence || a.col - b.col);
  const partnerSlots = [...partners.entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => s);

  const text = (r: number, k: string): string => textOf(sheet.value(r, cols.get(k)));
  const inputColumns = [
    ...[...cols.entries()].filter(([k]) => k !== "component" && k !== "id").map(([, c]) => c),
    ...baseline.map((b) => b.col),
    ...partnerSlots.flatMap((s) => [s.agency, s.role].filter((c): c is number => c !== undefined)),
  ];
  const drafts: KpiDraft[] = [];
  const seen = new Set<string>();
  for (let r = headerRow + 1; r < sheet.rowCount; r++) {
    let id = sheet.code(r, cols.get("id"));
    const name = text(r, "name");
    const component = sheet.code(r, cols.get("component"), id);
    const content = inputColumns.some((c) => !isBlank(sheet.value(r, c)));
    if (id === "" && isStructural(name.trim())) {
      const nameCol = cols.get("name") ?? 0;
      if (name.startsWith(HEADING_PREFIX) && component) pos.byComponent.set(component, sheet.ref(r, nameCol));
      if (name.startsWith(TOTAL_LABEL) && cols.has("weight")) pos.byField.set("weight", sheet.ref(r, cols.get("weight") as number));
      continue;
    }
    // A row with nothing but a component code is no KPI; one with only an id may be the blank
    // the template left for a KPI, decided once the other sheets are read.
    if (id === "" && !content) continue;
    if (id === "") {
      id = `${component || "?"}-แถว${r + 1}`;
      issues.push(readIssue("KPI_ID_MISSING", sheet.ref(r, cols.get("id") ?? 0), { id }, id));
    } else if (seen.has(id)) {
      issues.push(readIssue("KPI_ID_DUPLICATE", sheet.ref(r, cols.get("id") ?? 0), { id }, id));
    }
    const first = !seen.has(id);
    seen.add(id);
    const at = (field: string, col: number | undefined): void => {
      if (first && col !== undefined) pos.byKpi.set(key(id, field), sheet.ref(r, col));
    };
    at("", cols.get("name") ?? cols.get("id"));
    for (const [k, field] of Object.entries(REGISTER_FIELDS)) at(field, cols.get(k));
    // Until the rubric sheet says otherwise, a rubric finding points at the KPI's rubric kind.
    at("rubric", cols.get("kind"));
    at("baseline", baseline[0]?.col);
    at("partners", partnerSlots[0]?.agency);

    const alignment: Record<string, string> = {};
    for (const a of ALIGNMENT) alignment[a] = text(r, a);
    const input: KpiDraft["input"] = {
      id,
      component,
      name,
      baseline: baseline.filter((b) => !isBlank(sheet.value(r, b.col))).map((b) => ({ year: b.year, text: textOf(sheet.value(r, b.col)) })),
      target: text(r, "target"),
      weight: numericOf(sheet.value(r, cols.get("weight"))),
      alignment,
      definition: text(r, "definition"),
      method: text(r, "method"),
      evidence: parseEvidence(text(r, "evidence")),
      partners: partnerSlots
        .map((s) => ({ agency: textOf(sheet.value(r, s.agency)), role: textOf(sheet.value(r, s.role)) }))
        .filter((p) => p.agency !== "" || p.role !== ""),
    };
    const unit = text(r, "unit");
    if (unit !== "") input.unit = unit;
    const focus = sheet.value(r, cols.get("focusIssue"));
    if (!isBlank(focus)) input.focusIssue = numericOf(focus);
    drafts.push({
      row: r,
      id,
      input,
      blank: !content,
      kindCell: text(r, "kind").trim(),
      conditions: text(r, "conditions"),
      weight: input.weight as Numeric,
    });
  }
  return drafts;
}
