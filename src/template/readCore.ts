// The one read of a workbook: grids → { plan, framework, meta, seal, issues, locate }. The task
// pane's checker (live and full), `kpi validate`, `export`, `report`, `template --from`, the
// summaries and the seal all read a template through here, so the same workbook gives the same
// plan, framework and problems wherever it is opened.
//
// The framework is the one stored in the workbook (as it was when the template was made and
// agreed); else the shipped one of that id; else NotATemplateError naming the id. A caller may
// give one instead (the command line's --framework).
//
// The shipped frameworks are given (`shipped`), not imported: read.ts gives the list shipped with
// the program, for every caller but the task pane, which fetches that list only for a workbook
// whose stored framework is not the shipped one (src/taskpane/shippedFrameworks.ts).
import type { Bilingual } from "../core/schema/common";
import { Framework } from "../core/schema/framework";
import type { Plan } from "../core/schema/plan";
import { toThaiDigits } from "../core/thai/digits";
import { LAYOUT_VERSION, META_KEYS, SHEETS } from "../layout/layout";
import { readIssue, readMeta, readPlanFromGrids, type TemplateMeta } from "../layout/read";
import { sheetInLayout } from "../layout/sheets";
import { DATA_SHEET_IDS, type DataSheetId, type Locate, type ReadIssue, type SheetNames } from "../layout/types";
import type { Seal } from "../seal/seal";
import { sealFromGrid } from "../seal/store";
import type { CellRef, Grid } from "../workbook/model";
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

/** The shipped frameworks, and the comparison of a framework with them, which comes with them. */
export interface ShippedFrameworks {
  /** The shipped framework of an id (without the year's information), or undefined. */
  find: (id: string) => Framework | undefined;
  /** The parts in which two frameworks differ (core/frameworks/differences.ts). */
  differences: (a: Framework, b: Framework) => Bilingual[];
}

export interface ReadOptions {
  /**
   * The shipped frameworks: compared with the stored one (FRAMEWORK_DIFFERS) and used when none is
   * stored. The read asks only for the id the metadata records.
   */
  shipped: ShippedFrameworks;
  /** Use this framework instead of the workbook's (the command line's --framework). */
  framework?: Framework;
  /**
   * Compares the template's formulas with the cells (formulaIssues of ./formulas, which brings
   * the renderer: the command line always passes it, the task pane on its full check and seal).
   */
  compareFormulas?: (read: TemplateRead, grids: ReadonlyMap<string, Grid>) => ReadIssue[];
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
export function readTemplateGrids(metaSheet: string, grids: ReadonlyMap<string, Grid>, options: ReadOptions): TemplateRead {
  const metaGrid = grids.get(metaSheet);
  const { meta: recorded, issues: metaIssues } = readMeta(metaSheet, metaGrid);
  const meta = recorded && options.sheets ? { ...recorded, sheets: { ...recorded.sheets, ...options.sheets } } : recorded;
  if (!meta) {
    throw new NotATemplateError(
      { th: `แผ่นงาน "${metaSheet}" ไม่มีข้อมูลแม่แบบ`, en: `sheet "${metaSheet}" holds no template metadata` },
      metaIssues,
    );
  }
  const { framework, source } = frameworkOf(meta, options.framework, options.shipped);
  const issues: ReadIssue[] = [...metaIssues];
  if (meta.layoutVersion !== null && meta.layoutVersion > LAYOUT_VERSION) {
    issues.push(readIssue("NEWER_LAYOUT", { sheet: metaSheet, cell: "B1" }, { found: String(meta.layoutVersion), known: String(LAYOUT_VERSION) }));
  }
  const unreadable = unreadableIssue(meta, framework, source, metaGrid);
  if (unreadable) issues.push(unreadable);
  const differs = differenceIssue(meta, framework, source, metaGrid, options.shipped);
  if (differs) issues.push(differs);
  const read = readPlanFromGrids(meta, framework, grids);
  const result: TemplateRead = {
    plan: read.plan,
    framework,
    frameworkSource: source,
    meta,
    seal: sealFromGrid(metaGrid),
    issues: [...issues, ...read.issues],
    locate: read.locate,
    cellOf: read.cellOf,
  };
  if (options.compareFormulas) result.issues.push(...options.compareFormulas(result, grids));
  return result;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

const META_NAME = new RegExp(`^${SHEETS.meta.name}(?: \\((\\d+)\\))?$`);

/** The sheets that may be a template's metadata sheet ("ข้อมูลแม่แบบ", "ข้อมูลแม่แบบ (2)"…), in tab order. */
export const metaCandidates = (sheets: readonly string[]): string[] => sheets.filter((s) => META_NAME.test(s));

/** A template found in a workbook: its metadata sheet and the sheets it names. */
export interface TemplateRef {
  meta: string;
  sheets: SheetNames;
  framework: string;
  agency: string;
  fiscalYear: number | null;
  /** Whether its metadata sheet holds a seal ("check before sending" was run). */
  sealed: boolean;
}

/** The templates of these metadata sheets' grids, in the order given; sheets that are no template's are left out. */
function templateRefs(names: readonly string[], grids: ReadonlyMap<string, Grid>): TemplateRef[] {
  return names.flatMap((name) => {
    const grid = grids.get(name);
    const { meta } = readMeta(name, grid);
    return meta
      ? [{ meta: name, sheets: meta.sheets, framework: meta.framework, agency: meta.agency, fiscalYear: meta.fiscalYear, sealed: sealFromGrid(grid) !== null }]
      : [];
  });
}

/**
 * The templates a workbook holds, in tab order: every metadata sheet ("ข้อมูลแม่แบบ",
 * "ข้อมูลแม่แบบ (2)"…) that is a template's. Two round trips. The task pane offers these to
 * choose from and readTemplate chooses among them, so both find the same templates.
 */
export async function listTemplates(port: WorkbookPort): Promise<TemplateRef[]> {
  const candidates = metaCandidates((await port.inventory()).sheets);
  if (candidates.length === 0) return [];
  return templateRefs(candidates, await port.readSheets(candidates));
}

/** Does `name` (any case) name this template: its metadata sheet or one of its sheets? */
export const namesTemplate = (ref: TemplateRef, name: string): boolean => same(ref.meta, name) || Object.values(ref.sheets).some((s) => same(s, name));

/**
 * The workbook holds several templates and the caller did not say which to read: reading one of
 * them silently could check the wrong plan. `templates` lists them, in tab order.
 */
export class SeveralTemplatesError extends NotATemplateError {
  constructor(readonly templates: readonly TemplateRef[]) {
    const list = templates.map((t) => `"${t.meta}" (${[t.agency, t.framework].filter(Boolean).join(", ")})`).join(", ");
    super({
      th: `สมุดงานนี้มีแม่แบบ ${toThaiDigits(templates.length)} ชุด: ${list} ต้องระบุว่าจะอ่านชุดใด`,
      en: `this workbook holds ${templates.length} templates: ${list}; say which one to read`,
    });
    this.name = "SeveralTemplatesError";
  }
}

export interface ReadTemplateOptions extends ReadOptions {
  /**
   * Which template to read: its metadata sheet or any of its sheets (any case). Without it, a
   * workbook of one template reads that one, and one of several throws SeveralTemplatesError.
   */
  metaSheet?: string;
}

/**
 * Reads a template through the port: inventory, the metadata sheets, then the chosen template's
 * sheets — three round trips whatever the number of KPIs. The result's `templates` lists every
 * template the workbook holds.
 */
export async function readTemplate(port: WorkbookPort, options: ReadTemplateOptions): Promise<TemplateRead & { templates: TemplateRef[] }> {
  const sheets = (await port.inventory()).sheets;
  const wanted = options.metaSheet;
  let candidates = metaCandidates(sheets);
  let metaGrids = candidates.length > 0 ? await port.readSheets(candidates) : new Map<string, Grid>();
  let templates = templateRefs(candidates, metaGrids);
  const renamed = wanted === undefined || templates.some((t) => namesTemplate(t, wanted)) ? undefined : sheets.find((s) => same(s, wanted));
  if (renamed !== undefined && !candidates.includes(renamed)) {
    // A sheet named outright that is no template's sheet may be a metadata sheet someone renamed.
    candidates = [renamed];
    metaGrids = await port.readSheets(candidates);
    templates = templateRefs(candidates, metaGrids);
  }
  const chosen = chooseTemplate(templates, candidates, wanted);
  const meta = readMeta(chosen, metaGrids.get(chosen)).meta;
  if (!meta) return { ...readTemplateGrids(chosen, metaGrids, options), templates }; // throws, saying why
  const grids = await port.readSheets(sheetsToRead(meta));
  return { ...readTemplateGrids(chosen, grids, options), templates };
}

/** The metadata sheet to read, or NotATemplateError saying why there is none to choose. */
function chooseTemplate(templates: readonly TemplateRef[], candidates: readonly string[], wanted: string | undefined): string {
  if (wanted !== undefined) {
    const found = templates.find((t) => namesTemplate(t, wanted));
    if (found) return found.meta;
    const held = templates.map((t) => `"${t.meta}"`).join(", ");
    throw new NotATemplateError({
      th: `ไม่มีแม่แบบที่มีแผ่นงาน "${wanted}"${held ? ` (สมุดงานนี้มีแม่แบบ ${held})` : ""}`,
      en: `no template has a sheet "${wanted}"${held ? ` (this workbook holds ${held})` : ""}`,
    });
  }
  if (templates.length > 1) throw new SeveralTemplatesError(templates);
  const only = templates[0]?.meta ?? candidates[candidates.length - 1];
  if (only === undefined) {
    throw new NotATemplateError({
      th: `ไม่พบแผ่นงาน "${SHEETS.meta.name}" สมุดงานนี้ไม่ได้สร้างจากแม่แบบตัวชี้วัด`,
      en: `no sheet "${SHEETS.meta.name}": this workbook was not made from a KPI template`,
    });
  }
  return only;
}

/** One framework JSON parsed per text: the live check reads the same metadata many times. */
let parsedJson: { json: string; framework: Framework | null; problem: string | null } | null = null;

/** The framework a metadata sheet stores as JSON, or why it is none: not JSON, or the schema's first problem. */
function parseStored(json: string): { framework: Framework | null; problem: string | null } {
  if (parsedJson?.json !== json) {
    let framework: Framework | null = null;
    let problem: string | null = null;
    try {
      const parsed = Framework.safeParse(JSON.parse(json));
      if (parsed.success) framework = parsed.data;
      else {
        // Our own checks say what is wrong in Thai and English; zod's words depend on the
        // front-end's locale (the pane loads none), so the pane and kpi validate would differ.
        const first = parsed.error.issues[0];
        const what = first?.code === "custom" ? first.message : "ไม่ตรงรูปแบบ / not of the expected form";
        problem = `${first?.path.join(".") || "(root)"}: ${what}`;
      }
    } catch {
      problem = "ไม่ใช่ JSON / not JSON";
    }
    parsedJson = { json, framework, problem };
  }
  return parsedJson;
}

/** The framework a metadata sheet stores as JSON, if it is one (parsed once per text). */
export function storedFramework(json: string): Framework | null {
  return parseStored(json).framework;
}

/** The cell beside a key of the metadata sheet (column B of its row), else B1. */
function metaCell(meta: TemplateMeta, metaGrid: Grid | undefined, key: string): CellRef {
  const row = metaGrid?.values.findIndex((r) => r[0] === key) ?? -1;
  return { sheet: meta.metaSheet, cell: `B${row >= 0 ? row + 1 : 1}` };
}

/** FRAMEWORK_UNREADABLE when the workbook stores a framework that cannot be read (the check then uses another). */
function unreadableIssue(meta: TemplateMeta, used: Framework, source: TemplateRead["frameworkSource"], metaGrid: Grid | undefined): ReadIssue | null {
  if (!meta.frameworkJson || source === "stored") return null;
  const { problem } = parseStored(meta.frameworkJson);
  if (problem === null) return null;
  return readIssue("FRAMEWORK_UNREADABLE", metaCell(meta, metaGrid, META_KEYS.frameworkJson), { problem, id: used.id, used: source });
}

/** The parts in which two frameworks differ, kept for the last pair: the live check reads the same workbook many times. */
let lastDifference: { a: Framework; b: Framework; parts: Bilingual[] } | null = null;

function differences(a: Framework, b: Framework, shipped: ShippedFrameworks): Bilingual[] {
  if (a === b) return [];
  if (lastDifference?.a !== a || lastDifference.b !== b) lastDifference = { a, b, parts: shipped.differences(a, b) };
  return lastDifference.parts;
}

/**
 * FRAMEWORK_DIFFERS when the framework a workbook is checked against is not the same as another
 * of its id: the stored one (as agreed) against the shipped one, or a given one against the stored
 * one (else the shipped one). Points at the framework's row of the metadata sheet.
 */
function differenceIssue(
  meta: TemplateMeta,
  used: Framework,
  source: TemplateRead["frameworkSource"],
  metaGrid: Grid | undefined,
  shipped: ShippedFrameworks,
): ReadIssue | null {
  const stored = source === "stored" ? used : meta.frameworkJson ? storedFramework(meta.frameworkJson) : null;
  const other = source === "stored" ? shipped.find(meta.framework) : source === "given" ? (stored ?? shipped.find(meta.framework)) : undefined;
  if (!other) return null;
  const parts = differences(other, used, shipped);
  if (parts.length === 0 && other.id === used.id) return null;
  const at = metaCell(meta, metaGrid, META_KEYS.framework);
  const list = (lang: "th" | "en"): string => (parts.length > 0 ? parts.map((p) => p[lang]).join(", ") : lang === "th" ? "รหัส" : "id");
  return readIssue("FRAMEWORK_DIFFERS", at, { used: source, id: other.id, given: used.id, partsTh: list("th"), partsEn: list("en") });
}

/** The framework the workbook was written with: stored in it, else the shipped one of its id. */
export function writtenFramework(meta: TemplateMeta, shipped: ShippedFrameworks): Framework | undefined {
  return (meta.frameworkJson ? storedFramework(meta.frameworkJson) : null) ?? shipped.find(meta.framework);
}

function frameworkOf(
  meta: TemplateMeta,
  given: Framework | undefined,
  shipped: ShippedFrameworks,
): { framework: Framework; source: TemplateRead["frameworkSource"] } {
  if (given) return { framework: given, source: "given" };
  const stored = meta.frameworkJson ? storedFramework(meta.frameworkJson) : null;
  if (stored) return { framework: stored, source: "stored" };
  const found = shipped.find(meta.framework);
  if (found) return { framework: found, source: "shipped" };
  throw new NotATemplateError({
    th: `ไม่รู้จักกรอบการประเมิน "${meta.framework}" ของแม่แบบนี้ (ไม่มีในสมุดงานและไม่มีในโปรแกรม)`,
    en: `unknown framework "${meta.framework}" in this template (neither stored in the workbook nor shipped)`,
  });
}
