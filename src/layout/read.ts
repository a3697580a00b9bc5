// Sheet grids → plan: the inverse of render.ts. Reads what the user typed, as typed: text
// columns as text, numeric columns through toNumeric (Thai digits are numbers; other text is kept
// so that validation reports NOT_A_NUMBER at its cell). Columns are found by their Thai header,
// so a user may insert or move columns. Nothing here throws for what a cell holds: a cell or row
// that cannot be understood becomes a ReadIssue with its sheet and cell.
import type { Framework } from "../core/schema/framework";
import { parsePlan, type Plan, type PlanInput, type PlannedMonth } from "../core/schema/plan";
import { parseBeYear, parseMonth } from "../core/thai/calendar";
import { toArabicDigits } from "../core/thai/digits";
import { toNumeric } from "../core/thai/number";
import type { Where } from "../core/validation/finding";
import type { CellValue, Grid } from "../workbook/model";
import { cellAddress } from "./a1";
import {
  actionPlanColumns,
  BUDGET_TOTAL_LABEL,
  CRITERIA_KEYS,
  evaluationColumns,
  HEADING_PREFIX,
  META_KEYS,
  metaColumns,
  OTHER_HEADING,
  registerColumns,
  rubricColumns,
  TOTAL_LABEL,
  WORKBOOK_FORMAT,
  type ColumnDef,
} from "./layout";
import { mirrorCumulative, mirrorPoints } from "./mirror";
import { parseEvidence, parseKind, parseOtherMonths } from "./text";
import type { CellRef, EvaluationNotes, KpiNotes, Locate, ReadIssue, ReadIssueCode, SheetId, SheetNames, TableNames } from "./types";
import { SHEET_IDS } from "./types";
import { DEFAULT_SHEET_NAMES } from "./render";
import { DEFAULT_TABLES } from "./layout";

// ---------------------------------------------------------------------------------------------
// Cells

type Numeric = number | string | null;

const norm = (v: unknown): string => toArabicDigits(String(v ?? "")).replace(/\s+/g, " ").trim();

/** A text cell as typed: numbers and booleans as Excel shows them, blank as "". */
export function textOf(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** A numeric cell: a number, Thai-digit text as a number, other text kept, blank as null. */
export const numericOf = (v: CellValue | undefined): Numeric => toNumeric(v);

const isBlank = (v: CellValue | undefined): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

class Sheet {
  constructor(
    readonly name: string,
    readonly grid: Grid,
  ) {}

  get rowCount(): number {
    return this.grid.values.length;
  }

  value(row: number, col: number | undefined): CellValue {
    if (col === undefined) return null;
    return this.grid.values[row]?.[col] ?? null;
  }

  formula(row: number, col: number | undefined): string | null {
    if (col === undefined) return null;
    return this.grid.formulas[row]?.[col] ?? null;
  }

  ref(row: number, col: number): CellRef {
    return { sheet: this.name, cell: cellAddress(row, col) };
  }
}

// ---------------------------------------------------------------------------------------------
// Issues

const MESSAGES: Record<ReadIssueCode, (p: Record<string, string>) => { th: string; en: string }> = {
  NOT_A_TEMPLATE: (p) => ({
    th: `ไม่พบข้อมูลแม่แบบ (แผ่นงาน "${p.sheet}") สมุดงานนี้ไม่ได้สร้างจากแม่แบบตัวชี้วัด`,
    en: `no template metadata (sheet "${p.sheet}"): this workbook was not made from a KPI template`,
  }),
  NEWER_LAYOUT: (p) => ({
    th: `แม่แบบนี้เป็นรุ่น ${p.found} ใหม่กว่าที่โปรแกรมรู้จัก (${p.known}) อาจอ่านได้ไม่ครบ`,
    en: `this template is layout version ${p.found}, newer than this program knows (${p.known}); some of it may not be read`,
  }),
  SHEET_MISSING: (p) => ({ th: `ไม่พบแผ่นงาน "${p.sheet}"`, en: `sheet "${p.sheet}" is missing` }),
  COLUMN_MISSING: (p) => ({
    th: `ไม่พบคอลัมน์ "${p.column}" ในแผ่นงาน "${p.sheet}" จึงอ่านข้อมูลคอลัมน์นี้ไม่ได้`,
    en: `column "${p.column}" is missing on sheet "${p.sheet}"; its data cannot be read`,
  }),
  KPI_ID_MISSING: (p) => ({
    th: `แถวนี้มีข้อมูลตัวชี้วัดแต่ไม่มีรหัส จึงใช้รหัสชั่วคราว "${p.id}"`,
    en: `this row holds a KPI without an id; it is read as "${p.id}"`,
  }),
  KPI_ID_DUPLICATE: (p) => ({
    th: `รหัสตัวชี้วัด "${p.id}" ซ้ำกับแถวอื่น เกณฑ์ ผลการประเมิน และแผนปฏิบัติการจะผูกกับแถวแรก`,
    en: `KPI id "${p.id}" is used twice; the rubric, results and action plan attach to the first`,
  }),
  ROW_WITHOUT_KPI: (p) => ({
    th: `แถวนี้มีข้อมูลแต่ไม่ตรงกับตัวชี้วัดใดในแผ่นงานตัวชี้วัด (รหัส "${p.id}") จึงไม่ได้นำเข้า`,
    en: `this row holds data but matches no KPI of the register (id "${p.id}"); it was not read`,
  }),
  RUBRIC_KIND_UNKNOWN: (p) => ({
    th: `ไม่รู้จักชนิดเกณฑ์ "${p.value}" จึงถือเป็น "${p.kind}"`,
    en: `unknown rubric kind "${p.value}"; read as ${p.kind}`,
  }),
  BASELINE_YEAR_UNKNOWN: (p) => ({
    th: `หัวคอลัมน์ "${p.value}" ไม่ระบุปี พ.ศ. ข้อมูลพื้นฐานในคอลัมน์นี้จึงไม่ได้นำเข้า`,
    en: `header "${p.value}" names no BE year; the baseline data below it was not read`,
  }),
  STEP_NO_UNREADABLE: (p) => ({
    th: `ลำดับขั้นตอน "${p.value}" ไม่ใช่ตัวเลข`,
    en: `step number "${p.value}" is not a number`,
  }),
  METADATA_UNREADABLE: (p) => ({
    th: `อ่านข้อมูลแม่แบบ "${p.key}" ไม่ได้ (${p.value})`,
    en: `template metadata "${p.key}" is unreadable (${p.value})`,
  }),
};

const SEVERITY: Record<ReadIssueCode, ReadIssue["severity"]> = {
  NOT_A_TEMPLATE: "error",
  NEWER_LAYOUT: "warning",
  SHEET_MISSING: "error",
  COLUMN_MISSING: "error",
  KPI_ID_MISSING: "error",
  KPI_ID_DUPLICATE: "error",
  ROW_WITHOUT_KPI: "error",
  RUBRIC_KIND_UNKNOWN: "warning",
  BASELINE_YEAR_UNKNOWN: "warning",
  STEP_NO_UNREADABLE: "warning",
  METADATA_UNREADABLE: "error",
};

export function readIssue(code: ReadIssueCode, at: CellRef, params: Record<string, string> = {}, kpi?: string): ReadIssue {
  const where: ReadIssue["where"] = { sheet: at.sheet, cell: at.cell };
  if (kpi !== undefined) where.kpi = kpi;
  return { code, severity: SEVERITY[code], message: MESSAGES[code]({ sheet: at.sheet, ...params }), where };
}

// ---------------------------------------------------------------------------------------------
// Header rows and columns

/** Column indexes by layout key, found by header text. */
type ColumnMap = Map<string, number>;

function findHeader(sheet: Sheet, anchor: string): number | null {
  const want = norm(anchor);
  const limit = Math.min(sheet.rowCount, 30);
  for (let r = 0; r < limit; r++) {
    const row = sheet.grid.values[r] ?? [];
    if (row.some((v) => typeof v === "string" && norm(v) === want)) return r;
  }
  return null;
}

function mapColumns(sheet: Sheet, headerRow: number, defs: readonly ColumnDef[], extra?: (header: string, col: number, map: ColumnMap) => void): ColumnMap {
  const byHeader = new Map(defs.map((d) => [norm(d.th), d.key]));
  const map: ColumnMap = new Map();
  (sheet.grid.values[headerRow] ?? []).forEach((v, c) => {
    if (typeof v !== "string" || v.trim() === "") return;
    const key = byHeader.get(norm(v));
    if (key !== undefined && !map.has(key)) map.set(key, c);
    else if (key === undefined) extra?.(v, c, map);
  });
  return map;
}

// ---------------------------------------------------------------------------------------------
// Metadata

export interface TemplateMeta {
  metaSheet: string;
  framework: string;
  frameworkJson: string | null;
  agency: string;
  fiscalYear: number | null;
  layoutVersion: number | null;
  sheets: SheetNames;
  tables: TableNames;
}

/** Reads the metadata sheet; null (with an issue) when it is not a template's. */
export function readMeta(name: string, grid: Grid | undefined): { meta: TemplateMeta | null; issues: ReadIssue[] } {
  const at = { sheet: name, cell: "A1" };
  if (!grid) return { meta: null, issues: [readIssue("NOT_A_TEMPLATE", at)] };
  const sheet = new Sheet(name, grid);
  const header = findHeader(sheet, (metaColumns()[0] as ColumnDef).th);
  const values = new Map<string, { row: number; cells: CellValue[] }>();
  for (let r = (header ?? -1) + 1; r < sheet.rowCount; r++) {
    const key = textOf(sheet.value(r, 0)).trim();
    if (key) values.set(key, { row: r, cells: (grid.values[r] ?? []).slice(1) });
  }
  const get = (key: string): CellValue => values.get(key)?.cells[0] ?? null;
  if (textOf(get(META_KEYS.format)) !== WORKBOOK_FORMAT) return { meta: null, issues: [readIssue("NOT_A_TEMPLATE", at)] };
  const issues: ReadIssue[] = [];
  const numberAt = (key: string): number | null => {
    const v = numericOf(get(key));
    if (typeof v === "number") return v;
    const row = values.get(key)?.row;
    issues.push(readIssue("METADATA_UNREADABLE", { sheet: name, cell: cellAddress(row ?? 0, 1) }, { key, value: textOf(get(key)) }));
    return null;
  };
  const json = values.get(META_KEYS.frameworkJson)?.cells.map(textOf).join("") ?? "";
  const sheets = Object.fromEntries(
    SHEET_IDS.map((id) => [id, textOf(get(META_KEYS.sheet(id))) || DEFAULT_SHEET_NAMES[id]]),
  ) as SheetNames;
  sheets.meta = name;
  const tables = Object.fromEntries(
    (Object.keys(DEFAULT_TABLES) as (keyof TableNames)[]).map((id) => [id, textOf(get(META_KEYS.table(id))) || DEFAULT_TABLES[id]]),
  ) as TableNames;
  const meta: TemplateMeta = {
    metaSheet: name,
    framework: textOf(get(META_KEYS.framework)),
    frameworkJson: json || null,
    agency: textOf(get(META_KEYS.agency)),
    fiscalYear: numberAt(META_KEYS.fiscalYear),
    layoutVersion: numberAt(META_KEYS.layoutVersion),
    sheets,
    tables,
  };
  return { meta, issues };
}

// ---------------------------------------------------------------------------------------------
// The plan

interface Positions {
  byKpi: Map<string, CellRef>;
  byField: Map<string, CellRef>;
  byComponent: Map<string, CellRef>;
}

const key = (kpi: string, field: string): string => `${kpi}\u0000${field}`;

/** "rubric.levels[2].points" → "rubric.levels[2]" → "rubric.levels" → "rubric" → "". */
const parentField = (field: string): string => field.replace(/(\.[^.[\]]+|\[\d+\])$/, "");

function makeLocate(pos: Positions): Locate {
  return (where: Where) => {
    const walk = (lookup: (field: string) => CellRef | undefined, field: string): CellRef | undefined => {
      let f = field;
      for (;;) {
        const hit = lookup(f);
        if (hit) return hit;
        if (f === "") return undefined;
        const up = parentField(f);
        f = up === f ? "" : up;
      }
    };
    if (where.kpi !== undefined) {
      const kpi = where.kpi;
      const hit = walk((f) => pos.byKpi.get(key(kpi, f)), where.field ?? "");
      if (hit) return hit;
      if (where.field) return walk((f) => (f === "" ? undefined : pos.byField.get(f)), where.field);
      return undefined;
    }
    if (where.component !== undefined) return pos.byComponent.get(where.component);
    if (where.field !== undefined) return walk((f) => (f === "" ? undefined : pos.byField.get(f)), where.field);
    return undefined;
  };
}

interface KpiDraft {
  row: number;
  id: string;
  input: Record<string, unknown> & { id: string };
  /** Only the component and id are filled: a row the template left for a KPI still to come. */
  blank: boolean;
  kindCell: string;
  conditions: string;
  weight: Numeric;
}

export interface GridsRead {
  plan: Plan;
  locate: Locate;
  issues: ReadIssue[];
  notes: EvaluationNotes;
}

/** Reads a template's sheets into a plan. `grids` holds the sheets named in `meta.sheets`. */
export function readPlanFromGrids(meta: TemplateMeta, framework: Framework, grids: ReadonlyMap<string, Grid>): GridsRead {
  const issues: ReadIssue[] = [];
  const pos: Positions = { byKpi: new Map(), byField: new Map(), byComponent: new Map() };
  const sheetOf = (id: SheetId): Sheet | null => {
    const name = meta.sheets[id];
    const grid = grids.get(name);
    if (!grid) {
      issues.push(readIssue("SHEET_MISSING", { sheet: name, cell: "A1" }));
      return null;
    }
    return new Sheet(name, grid);
  };
  const fiscalYear = meta.fiscalYear ?? framework.fiscalYear;

  const kpis = readRegister(sheetOf("register"), pos, issues);
  const byId = new Map<string, KpiDraft>();
  for (const k of kpis) if (!byId.has(k.id)) byId.set(k.id, k);

  const rubric = readRubric(sheetOf("rubric"), framework, byId, issues);
  const evaluation = readEvaluation(sheetOf("evaluation"), byId, issues);
  const action = readActionPlan(sheetOf("actionPlan"), fiscalYear, issues);

  const withAction = new Set(action.entries.map((e) => e.kpi));
  const kept = kpis.filter(
    (k) => !(k.blank && !rubric.content.has(k.id) && !evaluation.content.has(k.id) && !withAction.has(k.id) && k.kindCell === "" && k.conditions === ""),
  );

  // Positions of rubric, results and action plan, now that the KPIs are known.
  for (const [id, cells] of rubric.positions) if (byId.has(id)) for (const [f, ref] of cells) pos.byKpi.set(key(id, f), ref);
  for (const [id, cells] of evaluation.positions) if (byId.has(id)) for (const [f, ref] of cells) pos.byKpi.set(key(id, f), ref);
  for (const [f, ref] of action.positions) pos.byField.set(f, ref);
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
      input.rubric = r;
    }
    const result = evaluation.results.get(k.id);
    if (result) input.result = result;
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
  const parsed = parsePlan(planInput as PlanInput);
  if (!parsed.ok) {
    // Every value above comes from a cell through textOf/numericOf, so this cannot happen short
    // of a defect; report it rather than lose the workbook.
    throw new Error(`layout: the plan read from the workbook does not parse: ${parsed.problems.map((p) => `${p.path} ${p.message}`).join("; ")}`);
  }
  const notes: EvaluationNotes = {};
  for (const k of kept) {
    const n = evaluation.notes.get(k.id);
    if (n) notes[k.id] = n;
  }
  return { plan: parsed.plan, locate: makeLocate(pos), issues, notes };
}

// ---------------------------------------------------------------------------------------------
// 1. Register

const ALIGNMENT = ["policy", "strategy", "subStrategy", "objective", "keyResult"] as const;
const REGISTER_FIELDS: Record<string, string> = {
  component: "component",
  name: "name",
  target: "target",
  weight: "weight",
  unit: "unit",
  kind: "rubric.kind",
  definition: "definition",
  method: "method",
  evidence: "evidence",
  conditions: "rubric.conditions",
  ...Object.fromEntries(ALIGNMENT.map((a) => [a, `alignment.${a}`])),
};

const isStructural = (name: string): boolean =>
  name.startsWith(HEADING_PREFIX) || name.startsWith(OTHER_HEADING.split(" ")[0] as string) || name.startsWith(TOTAL_LABEL);

function readRegister(sheet: Sheet | null, pos: Positions, issues: ReadIssue[]): KpiDraft[] {
  if (!sheet) return [];
  const defs = registerColumns([], 0);
  const idHeader = (defs.find((d) => d.key === "id") as ColumnDef).th;
  const headerRow = findHeader(sheet, idHeader);
  if (headerRow === null) {
    issues.push(readIssue("COLUMN_MISSING", sheet.ref(0, 0), { column: idHeader }));
    return [];
  }
  const baseline: { col: number; year: number; occurrence: number }[] = [];
  const partners = new Map<number, { agency?: number; role?: number }>();
  const cols = mapColumns(sheet, headerRow, defs, (header, col) => {
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
  for (const d of defs) {
    if (!cols.has(d.key)) issues.push(readIssue("COLUMN_MISSING", sheet.ref(headerRow, 0), { column: d.th }));
  }
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
    let id = text(r, "id").trim();
    const name = text(r, "name");
    const component = text(r, "component").trim();
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

// ---------------------------------------------------------------------------------------------
// 2. Rubric

interface RubricRead {
  levels: Map<string, Record<string, unknown>[]>;
  /** KPIs whose rubric rows hold more than the template's blank rows. */
  content: Set<string>;
  positions: Map<string, Map<string, CellRef>>;
}

function readRubric(sheet: Sheet | null, framework: Framework, kpis: ReadonlyMap<string, KpiDraft>, issues: ReadIssue[]): RubricRead {
  const out: RubricRead = { levels: new Map(), content: new Set(), positions: new Map() };
  if (!sheet) return out;
  const defs = rubricColumns();
  const idHeader = (defs[0] as ColumnDef).th;
  const headerRow = findHeader(sheet, idHeader);
  if (headerRow === null) {
    issues.push(readIssue("COLUMN_MISSING", sheet.ref(0, 0), { column: idHeader }));
    return out;
  }
  const cols = mapColumns(sheet, headerRow, defs);
  for (const d of defs) if (d.role !== "derived" && !cols.has(d.key)) issues.push(readIssue("COLUMN_MISSING", sheet.ref(headerRow, 0), { column: d.th }));
  const typed = ["level", "percent", "description", "points", "criterion"].map((k) => cols.get(k)).filter((c): c is number => c !== undefined);
  const groups = new Map<string, number[]>();
  for (let r = headerRow + 1; r < sheet.rowCount; r++) {
    const id = textOf(sheet.value(r, cols.get("kpi"))).trim();
    const content = typed.some((c) => !isBlank(sheet.value(r, c)) && sheet.formula(r, c) === null);
    if (id === "") {
      if (content && !typed.every((c) => c === cols.get("level") || c === cols.get("percent") || isBlank(sheet.value(r, c)))) {
        issues.push(readIssue("ROW_WITHOUT_KPI", sheet.ref(r, cols.get("kpi") ?? 0), { id }));
      }
      continue;
    }
    groups.set(id, [...(groups.get(id) ?? []), r]);
  }
  const ladder = framework.ladder;
  for (const [id, rows] of groups) {
    const draft = kpis.get(id);
    const get = (r: number, k: string): CellValue => sheet.value(r, cols.get(k));
    const isDefault =
      rows.length === 5 &&
      rows.every((r, j) => {
        const level = 5 - j;
        return (
          numericOf(get(r, "level")) === level &&
          numericOf(get(r, "percent")) === ladder[level - 1] &&
          isBlank(get(r, "description")) &&
          isBlank(get(r, "criterion")) &&
          (sheet.formula(r, cols.get("points")) !== null || cols.get("points") === undefined)
        );
      });
    if (!draft) {
      if (!isDefault) issues.push(readIssue("ROW_WITHOUT_KPI", sheet.ref(rows[0] as number, cols.get("kpi") ?? 0), { id }, id));
      continue;
    }
    if (isDefault) {
      // The blank rows are where this KPI's levels are to be typed: findings point there.
      const first = sheet.ref(rows[0] as number, cols.get("level") ?? cols.get("kpi") ?? 0);
      out.positions.set(id, new Map([["rubric.levels", first], ["rubric", first]]));
      continue;
    }
    out.content.add(id);
    const positions = new Map<string, CellRef>();
    const ordered = [...rows].reverse();
    const levels = ordered.map((r, i) => {
      const percent = numericOf(get(r, "percent"));
      const pointsCol = cols.get("points");
      const points = pointsCol !== undefined && sheet.formula(r, pointsCol) !== null ? mirrorPoints(draft.weight, percent) : numericOf(get(r, "points"));
      for (const k of ["level", "percent", "description", "points", "criterion"]) {
        const c = cols.get(k);
        if (c !== undefined) positions.set(`rubric.levels[${i}].${k}`, sheet.ref(r, c));
      }
      positions.set(`rubric.levels[${i}]`, sheet.ref(r, cols.get("level") ?? cols.get("kpi") ?? 0));
      return {
        level: numericOf(get(r, "level")),
        percent,
        points,
        description: textOf(get(r, "description")),
        criterion: numericOf(get(r, "criterion")),
      };
    });
    positions.set("rubric.levels", sheet.ref(rows[0] as number, cols.get("level") ?? 0));
    positions.set("rubric", sheet.ref(rows[0] as number, cols.get("level") ?? 0));
    out.levels.set(id, levels);
    out.positions.set(id, positions);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 3. Evaluation

interface EvaluationRead {
  results: Map<string, Record<string, unknown>>;
  notes: Map<string, KpiNotes>;
  content: Set<string>;
  positions: Map<string, Map<string, CellRef>>;
}

function readEvaluation(sheet: Sheet | null, kpis: ReadonlyMap<string, KpiDraft>, issues: ReadIssue[]): EvaluationRead {
  const out: EvaluationRead = { results: new Map(), notes: new Map(), content: new Set(), positions: new Map() };
  if (!sheet) return out;
  const defs = evaluationColumns();
  const idHeader = (defs.find((d) => d.key === "kpi") as ColumnDef).th;
  const headerRow = findHeader(sheet, idHeader);
  if (headerRow === null) {
    issues.push(readIssue("COLUMN_MISSING", sheet.ref(0, 0), { column: idHeader }));
    return out;
  }
  const cols = mapColumns(sheet, headerRow, defs);
  for (const d of defs) if (d.role !== "derived" && !cols.has(d.key)) issues.push(readIssue("COLUMN_MISSING", sheet.ref(headerRow, 0), { column: d.th }));
  const inputs = ["self", "value", "note", "strengths", "weaknesses", "suggestions", "score", "selfScore"];
  /** A typed value (not a formula) in a column. */
  const typed = (r: number, k: string): CellValue => {
    const c = cols.get(k);
    if (c === undefined || sheet.formula(r, c) !== null) return null;
    return sheet.value(r, c);
  };
  const done = new Set<string>();
  for (let r = headerRow + 1; r < sheet.rowCount; r++) {
    const id = textOf(sheet.value(r, cols.get("kpi"))).trim();
    const content = inputs.some((k) => !isBlank(typed(r, k)));
    if (!content) continue;
    if (done.has(id)) {
      issues.push(readIssue("KPI_ID_DUPLICATE", sheet.ref(r, cols.get("kpi") ?? 0), { id }, id));
      continue;
    }
    if (id === "" || !kpis.has(id)) {
      issues.push(readIssue("ROW_WITHOUT_KPI", sheet.ref(r, cols.get("kpi") ?? 0), { id }, id || undefined));
      continue;
    }
    done.add(id);
    out.content.add(id);
    const result: Record<string, unknown> = { value: numericOf(typed(r, "value")) };
    const self = numericOf(typed(r, "self"));
    if (self !== null) result.self = self;
    const note = textOf(typed(r, "note"));
    if (note !== "") result.note = note;
    const score = numericOf(typed(r, "score"));
    if (score !== null) result.score = score;
    const selfScore = numericOf(typed(r, "selfScore"));
    if (selfScore !== null) result.selfScore = selfScore;
    if (Object.keys(result).length > 1 || result.value !== null) out.results.set(id, result);
    const notes: KpiNotes = {};
    for (const k of ["strengths", "weaknesses", "suggestions"] as const) {
      const t = textOf(typed(r, k));
      if (t !== "") notes[k] = t;
    }
    if (Object.keys(notes).length > 0) out.notes.set(id, notes);
    const positions = new Map<string, CellRef>();
    for (const [k, field] of [
      ["value", "result.value"],
      ["self", "result.self"],
      ["note", "result.note"],
      ["score", "result.score"],
      ["selfScore", "result.selfScore"],
      ["value", "result"],
    ] as const) {
      const c = cols.get(k);
      if (c !== undefined) positions.set(field, sheet.ref(r, c));
    }
    out.positions.set(id, positions);
  }
  // Rows of KPIs that hold nothing typed still tell where a KPI's result would go.
  for (let r = headerRow + 1; r < sheet.rowCount; r++) {
    const id = textOf(sheet.value(r, cols.get("kpi"))).trim();
    if (id === "" || out.positions.has(id) || !kpis.has(id)) continue;
    const positions = new Map<string, CellRef>();
    for (const [k, field] of [
      ["value", "result.value"],
      ["value", "result"],
    ] as const) {
      const c = cols.get(k);
      if (c !== undefined) positions.set(field, sheet.ref(r, c));
    }
    out.positions.set(id, positions);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 4. Action plan

interface ActionRead {
  entries: (Record<string, unknown> & { kpi: string })[];
  budgetTotal: Numeric | undefined;
  positions: Map<string, CellRef>;
  kpiPositions: [string, string, CellRef][];
}

function readActionPlan(sheet: Sheet | null, fiscalYear: number, issues: ReadIssue[]): ActionRead {
  const out: ActionRead = { entries: [], budgetTotal: undefined, positions: new Map(), kpiPositions: [] };
  if (!sheet) return out;
  const defs = actionPlanColumns(fiscalYear);
  const idHeader = (defs[0] as ColumnDef).th;
  const headerRow = findHeader(sheet, idHeader);
  if (headerRow === null) {
    issues.push(readIssue("COLUMN_MISSING", sheet.ref(0, 0), { column: idHeader }));
    return out;
  }
  const months: { col: number; month: number }[] = [];
  const cols = mapColumns(sheet, headerRow, defs.filter((d) => !d.key.startsWith("month:")), (header, col) => {
    const month = parseMonth(norm(header).split(" ")[0] ?? "");
    if (month !== null && !months.some((m) => m.month === month)) months.push({ col, month });
  });
  for (const d of defs) {
    if (d.key.startsWith("month:") || d.role === "derived" || cols.has(d.key)) continue;
    issues.push(readIssue("COLUMN_MISSING", sheet.ref(headerRow, 0), { column: d.th }));
  }
  months.sort((a, b) => ((a.month + 2) % 12) - ((b.month + 2) % 12));
  const typed = (r: number, k: string): CellValue => {
    const c = cols.get(k);
    if (c === undefined || sheet.formula(r, c) !== null) return null;
    return sheet.value(r, c);
  };
  const isMark = (v: CellValue): boolean => !isBlank(v) && v !== 0 && v !== false && textOf(v).trim() !== "-";

  type Entry = ActionRead["entries"][number] & { steps: Record<string, unknown>[] };
  let current: Entry | null = null;
  let previous: Numeric = null;
  const startEntry = (r: number): Entry => {
    const e = out.entries.length;
    const entry: Entry = {
      kpi: textOf(typed(r, "kpi")).trim(),
      project: textOf(typed(r, "project")),
      budget: numericOf(typed(r, "budget")),
      division: textOf(typed(r, "division")),
      steps: [],
    };
    out.entries.push(entry);
    for (const k of ["kpi", "project", "budget", "division"]) {
      const c = cols.get(k);
      if (c !== undefined) record(entry.kpi, `actionPlan[${e}].${k}`, sheet.ref(r, c));
    }
    record(entry.kpi, `actionPlan[${e}]`, sheet.ref(r, cols.get("project") ?? 0));
    record(entry.kpi, `actionPlan[${e}].steps`, sheet.ref(r, cols.get("percent") ?? cols.get("project") ?? 0));
    previous = null;
    return entry;
  };
  const record = (kpi: string, field: string, ref: CellRef): void => {
    out.positions.set(field, ref);
    out.kpiPositions.push([kpi, field, ref]);
  };

  for (let r = headerRow + 1; r < sheet.rowCount; r++) {
    const project = textOf(typed(r, "project"));
    const headerCells = ["kpi", "project", "budget", "division"].some((k) => !isBlank(typed(r, k)));
    const stepCells =
      ["no", "step", "percent", "otherMonths"].some((k) => !isBlank(typed(r, k))) ||
      (cols.has("cumulative") && !isBlank(typed(r, "cumulative"))) ||
      months.some((m) => isMark(sheet.value(r, m.col)));
    if (!headerCells && !stepCells) continue;
    if (!stepCells && isBlank(typed(r, "kpi")) && project.trim().startsWith(norm(BUDGET_TOTAL_LABEL).split(" ")[0] as string)) {
      const c = cols.get("budget");
      if (c !== undefined) {
        out.positions.set("budgetTotal", sheet.ref(r, c));
        const v = typed(r, "budget");
        out.budgetTotal = isBlank(v) ? undefined : numericOf(v);
      }
      continue;
    }
    if (headerCells || current === null) current = startEntry(r);
    if (!stepCells) continue;
    const e = out.entries.length - 1;
    const s = current.steps.length;
    const at = `actionPlan[${e}].steps[${s}]`;
    const no = numericOf(typed(r, "no"));
    if (typeof no === "string") issues.push(readIssue("STEP_NO_UNREADABLE", sheet.ref(r, cols.get("no") ?? 0), { value: no }, current.kpi));
    const percent = numericOf(typed(r, "percent"));
    const cumCol = cols.get("cumulative");
    const cumulative: Numeric =
      cumCol !== undefined && sheet.formula(r, cumCol) !== null ? mirrorCumulative(previous, percent) : numericOf(typed(r, "cumulative"));
    previous = cumulative;
    const planned: PlannedMonth[] = [];
    months.forEach((m) => {
      if (!isMark(sheet.value(r, m.col))) return;
      record(current?.kpi ?? "", `${at}.months[${planned.length}]`, sheet.ref(r, m.col));
      planned.push(m.month);
    });
    const otherCol = cols.get("otherMonths");
    for (const m of parseOtherMonths(textOf(typed(r, "otherMonths")))) {
      if (otherCol !== undefined) record(current.kpi, `${at}.months[${planned.length}]`, sheet.ref(r, otherCol));
      planned.push(m);
    }
    current.steps.push({ no, text: textOf(typed(r, "step")), percent, cumulative, months: planned });
    record(current.kpi, at, sheet.ref(r, cols.get("no") ?? 0));
    for (const [k, field] of [
      ["no", "no"],
      ["step", "text"],
      ["percent", "percent"],
      ["cumulative", "cumulative"],
    ] as const) {
      const c = cols.get(k);
      if (c !== undefined) record(current.kpi, `${at}.${field}`, sheet.ref(r, c));
    }
    if (months[0]) record(current.kpi, `${at}.months`, sheet.ref(r, months[0].col));
  }
  // A project row that names only a KPI, with nothing else and no steps, is the template's blank.
  const kept = out.entries.filter((e) => e.project !== "" || e.budget !== null || e.division !== "" || (e.steps as unknown[]).length > 0);
  if (kept.length !== out.entries.length) {
    // Indexes in positions refer to the unfiltered list: rebuild them for the kept entries.
    const remap = new Map(out.entries.map((e, i) => [i, kept.indexOf(e)]));
    const fix = (field: string): string | null => {
      const m = /^actionPlan\[(\d+)\]/.exec(field);
      if (!m) return field;
      const to = remap.get(Number(m[1]));
      return to === undefined || to < 0 ? null : field.replace(/^actionPlan\[\d+\]/, `actionPlan[${to}]`);
    };
    const positions = new Map<string, CellRef>();
    for (const [f, ref] of out.positions) {
      const g = fix(f);
      if (g !== null) positions.set(g, ref);
    }
    out.positions = positions;
    out.kpiPositions = out.kpiPositions.flatMap(([k, f, ref]) => {
      const g = fix(f);
      return g === null ? [] : [[k, g, ref] as [string, string, CellRef]];
    });
    out.entries = kept;
  }
  return out;
}

/** Which criterion column of the evaluation sheet holds level k. */
export const criterionKey = (level: number): string => CRITERIA_KEYS[level - 1] as string;
