// ข้อค้นพบ, every finding of every counted plan, as kpi validate lists them: the agency, the file,
// error or warning, the code, the KPI, where ('Sheet'!Cell), the message in Thai and in English,
// and whether a rule or the reading of a cell found it.
import { both, findingPlace, SEVERITY_LABELS } from "../../core/collect/labels";
import type { Collection } from "../../core/collect/types";
import type { SheetRender } from "../../workbook/model";
import { endTable, FIRST, sheetFor, SHEETS, tableSheet, text, type ConsolidatedOptions } from "./frame";

const SOURCES: Record<string, string> = {
  rule: "กฎการตรวจ / rule",
  read: "การอ่านเซลล์ / reading a cell",
  excel: "การตรวจข้อมูลของ Excel / Excel's data validation",
};

export function renderFindings(c: Collection, o: ConsolidatedOptions): SheetRender {
  const b = sheetFor(
    SHEETS.findings,
    [
      { th: "หน่วยงาน", en: "Agency", width: 30 },
      { th: "ไฟล์", en: "File", width: 24 },
      { th: "ระดับ", en: "Severity", width: 16, align: "center" },
      { th: "รหัส", en: "Code", width: 22 },
      { th: "ตัวชี้วัด", en: "KPI", width: 9, align: "center" },
      { th: "ตำแหน่ง", en: "Where ('Sheet'!Cell)", width: 26 },
      { th: "ข้อความ", en: "Message (Thai)", width: 60 },
      { th: "Message", en: "Message (English)", width: 60 },
      { th: "พบจาก", en: "Found by", width: 18 },
    ],
    { th: "ข้อค้นพบจากการตรวจแผน", en: "Findings of the plans' checks" },
    c,
    o,
  );
  for (const a of c.agencies) {
    for (const f of a.findings) {
      b.row([a.agency, a.status.file, both(SEVERITY_LABELS[f.severity]), f.code, text(f.where.kpi), text(findingPlace(f.where)), f.message.th, f.message.en, SOURCES[f.source] ?? f.source]);
    }
  }
  if (b.rows.length <= FIRST) b.row([null, null, null, null, null, null, "ไม่พบปัญหาในแผนที่นับ", "no problems found in the plans counted"]);
  return tableSheet(b, "tblFindings", endTable(b), "landscape", "ข้อค้นพบ");
}
