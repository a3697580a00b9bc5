// The scores table as CSV (--csv), for other systems and spreadsheets: UTF-8 with a byte-order
// mark (so that Excel reads Thai), RFC 4180 quoting, and text that starts with = + - @ (or a tab
// or carriage return) written with a leading apostrophe, so that no spreadsheet opening the file
// runs an agency's text as a formula (OWASP's advice for CSV injection). Numbers stay numbers.
// A dozen lines: the CSV writer exceljs brings (fast-csv) has no such escaping.
import { allComponents } from "../../core/frameworks";
import type { Collection } from "../../core/collect/types";
import { reportsByCode } from "../../core/collect/collect";
import { completeText, missingText } from "../../core/collect/labels";

type Field = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(v: Field): string {
  if (v === null) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(Number(v.toPrecision(12))) : "";
  const safe = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function scoresCsv(c: Collection): string {
  const components = allComponents(c.framework);
  const head = [
    "อันดับ / rank",
    "หน่วยงาน / agency",
    ...components.flatMap((k) => [`${k.code} ตนเอง / ${k.code} self`, `${k.code} คณะกรรมการ / ${k.code} committee`]),
    "รวม ตนเอง / total self",
    "รวม คณะกรรมการ / total committee",
    "ผลต่าง / difference",
    "ผลครบ / results complete",
    "ที่ยังขาด / missing",
    "ไฟล์ / file",
  ];
  const rows: Field[][] = c.agencies.map((a) => {
    const reports = reportsByCode(a.report);
    return [
      a.rank,
      a.agency,
      ...components.flatMap((k) => [reports.get(k.code)?.selfScore ?? null, reports.get(k.code)?.score ?? null]),
      a.report.selfTotal,
      a.report.total,
      a.report.total - a.report.selfTotal,
      completeText(a),
      missingText(a),
      a.status.file,
    ];
  });
  return `\uFEFF${[head, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}
