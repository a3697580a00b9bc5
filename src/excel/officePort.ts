// The Office.js adapter of the workbook port. Every method is one Excel.run batch with a fixed
// number of context.sync() calls, whatever the number of KPIs:
//   inventory    1 sync  (sheet, table and name lists)
//   readSheets   1 sync  (the used range of every sheet asked for: values and formulas)
//   addSheets    3 syncs (check the names are free; write everything with screen updating
//                         suspended; add the workbook names, which Excel 2021 may refuse)
//
// Writing order inside the write batch matters to Excel. A formula typed into a table is subject
// to the calculated-column AutoCorrect ("Fill formulas in tables to create calculated columns"),
// which Office.js cannot switch off and which copies one row's formula over other rows' formulas
// and values (office-js issues #1916, #2093, #5909, #6745): a stated points value or a per-row
// criterion reference would be lost. So every cell is written first, in one block per sheet, and
// the tables are made over the written ranges afterwards. Until then a structured reference
// cannot be typed (Excel refuses a reference to a table that does not exist yet), so this adapter
// writes the model's structured references as the A1 references they stand for ($F12,
// 'ตัวชี้วัด'!$C$5:$C$40); .xlsx files carry the structured references themselves.
//
// Text is always text. A string cell is written with a leading apostrophe unless it starts with
// a Thai letter (Excel keeps the apostrophe as the cell's prefix, not as part of its value), so
// "=1+1", "-", "+66", "@x", "10", "TRUE" and "1/2" stay exactly what they are; text columns also
// get the number format "@" so that what users type later stays text too.
import { columnLetter, parseRange, quoteSheet } from "../layout/a1";
import {
  isFormulaInput,
  pagesWide,
  type CellInput,
  type CellValue,
  type Grid,
  type RangeStyle,
  type RenderModel,
  type SheetRender,
  type ValidationSpec,
  type WorkbookInventory,
} from "../workbook/model";
import { SheetExistsError, type WorkbookPort } from "../workbook/port";
import type { ExcelRun } from "./types";

/** Excel.run, looked up when called so that this module loads outside Office too. */
const excelRun: ExcelRun = (batch) => Excel.run((context) => batch(context));

/**
 * The port over the open workbook. `run` is Excel.run (the default) or a test double with the
 * same shape.
 */
export function createOfficePort(run: ExcelRun = excelRun): WorkbookPort {
  return {
    inventory: () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        const tables = context.workbook.tables.load("items/name");
        const names = context.workbook.names.load("items/name");
        await context.sync();
        return {
          sheets: sheets.items.map((s) => s.name),
          tables: tables.items.map((t) => t.name),
          names: names.items.map((n) => n.name),
        } satisfies WorkbookInventory;
      }),

    readSheets: (names) =>
      run(async (context) => {
        const wanted = names.map((name) => {
          const sheet = context.workbook.worksheets.getItemOrNullObject(name);
          const used = sheet.getUsedRangeOrNullObject(true);
          used.load(["rowIndex", "columnIndex", "values", "formulas"]);
          return { name, sheet, used };
        });
        await context.sync();
        const out = new Map<string, Grid>();
        for (const { name, sheet, used } of wanted) {
          if (sheet.isNullObject) continue;
          out.set(name, used.isNullObject ? { values: [], formulas: [] } : gridFrom(used.rowIndex, used.columnIndex, used.values, used.formulas));
        }
        return out;
      }),

    addSheets: (model) =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        const checks = model.sheets.map((s) => ({ name: s.name, item: sheets.getItemOrNullObject(s.name) }));
        const nameChecks = model.names.map((n) => ({ spec: n, item: context.workbook.names.getItemOrNullObject(n.name) }));
        await context.sync();
        const taken = checks.filter((c) => !c.item.isNullObject).map((c) => c.name);
        if (taken.length > 0) throw new SheetExistsError(taken);

        context.application.suspendScreenUpdatingUntilNextSync();
        const tables = tableIndex(model);
        const added = model.sheets.map((spec) => ({ spec, sheet: sheets.add(spec.name) }));
        // Every cell before any table: a formula typed into a table is rewritten by Excel's
        // calculated-column AutoCorrect, which Office.js cannot switch off.
        for (const { spec, sheet } of added) writeBlock(sheet, spec, tables);
        for (const { spec, sheet } of added) {
          for (const t of spec.tables) {
            const table = sheet.tables.add(t.range, true);
            table.name = t.name;
            table.style = t.style;
            table.showBandedRows = false;
          }
          format(sheet, spec);
        }
        await context.sync();
        // Names last, in a batch of their own: Excel without LAMBDA (2021 and older) refuses the
        // KPISCORE definition, which must not cost the sheets just written. There the score cells
        // show #NAME? (the add-in's =KPI.SCORE works everywhere: scoreFunction "addin").
        const missing = nameChecks.filter((n) => n.item.isNullObject);
        if (missing.length > 0) {
          for (const { spec } of missing) context.workbook.names.add(spec.name, spec.formula, spec.comment);
          try {
            await context.sync();
          } catch {
            // Names added before the refused one stay; nothing else depends on them.
          }
        }
      }),
  };
}

/** Where each table of the model lies: its sheet, data rows and columns by header. */
interface TableLocation {
  sheet: string;
  firstDataRow: number;
  lastRow: number;
  columns: Map<string, number>;
}

function tableIndex(model: RenderModel): Map<string, TableLocation> {
  const out = new Map<string, TableLocation>();
  for (const spec of model.sheets) {
    for (const t of spec.tables) {
      const { row1, row2, column1, column2 } = parseRange(t.range);
      const columns = new Map<string, number>();
      for (let c = column1; c <= column2; c++) {
        const h = spec.rows[row1]?.[c];
        if (typeof h === "string") columns.set(h.toLowerCase(), c);
      }
      out.set(t.name.toLowerCase(), { sheet: spec.name, firstDataRow: row1 + 1, lastRow: row2, columns });
    }
  }
  return out;
}

const unescapeColumn = (s: string): string => s.replace(/'(.)/g, "$1");

/** The text of a bracketed group starting at `open` ("[…]", nested, ' escapes), and where it ends. */
function bracketGroup(text: string, open: number): { inner: string; end: number } | null {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") {
      i++;
      continue;
    }
    if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return { inner: text.slice(open + 1, i), end: i };
  }
  return null;
}

/**
 * A formula with the model's structured references written as A1 references, for the cell at
 * `row` (0-based) of `sheet`: Table[[#This Row],[X]] → $F12, Table[[#This Row],[X]:[Y]] → $F12:$J12,
 * Table[X] → 'Sheet'!$F$5:$F$40. Text inside string literals is left alone.
 */
export function structuredToA1(formula: string, sheet: string, row: number, tables: ReadonlyMap<string, TableLocation>): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*(?=\[)/.exec(formula.slice(i));
    const previous = formula[i - 1] ?? "";
    const table = name && !/[A-Za-z0-9_.]/.test(previous) ? tables.get(name[0].toLowerCase()) : undefined;
    const group = name && table ? bracketGroup(formula, i + name[0].length) : null;
    if (!name || !table || !group) {
      out += ch;
      i++;
      continue;
    }
    const col = (header: string): string => {
      const c = table.columns.get(unescapeColumn(header).toLowerCase());
      if (c === undefined) throw new Error(`formula names column [${header}] that table ${name[0]} does not have`);
      return columnLetter(c);
    };
    const thisRow = /^\[#This Row\],\[(.+?)\](?::\[(.+)\])?$/i.exec(group.inner);
    if (thisRow) {
      const r = row + 1;
      const from = `$${col(thisRow[1] as string)}${r}`;
      const ref = thisRow[2] === undefined ? from : `${from}:$${col(thisRow[2])}${r}`;
      out += table.sheet === sheet ? ref : `${quoteSheet(table.sheet)}!${ref}`;
    } else {
      const c = col(group.inner);
      out += `${quoteSheet(table.sheet)}!$${c}$${table.firstDataRow + 1}:$${c}$${table.lastRow + 1}`;
    }
    i = group.end + 1;
  }
  return out;
}

// ---- reading ---------------------------------------------------------------------------------

/** A grid from A1, given the used range's position and contents. */
function gridFrom(rowIndex: number, columnIndex: number, values: unknown[][], formulas: unknown[][]): Grid {
  const width = columnIndex + (values[0]?.length ?? 0);
  const blankRow = (): CellValue[] => Array<CellValue>(width).fill(null);
  const outValues: CellValue[][] = Array.from({ length: rowIndex }, blankRow);
  const outFormulas: (string | null)[][] = Array.from({ length: rowIndex }, () => Array<string | null>(width).fill(null));
  values.forEach((row, r) => {
    const vr = blankRow();
    const fr = Array<string | null>(width).fill(null);
    row.forEach((v, c) => {
      const value = cellValueOf(v);
      const f = formulas[r]?.[c];
      vr[columnIndex + c] = value;
      // A formula reads back as text starting with "=" that differs from the cell's value; a
      // text cell "=x" (written with an apostrophe) reads the same in both.
      if (typeof f === "string" && f.startsWith("=") && f !== v) fr[columnIndex + c] = f;
    });
    outValues.push(vr);
    outFormulas.push(fr);
  });
  return { values: outValues, formulas: outFormulas };
}

function cellValueOf(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

// ---- writing ---------------------------------------------------------------------------------

const THAI_LETTER = /^[\u0E01-\u0E4F]/;

/** What goes into Range.formulas for one cell: text is protected by an apostrophe prefix. */
export function officeCell(input: CellInput | undefined, withFormulas: boolean): string | number | boolean {
  if (input === undefined || input === null) return "";
  if (isFormulaInput(input)) return withFormulas ? input.formula : "";
  if (typeof input !== "string") return input;
  if (input === "") return "";
  return THAI_LETTER.test(input) ? input : `'${input}`;
}

function writeBlock(sheet: Excel.Worksheet, spec: SheetRender, tables: ReadonlyMap<string, TableLocation>): void {
  const rows = spec.rows.length;
  if (rows === 0) return;
  const width = Math.max(1, ...spec.rows.map((r) => r.length), spec.columnWidths.length);
  const matrix: (string | number | boolean)[][] = [];
  for (let r = 0; r < rows; r++) {
    const row = spec.rows[r] ?? [];
    const out: (string | number | boolean)[] = [];
    for (let c = 0; c < width; c++) {
      const cell = officeCell(row[c], true);
      out.push(isFormulaInput(row[c]) ? structuredToA1(cell as string, spec.name, r, tables) : cell);
    }
    matrix.push(out);
  }
  sheet.getRange(`A1:${columnLetter(width - 1)}${rows}`).formulas = matrix;
}

const POINTS_PER_CHARACTER = 5.25;

function format(sheet: Excel.Worksheet, spec: SheetRender): void {
  spec.columnWidths.forEach((w, i) => {
    const letter = columnLetter(i);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = Math.round((w * POINTS_PER_CHARACTER + 3.75) * 100) / 100;
  });
  for (const s of spec.styles) applyStyle(sheet, s);
  // Excel knows the real font: it sizes the data rows itself; titles and headers get their height.
  if (spec.autofitRows) sheet.getRange(spec.autofitRows).format.autofitRows();
  for (const h of spec.rowHeights ?? []) sheet.getRange(`${h.row + 1}:${h.row + 1}`).format.rowHeight = h.height;
  for (const m of spec.merges) sheet.getRange(m).merge(false);
  for (const v of spec.validations) addValidation(sheet, v);
  for (const cf of spec.conditionalFormats) {
    const added = sheet.getRange(cf.range).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    added.custom.rule.formula = cf.formula;
    if (cf.style.fill) added.custom.format.fill.color = cf.style.fill;
    if (cf.style.fontColor) added.custom.format.font.color = cf.style.fontColor;
    if (cf.style.bold) added.custom.format.font.bold = true;
    if (cf.style.topBorder) {
      const top = added.custom.format.borders.getItem("EdgeTop" as Excel.ConditionalRangeBorderIndex);
      top.style = "Continuous" as Excel.ConditionalRangeBorderLineStyle;
    }
  }
  if (spec.freeze) {
    const { rows, columns } = spec.freeze;
    if (columns > 0 && rows > 0) sheet.freezePanes.freezeAt(sheet.getRange(`A1:${columnLetter(columns - 1)}${rows}`));
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
  }
  if (spec.print) {
    const p = spec.print;
    const layout = sheet.pageLayout;
    layout.orientation = (p.orientation === "landscape" ? "Landscape" : "Portrait") as Excel.PageOrientation;
    layout.paperSize = "A4" as Excel.PaperType;
    layout.centerHorizontally = true;
    if (pagesWide(p) > 0) layout.zoom = { horizontalFitToPages: pagesWide(p), verticalFitToPages: 0 };
    if (p.titleRows) {
      const [a, b] = p.titleRows.split(":");
      layout.setPrintTitleRows(`$${a}:$${b ?? a}`);
    }
    if (p.titleColumns) {
      const [a, b] = p.titleColumns.split(":");
      layout.setPrintTitleColumns(`$${a}:$${b ?? a}`);
    }
    if (p.margins) {
      const inch = 72;
      layout.leftMargin = p.margins.left * inch;
      layout.rightMargin = p.margins.right * inch;
      layout.topMargin = p.margins.top * inch;
      layout.bottomMargin = p.margins.bottom * inch;
      layout.headerMargin = p.margins.header * inch;
      layout.footerMargin = p.margins.footer * inch;
    }
    if (p.footer) layout.headersFooters.defaultForAllPages.centerFooter = p.footer;
  }
  if (spec.tabColor) sheet.tabColor = spec.tabColor;
  if (spec.visibility === "hidden") sheet.visibility = "Hidden" as Excel.SheetVisibility;
  if (spec.protection) {
    const a = spec.protection;
    sheet.protection.protect({
      allowFormatCells: a.allowFormatCells,
      allowFormatColumns: a.allowFormatColumns,
      allowFormatRows: a.allowFormatRows,
      allowInsertRows: a.allowInsertRows,
      allowDeleteRows: a.allowDeleteRows,
      allowSort: a.allowSort,
      allowAutoFilter: a.allowAutoFilter,
    });
  }
}

function applyStyle(sheet: Excel.Worksheet, { range, style: s }: RangeStyle): void {
  const r = sheet.getRange(range);
  const f = r.format;
  if (s.font) {
    if (s.font.name !== undefined) f.font.name = s.font.name;
    if (s.font.size !== undefined) f.font.size = s.font.size;
    if (s.font.bold !== undefined) f.font.bold = s.font.bold;
    if (s.font.italic !== undefined) f.font.italic = s.font.italic;
    if (s.font.color !== undefined) f.font.color = s.font.color;
  }
  if (s.fill) f.fill.color = s.fill;
  // One value for the whole range: Excel applies a 1×1 array to every cell.
  if (s.numberFormat !== undefined) r.numberFormat = [[s.numberFormat]];
  if (s.horizontal) f.horizontalAlignment = ({ left: "Left", center: "Center", right: "Right" } as const)[s.horizontal] as Excel.HorizontalAlignment;
  if (s.vertical) f.verticalAlignment = ({ top: "Top", middle: "Center", bottom: "Bottom" } as const)[s.vertical] as Excel.VerticalAlignment;
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.locked !== undefined) f.protection.locked = s.locked;
  const edges = s.border ? ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] : [];
  const { row1, row2, column1, column2 } = /^[A-Z]+:[A-Z]+$/i.test(range) ? { row1: 0, row2: 1, column1: 0, column2: 1 } : parseRange(range);
  for (const edge of edges) {
    if (edge === "InsideHorizontal" && row1 === row2) continue;
    if (edge === "InsideVertical" && column1 === column2) continue;
    const b = f.borders.getItem(edge as Excel.BorderIndex);
    b.style = "Continuous" as Excel.BorderLineStyle;
    b.weight = (s.border === "medium" ? "Medium" : "Thin") as Excel.BorderWeight;
    b.color = "#BFBFBF";
  }
  if (s.topBorder) {
    const b = f.borders.getItem("EdgeTop" as Excel.BorderIndex);
    b.style = "Continuous" as Excel.BorderLineStyle;
    b.weight = (s.topBorder === "medium" ? "Medium" : "Thin") as Excel.BorderWeight;
  }
}

function addValidation(sheet: Excel.Worksheet, v: ValidationSpec): void {
  const dv = sheet.getRange(v.range).dataValidation;
  dv.ignoreBlanks = true;
  if (v.rule.type === "list") {
    dv.rule = { list: { inCellDropDown: true, source: v.rule.items.join(",") } };
  } else {
    const { min, max } = v.rule;
    const basic: Excel.BasicDataValidation =
      min !== undefined && max !== undefined
        ? { formula1: min, formula2: max, operator: "Between" as Excel.DataValidationOperator }
        : min !== undefined
          ? { formula1: min, operator: "GreaterThanOrEqualTo" as Excel.DataValidationOperator }
          : { formula1: max ?? 0, operator: "LessThanOrEqualTo" as Excel.DataValidationOperator };
    dv.rule = v.rule.type === "whole" ? { wholeNumber: basic } : { decimal: basic };
  }
  if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title.slice(0, 32), message: v.prompt.message.slice(0, 255) };
  if (v.error) {
    dv.errorAlert = {
      showAlert: true,
      style: (v.strict ? "Stop" : "Warning") as Excel.DataValidationAlertStyle,
      title: v.error.title.slice(0, 32),
      message: v.error.message.slice(0, 255),
    };
  }
}
