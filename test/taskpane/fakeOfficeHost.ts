// The templates' fake Excel (test/excel/fakeExcel.ts) plus what the task pane's session uses:
// worksheet.onChanged (with Excel's triggerSource values, own writes echoed as Office does),
// activate and select, data validation's getInvalidCellsOrNullObject, sheet deletion,
// protection (load, protect, unprotect; what it forbids follows Office's documentation, see the
// comments), and charts. Everything the add-in asks is a command run at the sync, as in
// fakeExcel.ts. People's edits are simulated with type() (one cell, an event with details) and
// paste() (a block, one event without details, replacing the cells' data validation), and with the
// edits Excel does not report at all (pick(), textToColumns(), fillFiltered()); selectRange(),
// protect(), unprotect() and rename() are people's too. Runs in Node (component tests, benchmark)
// and in the browser (the end-to-end test bundles it).
//
// Extension works by wrapping the fake's request context in proxies: the fake itself is unchanged.
import { cellAddress, parseCell } from "../../src/workbook/a1";
import type { ExcelRun } from "../../src/excel/types";
import { bounds, covers, FakeExcel, OfficeError, type FakeContext, type FakeSheet, type Range, type Value, Worksheet } from "../excel/fakeExcel";
import { moveCellsDown } from "../workbook/memory";

export interface ChangeEvent {
  address: string;
  changeType: string;
  triggerSource?: string;
  source: string;
  worksheetId: string;
  type: string;
  details?: { valueBefore: unknown; valueAfter: unknown };
}

type Handler = (e: ChangeEvent) => Promise<unknown> | unknown;

export interface FakeChart {
  sheet: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  legend: string;
  from?: string;
  to?: string;
}

export interface FakeHostOptions {
  /** Leave triggerSource out of events, like hosts before ExcelApi 1.14. */
  noTriggerSource?: boolean;
  displayLanguage?: string;
}

const WHOLE_SHEET = "A1:XFD1048576";

/**
 * Excel.EventTriggerSource: "ThisLocalAddin" for the add-in's own writes, "Unknown" for anything
 * else, people's edits included (https://learn.microsoft.com/javascript/api/excel/excel.eventtriggersource).
 */
const PEOPLE = "Unknown";
const THIS_ADDIN = "ThisLocalAddin";

export class FakeOfficeHost {
  readonly excel = new FakeExcel();
  readonly charts: FakeChart[] = [];
  selection: { sheet: string; cell: string } | null = null;
  /** Events delivered to the add-in, own echoes included. */
  readonly delivered: ChangeEvent[] = [];
  private readonly handlers = new Map<FakeSheet, Set<Handler>>();
  private ownWrites: { sheet: string; address: string }[] = [];
  private inFlight: Promise<unknown>[] = [];
  readonly displayLanguage: string;

  constructor(private readonly options: FakeHostOptions = {}) {
    this.displayLanguage = options.displayLanguage ?? "th-TH";
  }

  get syncs(): number {
    return this.excel.syncs;
  }

  get activeSheet(): string | null {
    return this.excel.activeSheet;
  }

  readonly run: ExcelRun = async (batch) => {
    const out = await this.excel.run((ctx) => batch(this.wrapContext(ctx as unknown as FakeContext) as unknown as Excel.RequestContext));
    this.flushOwnWrites();
    return out;
  };

  sheet(name: string): FakeSheet {
    const s = this.excel.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** What a cell holds: its value, or its formula text. */
  cell(sheet: string, address: string): Value {
    const c = this.sheet(sheet).cells.get(address.toUpperCase());
    return c ? (c.formula ?? c.value) : null;
  }

  /** What a cell shows: its value, a formula's computed value. */
  shown(sheet: string, address: string): Value {
    return this.excel.valueAt(this.sheet(sheet), address.toUpperCase());
  }

  /** Conditional formats the add-in left as marks: "B5:error"… */
  marks(sheet: string): string[] {
    return this.sheet(sheet)
      .conditionalFormats.map((cf) => /kpi-addin-mark\|(error|warning)\|([A-Z]+\d+)/.exec(cf.formula ?? ""))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => `${m[2]}:${m[1]}`)
      .sort();
  }

  // ---- people ---------------------------------------------------------------------------------

  /** A person types into a cell (Excel's rules for typed text apply). */
  type(sheet: string, address: string, input: Value): Promise<void> {
    const before = this.cell(sheet, address);
    this.excel.type(sheet, address, input);
    return this.fire(sheet, {
      address,
      changeType: "RangeEdited",
      triggerSource: PEOPLE,
      source: "Local",
      worksheetId: sheet,
      type: "WorksheetChanged",
      details: { valueBefore: before, valueAfter: this.cell(sheet, address) },
    });
  }

  /**
   * A person pastes a block: every cell typed, one event without details. A plain paste also
   * replaces the cells' data validation with the copied cells' (none): Excel's validation "is not
   * triggered by a plain paste" and the pasted cells no longer carry it (OFFICE-NOTES.md;
   * https://support.microsoft.com/office/apply-data-validation-to-cells-29fecbcc-d1b9-42c1-9d76-eff3ce5f7249).
   */
  paste(sheet: string, topLeft: string, rows: readonly (readonly Value[])[]): Promise<void> {
    return this.pasteValues(sheet, topLeft, rows, true);
  }

  /** Paste Special › Values: one event without details; the cells keep their data validation. */
  pasteValues(sheet: string, topLeft: string, rows: readonly (readonly Value[])[], plain = false): Promise<void> {
    const address = this.writeBlock(sheet, topLeft, rows);
    if (plain) this.sheet(sheet).validations.push({ range: address, property: "rule", value: null });
    return this.fire(sheet, {
      address,
      changeType: "RangeEdited",
      triggerSource: PEOPLE,
      source: "Local",
      worksheetId: sheet,
      type: "WorksheetChanged",
    });
  }

  /**
   * Edits Excel makes without telling the add-in (no onChanged event): a value picked from a
   * data-validation drop-down (office-js#420, #3888, #4066), Text to Columns (office-js#3729),
   * a fill over filtered rows (office-js#1110). Only a full check sees them.
   */
  pick(sheet: string, address: string, value: Value): void {
    this.excel.type(sheet, address, typeof value === "string" ? `'${value}` : value);
  }
  textToColumns(sheet: string, topLeft: string, rows: readonly (readonly Value[])[]): void {
    this.writeBlock(sheet, topLeft, rows);
  }
  fillFiltered(sheet: string, cells: readonly string[], value: Value): void {
    for (const c of cells) this.excel.type(sheet, c, value);
  }

  /** A person renames a sheet (double-click on its tab). Its tables and formulas follow it. */
  rename(sheet: string, to: string): void {
    const s = this.sheet(sheet);
    const from = s.name;
    s.name = to;
    for (const t of this.excel.tables) if (t.sheet === from) t.sheet = to;
    this.excel.calc.invalidate();
  }

  /** A person deletes a sheet. */
  deleteSheet(sheet: string): void {
    const s = this.sheet(sheet);
    this.excel.sheets.splice(this.excel.sheets.indexOf(s), 1);
    this.excel.tables = this.excel.tables.filter((t) => t.sheet !== s.name);
    this.excel.calc.invalidate();
  }

  /** A person adds a conditional format of their own (Home › Conditional Formatting), of any type. */
  addRule(sheet: string, range: string, type: "ColorScale" | "DataBar" | "CellValue" | "Custom", formula?: string): void {
    this.sheet(sheet).conditionalFormats.unshift({ type, range, ...(formula === undefined ? {} : { formula }), format: {} });
  }

  private writeBlock(sheet: string, topLeft: string, rows: readonly (readonly Value[])[]): string {
    const { row, column } = parseCell(topLeft);
    rows.forEach((r, i) => r.forEach((v, j) => this.excel.type(sheet, cellAddress(row + i, column + j), v)));
    const width = Math.max(1, ...rows.map((r) => r.length));
    return `${topLeft}:${cellAddress(row + Math.max(1, rows.length) - 1, column + width - 1)}`;
  }

  /** A person protects a sheet (Review › Protect Sheet, default options) or lifts its protection. */
  protect(sheet: string, options: Record<string, unknown> = {}): void {
    this.sheet(sheet).protect(options);
  }
  unprotect(sheet: string): void {
    this.sheet(sheet).protection = null;
  }

  /** Waits until every event delivered so far has been handled. */
  async settle(): Promise<void> {
    while (this.inFlight.length > 0) {
      const list = this.inFlight.splice(0);
      await Promise.all(list);
    }
  }

  private fire(sheet: string, event: ChangeEvent): Promise<void> {
    const e = { ...event };
    if (this.options.noTriggerSource) delete e.triggerSource;
    const s = this.excel.sheet(sheet);
    const list = [...((s && this.handlers.get(s)) ?? [])];
    // Office delivers events after the fact, asynchronously.
    const p = new Promise<void>((resolve) => {
      setTimeout(() => {
        this.delivered.push(e);
        void Promise.all(list.map((h) => Promise.resolve().then(() => h(e)))).then(() => resolve(), () => resolve());
      }, 0);
    });
    this.inFlight.push(p);
    return p;
  }

  private flushOwnWrites(): void {
    const writes = this.ownWrites.splice(0);
    for (const w of writes) {
      if (!this.excel.sheet(w.sheet)) continue;
      void this.fire(w.sheet, {
        address: w.address,
        changeType: "RangeEdited",
        triggerSource: THIS_ADDIN,
        source: "Local",
        worksheetId: w.sheet,
        type: "WorksheetChanged",
      });
    }
  }

  // ---- the proxies ----------------------------------------------------------------------------

  private wrapContext(ctx: FakeContext): unknown {
    const workbook = new Proxy(ctx.workbook as object, {
      get: (target, prop) => {
        if (prop === "worksheets") return this.wrapWorksheets(ctx, (target as { worksheets: object }).worksheets);
        if (prop === "tables") return this.wrapTables(ctx, (target as { tables: object }).tables);
        if (prop === "getSelectedRange") return () => this.selectedRange(ctx);
        return pass(target, prop);
      },
    });
    const wrapped: unknown = new Proxy(ctx as object, {
      get: (target, prop) => {
        if (prop === "workbook") return workbook;
        if (prop === "sync")
          return async () => {
            try {
              await ctx.sync();
            } finally {
              this.flushOwnWrites();
            }
          };
        return pass(target, prop);
      },
    });
    return wrapped;
  }

  /**
   * workbook.getSelectedRange(): the selection (select(), or selectRange() for a person's), on
   * which only getUsedRangeOrNullObject(true) and loading values, text and numberFormat are
   * modelled. Cells show their value as text, in the General format.
   */
  private selectedRange(ctx: FakeContext): unknown {
    let grid: { values: Value[][]; text: string[][]; numberFormat: string[][] } | null = null;
    let loaded = false;
    const need = <T>(v: T): NonNullable<T> => {
      if (!loaded) throw new OfficeError("PropertyNotLoaded", "selected range");
      if (v === null || v === undefined) throw new OfficeError("InvalidOperation", "the range is a null object");
      return v as NonNullable<T>;
    };
    return {
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
        if (valuesOnly !== true) throw new OfficeError("NotImplemented", "used range of values only");
        return {
          load: () => {
            ctx.queueLoad(() => {
              const at = this.selection ?? (this.activeSheet ? { sheet: this.activeSheet, cell: "A1" } : null);
              if (!at) throw new OfficeError("InvalidSelection", "nothing is selected");
              loaded = true;
              const sheet = this.sheet(at.sheet);
              const inside = [...sheet.cells.keys()]
                .map((address) => ({ ...parseCell(address), value: this.excel.valueAt(sheet, address) }))
                .filter((c) => c.value !== null && c.value !== "" && covers(at.cell, c.row, c.column));
              if (inside.length === 0) return null;
              const top = Math.min(...inside.map((c) => c.row));
              const left = Math.min(...inside.map((c) => c.column));
              const rows = Math.max(...inside.map((c) => c.row)) - top + 1;
              const columns = Math.max(...inside.map((c) => c.column)) - left + 1;
              const values: Value[][] = Array.from({ length: rows }, () => Array<Value>(columns).fill(""));
              for (const c of inside) (values[c.row - top] as Value[])[c.column - left] = c.value;
              // Range.text: what the cell shows; Excel shows a boolean as TRUE or FALSE.
              const shown = (v: Value): string => (typeof v === "boolean" ? String(v).toUpperCase() : String(v));
              grid = { values, text: values.map((r) => r.map(shown)), numberFormat: values.map((r) => r.map(() => "General")) };
              return grid;
            });
          },
          get isNullObject(): boolean {
            if (!loaded) throw new OfficeError("PropertyNotLoaded", "isNullObject before sync");
            return grid === null;
          },
          get values(): Value[][] {
            return need(grid).values;
          },
          get text(): string[][] {
            return need(grid).text;
          },
          get numberFormat(): string[][] {
            return need(grid).numberFormat;
          },
        };
      },
    };
  }

  /** A person selects a range (or a cell) on a sheet. */
  selectRange(sheet: string, address: string): void {
    this.excel.activeSheet = this.sheet(sheet).name;
    this.selection = { sheet: this.sheet(sheet).name, cell: address };
  }

  private wrapWorksheets(ctx: FakeContext, collection: object): unknown {
    const c = collection as { getItemOrNullObject(n: string): Worksheet; add(n: string): Worksheet };
    return new Proxy(collection, {
      get: (target, prop) => {
        if (prop === "getItem")
          return (name: string) => {
            // getItem of a sheet that is not there fails the batch at its sync (ItemNotFound,
            // https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getitem-member(1)).
            ctx.command("worksheets.getItem", () => {
              if (!this.excel.sheet(name)) throw new OfficeError("ItemNotFound", `worksheet ${name}`);
            });
            return this.wrapWorksheet(ctx, c.getItemOrNullObject(name), name);
          };
        if (prop === "getItemOrNullObject") return (name: string) => this.wrapWorksheet(ctx, c.getItemOrNullObject(name), name);
        if (prop === "add") return (name: string) => this.wrapWorksheet(ctx, c.add(name), name);
        return pass(target, prop);
      },
    });
  }

  private wrapWorksheet(ctx: FakeContext, ws: Worksheet, name: string): unknown {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the proxies' traps and getters need the host
    const host = this;
    let protection: unknown = null;
    return new Proxy(ws, {
      get: (target, prop) => {
        switch (prop) {
          case "onChanged":
            return {
              add: (handler: Handler) => {
                let on: FakeSheet | null = null;
                ctx.command("onChanged.add", () => {
                  on = ws.sheet();
                  const set = host.handlers.get(on) ?? new Set<Handler>();
                  set.add(handler);
                  host.handlers.set(on, set);
                });
                return {
                  remove: () => ctx.command("onChanged.remove", () => void (on && host.handlers.get(on)?.delete(handler))),
                  context: host.wrapContext(ctx),
                };
              },
            };
          case "activate":
            return () =>
              ctx.command("activate", () => {
                const s = ws.sheet();
                // A hidden sheet cannot be shown by activating it: Excel refuses (VBA's
                // Worksheet.Activate fails with error 1004 on a hidden sheet; Office.js documents
                // no exception, so the fake takes the stricter reading).
                if (s.visibility !== "Visible") throw new OfficeError("InvalidOperation", `worksheet ${s.name} is hidden`);
                host.excel.activeSheet = s.name;
              });
          case "delete":
            return () => {
              ws.delete();
              // A sheet's charts go with it.
              ctx.command("charts.gone", () => {
                for (let i = host.charts.length - 1; i >= 0; i--) if (!host.excel.sheet(host.charts[i]?.sheet ?? "")) host.charts.splice(i, 1);
              });
            };
          case "getRange":
            return (address?: string) => host.wrapRange(ctx, ws.getRange(address ?? WHOLE_SHEET), ws, address ?? WHOLE_SHEET);
          case "protection":
            // Office hands out one proxy per navigation property: loads stick to it.
            protection ??= host.protection(ctx, ws);
            return protection;
          case "charts":
            return {
              add: (type: string, source: Range, seriesBy: string) => {
                const chart: FakeChart = { sheet: name, type, source: source.address, seriesBy, title: "", legend: "" };
                ctx.command("charts.add", () => {
                  const s = ws.sheet();
                  // Charts are objects: a protected sheet refuses them unless allowEditObjects
                  // (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions#excel-excel-worksheetprotectionoptions-alloweditobjects-member).
                  if (s.protection && s.protection.allowEditObjects !== true) throw new OfficeError("AccessDenied", `${s.name} is protected: no charts`);
                  chart.sheet = s.name;
                  host.charts.push(chart);
                });
                const set = (apply: () => void) => ctx.command("chart.set", apply);
                return {
                  title: new Proxy({}, { set: (_t, p, v) => (p === "text" ? set(() => (chart.title = String(v))) : undefined, true) }),
                  legend: new Proxy({}, { set: (_t, p, v) => (p === "position" ? set(() => (chart.legend = String(v))) : undefined, true) }),
                  setPosition: (from: string, to?: string) =>
                    set(() => {
                      chart.from = from;
                      if (to !== undefined) chart.to = to;
                    }),
                };
              },
            };
          default:
            return pass(target, prop);
        }
      },
    });
  }

  /**
   * workbook.tables.getItem(name): its worksheet (name, protection) and rows.add(index) — a blank
   * data row inserted before `index` (the end without it), Excel moving the cells of the table's
   * columns down from there (what lies under the table in those columns too); getRange() of the
   * new row. A protected sheet refuses the insertion. Like every command, at the sync.
   */
  private wrapTables(ctx: FakeContext, collection: object): unknown {
    return new Proxy(collection, {
      get: (target, prop) => {
        if (prop !== "getItem") return pass(target, prop);
        return (name: string) => {
          const table = () => {
            const t = this.excel.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
            if (!t) throw new OfficeError("ItemNotFound", `table ${name}`);
            return t;
          };
          const ws = new Worksheet(ctx, () => this.excel.sheet(table().sheet), `table ${name}`);
          const worksheet = this.wrapWorksheet(ctx, ws, name) as { getRange(a: string): unknown };
          return {
            worksheet,
            getHeaderRowRange: () => {
              let columns: number | null = null;
              return {
                load: () =>
                  ctx.queueLoad(() => {
                    const b = bounds(table().range);
                    columns = b.column2 - b.column1 + 1;
                    return columns;
                  }),
                get columnCount(): number {
                  if (columns === null) throw new OfficeError("PropertyNotLoaded", "columnCount");
                  return columns;
                },
              };
            },
            rows: {
              add: (index?: number | null) => {
                // Where the row goes, as the table stands when the batch is queued.
                const b = bounds(table().range);
                const dataRows = b.row2 - b.row1;
                const at = b.row1 + 1 + (index === undefined || index === null || index < 0 ? dataRows : Math.min(index, dataRows));
                ctx.command("tables.rows.add", () => {
                  const t = table();
                  const sheet = this.sheet(t.sheet);
                  if (sheet.protection !== null) throw new OfficeError("AccessDenied", `table ${name} is on a protected sheet`);
                  moveCellsDown(sheet.cells, at, b.column1, b.column2);
                  t.range = `${cellAddress(b.row1, b.column1)}:${cellAddress(b.row2 + 1, b.column2)}`;
                  this.excel.calc.invalidate();
                });
                const address = `${cellAddress(at, b.column1)}:${cellAddress(at, b.column2)}`;
                return { getRange: () => worksheet.getRange(address) };
              },
            },
          };
        };
      },
    });
  }

  private protection(ctx: FakeContext, ws: Worksheet): unknown {
    let loaded: { protected: boolean; options: Record<string, unknown> } | null = null;
    return {
      protect: (options: Record<string, unknown> = {}) => ctx.command("protect", () => ws.sheet().protect(options), options),
      unprotect: () => ctx.command("unprotect", () => void (ws.sheet().protection = null)),
      load: () => {
        ctx.queueLoad(() => {
          const p = ws.sheet().protection;
          loaded = { protected: p !== null, options: { ...(p ?? {}) } };
          return loaded;
        });
      },
      get protected(): boolean {
        if (loaded === null) throw new OfficeError("PropertyNotLoaded", "protection.protected");
        return loaded.protected;
      },
      // WorksheetProtection.options: what protect() was given (ExcelApi 1.2).
      get options(): Record<string, unknown> {
        if (loaded === null) throw new OfficeError("PropertyNotLoaded", "protection.options");
        return loaded.options;
      },
    };
  }

  private wrapRange(ctx: FakeContext, range: Range, ws: Worksheet, address: string): unknown {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the proxy's traps need the host
    const host = this;
    return new Proxy(range, {
      get: (target, prop) => {
        switch (prop) {
          case "select":
            return () =>
              ctx.command("select", () => {
                const s = ws.sheet();
                if (s.visibility !== "Visible") throw new OfficeError("InvalidOperation", `worksheet ${s.name} is hidden: nothing on it can be selected`);
                host.selection = { sheet: s.name, cell: address };
              });
          case "dataValidation":
            return host.dataValidation(ctx, target.dataValidation, ws, address);
          default:
            return pass(target, prop);
        }
      },
      set: (target, prop, value) => {
        Reflect.set(target, prop, value, target);
        if (prop === "formulas" || prop === "values") ctx.command("echo", () => void host.ownWrites.push({ sheet: ws.sheet().name, address }));
        return true;
      },
    });
  }

  private dataValidation(ctx: FakeContext, theirs: object, ws: Worksheet, address: string): unknown {
    const excel = this.excel;
    return new Proxy(theirs, {
      get: (target, prop) => {
        if (prop !== "getInvalidCellsOrNullObject") return pass(target, prop);
        return () => {
          let result: { cells: string[]; sheet: string } | null = null;
          return {
            load: () => {
              ctx.queueLoad(() => {
                const s = ws.sheet();
                result = { cells: invalidCells(excel, s, address), sheet: s.name };
                return result;
              });
            },
            get isNullObject(): boolean {
              if (!result) throw new OfficeError("PropertyNotLoaded", "isNullObject before sync");
              return result.cells.length === 0;
            },
            get address(): string {
              if (!result) throw new OfficeError("PropertyNotLoaded", "address");
              const name = result.sheet;
              return result.cells.map((c) => `'${name}'!${c}`).join(", ");
            },
          };
        };
      },
      set: (target, prop, value) => Reflect.set(target, prop, value),
    });
  }
}

function pass(target: object, prop: PropertyKey): unknown {
  const v = Reflect.get(target, prop, target) as unknown;
  return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
}

/** Cells of `within` whose value breaks the validation rule over them now (the last one set there). */
function invalidCells(excel: FakeExcel, sheet: FakeSheet, within: string): string[] {
  // Ranges parsed once per call: the fake must not make the pane look slower than Excel is.
  const rules = sheet.validations
    .filter((v) => v.property === "rule")
    .map((v) => ({ rule: v.value as Record<string, Record<string, unknown>> | null, box: bounds(v.range) }))
    .reverse();
  const area = bounds(within);
  const inside = (b: ReturnType<typeof bounds>, row: number, column: number): boolean => row >= b.row1 && row <= b.row2 && column >= b.column1 && column <= b.column2;
  const out: string[] = [];
  for (const [address, cell] of sheet.cells) {
    if (cell.formula !== null) continue;
    const { row, column } = parseCell(address);
    if (!inside(area, row, column)) continue;
    const last = rules.find((v) => inside(v.box, row, column));
    if (last?.rule && breaks(excel, cell.value, last.rule)) out.push(address);
  }
  return out;
}

/**
 * Whether a value breaks a rule as Excel judges it. A list compares values with their type: an
 * item of a typed list ("1.1,2") that Excel can read as a number is a number, and the text "2" in
 * a cell is not the number 2 (the stricter reading of how Excel parses a list source); a list
 * drawn from a range compares with what its cells hold.
 */
function breaks(excel: FakeExcel, value: Value, rule: Record<string, Record<string, unknown>>): boolean {
  if (value === null || value === "") return false;
  if (rule.list) return !listItems(excel, String(rule.list.source ?? "")).some((item) => item === value);
  const basic = rule.wholeNumber ?? rule.decimal;
  if (!basic) return false;
  if (typeof value !== "number") return true;
  if (rule.wholeNumber && !Number.isInteger(value)) return true;
  const f1 = Number(basic.formula1);
  const f2 = Number(basic.formula2);
  switch (basic.operator) {
    case "Between":
      return value < f1 || value > f2;
    case "GreaterThanOrEqualTo":
      return value < f1;
    case "LessThanOrEqualTo":
      return value > f1;
    default:
      return false;
  }
}

/** The items of a list source: "=Sheet!$A$1:$F$1" (the cells' values) or "a,b,1.1" (numbers where they read as numbers). */
export function listItems(excel: FakeExcel, source: string): Value[] {
  if (source.startsWith("=")) {
    const ref = source.slice(1);
    const bang = ref.lastIndexOf("!");
    const sheet = bang >= 0 ? excel.sheet(ref.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'")) : undefined;
    if (!sheet) return [];
    const b = bounds(ref.slice(bang + 1));
    const out: Value[] = [];
    for (let r = b.row1; r <= b.row2; r++) for (let c = b.column1; c <= b.column2; c++) out.push(excel.valueAt(sheet, cellAddress(r, c)));
    return out;
  }
  return source.split(",").map((item) => (/^\s*[+-]?\d+(\.\d+)?\s*$/.test(item) ? Number(item) : item));
}
