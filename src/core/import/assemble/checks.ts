// Headings and totals of the summary table against its rows: a stated KPI count or weight that
// the rows do not add up to is a disagreement.
import { isWithin } from "../../frameworks";
import { numbersInText, parseThaiNumber } from "../../thai/number";
import { MSG } from "../messages";
import type { Assembly } from "./state";
import type { KpiIn } from "./values";

export function checkComponents(asm: Assembly, kpis: readonly KpiIn[]): void {
  for (const h of asm.parsed.headings) {
    const inside = kpis.filter((k) => isWithin(k.component, h.code));
    if (h.statedCount !== null && h.statedCount !== inside.length) {
      asm.disagreements.push({ component: h.code, field: "kpiCount", kept: inside.length, other: h.statedCount, lines: [h.line], message: MSG.componentStated(h.code, "count", h.statedCount, inside.length) });
    }
    const sum = inside.reduce((s, k) => s + (typeof k.weight === "number" ? k.weight : 0), 0);
    if (h.statedWeight !== null && Math.abs(h.statedWeight - sum) > 1e-9) {
      asm.disagreements.push({ component: h.code, field: "weight", kept: sum, other: h.statedWeight, lines: [h.line], message: MSG.componentStated(h.code, "weight", h.statedWeight, sum) });
    }
  }
  for (const t of asm.parsed.summaryTotals) {
    const stated = parseThaiNumber(t.text) ?? numbersInText(t.text)[0] ?? null;
    const sum = kpis.filter((k) => asm.drafts.find((d) => d.id === k.id)?.row).reduce((s, k) => s + (typeof k.weight === "number" ? k.weight : 0), 0);
    if (stated !== null && Math.abs(stated - sum) > 1e-9) {
      asm.disagreements.push({ field: "weight", kept: sum, other: stated, lines: [t.line], message: MSG.totalStated(stated, sum) });
    }
  }
}

