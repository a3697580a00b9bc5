// The one read of a workbook: grids → { plan, framework, meta, seal, issues, locate }. The task
// pane's checker (live and full), `kpi validate`, `export`, `report`, `template --from`, the
// summaries and the seal all read a template through here, so the same workbook gives the same
// plan, framework and problems wherever it is opened.
//
// The framework is the one stored in the workbook (as it was when the template was made and
// agreed); else the shipped one of that id; else NotATemplateError naming the id. A caller may
// give one instead (the command line's --framework).
import { findEvaluationFramework as findFramework } from "../core/frameworks/evaluation";
import { frameworkDifferences } from "../core/frameworks/differences";
import type { Bilingual } from "../core/schema/common";
import { Framework } from "../core/schema/framework";
import type { Plan } from "../core/schema/plan";
import { LAYOUT_VERSION, META_KEYS, SHEETS } from "../layout/layout";
import { readIssue, readMeta, readPlanFromGrids, type TemplateMeta } from "../layout/read";
import { sheetInLayout } from "../layout/sheets";
import { DATA_SHEET_IDS, type DataSheetId, type Locate, type ReadIssue } from "../layout/types";
import type { Seal } from "../seal/seal";
import { sealFromGrid } from "../seal/store";
import type { Grid } from "../workbook/model";
import type { WorkbookPort } from "../workbook/port";

export interface TemplateRead {
  plan: Plan;
  framework: Framework;
  /** Where the framework came from: stored in the workbook, shipped with the program, or given by the caller. */
  frameworkSource: "stored" | "shipped" | "given";
  /** The metadata sheet: sheet and table names, agency, fiscal year, layout version. */
  meta: TemplateMeta;
  /** The seal of "check before sending" stored in the workbook, if any. */
  seal: Seal | null;
  /** Problems met reading the cells (and the metadata), with their sheet and cell. */
  issues: ReadIssue[];
  /** Maps a finding's KPI and field to its cell: pass to checkPlan. */
  locate: Locate;
  /** The cell of exactly a KPI's or a review's field, where it is typed (results, texts, sign-off, mid-year criteria). */
  cellOf: Locate;
}

export interface ReadOptions {
  /** Use this framework instead of the workbook's (the command line's --framework). */
  framework?: Framework;
  /** Where data sheets are now, over the names the metadata recorded (the pane finds renamed sheets by their tables). */
  sheets?: Partial<Record<DataSheetId, string>>;
}

/** The workbook holds no template, or one whose framework is neither stored nor shipped. */
export class NotATemplateError extends Error {
  constructor(
    readonly text: Bilingual,
    readonly issues: readonly ReadIssue[] = [],
  ) {
    super(`${text.th} / ${text.en}`);
    this.name = "NotATemplateError";
  }
}

/** The sheets a template's read needs: its metadata sheet and the data sheets it names. */
export function sheetsToRead(meta: TemplateMeta): string[] {
  return [...DATA_SHEET_IDS.filter((id) => sheetInLayout(id, meta.layoutVersion)).map((id) => meta.sheets[id]), meta.metaSheet];
}

/**
 * Reads the template whose metadata sheet is `metaSheet` from the grids of its sheets (a sheet
 * missing from `grids` is reported, not thrown). Throws NotATemplateError only when the metadata
 * sheet is missing or not a template's, or its framework is unknown; what a cell holds never throws.
 */
export function readTemplateGrids(metaSheet: string, grids: ReadonlyMap<string, Grid>, options: ReadOptions = {}): TemplateRead {
  const metaGrid = grids.get(metaSheet);
  const { meta: recorded, issues: metaIssues } = readMeta(metaSheet, metaGrid);
  const meta = recorded && options.sheets ? { ...recorded, sheets: { ...recorded.sheets, ...options.sheets } } : recorded;
  if (!meta) {
    throw new NotATemplateError(
      { th: `แผ่นงาน "${metaSheet}" ไม่มีข้อมูลแม่แบบ`, en: `sheet "${metaSheet}" holds no template metadata` },
      metaIssues,
    );
  }
  const { framework, source } = frameworkOf(meta, options.framework);
  const issues: ReadIssue[] = [...metaIssues];
  if (meta.layoutVersion !== null && meta.layoutVersion > LAYOUT_VERSION) {
    issues.push(readIssue("NEWER_LAYOUT", { sheet: metaSheet, cell: "B1" }, { found: String(meta.layoutVersion), known: String(LAYOUT_VERSION) }));
  }
  const differs = differenceIssue(meta, framework, source, metaGrid);
  if (differs) issues.push(differs);
  const read = readPlanFromGrids(meta, framework, grids);
  return {
    plan: read.plan,
    framework,
    frameworkSource: source,
    meta,
    seal: sealFromGrid(metaGrid),
    issues: [...issues, ...read.issues],
    locate: read.locate,
    cellOf: read.cellOf,
  };
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

const META_NAME = new RegExp(`^${SHEETS.meta.name}(?: \\((\\d+)\\))?$`);

/** The sheets that may be a template's metadata sheet ("ข้อมูลแม่แบบ", "ข้อมูลแม่แบบ (2)"…), in tab order. */
export const metaCandidates = (sheets: readonly string[]): string[] => sheets.filter((s) => META_NAME.test(s));

/**
 * Reads a template through the port: inventory, the metadata sheet, then its sheets — three round
 * trips whatever the number of KPIs. With several templates in one workbook, reads the last one
 * unless `metaSheet` names one.
 */
export async function readTemplate(port: WorkbookPort, options: ReadOptions & { metaSheet?: string } = {}): Promise<TemplateRead> {
  const sheets = (await port.inventory()).sheets;
  const wanted = options.metaSheet;
  const candidates = wanted ? sheets.filter((s) => same(s, wanted)) : metaCandidates(sheets);
  const metaName = candidates[candidates.length - 1];
  if (metaName === undefined) {
    const name = wanted ?? SHEETS.meta.name;
    throw new NotATemplateError({
      th: `ไม่พบแผ่นงาน "${name}" สมุดงานนี้ไม่ได้สร้างจากแม่แบบตัวชี้วัด`,
      en: `no sheet "${name}": this workbook was not made from a KPI template`,
    });
  }
  const metaGrids = await port.readSheets([metaName]);
  const { meta } = readMeta(metaName, metaGrids.get(metaName));
  if (!meta) return readTemplateGrids(metaName, metaGrids, options); // throws, saying why
  const grids = await port.readSheets(sheetsToRead(meta));
  return readTemplateGrids(metaName, grids, options);
}

/** One framework JSON parsed per text: the live check reads the same metadata many times. */
let parsedJson: { json: string; framework: Framework | null } | null = null;

function storedFramework(json: string): Framework | null {
  if (parsedJson?.json !== json) {
    let framework: Framework | null = null;
    try {
      const parsed = Framework.safeParse(JSON.parse(json));
      if (parsed.success) framework = parsed.data;
    } catch {
      // not JSON: the shipped framework of that id instead
    }
    parsedJson = { json, framework };
  }
  return parsedJson.framework;
}

/** The parts in which two frameworks differ, kept for the last pair: the live check reads the same workbook many times. */
let lastDifference: { a: Framework; b: Framework; parts: Bilingual[] } | null = null;

function differences(a: Framework, b: Framework): Bilingual[] {
  if (lastDifference?.a !== a || lastDifference.b !== b) lastDifference = { a, b, parts: frameworkDifferences(a, b) };
  return lastDifference.parts;
}

/**
 * FRAMEWORK_DIFFERS when the framework a workbook is checked against is not the same as another
 * of its id: the stored one (as agreed) against the shipped one, or a given one against the stored
 * one (else the shipped one). Points at the framework's row of the metadata sheet.
 */
function differenceIssue(meta: TemplateMeta, used: Framework, source: TemplateRead["frameworkSource"], metaGrid: Grid | undefined): ReadIssue | null {
  const stored = source === "stored" ? used : meta.frameworkJson ? storedFramework(meta.frameworkJson) : null;
  const other = source === "stored" ? findFramework(meta.framework) : source === "given" ? (stored ?? findFramework(meta.framework)) : undefined;
  if (!other) return null;
  const parts = differences(other, used);
  if (parts.length === 0 && other.id === used.id) return null;
  const row = metaGrid?.values.findIndex((r) => r[0] === META_KEYS.framework) ?? -1;
  const at = { sheet: meta.metaSheet, cell: `B${row >= 0 ? row + 1 : 1}` };
  const list = (lang: "th" | "en"): string => (parts.length > 0 ? parts.map((p) => p[lang]).join(", ") : lang === "th" ? "รหัส" : "id");
  return readIssue("FRAMEWORK_DIFFERS", at, { used: source, id: other.id, given: used.id, partsTh: list("th"), partsEn: list("en") });
}

function frameworkOf(meta: TemplateMeta, given: Framework | undefined): { framework: Framework; source: TemplateRead["frameworkSource"] } {
  if (given) return { framework: given, source: "given" };
  const stored = meta.frameworkJson ? storedFramework(meta.frameworkJson) : null;
  if (stored) return { framework: stored, source: "stored" };
  const shipped = findFramework(meta.framework);
  if (shipped) return { framework: shipped, source: "shipped" };
  throw new NotATemplateError({
    th: `ไม่รู้จักกรอบการประเมิน "${meta.framework}" ของแม่แบบนี้ (ไม่มีในสมุดงานและไม่มีในโปรแกรม)`,
    en: `unknown framework "${meta.framework}" in this template (neither stored in the workbook nor shipped)`,
  });
}
