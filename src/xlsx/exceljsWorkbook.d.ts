// The Workbook class of exceljs on its own (the adapter's one use of exceljs at run time): the
// package's index also loads its streaming reader and writer (archiver, unzipper), a tenth of a
// second at every start that reading and writing whole workbooks never uses.
declare module "exceljs/lib/doc/workbook" {
  import type ExcelJS from "exceljs";
  const Workbook: typeof ExcelJS.Workbook;
  export = Workbook;
}
