// The format of a written sheet through Office.js: column widths, styles, row heights, merges,
// data validation, conditional formats, freeze panes, print setup, tab colour, visibility and
// protection. Queued into the write batch; nothing here syncs.
import { absoluteRef, columnLetter, parseRange } from "../workbook/a1";
import { pagesWide, type RangeStyle, type SheetRender, type ValidationSpec } from "../workbook/model";

const POINTS_PER_CHARACTER = 5.25;

/** Queues everything but the cells and tables of one sheet. */
export function format(sheet: Excel.Worksheet, spec: SheetRender): void {
  spec.columnWidths.forEach((w, i) => {
    const letter = columnLetter(i);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = Math.round((w * POINTS_PER_CHARACTER + 3.75) * 100) / 100;
  });
  for (const s of spec.styles) applyStyle(sheet, s);
  // Excel knows the real font: it sizes the data rows asked for itself. It never sizes a row for
  // the text of a merged cell ("AutoFit" does not take merged cells into account), so the rows of
  // other sheets (summaries: headings and evaluators' texts across merged cells) get the layout's
  // estimated heights, as a file does; titles and headers get their own height last.
  if (spec.autofitRows) sheet.getRange(spec.autofitRows).format.autofitRows();
  for (const h of estimatedOutside(spec)) sheet.getRange(`${h.row + 1}:${h.row + 1}`).format.rowHeight = h.height;
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
    const source = v.rule.source ? `=${absoluteRef(v.rule.source.sheet, v.rule.source.range)}` : v.rule.items.join(",");
    dv.rule = { list: { inCellDropDown: true, source } };
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

/** The estimated row heights of rows Excel is not asked to autofit (0-based rows). */
export function estimatedOutside(spec: SheetRender): readonly { row: number; height: number }[] {
  const fitted = spec.autofitRows ? /^(\d+):(\d+)$/.exec(spec.autofitRows) : null;
  if (!fitted) return spec.estimatedRowHeights ?? [];
  const [from, to] = [Number(fitted[1]), Number(fitted[2])];
  return (spec.estimatedRowHeights ?? []).filter((h) => h.row + 1 < from || h.row + 1 > to);
}
