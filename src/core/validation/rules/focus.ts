import { focusComponentOf, isWithin } from "../../frameworks";
import { toThaiDigits } from "../../thai/digits";
import type { Finding } from "../finding";
import { finding, type Rule } from "../context";

/**
 * A KPI of the focus component (component 1) should serve one of the year's focus issues. The
 * memo also allows KPIs from the BMA action plan or the agency's own strategy, so a KPI linked to
 * none is a warning; a number that is no focus issue of the framework is one too (also where the
 * framework has none). Frameworks without focus issues ask for no link.
 */
export const focusAlignment: Rule = ({ kpis, framework }) => {
  const numbers = (framework.focusIssues ?? []).map((i) => i.no);
  const known = new Set(numbers);
  const component = focusComponentOf(framework);
  const list = numbers.length > 0 ? numbers.join(", ") : "–";
  const out: Finding[] = [];
  for (const k of kpis) {
    const n = k.focusIssue;
    if (typeof n === "string") continue; // NOT_A_NUMBER says it
    if (typeof n === "number" && known.has(n)) continue;
    const where = { kpi: k.id, field: "focusIssue" };
    if (typeof n === "number") {
      // Wherever the KPI sits: a number that names no focus issue of the year is a slip.
      out.push(
        finding("FOCUS_ALIGNMENT", where, {
          kpi: k.id,
          component: k.component,
          detailTh: `ระบุประเด็นที่ ${toThaiDigits(n)} ซึ่งไม่มีในกรอบการประเมิน (มีประเด็นที่ ${toThaiDigits(list)})`,
          detailEn: `names focus issue ${n}, which the framework does not have (it has ${list})`,
        }),
      );
    } else if (numbers.length > 0 && isWithin(k.component, component)) {
      out.push(
        finding("FOCUS_ALIGNMENT", where, {
          kpi: k.id,
          component: k.component,
          detailTh: `ไม่ได้ระบุประเด็นมุ่งเน้นการพัฒนา (ประเด็นที่ ${toThaiDigits(list)})`,
          detailEn: `is linked to no focus issue (${list})`,
        }),
      );
    }
  }
  return out;
};
