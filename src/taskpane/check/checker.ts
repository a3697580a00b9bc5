// The check behind the pane, without React: read the template's sheets (one round trip), then the
// one read and check every front-end uses (src/template: grids → plan, framework, issues; the
// core's rules; findings merged and ordered), then mark the offending cells (one round trip,
// skipped when the marks are already right). A live check after an edit re-reads only the changed
// ranges (a paste: the whole pasted block, since paste events carry no details) and patches them
// into the grids it keeps; a full check re-reads everything, including cells whose value breaks
// Excel's own data validation, because events can be missed.
//
// People rename and delete sheets. The template's data sheets are found by their tables (whose
// names the metadata records and which keep them across a rename), else by the names the
// metadata recorded; every full check reads where they are now in the same round trip, and reads
// again under the new names when one was renamed meanwhile. A sheet that is gone is a finding
// (SHEET_MISSING, naming it); the others are checked, marked and watched as before.
import type { Framework } from "../../core/schema/framework";
import type { Plan } from "../../core/schema/plan";
import type { WeightSummary } from "../../core/plan/weights";
import { readMeta, type TemplateMeta } from "../../layout/read";
import { sheetInLayout } from "../../layout/sheets";
import { DATA_SHEET_IDS, type DataSheetId } from "../../layout/types";
import type { Seal, SealCheck } from "../../seal/seal";
import { checkTemplate } from "../../template/check";
import type { PlanFinding } from "../../template/findings";
import { NotATemplateError, readTemplateGrids, type ReadOptions, type ShippedFrameworks, type TemplateRead } from "../../template/readCore";
import { parseRange } from "../../workbook/a1";
import type { CellRef, Grid } from "../../workbook/model";
import type { LivePort, MarksPort, ReadRequest, ReadResult, SheetChange, Whereabouts } from "../../workbook/ports";
import type { ReadIssue } from "../../layout/types";
import { shippedFor } from "../shippedFrameworks";
import { diffMarks, marksOf } from "./marks";

export interface CheckResult {
  kind: "full" | "live";
  plan: Plan;
  framework: Framework;
  meta: TemplateMeta;
  findings: PlanFinding[];
  weights: WeightSummary;
  errors: number;
  warnings: number;
  /** The seal the workbook carries, and how it compares with the plan as it is now. */
  seal: Seal | null;
  sealCheck: SealCheck;
  /** The metadata sheet as read, for writing the seal next to what it holds. */
  metaGrid: Grid | undefined;
  /** Whether the offending cells are marked in the workbook (not on hosts without marks). */
  marked: boolean;
  /** Milliseconds from the start of the check to its findings and marks. */
  ms: number;
  checkedAt: Date;
}

/** The workbook no longer holds the template (its metadata sheet is gone or unreadable). */
export class TemplateGoneError extends Error {
  constructor(readonly metaSheet: string) {
    super(`ไม่พบข้อมูลแม่แบบในแผ่นงาน "${metaSheet}" / the template metadata sheet "${metaSheet}" is missing or unreadable`);
    this.name = "TemplateGoneError";
  }
}

/** A changed block larger than this is read as the whole sheet. */
const MAX_RANGE_CELLS = 20_000;

const now = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

type CompareFormulas = NonNullable<ReadOptions["compareFormulas"]>;

export interface FullCheckOptions {
  /**
   * Compare the template's formulas with the cells too (TEMPLATE_FORMULA_CHANGED): "check
   * everything again" and the seal ask for it. It renders the template again, so the live check
   * after an edit does not: it keeps the last comparison's findings until the next full check.
   */
  formulas?: boolean;
}

export class PlanChecker {
  private grids = new Map<string, Grid>();
  private invalid = new Map<string, CellRef[]>();
  private meta: TemplateMeta | null = null;
  private compare: CompareFormulas | null = null;
  /** The findings of the last comparison of formulas, listed until the next one. */
  private formulaIssues: ReadIssue[] = [];
  /** Where each data sheet is now: the sheet its table is on, else the name the metadata recorded. */
  private located: Partial<Record<DataSheetId, string>> = {};
  /** The workbook's sheets at the last read (lower case). */
  private present = new Set<string>();

  constructor(
    /** Where the plan's sheets are read and heard, and where offending cells are marked. */
    readonly ports: { live: LivePort; marks: MarksPort },
    readonly metaSheet: string,
    /** Loads the comparison of formulas (a chunk fetched on the first full check that asks for it). */
    private readonly loadFormulaCheck?: () => Promise<CompareFormulas>,
    /** The shipped frameworks the read needs for this metadata (fetched only when the stored framework is not the shipped one). */
    private readonly shippedFrameworks: (meta: TemplateMeta | null) => Promise<ShippedFrameworks> = shippedFor,
  ) {}

  /** The template's data sheets (every sheet of the layout but the metadata) as they are called now, once opened. */
  get dataSheets(): string[] {
    const m = this.meta;
    return m ? DATA_SHEET_IDS.filter((id) => sheetInLayout(id, m.layoutVersion)).map((id) => this.located[id] ?? m.sheets[id]) : [];
  }

  /** The data sheets the workbook holds (at the last read): the ones to read, mark and watch. */
  get presentSheets(): string[] {
    return this.dataSheets.filter((name) => this.present.has(name.toLowerCase()));
  }

  get template(): TemplateMeta | null {
    return this.meta;
  }

  /** Reads the template whole (one round trip): its sheet names, then a first check can run. */
  async open(): Promise<TemplateMeta> {
    const r = await this.ports.live.read({ sheets: [this.metaSheet], where: true });
    const grid = r.grids.get(this.metaSheet);
    if (!grid) throw new TemplateGoneError(this.metaSheet);
    this.grids.set(this.metaSheet, grid);
    this.meta = this.read(await this.shipped()).meta;
    this.locate(r.where);
    return this.meta;
  }

  /** Everything, read again; with `formulas`, the template's formulas compared with the cells too. */
  async full(options: FullCheckOptions = {}): Promise<CheckResult> {
    const started = now();
    if (options.formulas && !this.compare && this.loadFormulaCheck) this.compare = await this.loadFormulaCheck();
    if (!this.meta) await this.open();
    let read = await this.readSafely(this.everything());
    if (this.locate(read.where)) read = await this.readSafely(this.everything());
    const names = this.presentSheets;
    this.grids = new Map(read.grids);
    this.invalid = new Map(names.map((n) => [n, read.invalid.filter((c) => c.sheet === n)]));
    return this.evaluate("full", read, started, options.formulas === true || this.compare !== null);
  }

  private everything(): ReadRequest {
    const present = this.presentSheets;
    return { sheets: [...this.dataSheets, this.metaSheet], invalidIn: present, marksIn: present, where: true };
  }

  /** Takes in where the sheets and tables are now; true when a data sheet is called otherwise than before. */
  private locate(where: Whereabouts | undefined): boolean {
    const meta = this.meta;
    if (!where || !meta) return false;
    const before = this.dataSheets.join("\u0000");
    this.present = new Set(where.sheets.map((s) => s.toLowerCase()));
    const byTable = new Map([...where.tables].map(([table, sheet]) => [table.toLowerCase(), sheet]));
    this.located = Object.fromEntries(DATA_SHEET_IDS.map((id) => [id, byTable.get(meta.tables[id].toLowerCase()) ?? meta.sheets[id]]));
    return this.dataSheets.join("\u0000") !== before;
  }

  /** After people changed cells: re-read what changed, check the whole plan. */
  async live(changes: readonly SheetChange[]): Promise<CheckResult> {
    const started = now();
    const names = this.presentSheets;
    // A change of a sheet not known by that name: it was renamed since; the full check finds it.
    if (!this.meta || changes.some((c) => c.sheet === this.metaSheet || !names.includes(c.sheet))) return this.full();
    const wholes = new Set<string>();
    const ranges: { sheet: string; address: string }[] = [];
    for (const c of changes) {
      if (wholes.has(c.sheet)) continue;
      if (c.structural || !this.grids.has(c.sheet) || !isSmallRange(c.address)) wholes.add(c.sheet);
      else ranges.push({ sheet: c.sheet, address: c.address });
    }
    const touched = [...new Set(changes.map((c) => c.sheet))];
    const read = await this.readSafely({
      sheets: [...wholes],
      ranges: ranges.filter((r) => !wholes.has(r.sheet)),
      invalidIn: touched,
      marksIn: names,
    });
    for (const [name, grid] of read.grids) this.grids.set(name, grid);
    for (const r of read.ranges) patch(this.grids, r.sheet, r.row, r.column, r);
    for (const s of touched) this.invalid.set(s, read.invalid.filter((c) => c.sheet === s));
    return this.evaluate("live", read, started);
  }

  /** The shipped frameworks for the metadata grid last asked about: a live check keeps that grid, so it asks once. */
  private shippedFor: { grid: Grid | undefined; frameworks: Promise<ShippedFrameworks> } | null = null;

  /** What the read needs of the shipped frameworks, for the metadata as the grids hold it now. */
  private shipped(): Promise<ShippedFrameworks> {
    const grid = this.grids.get(this.metaSheet);
    if (this.shippedFor && this.shippedFor.grid === grid) return this.shippedFor.frameworks;
    const frameworks = this.shippedFrameworks(readMeta(this.metaSheet, grid).meta);
    const asked = { grid, frameworks };
    this.shippedFor = asked;
    // A failed fetch of the frameworks is asked again at the next check.
    frameworks.catch(() => {
      if (this.shippedFor === asked) this.shippedFor = null;
    });
    return frameworks;
  }

  /** The one read over the grids kept; a template whose metadata is gone is said so. */
  private read(shipped: ShippedFrameworks, formulas = false): TemplateRead {
    try {
      if (!formulas || !this.compare) return readTemplateGrids(this.metaSheet, this.grids, { sheets: this.located, shipped });
      const compare = this.compare;
      return readTemplateGrids(this.metaSheet, this.grids, {
        sheets: this.located,
        shipped,
        compareFormulas: (read, grids) => (this.formulaIssues = compare(read, grids)),
      });
    } catch (e) {
      if (e instanceof NotATemplateError && !this.grids.has(this.metaSheet)) throw new TemplateGoneError(this.metaSheet);
      throw e;
    }
  }

  /**
   * A read whose ranges or sheets are gone (a sheet renamed or deleted meanwhile) falls back to
   * reading the sheets whole, where they are now, without marks: the result says so and marks
   * are left alone.
   */
  private async readSafely(request: ReadRequest): Promise<ReadResult & { partial?: true }> {
    try {
      return await this.ports.live.read(request);
    } catch (e) {
      if (!request.ranges?.length && !request.invalidIn?.length && !request.marksIn?.length) throw e;
      const whole = (): Promise<ReadResult> => this.ports.live.read({ sheets: [...this.dataSheets, this.metaSheet], where: true });
      let r = await whole();
      if (this.locate(r.where)) r = await whole();
      this.grids = new Map(r.grids);
      return { ...r, partial: true };
    }
  }

  private async evaluate(kind: CheckResult["kind"], read: ReadResult & { partial?: true }, started: number, formulas = false): Promise<CheckResult> {
    const template = this.read(await this.shipped(), formulas);
    if (!formulas) template.issues.push(...this.formulaIssues);
    this.meta = template.meta;
    const check = await checkTemplate(template, { invalid: [...this.invalid.values()].flat(), grids: this.grids });
    const scope = this.presentSheets.filter((s) => !read.locked.includes(s));
    let marked = this.ports.marks.canMark && !read.partial;
    if (marked) {
      const update = diffMarks(scope, marksOf(check.findings), read.marks);
      try {
        if (update) await this.ports.marks.updateMarks(update);
      } catch {
        // Marks are a help, not the check: the findings are listed whatever happens to them.
        marked = false;
      }
    }
    return {
      kind,
      plan: template.plan,
      framework: template.framework,
      meta: template.meta,
      findings: check.findings,
      weights: check.weights,
      errors: check.errors,
      warnings: check.warnings,
      seal: template.seal,
      sealCheck: check.seal,
      metaGrid: this.grids.get(this.metaSheet),
      marked,
      ms: now() - started,
      checkedAt: new Date(),
    };
  }
}

function isSmallRange(address: string): boolean {
  if (!/^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i.test(address)) return false;
  const b = parseRange(address.replace(/\$/g, ""));
  return (b.row2 - b.row1 + 1) * (b.column2 - b.column1 + 1) <= MAX_RANGE_CELLS;
}

/** Writes a block read back into the grid kept for its sheet, growing the grid as needed. */
function patch(grids: Map<string, Grid>, sheet: string, row: number, column: number, block: Grid): void {
  const grid = grids.get(sheet) ?? { values: [], formulas: [] };
  const formats = (grid.formats ??= grid.values.map(() => []));
  const width = Math.max(grid.values[0]?.length ?? 0, column + (block.values[0]?.length ?? 0));
  const widen = <T>(r: T[]): T[] => {
    while (r.length < width) r.push(null as T);
    return r;
  };
  while (grid.values.length < row + block.values.length) {
    grid.values.push([]);
    grid.formulas.push([]);
    formats.push([]);
  }
  for (const rows of [grid.values, grid.formulas, formats] as unknown[][][]) rows.forEach(widen);
  block.values.forEach((vr, i) =>
    vr.forEach((v, j) => {
      (grid.values[row + i] as unknown[])[column + j] = v;
      (grid.formulas[row + i] as unknown[])[column + j] = block.formulas[i]?.[j] ?? null;
      (formats[row + i] as unknown[])[column + j] = block.formats?.[i]?.[j] ?? null;
    }),
  );
  grids.set(sheet, grid);
}
