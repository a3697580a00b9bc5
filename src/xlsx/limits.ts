// What reading an .xlsx file will take on, checked before exceljs sees the file. exceljs builds an
// object for every cell of a sheet, of a merged range, of a data-validation range and of a
// range-valued defined name, so a 44 KB file can ask for billions of them. These limits keep any
// read under 5 s and 500 MB (see `npm run bench -- hostile`) with room for plans of more than a
// thousand KPIs; a KPI workbook of an agency (tens of KPIs) is far below every one of them.

const MB = 1024 * 1024;

export const READ_LIMITS = {
  /** The .xlsx file itself. */
  fileBytes: 20 * MB,
  /** Parts (files) inside the zip. */
  parts: 2_000,
  /** All parts unpacked, pictures included. */
  unpackedBytes: 100 * MB,
  /** All XML parts unpacked: what exceljs parses. */
  xmlBytes: 48 * MB,
  /** Cells of all sheets together (a template of 1,000 KPIs has about 170,000). */
  cells: 200_000,
  /** Rows of all sheets together. */
  rows: 100_000,
  /** Last row × last column of one sheet: the grid a sheet is read into. */
  sheetArea: 2_000_000,
  /** Defined names of the workbook. */
  names: 10_000,
  /**
   * A merged range, data-validation range or range-valued defined name covering more cells than
   * this is left out of what exceljs reads (reading a plan needs none of them); not refused.
   */
  rangeCells: 100_000,
} as const;

export type ReadLimit = keyof typeof READ_LIMITS;

/** A file past one of READ_LIMITS: refused before it is parsed, with a Thai and English reason. */
export class WorkbookLimitError extends Error {
  constructor(
    readonly limit: ReadLimit,
    readonly th: string,
    readonly en: string,
  ) {
    super(`${th} / ${en}`);
    this.name = "WorkbookLimitError";
  }
}

const th = new Intl.NumberFormat("th-TH-u-nu-thai");
const en = new Intl.NumberFormat("en");
const BYTES: ReadonlySet<ReadLimit> = new Set(["fileBytes", "unpackedBytes", "xmlBytes"]);

const WHAT: Record<ReadLimit, [string, string]> = {
  fileBytes: ["ขนาดไฟล์", "file size"],
  parts: ["จำนวนส่วนประกอบในไฟล์", "parts inside the file"],
  unpackedBytes: ["ขนาดเมื่อคลายไฟล์", "size unpacked"],
  xmlBytes: ["ขนาด XML เมื่อคลายไฟล์", "XML unpacked"],
  cells: ["จำนวนเซลล์ที่มีข้อมูล", "cells with content"],
  rows: ["จำนวนแถว", "rows"],
  sheetArea: ["พื้นที่ที่ใช้ (แถวสุดท้าย × คอลัมน์สุดท้าย)", "used area (last row × last column)"],
  names: ["จำนวนชื่อที่กำหนด (defined names)", "defined names"],
  rangeCells: ["จำนวนเซลล์ของช่วง", "cells of a range"],
};

/**
 * The refusal for `limit`: what was found (null: more than the limit, the count stopped there),
 * where, and what is allowed.
 */
export function overLimit(limit: ReadLimit, found: number | null, where = ""): WorkbookLimitError {
  const scale = BYTES.has(limit) ? MB : 1;
  const unit = BYTES.has(limit) ? " MB" : "";
  const n = (v: number, f: Intl.NumberFormat): string => `${f.format(Math.round((v / scale) * 10) / 10)}${unit}`;
  const allowed = READ_LIMITS[limit];
  const [wTh, wEn] = WHAT[limit];
  const at = where ? ` (${where})` : "";
  const foundTh = found === null ? "" : ` คือ ${n(found, th)}`;
  const foundEn = found === null ? "" : ` ${n(found, en)},`;
  return new WorkbookLimitError(
    limit,
    `อ่านสมุดงานนี้ไม่ได้: ${wTh}${at}${foundTh} เกินขีดจำกัด ${n(allowed, th)} ของการอ่านสมุดงาน`,
    `this workbook is not read: ${wEn}${at}${foundEn} past the limit of ${n(allowed, en)} for reading a workbook`,
  );
}
