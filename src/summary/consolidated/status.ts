// สถานะการส่ง, the status of what arrived: a row per file (the plan that counts for its agency,
// older copies, plans of another year or framework, files that could not be read) and a row per
// agency of the framework's kind from which nothing arrived, in the order of the agency list;
// below the table, counts that are formulas over it.
import { statusRows } from "../../core/collect/collect";
import { both, ROLE_LABELS, sealLabel } from "../../core/collect/labels";
import type { Collection, FileStatus } from "../../core/collect/types";
import { cellAddress, columnLetter } from "../../workbook/a1";
import type { CellInput, ConditionalFormatSpec, SheetRender } from "../../workbook/model";
import { COLOURS } from "../sheet";
import { columnRange, endTable, FIRST, sheetFor, SHEETS, tableSheet, text, type ConsolidatedOptions } from "./frame";

const COLUMNS = [
  { th: "ลำดับ", en: "No.", width: 7, align: "center" as const },
  { th: "หน่วยงาน", en: "Agency", width: 34 },
  { th: "สถานะ", en: "Status", width: 30 },
  { th: "กรอบการประเมิน", en: "Framework", width: 22 },
  { th: "ปีงบประมาณ", en: "Fiscal year", width: 11, format: "0", align: "center" as const },
  { th: "ไฟล์", en: "File", width: 30 },
  { th: "เวลาของไฟล์ (กรุงเทพฯ)", en: "File time (Bangkok)", width: 24, format: "yyyy-mm-dd hh:mm", align: "center" as const },
  { th: "ตราตรวจสอบ", en: "Seal", width: 26 },
  { th: "ข้อผิดพลาด", en: "Errors", width: 11, format: "0", align: "center" as const },
  { th: "คำเตือน", en: "Warnings", width: 10, format: "0", align: "center" as const },
  { th: "ปัญหาการอ่านเซลล์", en: "Read issues", width: 12, format: "0", align: "center" as const },
  { th: "ส่งช้า (วัน)", en: "Days late", width: 10, format: "0", align: "center" as const },
  { th: "หมายเหตุ", en: "Note", width: 50 },
];
const COL = { status: 2, seal: 7, errors: 8, late: 11 };

/** Milliseconds since the epoch → an Excel serial date-time in Bangkok (UTC+7). */
const serial = (ms: number): number => (ms + 7 * 3_600_000) / 86_400_000 + 25_569;

function fileRow(n: number, s: FileStatus, reason: string | undefined): CellInput[] {
  return [
    n,
    text(s.agency),
    both(ROLE_LABELS[s.role]),
    text(s.framework),
    s.fiscalYear,
    s.file,
    serial(s.modified),
    s.role === "unreadable" ? null : both(sealLabel(s.seal)),
    s.role === "unreadable" ? null : s.errors,
    s.role === "unreadable" ? null : s.warnings,
    s.role === "unreadable" ? null : s.readIssues,
    s.daysLate,
    reason ?? (s.note ? both(s.note) : null),
  ];
}

export function renderStatus(c: Collection, o: ConsolidatedOptions): SheetRender {
  const b = sheetFor(SHEETS.status, COLUMNS, { th: "สถานะการส่งแผนตัวชี้วัด", en: "What arrived" }, c, o);
  const reasons = new Map(c.unreadable.map((u) => [u.file, u.reason]));
  statusRows(c).forEach((r, i) => {
    if (r.kind === "file") {
      b.row(fileRow(i + 1, r.status, reasons.get(r.status.file)));
      return;
    }
    const { agency, received } = r.missing;
    const note = received.length > 0 ? `ได้รับแต่ไม่นับ: ${received.join(", ")} / received but not counted: ${received.join(", ")}` : null;
    b.row([i + 1, agency.name, both(ROLE_LABELS.missing), c.framework.id, c.fiscalYear, null, null, null, null, null, null, null, note]);
  });
  const last = endTable(b);
  const col = (i: number): string => columnRange(i, FIRST, last);
  const is = (label: string): string => `"${label.replace(/"/g, '""')}"`;
  const counted = is(both(ROLE_LABELS.counted));
  const tint = (i: number): ConditionalFormatSpec => ({
    range: `${cellAddress(FIRST, i)}:${cellAddress(last, i)}`,
    formula: `=${columnLetter(i)}${FIRST + 1}>0`,
    style: { fill: "#F8CBAD" },
  });

  // Counts under the table: formulas over its columns, so that they follow edits.
  const count = (label: { th: string; en: string }, formula: string, value: number): void => {
    const r = b.row([null, both(label), { formula, value }]);
    b.styles.push({ range: cellAddress(r, 1), style: { font: { bold: true }, fill: COLOURS.total } });
  };
  const files = c.files;
  const countedFiles = files.filter((f) => f.role === "counted");
  const statusIs = (role: keyof typeof ROLE_LABELS): string => `COUNTIF(${col(COL.status)},${is(both(ROLE_LABELS[role]))})`;
  count({ th: "หน่วยงานที่ส่งแผนแล้ว", en: "agencies with a plan counted" }, `=${statusIs("counted")}`, countedFiles.length);
  count({ th: "หน่วยงานที่ยังไม่ได้ส่ง", en: "agencies that sent nothing" }, `=${statusIs("missing")}`, c.missing.length);
  count(
    { th: "ไฟล์ที่ไม่นับ (ซ้ำ ปีอื่น กรอบอื่น)", en: "files not counted (duplicates, other years or frameworks)" },
    `=${statusIs("superseded")}+${statusIs("other-year")}+${statusIs("other-framework")}`,
    files.filter((f) => f.role === "superseded" || f.role === "other-year" || f.role === "other-framework").length,
  );
  count({ th: "ไฟล์ที่อ่านไม่ได้", en: "files that could not be read" }, `=${statusIs("unreadable")}`, c.unreadable.length);
  count(
    { th: "แผนที่ส่งช้า", en: "counted plans that came late" },
    `=COUNTIFS(${col(COL.status)},${counted},${col(COL.late)},">0")`,
    countedFiles.filter((f) => (f.daysLate ?? 0) > 0).length,
  );
  count({ th: "แผนที่มีข้อผิดพลาด", en: "counted plans with errors" }, `=COUNTIFS(${col(COL.status)},${counted},${col(COL.errors)},">0")`, countedFiles.filter((f) => f.errors > 0).length);
  count(
    { th: "แผนที่ไม่มีตราหรือตราไม่ตรง", en: "counted plans not sealed or changed since sealed" },
    `=${statusIs("counted")}-COUNTIFS(${col(COL.status)},${counted},${col(COL.seal)},${is(both(sealLabel("intact")))})`,
    countedFiles.filter((f) => f.seal !== "intact").length,
  );
  return tableSheet(b, "tblStatus", last, "landscape", "สถานะการส่ง", [tint(COL.errors), tint(COL.late)]);
}
