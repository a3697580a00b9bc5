// The summaries as render models, like src/layout renders templates: the same sheets go into the
// open workbook (Office.js) and into .xlsx files (exceljs). Three sheets, each marked generated
// (see marker.ts), protected without a password (they are outputs: refresh, do not edit) and set
// up to print on A4:
//   - แบบสรุปตัวชี้วัด   the KPI summary form: per component heading, KPI, baseline, target, weight;
//   - สรุปคะแนน          per-component subtotals and the total out of 100 (3 decimals), the
//                        agency's self-assessment beside the committee's score;
//   - กราฟคะแนน          scores by component: a data table and, where the host can draw one (Excel
//                        through the add-in), a clustered column chart over it (see ChartSpec).
import { allComponents, leafComponents } from "../core/frameworks";
import { effectiveKpis } from "../core/plan/standard";
import type { Component, Framework } from "../core/schema/framework";
import type { Kpi, Plan } from "../core/schema/plan";
import { planReport, type ComponentReport, type KpiReport } from "../core/scoring/report";
import { roundHalfUp } from "../core/scoring/round";
import { toThaiDigits } from "../core/thai/digits";
import { cellAddress, columnLetter, rangeAddress } from "../layout/a1";
import { FONT } from "../layout/layout";
import { componentHeading, fiscalYearLabel } from "../layout/text";
import type { CellValue, Colour, PrintSpec, ProtectionSpec, RangeStyle, RenderModel, SheetRender } from "../workbook/model";
import { MARKER_ROW, markerTag, type SummaryKind } from "./marker";

export interface SummaryNames {
  kpis: string;
  scores: string;
  chart: string;
}

export const DEFAULT_SUMMARY_NAMES: SummaryNames = { kpis: "แบบสรุปตัวชี้วัด", scores: "สรุปคะแนน", chart: "กราฟคะแนน" };

/** A chart the Office.js session draws over a range of a generated sheet; files keep only the data. */
export interface ChartSpec {
  sheet: string;
  type: "columnClustered";
  /** Header row plus one row per category; categories in the first column, series in the others. */
  data: string;
  title: string;
  /** Where the chart is drawn: top-left and bottom-right cells. */
  from: string;
  to: string;
}

export interface Summaries {
  model: RenderModel;
  charts: ChartSpec[];
  names: SummaryNames;
}

export interface SummaryOptions {
  plan: Plan;
  framework: Framework;
  /** The metadata sheet of the template the plan was read from (recorded in each marker). */
  template: string;
  generatedAt: Date;
  names?: Partial<SummaryNames>;
  font?: string;
}

const COLOURS = {
  header: "#D9E1F2",
  english: "#F2F2F2",
  note: "#595959",
  parent: "#F8CBAD",
  leaf: "#FCE4D6",
  total: "#FFE699",
} satisfies Record<string, Colour>;

const PROTECTION: ProtectionSpec = {
  allowFormatCells: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowInsertRows: false,
  allowDeleteRows: false,
  allowSort: false,
  allowAutoFilter: false,
};

const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

/** Title, agency line, marker, English subtitles, Thai header: the table starts on row 6. */
const HEADER_ROW = 4;
const FIRST_ROW = HEADER_ROW + 1;

interface Column {
  th: string;
  en: string;
  width: number;
  format?: string;
  align?: "left" | "center" | "right";
}

class Builder {
  readonly rows: CellValue[][] = [];
  readonly styles: RangeStyle[] = [];
  readonly merges: string[] = [];

  constructor(
    readonly name: string,
    readonly columns: readonly Column[],
    readonly font: string,
  ) {}

  get last(): number {
    return this.columns.length - 1;
  }

  set(row: number, col: number, value: CellValue): void {
    while (this.rows.length <= row) this.rows.push([]);
    const r = this.rows[row] as CellValue[];
    while (r.length < col) r.push(null);
    r[col] = value;
  }

  row(values: CellValue[]): number {
    const at = Math.max(this.rows.length, FIRST_ROW);
    values.forEach((v, c) => this.set(at, c, v));
    return at;
  }

  span(row: number): string {
    return rangeAddress(row, 0, row, this.last);
  }

  sheet(kind: SummaryKind, orientation: PrintSpec["orientation"]): SheetRender {
    const lastRow = Math.max(this.rows.length - 1, HEADER_ROW);
    const body = rangeAddress(HEADER_ROW, 0, lastRow, this.last);
    const columnStyles: RangeStyle[] = this.columns.map((c, i) => ({
      range: rangeAddress(FIRST_ROW, i, lastRow, i),
      style: { numberFormat: c.format ?? "General", ...(c.align ? { horizontal: c.align } : {}), wrap: true },
    }));
    return {
      name: this.name,
      rows: this.rows,
      columnWidths: this.columns.map((c) => c.width),
      rowHeights: [{ row: 0, height: 30 }],
      styles: [
        { range: `A:${columnLetter(this.last)}`, style: { font: { name: this.font, size: FONT.size }, vertical: "top" } },
        ...columnStyles,
        { range: body, style: { border: "thin" } },
        ...this.styles,
      ],
      merges: [this.span(0), this.span(1), this.span(MARKER_ROW), ...this.merges],
      validations: [],
      conditionalFormats: [],
      tables: [],
      freeze: { rows: HEADER_ROW + 1, columns: 0 },
      print: {
        orientation,
        paper: "A4",
        titleRows: `1:${HEADER_ROW + 1}`,
        fitToWidth: true,
        margins: MARGINS,
        footer: `${kindTitle(kind).th} หน้า &P / &N`,
      },
      protection: PROTECTION,
      visibility: "visible",
      tabColor: "#1F4E79",
    };
  }
}

function kindTitle(kind: SummaryKind): { th: string; en: string } {
  switch (kind) {
    case "kpis":
      return { th: "แบบสรุปตัวชี้วัด", en: "KPI summary form" };
    case "scores":
      return { th: "แบบสรุปผลคะแนนการประเมินผลการปฏิบัติราชการ", en: "Score summary" };
    case "chart":
      return { th: "กราฟคะแนนรายองค์ประกอบ", en: "Scores by component" };
  }
}

/** "๑๒ พ.ค. ๒๕๖๗ ๑๐:๐๕ น." in Bangkok time. */
function thaiTime(d: Date): string {
  const t = new Date(d.getTime() + 7 * 3600_000);
  const months = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];
  const hm = `${String(t.getUTCHours()).padStart(2, "0")}:${String(t.getUTCMinutes()).padStart(2, "0")}`;
  return toThaiDigits(`${t.getUTCDate()} ${months[t.getUTCMonth()]} ${t.getUTCFullYear() + 543} ${hm} น.`);
}

function header(b: Builder, kind: SummaryKind, o: SummaryOptions): void {
  const fy = fiscalYearLabel(o.plan.fiscalYear);
  const title = kindTitle(kind);
  b.set(0, 0, `${title.th} ${fy.th}`);
  b.set(1, 0, `${o.plan.agency || "(ไม่ระบุหน่วยงาน / agency not named)"} · ${o.framework.name.th} — ${title.en}, ${fy.en}`);
  b.set(
    MARKER_ROW,
    0,
    `สร้างโดยโปรแกรมเมื่อ ${thaiTime(o.generatedAt)} จากแผ่นงาน "${o.template}" · สร้างใหม่จะแทนที่ทั้งแผ่นงานนี้ / ` +
      `generated by the KPI add-in; refreshing replaces this whole sheet ${markerTag(kind, o.template, b.name)}`,
  );
  b.columns.forEach((c, i) => {
    b.set(HEADER_ROW - 1, i, c.en);
    b.set(HEADER_ROW, i, c.th);
  });
  b.styles.push(
    { range: "A1", style: { font: { bold: true, size: FONT.titleSize } } },
    { range: "A2", style: { font: { size: FONT.subtitleSize } } },
    { range: cellAddress(MARKER_ROW, 0), style: { font: { italic: true, size: FONT.noteSize, color: COLOURS.note } } },
    {
      range: b.span(HEADER_ROW - 1),
      style: { font: { italic: true, size: FONT.noteSize, color: COLOURS.note }, fill: COLOURS.english, horizontal: "center", wrap: true },
    },
    { range: b.span(HEADER_ROW), style: { font: { bold: true }, fill: COLOURS.header, horizontal: "center", vertical: "middle", wrap: true } },
  );
}

const score = (v: number | null): CellValue => (v === null ? null : roundHalfUp(v, 3));
const numeric = (v: unknown): CellValue => (typeof v === "number" || typeof v === "string" ? v : null);

// ---------------------------------------------------------------------------------------------
// แบบสรุปตัวชี้วัด

function baselineText(kpi: Kpi): string {
  return kpi.baseline.map((b) => `พ.ศ. ${toThaiDigits(b.year)} : ${b.text || "-"}`).join("\n");
}

function renderKpis(o: SummaryOptions, name: string, font: string): SheetRender {
  const b = new Builder(
    name,
    [
      { th: "ลำดับ", en: "No.", width: 7, align: "center" },
      { th: "ตัวชี้วัด", en: "KPI", width: 52 },
      { th: "ผลการดำเนินงานที่ผ่านมา", en: "Results of previous years", width: 30 },
      { th: "เป้าหมาย", en: "Target", width: 16, align: "center" },
      { th: "น้ำหนัก", en: "Weight", width: 9, format: "General", align: "center" },
    ],
    font,
  );
  header(b, "kpis", o);
  const kpis = effectiveKpis(o.plan, o.framework).map((e) => e.kpi);
  const leaves = new Set(leafComponents(o.framework).map((c) => c.code));
  for (const c of allComponents(o.framework)) {
    const r = b.row([componentHeading(c), null, null, null, c.weight]);
    b.merges.push(rangeAddress(r, 0, r, 3));
    b.styles.push({ range: b.span(r), style: { font: { bold: true }, fill: leaves.has(c.code) ? COLOURS.leaf : COLOURS.parent } });
    if (!leaves.has(c.code)) continue;
    kpis
      .filter((k) => k.component === c.code)
      .forEach((k, i) => {
        b.row([`${toThaiDigits(c.code)}.${toThaiDigits(i + 1)}`, k.name || "-", baselineText(k) || "-", k.target || "-", numeric(k.weight)]);
      });
  }
  const others = kpis.filter((k) => !leaves.has(k.component));
  others.forEach((k) => b.row([toThaiDigits(k.id), k.name || "-", baselineText(k) || "-", k.target || "-", numeric(k.weight)]));
  const total = o.framework.components.reduce((s, c) => s + c.weight, 0);
  const r = b.row(["รวม / total", null, null, null, total]);
  b.merges.push(rangeAddress(r, 0, r, 3));
  b.styles.push({ range: b.span(r), style: { font: { bold: true }, fill: COLOURS.total, horizontal: "center" } });
  return b.sheet("kpis", "portrait");
}

// ---------------------------------------------------------------------------------------------
// สรุปคะแนน

function renderScores(o: SummaryOptions, name: string, font: string): SheetRender {
  const b = new Builder(
    name,
    [
      { th: "รหัส", en: "Code", width: 9, align: "center" },
      { th: "องค์ประกอบ / ตัวชี้วัด", en: "Component / KPI", width: 48 },
      { th: "น้ำหนัก", en: "Weight", width: 9, align: "center" },
      { th: "ผลประเมินตนเอง", en: "Self-assessed result", width: 12, align: "center" },
      { th: "คะแนนถ่วงน้ำหนัก (ตนเอง)", en: "Weighted score (self)", width: 13, format: "0.000", align: "center" },
      { th: "ผลของคณะกรรมการ", en: "Committee result", width: 12, align: "center" },
      { th: "คะแนนถ่วงน้ำหนัก (คณะกรรมการ)", en: "Weighted score (committee)", width: 14, format: "0.000", align: "center" },
      { th: "ผลต่าง (คณะกรรมการ − ตนเอง)", en: "Difference (committee − self)", width: 13, format: "+0.000;-0.000;0.000", align: "center" },
    ],
    font,
  );
  header(b, "scores", o);
  const report = planReport(o.plan, o.framework);
  const kpis = new Map(effectiveKpis(o.plan, o.framework).map((e) => [e.kpi.id, e.kpi]));
  const walk = (c: ComponentReport, depth: number): void => {
    const r = b.row([toThaiDigits(c.code), `${depth > 0 ? "  " : ""}${c.name.th}`, c.weight, null, score(c.selfScore), null, score(c.score), score(c.score - c.selfScore)]);
    b.styles.push({ range: b.span(r), style: { font: { bold: true }, fill: c.children.length > 0 ? COLOURS.parent : COLOURS.leaf } });
    for (const k of c.kpis) kpiRow(b, k, kpis.get(k.id));
    for (const child of c.children) walk(child, depth + 1);
  };
  for (const c of report.components) walk(c, 0);
  const total = o.framework.components.reduce((s, c) => s + c.weight, 0);
  const r = b.row([null, "รวม (เต็ม ๑๐๐ คะแนน) / total (out of 100)", total, null, score(report.selfTotal), null, score(report.total), score(report.total - report.selfTotal)]);
  b.styles.push({ range: b.span(r), style: { font: { bold: true }, fill: COLOURS.total } });
  if (report.unscored.length > 0) {
    const note = b.row([
      `ยังไม่มีผลหรือผลใช้คำนวณไม่ได้ (นับเป็น ๐): ${report.unscored.join(", ")} / no usable result yet (counted as 0): ${report.unscored.join(", ")}`,
    ]);
    b.merges.push(b.span(note));
    b.styles.push({ range: b.span(note), style: { font: { italic: true, size: FONT.noteSize, color: COLOURS.note }, wrap: true } });
  }
  return b.sheet("scores", "landscape");
}

function kpiRow(b: Builder, k: KpiReport, kpi: Kpi | undefined): void {
  const self = kpi?.result?.self ?? null;
  const value = kpi?.result?.value ?? null;
  const diff = k.score !== null && k.selfScore !== null ? k.score - k.selfScore : null;
  b.row([toThaiDigits(k.id), `    ${k.name || "-"}`, k.weight, numeric(self), score(k.selfScore), numeric(value), score(k.score), score(diff)]);
}

// ---------------------------------------------------------------------------------------------
// กราฟคะแนน

/** "๑.๑ Function Base": the code and the English name in brackets when the Thai name has one. */
export function chartLabel(c: Component): string {
  const bracket = /\(([^()]+)\)\s*$/.exec(c.name.th);
  return `${toThaiDigits(c.code)} ${bracket ? bracket[1] : c.name.th}`;
}

function renderChart(o: SummaryOptions, name: string, font: string): { sheet: SheetRender; chart: ChartSpec } {
  const b = new Builder(
    name,
    [
      { th: "องค์ประกอบ", en: "Component", width: 34 },
      { th: "น้ำหนัก", en: "Weight", width: 10, align: "center" },
      { th: "คะแนน (ตนเอง)", en: "Score (self)", width: 13, format: "0.000", align: "center" },
      { th: "คะแนน (คณะกรรมการ)", en: "Score (committee)", width: 15, format: "0.000", align: "center" },
    ],
    font,
  );
  header(b, "chart", o);
  const report = planReport(o.plan, o.framework);
  const byCode = new Map<string, ComponentReport>();
  const index = (c: ComponentReport): void => {
    byCode.set(c.code, c);
    c.children.forEach(index);
  };
  report.components.forEach(index);
  const leaves = leafComponents(o.framework);
  for (const c of leaves) {
    const r = byCode.get(c.code);
    b.row([chartLabel(c), c.weight, score(r?.selfScore ?? 0), score(r?.score ?? 0)]);
  }
  const lastData = b.rows.length - 1;
  const note = b.row([
    "กราฟวาดในแผ่นงานนี้เมื่อสร้างจาก Add-in ใน Excel; ไฟล์ที่เขียนโดยไม่ผ่าน Excel (.xlsx โดยตรง) มีเฉพาะตารางข้อมูลนี้ / " +
      "the chart is drawn here when the add-in generates the sheet in Excel; files written without Excel (.xlsx directly) hold this data table only",
  ]);
  b.merges.push(b.span(note));
  b.styles.push({ range: b.span(note), style: { font: { italic: true, size: FONT.noteSize, color: COLOURS.note }, wrap: true } });
  const chartTop = note + 2;
  const chart: ChartSpec = {
    sheet: name,
    type: "columnClustered",
    data: rangeAddress(HEADER_ROW, 0, lastData, 3),
    title: `${kindTitle("chart").th} / ${kindTitle("chart").en}`,
    from: cellAddress(chartTop, 0),
    to: cellAddress(chartTop + 18, 3),
  };
  return { sheet: b.sheet("chart", "portrait"), chart };
}

// ---------------------------------------------------------------------------------------------

export function renderSummaries(o: SummaryOptions): Summaries {
  const names = { ...DEFAULT_SUMMARY_NAMES, ...o.names };
  const font = o.font ?? FONT.primary;
  const chart = renderChart(o, names.chart, font);
  return {
    model: { sheets: [renderKpis(o, names.kpis, font), renderScores(o, names.scores, font), chart.sheet], names: [] },
    charts: [chart.chart],
    names,
  };
}

/**
 * Names for a template's summaries: the template's suffix ("ข้อมูลแม่แบบ (2)" → "สรุปคะแนน (2)"),
 * then the first free suffix when a sheet that is not free (a user's) holds the name already.
 */
export function chooseSummaryNames(template: string, isFree: (name: string) => boolean): SummaryNames {
  const suffix = /\((\d+)\)\s*$/.exec(template)?.[1];
  const pick = (base: string): string => {
    const first = suffix ? `${base} (${suffix})` : base;
    if (isFree(first)) return first;
    for (let n = 2; ; n++) {
      const candidate = `${first} (${n})`;
      if (isFree(candidate)) return candidate;
    }
  };
  return { kpis: pick(DEFAULT_SUMMARY_NAMES.kpis), scores: pick(DEFAULT_SUMMARY_NAMES.scores), chart: pick(DEFAULT_SUMMARY_NAMES.chart) };
}
