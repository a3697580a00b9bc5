import type { Plan } from "../../schema/plan";
import type { Finding } from "../finding";
import { finding, type Rule } from "../context";

interface NumericField {
  kpi?: string;
  field: string;
  th: string;
  en: string;
  value: unknown;
}

/** Every field of a plan that must hold a number, with a name a user recognises. */
function numericFields(plan: Plan): NumericField[] {
  const out: NumericField[] = [];
  for (const k of plan.kpis) {
    out.push({ kpi: k.id, field: "weight", th: "น้ำหนัก", en: "the weight", value: k.weight });
    (k.rubric?.levels ?? []).forEach((l, i) => {
      const at = `rubric.levels[${i}]`;
      const lv = typeof l.level === "number" ? l.level : i + 1;
      out.push({ kpi: k.id, field: `${at}.level`, th: `ระดับในแถวที่ ${i + 1}`, en: `the level in row ${i + 1}`, value: l.level });
      out.push({ kpi: k.id, field: `${at}.percent`, th: `ร้อยละของระดับ ${lv}`, en: `the percentage of level ${lv}`, value: l.percent });
      out.push({ kpi: k.id, field: `${at}.points`, th: `คะแนนของระดับ ${lv}`, en: `the points of level ${lv}`, value: l.points });
      out.push({ kpi: k.id, field: `${at}.criterion`, th: `เกณฑ์ของระดับ ${lv}`, en: `the criterion of level ${lv}`, value: l.criterion });
    });
    const r = k.result;
    if (r) {
      out.push({ kpi: k.id, field: "result.value", th: "ผลการดำเนินงาน", en: "the result", value: r.value });
      out.push({ kpi: k.id, field: "result.self", th: "ผลการประเมินตนเอง", en: "the self-assessed result", value: r.self });
      out.push({ kpi: k.id, field: "result.score", th: "คะแนนถ่วงน้ำหนัก", en: "the weighted score", value: r.score });
      out.push({ kpi: k.id, field: "result.selfScore", th: "คะแนนประเมินตนเอง", en: "the self-assessed score", value: r.selfScore });
    }
  }
  plan.actionPlan.forEach((a, e) => {
    out.push({ kpi: a.kpi, field: `actionPlan[${e}].budget`, th: `งบประมาณของ "${a.project}"`, en: `the budget of "${a.project}"`, value: a.budget });
    a.steps.forEach((s, i) => {
      const at = `actionPlan[${e}].steps[${i}]`;
      out.push({ kpi: a.kpi, field: `${at}.percent`, th: `ร้อยละของขั้นตอนที่ ${i + 1}`, en: `the share of step ${i + 1}`, value: s.percent });
      out.push({ kpi: a.kpi, field: `${at}.cumulative`, th: `ร้อยละสะสมของขั้นตอนที่ ${i + 1}`, en: `the cumulative share of step ${i + 1}`, value: s.cumulative });
      s.months.forEach((m, j) => {
        const v = typeof m === "object" && m !== null ? m.month : m;
        out.push({ kpi: a.kpi, field: `${at}.months[${j}]`, th: `เดือนของขั้นตอนที่ ${i + 1}`, en: `a month of step ${i + 1}`, value: v });
      });
    });
  });
  out.push({ field: "budgetTotal", th: "งบประมาณรวม", en: "the budget total", value: plan.budgetTotal });
  return out;
}

export const notANumber: Rule = ({ plan }) =>
  numericFields(plan).flatMap((f): Finding[] =>
    typeof f.value === "string"
      ? [
          finding("NOT_A_NUMBER", f.kpi === undefined ? { field: f.field } : { kpi: f.kpi, field: f.field }, {
            kpi: f.kpi ?? "",
            fieldTh: f.th,
            fieldEn: f.en,
            value: f.value,
          }),
        ]
      : [],
  );
