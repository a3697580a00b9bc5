// The check behind the pane, without React: read the template's sheets (one round trip), read the
// plan from the grids and validate it in the core, then mark the offending cells (one round trip,
// skipped when the marks are already right). A live check after an edit re-reads only the changed
// ranges (a paste: the whole pasted block, since paste events carry no details) and patches them
// into the grids it keeps; a full check re-reads everything, including cells whose value breaks
// Excel's own data validation, because events can be missed.
import { findFramework } from "../../core/frameworks";
import { Framework } from "../../core/schema/framework";
import type { Plan } from "../../core/schema/plan";
import { validatePlan } from "../../core/validation/validate";
import { parseRange } from "../../workbook/a1";
import { readMeta, readPlanFromGrids, type TemplateMeta } from "../../layout/read";
import { checkSeal, type Seal } from "../../seal/seal";
import { sealFromGrid } from "../../seal/store";
import type { Grid } from "../../workbook/model";
import type { CellRef, Mark, ReadRequest, ReadResult, SheetChange, WorkbookSession } from "../../workbook/session";
import { collectFindings, marksOf, type PaneFinding } from "./findings";
import { weightSummary, type WeightSummary } from "./weights";

export interface CheckResult {
  kind: "full" | "live";
  plan: Plan;
  framework: Framework;
  meta: TemplateMeta;
  findings: PaneFinding[];
  weights: WeightSummary;
  errors: number;
  warnings: number;
  /** The seal the workbook carries, and whether the plan as it is now still matches it. */
  seal: Seal | null;
  sealIntact: boolean | null;
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

export class PlanChecker {
  private grids = new Map<string, Grid>();
  private invalid = new Map<string, CellRef[]>();
  private meta: TemplateMeta | null = null;
  private cachedFramework: { key: string; framework: Framework } | null = null;

  constructor(
    readonly session: WorkbookSession,
    readonly metaSheet: string,
  ) {}

  /** The template's data sheets (register, rubric, evaluation, action plan), once opened. */
  get dataSheets(): string[] {
    const s = this.meta?.sheets;
    return s ? [s.register, s.rubric, s.evaluation, s.actionPlan] : [];
  }

  get template(): TemplateMeta | null {
    return this.meta;
  }

  /** Reads the metadata sheet: the sheet names of the template. One round trip. */
  async open(): Promise<TemplateMeta> {
    const r = await this.session.read({ sheets: [this.metaSheet] });
    const grid = r.grids.get(this.metaSheet);
    const { meta } = readMeta(this.metaSheet, grid);
    if (!grid || !meta) throw new TemplateGoneError(this.metaSheet);
    this.grids.set(this.metaSheet, grid);
    this.meta = meta;
    return meta;
  }

  /** Everything, read again. */
  async full(): Promise<CheckResult> {
    const started = now();
    if (!this.meta) await this.open();
    const names = this.dataSheets;
    const read = await this.readSafely({ sheets: [...names, this.metaSheet], invalidIn: names, marksIn: names });
    this.grids = new Map(read.grids);
    this.invalid = new Map(names.map((n) => [n, read.invalid.filter((c) => c.sheet === n)]));
    return this.evaluate("full", read, started);
  }

  /** After people changed cells: re-read what changed, check the whole plan. */
  async live(changes: readonly SheetChange[]): Promise<CheckResult> {
    const started = now();
    if (!this.meta || changes.some((c) => c.sheet === this.metaSheet)) return this.full();
    const names = this.dataSheets;
    const wholes = new Set<string>();
    const ranges: { sheet: string; address: string }[] = [];
    for (const c of changes) {
      if (!names.includes(c.sheet) || wholes.has(c.sheet)) continue;
      if (c.structural || !this.grids.has(c.sheet) || !isSmallRange(c.address)) wholes.add(c.sheet);
      else ranges.push({ sheet: c.sheet, address: c.address });
    }
    const touched = [...new Set(changes.map((c) => c.sheet).filter((s) => names.includes(s)))];
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

  /**
   * A read whose ranges or sheets are gone (a sheet renamed or deleted meanwhile) falls back to
   * reading the sheets whole, without marks: the result says so and marks are left alone.
   */
  private async readSafely(request: ReadRequest): Promise<ReadResult & { partial?: true }> {
    try {
      return await this.session.read(request);
    } catch (e) {
      if (!request.ranges?.length && !request.invalidIn?.length && !request.marksIn?.length) throw e;
      const sheets = [...new Set([...(request.sheets ?? []), ...this.dataSheets, this.metaSheet])];
      const r = await this.session.read({ sheets });
      this.grids = new Map(r.grids);
      return { ...r, partial: true };
    }
  }

  private framework(meta: TemplateMeta): Framework {
    const key = meta.frameworkJson ?? meta.framework;
    if (this.cachedFramework?.key === key) return this.cachedFramework.framework;
    let framework: Framework | undefined;
    if (meta.frameworkJson) {
      try {
        const parsed = Framework.safeParse(JSON.parse(meta.frameworkJson));
        if (parsed.success) framework = parsed.data;
      } catch {
        // the shipped framework of that id instead
      }
    }
    framework ??= findFramework(meta.framework);
    if (!framework) throw new TemplateGoneError(this.metaSheet);
    this.cachedFramework = { key, framework };
    return framework;
  }

  private async evaluate(kind: CheckResult["kind"], read: ReadResult & { partial?: true }, started: number): Promise<CheckResult> {
    const metaRead = readMeta(this.metaSheet, this.grids.get(this.metaSheet));
    if (!metaRead.meta) throw new TemplateGoneError(this.metaSheet);
    this.meta = metaRead.meta;
    const framework = this.framework(metaRead.meta);
    const sheets = readPlanFromGrids(metaRead.meta, framework, this.grids);
    const ruleFindings = validatePlan(sheets.plan, framework, { locate: sheets.locate });
    const findings = collectFindings({
      findings: ruleFindings,
      issues: [...metaRead.issues, ...sheets.issues],
      invalid: [...this.invalid.values()].flat(),
      grids: this.grids,
    });
    const scope = this.dataSheets.filter((s) => !read.locked.includes(s));
    const marks = marksOf(findings).filter((m) => scope.includes(m.sheet));
    let marked = this.session.canMark && !read.partial;
    if (marked && !sameMarks(marks, read.marks.filter((m) => scope.includes(m.sheet)))) {
      try {
        await this.session.highlight(scope, marks, read.marks);
      } catch {
        // Marks are a help, not the check: the findings are listed whatever happens to them.
        marked = false;
      }
    }
    const errors = findings.filter((f) => f.severity === "error").length;
    const seal = sealFromGrid(this.grids.get(this.metaSheet));
    return {
      kind,
      plan: sheets.plan,
      framework,
      meta: metaRead.meta,
      findings,
      weights: weightSummary(sheets.plan, framework),
      errors,
      warnings: findings.length - errors,
      seal,
      sealIntact: seal ? checkSeal(sheets.plan, seal).status === "intact" : null,
      marked,
      ms: now() - started,
      checkedAt: new Date(),
    };
  }
}

function sameMarks(wanted: readonly Mark[], present: readonly Mark[]): boolean {
  const key = (m: Mark): string => `${m.sheet}\u0000${m.cell}\u0000${m.severity}`;
  const a = new Set(wanted.map(key));
  const b = present.map(key);
  return b.length === a.size && new Set(b).size === b.length && b.every((k) => a.has(k));
}

function isSmallRange(address: string): boolean {
  if (!/^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i.test(address)) return false;
  const b = parseRange(address.replace(/\$/g, ""));
  return (b.row2 - b.row1 + 1) * (b.column2 - b.column1 + 1) <= MAX_RANGE_CELLS;
}

/** Writes a block read back into the grid kept for its sheet, growing the grid as needed. */
function patch(grids: Map<string, Grid>, sheet: string, row: number, column: number, block: Grid): void {
  const grid = grids.get(sheet) ?? { values: [], formulas: [] };
  const width = Math.max(grid.values[0]?.length ?? 0, column + (block.values[0]?.length ?? 0));
  const widen = <T>(r: T[]): T[] => {
    while (r.length < width) r.push(null as T);
    return r;
  };
  while (grid.values.length < row + block.values.length) {
    grid.values.push([]);
    grid.formulas.push([]);
  }
  grid.values.forEach(widen);
  grid.formulas.forEach(widen);
  block.values.forEach((vr, i) =>
    vr.forEach((v, j) => {
      (grid.values[row + i] as unknown[])[column + j] = v;
      (grid.formulas[row + i] as unknown[])[column + j] = block.formulas[i]?.[j] ?? null;
    }),
  );
  grids.set(sheet, grid);
}
