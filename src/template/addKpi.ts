// Adding a KPI row to a template's register from the pane (a supporting KPI of a focus issue the
// agency is responsible for, or a KPI of past years from the KPI basket), never over an existing
// row: the blank row the template left for a KPI its component still lacks (id and component
// only) is filled while it is still blank; without one, a row is inserted into the register's
// table after the component's last KPI.
import { isWithin, leafComponents } from "../core/frameworks";
import { focusComponentOf } from "../core/frameworks/focus";
import type { Bilingual } from "../core/schema/common";
import { registerColumns } from "../layout/layout";
import { cellAddress } from "../workbook/a1";
import type { CellValue, Grid } from "../workbook/model";
import type { WorkbookPort } from "../workbook/port";
import type { RowsPort } from "../workbook/ports";
import { readMeta } from "../layout/read";
import { formatEvidence } from "../layout/text";
import { readTemplateGrids, sheetsToRead } from "./read";

export interface NewKpi {
  name: string;
  target: string;
  /** The focus issue it serves (the Focus issues screen). */
  focusIssue?: number;
  /**
   * The component to add it to (a basket KPI's own, when the framework has it as a negotiated
   * leaf); otherwise the framework's focus component.
   */
  component?: string;
  /** More of the register's columns: a past KPI's unit, definition, calculation method, evidence. */
  details?: { unit?: string; definition?: string; method?: string; evidence?: readonly string[] };
}

export type AddKpiOutcome =
  | { how: "filled" | "inserted"; id: string; component: string; sheet: string; cell: string; message: Bilingual }
  /** A KPI of that name is in the plan already: nothing written. */
  | { how: "present"; id: string; message: Bilingual }
  /** The blank row was typed into meanwhile: nothing written, try again. */
  | { how: "changed"; message: Bilingual };

const norm = (s: string): string => s.replace(/\s+/g, "").toLowerCase();

/** The register's header row and the column of each layout key (columns are found by their Thai header). */
function registerLayout(grid: Grid): { header: number; col: Map<string, number>; width: number } | null {
  const defs = registerColumns([], 0);
  const byHeader = new Map(defs.map((d) => [norm(d.th), d.key]));
  const idHeader = norm(defs.find((d) => d.key === "id")?.th ?? "");
  const header = grid.values.findIndex((row) => row.some((v) => typeof v === "string" && norm(v) === idHeader));
  if (header < 0) return null;
  const row = grid.values[header] ?? [];
  const col = new Map<string, number>();
  row.forEach((v, c) => {
    const key = typeof v === "string" ? byHeader.get(norm(v)) : undefined;
    if (key !== undefined && !col.has(key)) col.set(key, c);
  });
  let width = row.length;
  while (width > 0 && (row[width - 1] === null || row[width - 1] === "")) width--;
  return { header, col, width };
}

const blank = (v: CellValue | undefined): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/**
 * Adds `kpi` as a KPI of the framework's focus component (component 1; its first sub-component
 * with a blank row, else its first) to the template whose metadata sheet is `metaSheet`.
 */
export async function addKpiRow(ports: { workbook: WorkbookPort; rows: RowsPort }, metaSheet: string, kpi: NewKpi): Promise<AddKpiOutcome> {
  const metaGrids = await ports.workbook.readSheets([metaSheet]);
  const { meta } = readMeta(metaSheet, metaGrids.get(metaSheet));
  if (!meta) throw new Error(`ไม่พบข้อมูลแม่แบบในแผ่นงาน "${metaSheet}" / no template metadata on sheet "${metaSheet}"`);
  const grids = await ports.workbook.readSheets(sheetsToRead(meta));
  const read = readTemplateGrids(metaSheet, grids);
  const present = read.plan.kpis.find((k) => norm(k.name) === norm(kpi.name));
  if (present) {
    return { how: "present", id: present.id, message: { th: `มีตัวชี้วัดนี้แล้ว (${present.id})`, en: `this KPI is there already (${present.id})` } };
  }
  const sheet = read.meta.sheets.register;
  const grid = grids.get(sheet);
  const layout = grid ? registerLayout(grid) : null;
  if (!grid || !layout) throw new Error(`ไม่พบตารางตัวชี้วัดในแผ่นงาน "${sheet}" / no KPI table on sheet "${sheet}"`);
  const { header, col, width } = layout;
  const focus = focusComponentOf(read.framework);
  const own = leafComponents(read.framework).find((c) => c.code === kpi.component && !c.shared);
  const leaves = own ? [own.code] : leafComponents(read.framework).filter((c) => isWithin(c.code, focus)).map((c) => c.code);
  if (leaves.length === 0) throw new Error(`กรอบการประเมินไม่มีองค์ประกอบที่ ${focus} / the framework has no component ${focus}`);
  const at = (r: number, key: string): CellValue => (col.has(key) ? (grid.values[r]?.[col.get(key) as number] ?? null) : null);
  // Every cell but the component and the id blank (baseline and partner columns included).
  const rowIsBlank = (r: number): boolean => (grid.values[r] ?? []).every((v, c) => c === col.get("component") || c === col.get("id") || blank(v));

  // Rows of the table: from the header to the total row (the first row whose name starts with "รวม").
  const rows: number[] = [];
  for (let r = header + 1; r < grid.values.length; r++) {
    if (String(at(r, "name") ?? "").startsWith("รวม") && blank(at(r, "id"))) break;
    rows.push(r);
  }
  const placeholder = leaves
    .map((code) => rows.find((r) => String(at(r, "component") ?? "").trim() === code && !blank(at(r, "id")) && rowIsBlank(r)))
    .find((r) => r !== undefined);

  const d = kpi.details ?? {};
  const fields: [string, CellValue][] = (
    [
      ["name", kpi.name],
      ["target", kpi.target],
      ["focusIssue", kpi.focusIssue ?? null],
      ["unit", d.unit || null],
      ["definition", d.definition || null],
      ["method", d.method || null],
      ["evidence", d.evidence && d.evidence.length > 0 ? formatEvidence(d.evidence) : null],
    ] as [string, CellValue][]
  ).filter(([key, v]) => v !== null && col.has(key));
  const values = (row: number, component: string, id: string): CellValue[] => {
    const out = Array.from({ length: width }, (_, c) => grid.values[row]?.[c] ?? null);
    const put = (key: string, v: CellValue): void => {
      if (col.has(key)) out[col.get(key) as number] = v;
    };
    put("component", component);
    put("id", id);
    for (const [key, v] of fields) put(key, v);
    return out;
  };

  if (placeholder !== undefined) {
    const component = String(at(placeholder, "component")).trim();
    const id = String(at(placeholder, "id")).trim();
    // Only the cells the new KPI fills, all blank in the placeholder: the write checks they still are.
    const filled = fields.map(([k]) => col.get(k) as number);
    const first = Math.min(...filled);
    const last = Math.max(...filled);
    const row = values(placeholder, component, id).slice(first, last + 1).map((v, i) => (filled.includes(first + i) ? v : null));
    const address = `${cellAddress(placeholder, first)}:${cellAddress(placeholder, last)}`;
    if (!(await ports.rows.writeIfBlank(sheet, address, [row]))) {
      return { how: "changed", message: { th: "มีการพิมพ์ลงในแถวว่างนั้นแล้ว ลองอีกครั้ง", en: "someone typed into that blank row meanwhile; try again" } };
    }
    const cell = cellAddress(placeholder, col.get("name") ?? first);
    return { how: "filled", id, component, sheet, cell, message: { th: `เพิ่มเป็นตัวชี้วัด ${id} ในแถวว่างของแม่แบบ (${cell})`, en: `added as KPI ${id} in the template's blank row (${cell})` } };
  }

  const component = leaves[0] as string;
  const taken = new Set([...read.plan.kpis.map((k) => k.id), ...rows.map((r) => String(at(r, "id") ?? "").trim())]);
  let n = 1;
  while (taken.has(`${component}-${n}`)) n++;
  const id = `${component}-${n}`;
  // After the component's last row (its heading row when it has no KPI yet), else at the table's top.
  const mine = rows.filter((r) => String(at(r, "component") ?? "").trim() === component);
  const after = mine.length > 0 ? (mine[mine.length - 1] as number) : header;
  const index = after - header;
  await ports.rows.insertTableRow(read.meta.tables.register, index, values(-1, component, id));
  const line = header + 1 + index;
  const cell = cellAddress(line, col.get("name") ?? 0);
  return { how: "inserted", id, component, sheet, cell, message: { th: `เพิ่มแถวตัวชี้วัด ${id} ในตาราง (${cell})`, en: `added a row for KPI ${id} to the table (${cell})` } };
}
