// The part of the Office.js Excel API the adapter uses, written out so that a small fake Excel
// (test/excel/fakeExcel.ts) can implement it; Excel.RequestContext is checked to fit it.

/** Excel.run: runs one batch against the open workbook. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
