// Reading a worksheet exceljs opened into the port's Grid: values (a formula cell's cached result,
// dates as Excel's serial numbers, rich text as its text), formulas as typed, number formats.
import type ExcelJS from "exceljs";
import { gridFormat, type CellValue, type Grid } from "../workbook/model";

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function valueOf(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86_400_000;
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("error" in v) return v.error;
    if ("formula" in v || "sharedFormula" in v) return valueOf((v as { result?: ExcelJS.CellValue }).result);
    if ("text" in v) return String((v as { text: unknown }).text);
  }
  return String(v);
}

export function gridOf(ws: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const formats: (string | null)[][] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const r = rowNumber - 1;
      const c = colNumber - 1;
      while (values.length <= r) {
        values.push([]);
        formulas.push([]);
        formats.push([]);
      }
      const raw = cell.value;
      const isFormula = typeof raw === "object" && raw !== null && ("formula" in raw || "sharedFormula" in raw);
      // exceljs leaves a result of 0, "" or FALSE out of a formula cell's value: read it from the cell.
      (values[r] as CellValue[])[c] = isFormula ? valueOf(cell.result as ExcelJS.CellValue) : valueOf(raw);
      (formulas[r] as (string | null)[])[c] = isFormula ? `=${cell.formula}` : null;
      (formats[r] as (string | null)[])[c] = gridFormat(cell.numFmt);
      width = Math.max(width, c + 1);
    });
  });
  for (const rows of [values, formulas, formats]) {
    for (const row of rows) for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = null;
  }
  return { values, formulas, formats };
}
