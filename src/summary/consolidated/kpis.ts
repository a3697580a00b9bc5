// ตัวชี้วัดทั้งหมด, every KPI of every counted plan — component, name, target, weight, results and
// weighted scores, self beside committee — to filter by component or name and compare agencies'
// KPIs (the shared components' standard KPIs included, as they are scored).
import type { Collection } from "../../core/collect/types";
import { planForRound } from "../../core/collect/round";
import { effectiveKpis } from "../../core/plan/standard";
import type { SheetRender } from "../../workbook/model";
import { numeric } from "../sheet";
import { reportsByCode } from "../../core/collect/collect";
import { SCORE_FORMAT } from "./componentCells";
import { endTable, sheetFor, SHEETS, tableSheet, text, type ConsolidatedOptions } from "./frame";

export function renderKpis(c: Collection, o: ConsolidatedOptions): SheetRender {
  const b = sheetFor(
    SHEETS.kpis,
    [
      { th: "หน่วยงาน", en: "Agency", width: 30 },
      { th: "องค์ประกอบ", en: "Component", width: 11, align: "center" },
      { th: "รหัส", en: "KPI ID", width: 9, align: "center" },
      { th: "ชื่อตัวชี้วัด", en: "KPI name", width: 50 },
      { th: "เป้าหมาย", en: "Target", width: 18 },
      { th: "น้ำหนัก", en: "Weight", width: 9, format: "General", align: "center" },
      { th: "ผลประเมินตนเอง", en: "Self-assessed result", width: 12, format: "General", align: "center" },
      { th: "ผลของคณะกรรมการ", en: "Committee result", width: 12, format: "General", align: "center" },
      { th: "คะแนน (ตนเอง)", en: "Weighted score (self)", width: 11, format: SCORE_FORMAT, align: "center" },
      { th: "คะแนน (คณะกรรมการ)", en: "Weighted score (committee)", width: 12, format: SCORE_FORMAT, align: "center" },
      { th: "ประเด็นมุ่งเน้น", en: "Focus issue", width: 10, format: "General", align: "center" },
    ],
    { th: "ตัวชี้วัดทั้งหมดของทุกหน่วยงาน", en: "Every KPI of every agency" },
    c,
    o,
  );
  for (const a of c.agencies) {
    const scores = new Map([...reportsByCode(a.report).values()].flatMap((r) => r.kpis.map((k) => [k.id, k] as const)));
    for (const { kpi } of effectiveKpis(planForRound(a.plan, c.round), a.framework)) {
      const s = scores.get(kpi.id);
      b.row([
        a.agency,
        text(kpi.component),
        text(kpi.id),
        text(kpi.name),
        text(kpi.target),
        numeric(kpi.weight),
        numeric(kpi.result?.self),
        numeric(kpi.result?.value),
        s?.selfScore ?? null,
        s?.score ?? null,
        numeric(kpi.focusIssue),
      ]);
    }
  }
  return tableSheet(b, "tblKpis", endTable(b), "landscape", "ตัวชี้วัดทั้งหมด");
}
