// The templates' fake Excel (test/excel/fakeExcel.ts) plus what the task pane's session uses:
// worksheet.onChanged (with triggerSource, and own writes echoed as Office does), activate and
// select, conditional formats with ids that can be listed and deleted, data validation's
// getInvalidCellsOrNullObject, sheet deletion, protection (load, protect, unprotect; what it
// forbids follows Office's documentation, see the comments), and charts. People's edits are
// simulated with type() (one cell, an event with details) and paste() (a block, one event without
// details, past data validation); selectRange(), protect() and unprotect() are people's too. Runs
// in Node (component tests, benchmark) and in the browser (the end-to-end test bundles it).
//
// Extension works by wrapping the fake's request context in proxies: the fake itself is unchanged.
import { cellAddress, parseCell } from "../../src/workbook/a1";
import type { ExcelRun } from "../../src/excel/types";
import { FakeExcel, type FakeSheet } from "../excel/fakeExcel";
import { moveCellsDown } from "../workbook/memory";

type Value = string | number | boolean | null;

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

function bounds(range: string): { row1: number; column1: number; row2: number; column2: number } {
  const [a, b = a] = range.replace(/\$/g, "").replace(/^.*!/, "").split(":") as [string, string?];
  const p = parseCell(a);
  const q = parseCell(b);
  return { row1: Math.min(p.row, q.row), row2: Math.max(p.row, q.row), column1: Math.min(p.column, q.column), column2: Math.max(p.column, q.column) };
}

const intersects = (x: string, y: string): boolean => {
  const a = bounds(x);
  const b = bounds(y);
  return a.row1 <= b.row2 && b.row1 <= a.row2 && a.column1 <= b.column2 && b.column1 <= a.column2;
};

const covers = (range: string, row: number, column: number): boolean => {
  const b = bounds(range);
  return row >= b.row1 && row <= b.row2 && column >= b.column1 && column <= b.column2;
};

class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

interface Ctx {
  pending: (() => void)[];
  sync(): Promise<void>;
  workbook: { worksheets: unknown };
}

export class FakeOfficeHost {
  readonly excel = new FakeExcel();
  readonly charts: FakeChart[] = [];
  selection: { sheet: string; cell: string } | null = null;
  activeSheet: string | null = null;
  /** Events delivered to the add-in, own echoes included. */
  readonly delivered: ChangeEvent[] = [];
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly cfIds = new WeakMap<object, string>();
  private nextCf = 1;
  private ownWrites: { sheet: string; address: string }[] = [];
  private inFlight: Promise<unknown>[] = [];
  readonly displayLanguage: string;

  constructor(private readonly options: FakeHostOptions = {}) {
    this.displayLanguage = options.displayLanguage ?? "th-TH";
  }

  get syncs(): number {
    return this.excel.syncs;
  }

  readonly run: ExcelRun = async (batch) => {
    const out = await this.excel.run((ctx) => batch(this.wrapContext(ctx as unknown as Ctx) as unknown as Excel.RequestContext));
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
      triggerSource: "Local",
      source: "Local",
      worksheetId: sheet,
      type: "WorksheetChanged",
      details: { valueBefore: before, valueAfter: this.cell(sheet, address) },
    });
  }

  /** A person pastes a block: every cell typed, no data validation, one event without details. */
  paste(sheet: string, topLeft: string, rows: readonly (readonly Value[])[]): Promise<void> {
    const { row, column } = parseCell(topLeft);
    rows.forEach((r, i) => r.forEach((v, j) => this.excel.type(sheet, cellAddress(row + i, column + j), v)));
    const width = Math.max(1, ...rows.map((r) => r.length));
    const end = cellAddress(row + Math.max(1, rows.length) - 1, column + width - 1);
    return this.fire(sheet, {
      address: `${topLeft}:${end}`,
      changeType: "RangeEdited",
      triggerSource: "Local",
      source: "Local",
      worksheetId: sheet,
      type: "WorksheetChanged",
    });
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
    const list = [...(this.handlers.get(sheet.toLowerCase()) ?? [])];
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
        triggerSource: "ThisLocalAddin",
        source: "Local",
        worksheetId: w.sheet,
        type: "WorksheetChanged",
      });
    }
  }

  // ---- the proxies ----------------------------------------------------------------------------

  private wrapContext(ctx: Ctx): unknown {
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
            await ctx.sync();
            this.flushOwnWrites();
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
  private selectedRange(ctx: Ctx): unknown {
    const at = this.selection ?? (this.activeSheet ? { sheet: this.activeSheet, cell: "A1" } : null);
    if (!at) throw new HostError("InvalidSelection", "nothing is selected");
    return {
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
        if (valuesOnly !== true) throw new HostError("NotImplemented", "used range of values only");
        let grid: { values: Value[][]; text: string[][]; numberFormat: string[][] } | null = null;
        let loaded = false;
        const need = <T>(v: T): NonNullable<T> => {
          if (!loaded) throw new HostError("PropertyNotLoaded", "selected range");
          if (v === null || v === undefined) throw new HostError("InvalidOperation", "the range is a null object");
          return v as NonNullable<T>;
        };
        return {
          load: () => {
            ctx.pending.push(() => {
              loaded = true;
              const inside = [...this.sheet(at.sheet).cells.entries()]
                .map(([address, c]) => ({ ...parseCell(address), value: c.value }))
                .filter((c) => c.value !== null && c.value !== "" && covers(at.cell, c.row, c.column));
              if (inside.length === 0) return;
              const top = Math.min(...inside.map((c) => c.row));
              const left = Math.min(...inside.map((c) => c.column));
              const rows = Math.max(...inside.map((c) => c.row)) - top + 1;
              const columns = Math.max(...inside.map((c) => c.column)) - left + 1;
              const values: Value[][] = Array.from({ length: rows }, () => Array<Value>(columns).fill(""));
              for (const c of inside) (values[c.row - top] as Value[])[c.column - left] = c.value;
              // Range.text: what the cell shows; Excel shows a boolean as TRUE or FALSE.
              const shown = (v: Value): string => (typeof v === "boolean" ? String(v).toUpperCase() : String(v));
              grid = { values, text: values.map((r) => r.map(shown)), numberFormat: values.map((r) => r.map(() => "General")) };
            });
          },
          get isNullObject(): boolean {
            if (!loaded) throw new HostError("PropertyNotLoaded", "isNullObject before sync");
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
    this.activeSheet = this.sheet(sheet).name;
    this.selection = { sheet: this.activeSheet, cell: address };
  }

  private wrapWorksheets(ctx: Ctx, collection: object): unknown {
    const c = collection as { getItemOrNullObject(n: string): object; add(n: string): object };
    return new Proxy(collection, {
      get: (target, prop) => {
        if (prop === "getItem")
          return (name: string) => {
            // getItem of a sheet that is not there fails the batch at its sync (ItemNotFound).
            ctx.pending.push(() => {
              if (!this.excel.sheet(name)) throw new HostError("ItemNotFound", `worksheet ${name}`);
            });
            return this.wrapWorksheet(ctx, c.getItemOrNullObject(name), name);
          };
        if (prop === "getItemOrNullObject") return (name: string) => this.wrapWorksheet(ctx, c.getItemOrNullObject(name), name);
        if (prop === "add") return (name: string) => this.wrapWorksheet(ctx, c.add(name), name);
        return pass(target, prop);
      },
    });
  }

  private wrapWorksheet(ctx: Ctx, ws: object, name: string): unknown {
    const w = ws as { getRange(a: string): object };
    const find = (): FakeSheet | undefined => this.excel.sheet(name);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the proxies' traps and getters need the host
    const host = this;
    let protection: unknown = null;
    return new Proxy(ws, {
      get: (target, prop) => {
        switch (prop) {
          case "onChanged":
            return {
              add: (handler: Handler) => {
                const key = name.toLowerCase();
                const set = host.handlers.get(key) ?? new Set<Handler>();
                set.add(handler);
                host.handlers.set(key, set);
                return { remove: () => set.delete(handler), context: host.wrapContext(ctx) };
              },
            };
          case "activate":
            return () => {
              if (!find()) throw new HostError("ItemNotFound", `worksheet ${name}`);
              host.activeSheet = find()?.name ?? name;
            };
          case "delete":
            return () => {
              const s = find();
              if (!s) throw new HostError("ItemNotFound", `worksheet ${name}`);
              host.excel.sheets.splice(host.excel.sheets.indexOf(s), 1);
              host.excel.tables = host.excel.tables.filter((t) => t.sheet !== s.name);
              for (let i = host.charts.length - 1; i >= 0; i--) if (host.charts[i]?.sheet === s.name) host.charts.splice(i, 1);
            };
          case "getRange":
            return (address?: string) => host.wrapRange(ctx, w.getRange(address ?? WHOLE_SHEET), name, address ?? WHOLE_SHEET);
          case "protection":
            // Office hands out one proxy per navigation property: loads stick to it.
            protection ??= host.protection(ctx, name);
            return protection;
          case "charts":
            return {
              add: (type: string, source: { address: string }, seriesBy: string) => {
                const protection = find()?.protection;
                // Charts are objects: a protected sheet refuses them unless allowEditObjects
                // (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions#excel-excel-worksheetprotectionoptions-alloweditobjects-member).
                if (protection && protection.allowEditObjects !== true) throw new HostError("AccessDenied", `${name} is protected: no charts`);
                const chart: FakeChart = { sheet: find()?.name ?? name, type, source: source.address, seriesBy, title: "", legend: "" };
                host.charts.push(chart);
                return {
                  title: new Proxy({}, { set: (_t, p, v) => ((p === "text" ? (chart.title = String(v)) : undefined), true) }),
                  legend: new Proxy({}, { set: (_t, p, v) => ((p === "position" ? (chart.legend = String(v)) : undefined), true) }),
                  setPosition: (from: string, to?: string) => {
                    chart.from = from;
                    if (to !== undefined) chart.to = to;
                  },
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
   * new row. A protected sheet refuses the insertion.
   */
  private wrapTables(ctx: Ctx, collection: object): unknown {
    return new Proxy(collection, {
      get: (target, prop) => {
        if (prop !== "getItem") return pass(target, prop);
        return (name: string) => {
          const table = () => {
            const t = this.excel.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
            if (!t) throw new HostError("ItemNotFound", `table ${name}`);
            return t;
          };
          const raw = ctx.workbook.worksheets as { getItemOrNullObject(n: string): object };
          const worksheet = (): { getRange(a: string): unknown } =>
            this.wrapWorksheet(ctx, raw.getItemOrNullObject(table().sheet), table().sheet) as { getRange(a: string): unknown };
          return {
            worksheet: worksheet(),
            getHeaderRowRange: () => {
              let columns: number | null = null;
              return {
                load: () => void ctx.pending.push(() => {
                  const b = bounds(table().range);
                  columns = b.column2 - b.column1 + 1;
                }),
                get columnCount(): number {
                  if (columns === null) throw new HostError("PropertyNotLoaded", "columnCount");
                  return columns;
                },
              };
            },
            rows: {
              add: (index?: number | null) => {
                const t = table();
                const sheet = this.sheet(t.sheet);
                if (sheet.protection !== null) throw new HostError("AccessDenied", `table ${name} is on a protected sheet`);
                const b = bounds(t.range);
                const dataRows = b.row2 - b.row1;
                const at = b.row1 + 1 + (index === undefined || index === null || index < 0 ? dataRows : Math.min(index, dataRows));
                moveCellsDown(sheet.cells, at, b.column1, b.column2);
                t.range = `${cellAddress(b.row1, b.column1)}:${cellAddress(b.row2 + 1, b.column2)}`;
                const address = `${cellAddress(at, b.column1)}:${cellAddress(at, b.column2)}`;
                return { getRange: () => worksheet().getRange(address) };
              },
            },
          };
        };
      },
    });
  }

  private protection(ctx: Ctx, name: string): unknown {
    const sheet = (): FakeSheet => {
      const s = this.excel.sheet(name);
      if (!s) throw new HostError("ItemNotFound", `worksheet ${name}`);
      return s;
    };
    let loaded: { protected: boolean; options: Record<string, unknown> } | null = null;
    return {
      protect: (options: Record<string, unknown> = {}) => sheet().protect(options),
      unprotect: () => void (sheet().protection = null),
      load: () => {
        ctx.pending.push(() => {
          const p = sheet().protection;
          loaded = { protected: p !== null, options: { ...(p ?? {}) } };
        });
      },
      get protected(): boolean {
        if (loaded === null) throw new HostError("PropertyNotLoaded", "protection.protected");
        return loaded.protected;
      },
      // WorksheetProtection.options: what protect() was given (ExcelApi 1.2).
      get options(): Record<string, unknown> {
        if (loaded === null) throw new HostError("PropertyNotLoaded", "protection.options");
        return loaded.options;
      },
    };
  }

  private wrapRange(ctx: Ctx, range: object, sheetName: string, address: string): unknown {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the proxy's traps need the host
    const host = this;
    const sheet = (): FakeSheet => {
      const s = host.excel.sheet(sheetName);
      if (!s) throw new HostError("ItemNotFound", `worksheet ${sheetName}`);
      return s;
    };
    return new Proxy(range, {
      get: (target, prop) => {
        switch (prop) {
          case "select":
            return () => {
              host.selection = { sheet: sheet().name, cell: address };
            };
          case "conditionalFormats":
            return host.conditionalFormats(ctx, (target as { conditionalFormats: { add(t: string): unknown } }).conditionalFormats, sheet, address);
          case "dataValidation":
            return host.dataValidation(ctx, (target as { dataValidation: object }).dataValidation, sheet, address);
          default:
            return pass(target, prop);
        }
      },
      set: (target, prop, value) => {
        Reflect.set(target, prop, value, target);
        if (prop === "formulas" || prop === "values") host.ownWrites.push({ sheet: sheetName, address });
        return true;
      },
    });
  }

  private conditionalFormats(ctx: Ctx, theirs: { add(t: string): unknown }, sheet: () => FakeSheet, address: string): unknown {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the returned object's getter needs the host
    const host = this;
    let items: unknown[] | null = null;
    return {
      add: (type: string) => {
        const added = theirs.add(type);
        const list = sheet().conditionalFormats;
        const entry = list[list.length - 1];
        if (entry) host.cfIds.set(entry, `{CF-${host.nextCf++}}`);
        return added;
      },
      load: () => {
        ctx.pending.push(() => {
          items = sheet()
            .conditionalFormats.filter((e) => intersects(e.range, address))
            .map((e) => ({ id: host.idOf(e), type: "Custom", custom: { rule: { formula: e.formula ?? "" } } }));
        });
      },
      get items(): unknown[] {
        if (items === null) throw new HostError("PropertyNotLoaded", "conditionalFormats.items");
        return items;
      },
      getItem: (id: string) => ({
        delete: () => {
          sheet().checkFormattable();
          const list = sheet().conditionalFormats;
          const i = list.findIndex((e) => host.idOf(e) === id);
          if (i < 0) throw new HostError("ItemNotFound", `conditional format ${id}`);
          list.splice(i, 1);
        },
      }),
    };
  }

  private idOf(entry: object): string {
    let id = this.cfIds.get(entry);
    if (!id) {
      id = `{CF-${this.nextCf++}}`;
      this.cfIds.set(entry, id);
    }
    return id;
  }

  private dataValidation(ctx: Ctx, theirs: object, sheet: () => FakeSheet, address: string): unknown {
    return new Proxy(theirs, {
      get: (target, prop) => {
        if (prop !== "getInvalidCellsOrNullObject") return pass(target, prop);
        return () => {
          let result: { cells: string[] } | null = null;
          return {
            load: () => {
              ctx.pending.push(() => (result = { cells: invalidCells(sheet(), address) }));
            },
            get isNullObject(): boolean {
              if (!result) throw new HostError("PropertyNotLoaded", "isNullObject before sync");
              return result.cells.length === 0;
            },
            get address(): string {
              if (!result) throw new HostError("PropertyNotLoaded", "address");
              const name = sheet().name;
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

/** Cells of `within` whose value breaks the validation rule written over them. */
function invalidCells(sheet: FakeSheet, within: string): string[] {
  // Ranges parsed once per call: the fake must not make the pane look slower than Excel is.
  const rules = sheet.validations.filter((v) => v.property === "rule").map((v) => ({ ...v, box: bounds(v.range) }));
  const area = bounds(within);
  const inside = (b: ReturnType<typeof bounds>, row: number, column: number): boolean => row >= b.row1 && row <= b.row2 && column >= b.column1 && column <= b.column2;
  const out = new Set<string>();
  for (const [address, cell] of sheet.cells) {
    if (cell.formula !== null) continue;
    const { row, column } = parseCell(address);
    if (!inside(area, row, column)) continue;
    for (const v of rules) {
      if (!inside(v.box, row, column)) continue;
      if (breaks(cell.value, v.value as Record<string, Record<string, unknown>>)) out.add(address);
    }
  }
  return [...out];
}

function breaks(value: Value, rule: Record<string, Record<string, unknown>>): boolean {
  if (value === null || value === "") return false;
  if (rule.list) return !String(rule.list.source ?? "").split(",").includes(String(value));
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
