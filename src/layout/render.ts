// plan → RenderModel: every cell, format, validation, table and name of a template, computed
// from the layout (layout.ts) and the plan. Pure: the adapters apply the result.
//
// Decisions that make plan → workbook → plan lossless (see canonical.ts for the few things a
// workbook cannot tell apart):
// - A rubric's points, a step's cumulative percentage and a KPI's weighted scores are formulas,
//   unless the plan states a value the formula would not give (a stale score, points that break
//   weight × percent): then that value is written, tinted, so validation finds it where it is.
//   A weighted score the plan states is always written as a value; a formula reads as "no
//   stored score" (the workbook computes it).
// - Rows for KPIs a component still lacks (up to the framework's count) are written blank with
//   their id; reading skips rows that hold nothing but that.
import { allComponents, leafComponents } from "../core/frameworks";
import type { Component, Framework } from "../core/schema/framework";
import type { ActionPlanEntry, Kpi, Plan, RubricLevel } from "../core/schema/plan";
import { scoreKpi } from "../core/scoring/report";
import { toThaiDigits } from "../core/thai/digits";
import type { CellInput, CellValue, ConditionalFormatSpec, NameSpec, RangeStyle, RenderModel, SheetRender, StyleSpec, TableSpec, ValidationSpec } from "../workbook/model";
import { cellAddress, columnLetter, quoteSheet, rangeAddress } from "./a1";
import { buildWorkbookLambdas } from "./lambdas";
import {
  actionPlanColumns,
  BAR_MARK,
  BUDGET_TOTAL_LABEL,
  CELL_TEXT_LIMIT,
  COLOURS,
  DEFAULT_ROW_HEIGHT,
  estimateRowHeight,
  CRITERIA_KEYS,
  DEFAULT_TABLES,
  evaluationColumns,
  FIRST_DATA_ROW,
  FONT,
  HEADER_ROW,
  KIND_LABELS,
  LAYOUT_VERSION,
  META_KEYS,
  metaColumns,
  OTHER_HEADING,
  PRINT,
  PROTECTION,
  registerColumns,
  rubricColumns,
  SHEETS,
  TOTAL_LABEL,
  WIDE_PRINT,
  WORKBOOK_FORMAT,
  type BaselineColumn,
  type ColumnDef,
} from "./layout";
import { componentHeading, fiscalYearLabel, formatEvidence, formatOtherMonths, isBarMonth, kindLabel } from "./text";
import { SHEET_IDS, type RenderOptions, type SheetId, type SheetNames, type TableNames } from "./types";
import { mirrorCumulative, mirrorPoints } from "./mirror";

/** The sheet names a template takes when the workbook has none of them. */
export const DEFAULT_SHEET_NAMES: SheetNames = {
  register: SHEETS.register.name,
  rubric: SHEETS.rubric.name,
  evaluation: SHEETS.evaluation.name,
  actionPlan: SHEETS.actionPlan.name,
  meta: SHEETS.meta.name,
};

/** A KPI as it is laid out: the plan's own, or a blank row a component still lacks. */
interface Slot {
  kpi: Kpi;
  placeholder: boolean;
}

/** The KPIs of the register in sheet order, grouped under the framework's components. */
interface Group {
  component: Component | null;
  /** Leaf components carry KPI rows; parents only a heading. */
  slots: Slot[];
  depth: number;
}

interface Ctx {
  plan: Plan;
  framework: Framework;
  sheets: SheetNames;
  tables: TableNames;
  font: string;
  scoreFunction: "lambda" | "addin";
  groups: Group[];
  options: RenderOptions;
}

/** Renders a plan as a template. */
export function renderTemplate(plan: Plan, options: RenderOptions): RenderModel {
  const ctx: Ctx = {
    plan,
    framework: options.framework,
    sheets: { ...DEFAULT_SHEET_NAMES, ...options.sheets },
    tables: { ...DEFAULT_TABLES, ...options.tables },
    font: options.font ?? FONT.primary,
    scoreFunction: options.scoreFunction ?? "lambda",
    groups: groupKpis(plan, options.framework),
    options,
  };
  const rubric = renderRubric(ctx);
  return {
    sheets: [renderRegister(ctx), rubric.sheet, renderEvaluation(ctx, rubric.levelRows), renderActionPlan(ctx), renderMeta(ctx)],
    names: lambdaNames(ctx.framework),
  };
}

/** The name the custom functions read to find the workbook's framework (src/functions/workbookFramework.ts). */
export const FRAMEWORK_NAME = "KPI_FRAMEWORK";

/**
 * Workbook names: KPISCORE and KPIPOINTS (LAMBDA, with the framework's ladder as default) and
 * KPI_FRAMEWORK, the framework id as a text constant, for the add-in's custom functions.
 */
function lambdaNames(framework: Framework): NameSpec[] {
  const ladder = framework.ladder as unknown as readonly [number, number, number, number, number];
  // KPI_FRAMEWORK first: an Excel that refuses LAMBDA still gets it.
  return [
    { name: FRAMEWORK_NAME, formula: `="${framework.id}"`, comment: "กรอบการประเมินของสมุดงาน / the workbook's evaluation framework" },
    ...buildWorkbookLambdas({ ladder }).map((l) => ({ name: l.name, formula: l.formula, comment: l.comment })),
  ];
}

// ---------------------------------------------------------------------------------------------
// Grouping and placeholders

function groupKpis(plan: Plan, framework: Framework): Group[] {
  const leaves = new Set(leafComponents(framework).map((c) => c.code));
  const used = new Set(plan.kpis.map((k) => k.id));
  const groups: Group[] = [];
  const depthOf = (code: string): number => code.split(".").length - 1;
  for (const c of allComponents(framework)) {
    if (!leaves.has(c.code)) {
      groups.push({ component: c, slots: [], depth: depthOf(c.code) });
      continue;
    }
    const own = plan.kpis.filter((k) => k.component === c.code).map((kpi) => ({ kpi, placeholder: false }));
    const blanks: Slot[] = [];
    for (let n = 1; own.length + blanks.length < c.kpiCount; n++) {
      const id = `${c.code}-${n}`;
      if (used.has(id)) continue;
      used.add(id);
      blanks.push({ kpi: blankKpi(id, c.code), placeholder: true });
    }
    groups.push({ component: c, slots: [...own, ...blanks], depth: depthOf(c.code) });
  }
  const others = plan.kpis.filter((k) => !leaves.has(k.component)).map((kpi) => ({ kpi, placeholder: false }));
  if (others.length > 0) groups.push({ component: null, slots: others, depth: 0 });
  return groups;
}

function blankKpi(id: string, component: string): Kpi {
  return {
    id,
    component,
    name: "",
    baseline: [],
    target: "",
    weight: null,
    alignment: {},
    definition: "",
    method: "",
    evidence: [],
    partners: [],
  };
}

const slotsOf = (ctx: Ctx): Slot[] => ctx.groups.flatMap((g) => g.slots);

// ---------------------------------------------------------------------------------------------
// A sheet under construction

class SheetBuilder {
  readonly rows: CellInput[][] = [];
  readonly styles: RangeStyle[] = [];
  readonly validations: ValidationSpec[] = [];
  readonly conditionalFormats: ConditionalFormatSpec[] = [];
  readonly tables: TableSpec[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];
  private readonly index: Map<string, number>;

  constructor(
    readonly name: string,
    readonly columns: readonly ColumnDef[],
  ) {
    this.index = new Map(columns.map((c, i) => [c.key, i]));
  }

  col(key: string): number {
    const i = this.index.get(key);
    if (i === undefined) throw new Error(`layout: no column ${key} on ${this.name}`);
    return i;
  }

  header(key: string): string {
    return (this.columns[this.col(key)] as ColumnDef).th;
  }

  letter(key: string): string {
    return columnLetter(this.col(key));
  }

  set(row: number, key: string | number, value: CellInput): void {
    const c = typeof key === "number" ? key : this.col(key);
    while (this.rows.length <= row) this.rows.push([]);
    const r = this.rows[row] as CellInput[];
    while (r.length < c) r.push(null);
    r[c] = value;
  }

  style(range: string, style: StyleSpec): void {
    this.styles.push({ range, style });
  }

  get lastColumn(): number {
    return this.columns.length - 1;
  }

  /** A1 range of one column's data rows. */
  columnRange(key: string, firstRow: number, lastRow: number): string {
    const c = this.col(key);
    return rangeAddress(firstRow, c, lastRow, c);
  }
}

/** Writes a plan value into a text column: the text as is (never a formula). */
const textCell = (v: string | undefined | null): CellValue => (v === undefined || v === null || v === "" ? null : v);
/** A numeric field: numbers stay numbers, text the user typed stays text, blank stays blank. */
const numericCell = (v: number | string | null | undefined): CellValue => (v === undefined || v === "" ? null : v);

function titleBlock(b: SheetBuilder, ctx: Ctx, id: SheetId): void {
  const def = SHEETS[id];
  const fy = fiscalYearLabel(ctx.plan.fiscalYear);
  const agency = ctx.plan.agency;
  b.set(0, 0, [def.title.th, agency, fy.th].filter(Boolean).join("  "));
  b.set(1, 0, `${ctx.framework.name.th} — ${def.title.en}${agency ? `, ${agency}` : ""}, ${fy.en}`);
  b.columns.forEach((c, i) => {
    b.set(HEADER_ROW - 1, i, c.en);
    b.set(HEADER_ROW, i, c.th);
  });
  b.rowHeights.push({ row: 0, height: 30 }, { row: 1, height: 24 });
  b.rowHeights.push({ row: HEADER_ROW - 1, height: estimateRowHeight(b.columns.map((c) => ({ text: c.en, width: c.width, size: FONT.noteSize }))) });
  b.rowHeights.push({ row: HEADER_ROW, height: estimateRowHeight(b.columns.map((c) => ({ text: c.th, width: c.width }))) });
  b.style("A1", { font: { bold: true, size: FONT.titleSize } });
  b.style("A2", { font: { italic: true, size: FONT.subtitleSize, color: COLOURS.subtitle } });
  b.style(rangeAddress(HEADER_ROW - 1, 0, HEADER_ROW - 1, b.lastColumn), {
    font: { italic: true, size: FONT.noteSize, color: COLOURS.subtitle },
    fill: COLOURS.englishRow,
    wrap: true,
    vertical: "bottom",
    horizontal: "center",
  });
  b.style(rangeAddress(HEADER_ROW, 0, HEADER_ROW, b.lastColumn), {
    font: { bold: true },
    fill: COLOURS.header,
    wrap: true,
    horizontal: "center",
    vertical: "middle",
    border: "thin",
  });
}

/**
 * Column formats of the data rows, the sheet font everywhere and validation of typed columns.
 * They go first in the style list, so that headings, totals and tinted cells written row by row
 * override them.
 */
function columnFormats(b: SheetBuilder, ctx: Ctx, lastRow: number): void {
  const styles: RangeStyle[] = [{ range: `A:${columnLetter(b.lastColumn)}`, style: { font: { name: ctx.font, size: FONT.size }, vertical: "top" } }];
  b.styles.unshift(...styles);
  if (lastRow < FIRST_DATA_ROW) return;
  b.columns.forEach((c, i) => {
    const range = rangeAddress(FIRST_DATA_ROW, i, lastRow, i);
    const typed = c.role === "text" || c.role === "number";
    const style: StyleSpec = {
      numberFormat: c.numberFormat ?? "General",
      wrap: c.wrap ?? false,
      locked: c.locked ?? !typed,
      border: "thin",
    };
    if (c.align) style.horizontal = c.align;
    if (c.role === "derived") style.fill = COLOURS.derived;
    styles.push({ range, style });
    const v = validationFor(c, ctx, range);
    if (v) b.validations.push(v);
  });
  b.styles.splice(0, 1, ...styles);
}

function validationFor(c: ColumnDef, ctx: Ctx, range: string): ValidationSpec | undefined {
  if (c.list === "components") {
    return {
      range,
      rule: { type: "list", items: leafComponents(ctx.framework).map((x) => x.code) },
      strict: false,
      prompt: { title: "องค์ประกอบ / component", message: "รหัสองค์ประกอบตามกรอบการประเมิน / a component code of the framework" },
      error: { title: "องค์ประกอบ / component", message: "ไม่มีองค์ประกอบนี้ในกรอบการประเมิน / the framework has no such component" },
    };
  }
  if (c.list === "kinds") {
    return {
      range,
      rule: { type: "list", items: Object.values(KIND_LABELS) },
      strict: true,
      prompt: { title: "ชนิดเกณฑ์ / rubric kind", message: "ระดับความสำเร็จ, ค่าตัวเลข หรือคะแนนเต็ม ๑๐๐ / milestone, numeric or score out of 100" },
      error: { title: "ชนิดเกณฑ์ / rubric kind", message: "เลือกจากรายการ / pick one from the list" },
    };
  }
  if (c.range) {
    const rule: ValidationSpec["rule"] = { type: c.range.whole ? "whole" : "decimal" };
    if (c.range.min !== undefined) rule.min = c.range.min;
    if (c.range.max !== undefined) rule.max = c.range.max;
    const bounds = [c.range.min, c.range.max].every((x) => x !== undefined)
      ? `${c.range.min}–${c.range.max}`
      : c.range.min !== undefined
        ? `≥ ${c.range.min}`
        : `≤ ${c.range.max}`;
    return {
      range,
      rule,
      strict: false,
      error: {
        title: `${c.th} / ${c.en}`,
        message: `ควรเป็นตัวเลข ${toThaiDigits(bounds)} (เลขไทยใช้ได้) / should be a number ${bounds} (Thai digits are fine)`,
      },
    };
  }
  return undefined;
}

/** Heights for data rows whose wrapped text needs more than one line. */
function estimatedHeights(b: SheetBuilder): { row: number; height: number }[] {
  const out: { row: number; height: number }[] = [];
  for (let r = FIRST_DATA_ROW; r < b.rows.length; r++) {
    const cells = (b.rows[r] ?? []).flatMap((v, c) => {
      const col = b.columns[c];
      return typeof v === "string" && col?.wrap ? [{ text: v, width: col.width }] : [];
    });
    const height = estimateRowHeight(cells);
    if (height > DEFAULT_ROW_HEIGHT) out.push({ row: r, height });
  }
  return out;
}

function finish(b: SheetBuilder, id: SheetId, ctx: Ctx, lastRow: number): SheetRender {
  const def = SHEETS[id];
  columnFormats(b, ctx, lastRow);
  const sheet: SheetRender = {
    name: b.name,
    rows: b.rows,
    columnWidths: b.columns.map((c) => c.width),
    rowHeights: b.rowHeights,
    estimatedRowHeights: estimatedHeights(b),
    autofitRows: `${FIRST_DATA_ROW + 1}:${Math.max(b.rows.length, FIRST_DATA_ROW + 1)}`,
    defaultRowHeight: DEFAULT_ROW_HEIGHT,
    styles: b.styles,
    merges: [],
    validations: b.validations,
    conditionalFormats: b.conditionalFormats,
    tables: b.tables,
    freeze: { rows: HEADER_ROW + 1, columns: def.freezeColumns },
    print: id === "register" ? WIDE_PRINT : PRINT,
    visibility: "visible",
    tabColor: def.tabColor,
  };
  if (def.protect) sheet.protection = PROTECTION;
  return sheet;
}

function addTable(b: SheetBuilder, name: string, lastRow: number): void {
  b.tables.push({ name, range: rangeAddress(HEADER_ROW, 0, Math.max(lastRow, FIRST_DATA_ROW), b.lastColumn), style: "TableStyleLight1" });
}

// Structured references in their full form, valid both typed in Excel and stored in a file.
const escapeColumn = (header: string): string => header.replace(/['#[\]]/g, (ch) => `'${ch}`);
const column = (table: string, header: string): string => `${table}[${escapeColumn(header)}]`;
const thisRow = (table: string, header: string): string => `${table}[[#This Row],[${escapeColumn(header)}]]`;
const thisRowSpan = (table: string, from: string, to: string): string =>
  `${table}[[#This Row],[${escapeColumn(from)}]:[${escapeColumn(to)}]]`;

const REGISTER_HEADERS = Object.fromEntries(registerColumns([], 0).map((c) => [c.key, c.th])) as Record<string, string>;

/** A register field of this row's KPI, looked up by id: blank when the id is not registered. */
function lookup(ctx: Ctx, b: SheetBuilder, key: string, idKey: string, blankIfEmpty = false): string {
  const id = thisRow(b.name === ctx.sheets.rubric ? ctx.tables.rubric : ctx.tables.evaluation, b.header(idKey));
  const match = `MATCH(${id},${column(ctx.tables.register, REGISTER_HEADERS.id as string)},0)`;
  const value = `INDEX(${column(ctx.tables.register, REGISTER_HEADERS[key] as string)},${match})`;
  return blankIfEmpty ? `=IFERROR(IF(${value}="","",${value}),"")` : `=IFERROR(${value}&"","")`;
}

// ---------------------------------------------------------------------------------------------
// 1. KPI register

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

function renderRegister(ctx: Ctx): SheetRender {
  const { plan } = ctx;
  const partners = Math.max(2, ...plan.kpis.map((k) => k.partners.length));
  const b = new SheetBuilder(ctx.sheets.register, registerColumns(baselineColumns(plan), partners));
  titleBlock(b, ctx, "register");
  let row = FIRST_DATA_ROW;
  for (const g of ctx.groups) {
    b.set(row, "component", g.component?.code ?? null);
    b.set(row, "name", g.component ? componentHeading(g.component) : OTHER_HEADING);
    headingStyle(b, row, g);
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

function headingStyle(b: SheetBuilder, row: number, g: Group): void {
  b.style(rangeAddress(row, 0, row, b.lastColumn), {
    font: { bold: true },
    fill: g.depth === 0 && g.slots.length === 0 ? COLOURS.parentHeading : COLOURS.heading,
    locked: true,
  });
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

// ---------------------------------------------------------------------------------------------
// 2. Rubric: five rows per KPI, level 5 first

/** Where each KPI's level k (1…5) sits on the rubric sheet: A1 cell of its criterion. */
type LevelRows = Map<string, Map<number, string>>;

function renderRubric(ctx: Ctx): { sheet: SheetRender; levelRows: LevelRows } {
  const b = new SheetBuilder(ctx.sheets.rubric, rubricColumns());
  titleBlock(b, ctx, "rubric");
  const table = ctx.tables.rubric;
  const ladder = ctx.framework.ladder;
  const levelRows: LevelRows = new Map();
  let row = FIRST_DATA_ROW;
  const weightRef = thisRow(table, b.header("weight"));
  const percentRef = thisRow(table, b.header("percent"));
  const pointsFormula = `=IF(OR(${weightRef}="",${percentRef}=""),"",${weightRef}*${percentRef}/100)`;
  for (const { kpi } of slotsOf(ctx)) {
    const levels = kpi.rubric?.levels ?? [];
    // A KPI without levels gets five blank rows to fill in (level and percentage prefilled).
    const rows: (RubricLevel & { blank?: true })[] =
      levels.length > 0
        ? [...levels].reverse()
        : [5, 4, 3, 2, 1].map((level) => ({ level, percent: ladder[level - 1] as number, points: null, description: "", criterion: null, blank: true }));
    const at = new Map<number, string>();
    levelRows.set(kpi.id, at);
    for (const l of rows) {
      b.set(row, "kpi", kpi.id);
      b.set(row, "name", { formula: lookup(ctx, b, "name", "kpi"), value: kpi.name });
      b.set(row, "weight", { formula: lookup(ctx, b, "weight", "kpi", true), value: numericCell(kpi.weight) });
      b.set(row, "level", numericCell(l.level));
      b.set(row, "percent", numericCell(l.percent));
      b.set(row, "description", textCell(l.description));
      const expected = mirrorPoints(kpi.weight, l.percent);
      if (l.blank || l.points === expected) {
        b.set(row, "points", { formula: pointsFormula, value: expected });
      } else {
        b.set(row, "points", numericCell(l.points));
        stated(b, row, "points");
      }
      b.set(row, "criterion", numericCell(l.criterion));
      if (typeof l.level === "number" && !at.has(l.level)) at.set(l.level, cellAddress(row, b.col("criterion")));
      row++;
    }
  }
  const lastRow = row - 1;
  addTable(b, table, lastRow);
  if (lastRow >= FIRST_DATA_ROW) {
    b.conditionalFormats.push({
      range: rangeAddress(FIRST_DATA_ROW + 1, 0, lastRow, b.lastColumn),
      formula: `=$${b.letter("kpi")}${FIRST_DATA_ROW + 2}<>$${b.letter("kpi")}${FIRST_DATA_ROW + 1}`,
      style: { topBorder: true },
    });
  }
  return { sheet: finish(b, "rubric", ctx, lastRow), levelRows };
}

/** A value typed where a formula would be: tinted and left unlocked. */
function stated(b: SheetBuilder, row: number, key: string): void {
  b.style(cellAddress(row, b.col(key)), { fill: COLOURS.stated, locked: false });
}

// ---------------------------------------------------------------------------------------------
// 3. Evaluation result

function renderEvaluation(ctx: Ctx, levelRows: LevelRows): SheetRender {
  const b = new SheetBuilder(ctx.sheets.evaluation, evaluationColumns());
  titleBlock(b, ctx, "evaluation");
  const table = ctx.tables.evaluation;
  const ref = (key: string): string => thisRow(table, b.header(key));
  const criteria = thisRowSpan(table, b.header("c1"), b.header("c5"));
  const ladder = `{${ctx.framework.ladder.join(",")}}`;
  const score100 = `${ref("kind")}="${KIND_LABELS.score100}"`;
  const scoreFormula = (result: string): string => {
    const call =
      ctx.scoreFunction === "addin"
        ? `KPI.SCORE(${result},${criteria},${ref("weight")},${ladder})`
        : `KPISCORE(${result},${criteria},${ref("weight")},${ladder})`;
    return `=IF(${score100},IF(${result}="","",MIN(100,MAX(0,${result}))/100*${ref("weight")}),${call})`;
  };
  const pointsCall = ctx.scoreFunction === "addin" ? `KPI.POINTS(${ref("value")},${criteria})` : `KPIPOINTS(${ref("value")},${criteria})`;
  const pointsFormula = `=IF(${score100},IF(${ref("value")}="","",MIN(100,MAX(0,${ref("value")}))/20),${pointsCall})`;
  const scoreCol = b.letter("score");
  const selfCol = b.letter("selfScore");

  let row = FIRST_DATA_ROW;
  const headingRow = new Map<string, number>();
  const kpiRows = new Map<string, number[]>();
  const topLevel: number[] = [];
  const subtotals: { row: number; code: string | null }[] = [];
  for (const g of ctx.groups) {
    const code = g.component?.code ?? null;
    if (code !== null) headingRow.set(code, row);
    if (code !== null && !code.includes(".")) topLevel.push(row);
    b.set(row, "component", code);
    b.set(row, "name", g.component ? componentHeading(g.component) : OTHER_HEADING);
    b.set(row, "weight", g.component ? g.component.weight : null);
    subtotals.push({ row, code });
    headingStyle(b, row, g);
    const mine: number[] = [];
    row++;
    for (const { kpi, placeholder } of g.slots) {
      mine.push(row);
      writeEvaluationRow(ctx, b, row, kpi, placeholder, levelRows.get(kpi.id), { ref, scoreFormula, pointsFormula });
      row++;
    }
    kpiRows.set(code ?? "", mine);
  }
  const lastRow = row - 1;
  // Subtotals: a leaf sums its KPI rows, a parent its children's subtotals.
  for (const { row: r, code } of subtotals) {
    const children =
      code === null ? [] : [...headingRow.entries()].filter(([c]) => c.startsWith(`${code}.`) && c.split(".").length === code.split(".").length + 1);
    const cells = children.length > 0 ? children.map(([, cr]) => cr) : (kpiRows.get(code ?? "") ?? []);
    for (const col of [scoreCol, selfCol]) {
      const refs = cells.map((cr) => `${col}${cr + 1}`).join(",");
      b.set(r, col === scoreCol ? "score" : "selfScore", { formula: refs ? `=SUM(${refs})` : "=0", value: null });
    }
  }
  addTable(b, table, lastRow);
  b.set(row, "name", `${TOTAL_LABEL} (เต็ม ๑๐๐) / total (out of 100)`);
  b.set(row, "weight", ctx.framework.components.reduce((s, c) => s + c.weight, 0));
  for (const [key, col] of [
    ["score", scoreCol],
    ["selfScore", selfCol],
  ] as const) {
    const refs = topLevel.map((r) => `${col}${r + 1}`).join(",");
    b.set(row, key, { formula: refs ? `=SUM(${refs})` : "=0", value: null });
  }
  b.style(rangeAddress(row, 0, row, b.lastColumn), { font: { bold: true }, fill: COLOURS.total, locked: true, border: "thin" });
  b.style(rangeAddress(row, b.col("weight"), row, b.col("selfScore")), { horizontal: "center", numberFormat: "0.000" });
  b.style(cellAddress(row, b.col("weight")), { numberFormat: "General" });
  return finish(b, "evaluation", ctx, lastRow);
}

interface EvalFormulas {
  ref: (key: string) => string;
  scoreFormula: (result: string) => string;
  pointsFormula: string;
}

function writeEvaluationRow(
  ctx: Ctx,
  b: SheetBuilder,
  row: number,
  kpi: Kpi,
  placeholder: boolean,
  levels: Map<number, string> | undefined,
  f: EvalFormulas,
): void {
  const rubricSheet = quoteSheet(ctx.sheets.rubric);
  const kind = kpi.rubric ? kindLabel(kpi.rubric.kind) : "";
  b.set(row, "component", { formula: lookup(ctx, b, "component", "kpi"), value: kpi.component });
  b.set(row, "kpi", kpi.id);
  b.set(row, "name", { formula: lookup(ctx, b, "name", "kpi"), value: kpi.name });
  b.set(row, "kind", { formula: lookup(ctx, b, "kind", "kpi"), value: kind });
  b.set(row, "weight", { formula: lookup(ctx, b, "weight", "kpi", true), value: numericCell(kpi.weight) });
  CRITERIA_KEYS.forEach((key, i) => {
    const at = levels?.get(i + 1);
    if (!at) return;
    const cell = `${rubricSheet}!${at}`;
    const criterion = kpi.rubric?.levels.find((l) => l.level === i + 1)?.criterion ?? null;
    b.set(row, key, {
      formula: `=IF(${f.ref("kind")}="${KIND_LABELS.numeric}",IF(${cell}="","",${cell}),"")`,
      value: kind === KIND_LABELS.numeric ? numericCell(criterion) : "",
    });
  });
  const r = kpi.result;
  b.set(row, "self", numericCell(r?.self));
  b.set(row, "value", numericCell(r?.value));
  const committee = scoreKpi(kpi, ctx.framework, r?.value).value;
  const self = scoreKpi(kpi, ctx.framework, r?.self).value;
  b.set(row, "points", { formula: f.pointsFormula, value: committee?.points ?? "" });
  if (r?.score === undefined || r.score === null) {
    b.set(row, "score", { formula: f.scoreFormula(f.ref("value")), value: committee?.score ?? "" });
  } else {
    b.set(row, "score", numericCell(r.score));
    stated(b, row, "score");
  }
  if (r?.selfScore === undefined || r.selfScore === null) {
    b.set(row, "selfScore", { formula: f.scoreFormula(f.ref("self")), value: self?.score ?? "" });
  } else {
    b.set(row, "selfScore", numericCell(r.selfScore));
    stated(b, row, "selfScore");
  }
  b.set(row, "note", textCell(r?.note));
  if (placeholder) return;
  const notes = ctx.options.notes?.[kpi.id];
  b.set(row, "strengths", textCell(notes?.strengths));
  b.set(row, "weaknesses", textCell(notes?.weaknesses));
  b.set(row, "suggestions", textCell(notes?.suggestions));
}

// ---------------------------------------------------------------------------------------------
// 4. Action plan

function renderActionPlan(ctx: Ctx): SheetRender {
  const b = new SheetBuilder(ctx.sheets.actionPlan, actionPlanColumns(ctx.plan.fiscalYear));
  titleBlock(b, ctx, "actionPlan");
  const pct = b.letter("percent");
  const cum = b.letter("cumulative");
  // The same formula on every row (a calculated column): a row without a step share is blank,
  // a step adds its share to the cumulative figure of the row above (0 below a project row).
  const cumulativeAt = (row: number): string => {
    const r = row + 1;
    return `=IF(${pct}${r}="","",IF(ISNUMBER(${cum}${r - 1}),${cum}${r - 1},0)+${pct}${r})`;
  };
  let row = FIRST_DATA_ROW;
  for (const entry of ctx.plan.actionPlan) row = writeEntry(b, row, entry, cumulativeAt);
  if (row === FIRST_DATA_ROW) {
    b.set(row, "cumulative", { formula: cumulativeAt(row), value: "" });
    row++;
  }
  const lastRow = row - 1;
  addTable(b, ctx.tables.actionPlan, lastRow);
  b.conditionalFormats.push({
    range: rangeAddress(FIRST_DATA_ROW, b.col("month:10"), lastRow, b.col("month:9")),
    formula: `=LEN(TRIM(${b.letter("month:10")}${FIRST_DATA_ROW + 1}))>0`,
    style: { fill: COLOURS.bar, fontColor: COLOURS.bar },
  });
  b.set(row, "project", BUDGET_TOTAL_LABEL);
  const total = ctx.plan.budgetTotal;
  if (total === undefined || total === null) {
    const sum = ctx.plan.actionPlan.reduce((s, e) => s + (typeof e.budget === "number" ? e.budget : 0), 0);
    b.set(row, "budget", { formula: `=SUBTOTAL(109,${column(ctx.tables.actionPlan, b.header("budget"))})`, value: sum });
  } else {
    b.set(row, "budget", numericCell(total));
    stated(b, row, "budget");
  }
  b.style(rangeAddress(row, 0, row, b.lastColumn), { font: { bold: true }, fill: COLOURS.total, locked: true, border: "thin" });
  b.style(cellAddress(row, b.col("budget")), { numberFormat: "#,##0.00" });
  return finish(b, "actionPlan", ctx, lastRow);
}

function writeEntry(b: SheetBuilder, start: number, entry: ActionPlanEntry, cumulativeAt: (row: number) => string): number {
  let row = start;
  b.set(row, "kpi", textCell(entry.kpi));
  b.set(row, "project", textCell(entry.project));
  b.set(row, "budget", numericCell(entry.budget));
  b.set(row, "division", textCell(entry.division));
  b.set(row, "cumulative", { formula: cumulativeAt(row), value: "" });
  b.style(rangeAddress(row, 0, row, b.lastColumn), { font: { bold: true } });
  row++;
  let previous: number | string | null = null;
  for (const step of entry.steps) {
    b.set(row, "no", numericCell(step.no));
    b.set(row, "step", textCell(step.text));
    b.set(row, "percent", numericCell(step.percent));
    const expected = mirrorCumulative(previous, step.percent);
    if (step.cumulative === expected) {
      b.set(row, "cumulative", { formula: cumulativeAt(row), value: expected ?? "" });
    } else {
      b.set(row, "cumulative", numericCell(step.cumulative));
      stated(b, row, "cumulative");
    }
    previous = step.cumulative;
    const others = step.months.filter((m) => !isBarMonth(m));
    for (const m of step.months) if (isBarMonth(m)) b.set(row, `month:${m}`, BAR_MARK);
    b.set(row, "otherMonths", others.length > 0 ? formatOtherMonths(others) : null);
    row++;
  }
  return row;
}

// ---------------------------------------------------------------------------------------------
// 5. Metadata

function renderMeta(ctx: Ctx): SheetRender {
  const b = new SheetBuilder(ctx.sheets.meta, metaColumns());
  titleBlock(b, ctx, "meta");
  const entries: [string, CellValue | CellValue[]][] = [
    [META_KEYS.format, WORKBOOK_FORMAT],
    [META_KEYS.layoutVersion, LAYOUT_VERSION],
    [META_KEYS.framework, ctx.framework.id],
    [META_KEYS.frameworkJson, chunks(JSON.stringify(ctx.framework))],
    [META_KEYS.agency, textCell(ctx.plan.agency)],
    [META_KEYS.fiscalYear, ctx.plan.fiscalYear],
    ...SHEET_IDS.map((id): [string, CellValue] => [META_KEYS.sheet(id), ctx.sheets[id]]),
    ...(Object.keys(ctx.tables) as (keyof TableNames)[]).map((id): [string, CellValue] => [META_KEYS.table(id), ctx.tables[id]]),
  ];
  let row = FIRST_DATA_ROW;
  for (const [key, value] of entries) {
    b.set(row, 0, key);
    (Array.isArray(value) ? value : [value]).forEach((v, i) => b.set(row, 1 + i, v));
    row++;
  }
  const sheet = finish(b, "meta", ctx, row - 1);
  return { ...sheet, visibility: "hidden", freeze: { rows: HEADER_ROW + 1, columns: 0 } };
}

function chunks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += CELL_TEXT_LIMIT) out.push(text.slice(i, i + CELL_TEXT_LIMIT));
  return out.length > 0 ? out : [""];
}
