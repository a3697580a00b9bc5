// แบบสรุปตัวชี้วัด, the KPI summary form: per component a heading with its weight, per KPI its
// number, name, baseline, target and weight; the total.
import { allComponents, leafComponents } from "../core/frameworks";
import { effectiveKpis } from "../core/plan/standard";
import type { Kpi } from "../core/schema/plan";
import { toThaiDigits } from "../core/thai/digits";
import { rangeAddress } from "../workbook/a1";
import { componentHeading } from "../layout/text";
import type { SheetRender } from "../workbook/model";
import { Builder, COLOURS, header, numeric } from "./sheet";
import type { SummaryOptions } from "./types";

function baselineText(kpi: Kpi): string {
  return kpi.baseline.map((b) => `พ.ศ. ${toThaiDigits(b.year)} : ${b.text || "-"}`).join("\n");
}

export function renderKpis(o: SummaryOptions, name: string, font: string): SheetRender {
  const b = new Builder(
    name,
    [
      { th: "ลำดับ", en: "No.", width: 7, align: "center" },
      { th: "ตัวชี้วัด", en: "KPI", width: 52 },
      { th: "ผลการดำเนินงานที่ผ่านมา", en: "Results of previous years", width: 30 },
      { th: "เป้าหมาย", en: "Target", width: 16, align: "center" },
      { th: "น้ำหนัก", en: "Weight", width: 9, format: "General", align: "center" },
    ],
    font,
  );
  header(b, "kpis", o);
  const kpis = effectiveKpis(o.plan, o.framework).map((e) => e.kpi);
  const leaves = new Set(leafComponents(o.framework).map((c) => c.code));
  for (const c of allComponents(o.framework)) {
    const r = b.row([componentHeading(c), null, null, null, c.weight]);
    b.merges.push(rangeAddress(r, 0, r, 3));
    b.styles.push({ range: b.span(r), style: { font: { bold: true }, fill: leaves.has(c.code) ? COLOURS.leaf : COLOURS.parent } });
    if (!leaves.has(c.code)) continue;
    kpis
      .filter((k) => k.component === c.code)
      .forEach((k, i) => {
        b.row([`${toThaiDigits(c.code)}.${toThaiDigits(i + 1)}`, k.name || "-", baselineText(k) || "-", k.target || "-", numeric(k.weight)]);
      });
  }
  const others = kpis.filter((k) => !leaves.has(k.component));
  others.forEach((k) => b.row([toThaiDigits(k.id), k.name || "-", baselineText(k) || "-", k.target || "-", numeric(k.weight)]));
  const total = o.framework.components.reduce((s, c) => s + c.weight, 0);
  const r = b.row(["รวม / total", null, null, null, total]);
  b.merges.push(rangeAddress(r, 0, r, 3));
  b.styles.push({ range: b.span(r), style: { font: { bold: true }, fill: COLOURS.total, horizontal: "center" } });
  return b.sheet("kpis", "portrait");
}
