import type { Finding } from "../finding";
import { finding, type Rule } from "../context";

/**
 * Every field of a plan that must hold a number, checked in the order a user reads the plan.
 * Unreadable text was kept as text by the schema; each such field is reported with a name the
 * user recognises. Names are built only for the fields reported: a plan of 10,000 KPIs has
 * hundreds of thousands of numeric fields and almost none of them is text.
 */
export const notANumber: Rule = ({ plan }) => {
  const out: Finding[] = [];
  const report = (kpi: string | undefined, field: string, th: string, en: string, value: string): void => {
    out.push(
      finding("NOT_A_NUMBER", kpi === undefined ? { field } : { kpi, field }, { kpi: kpi ?? "", fieldTh: th, fieldEn: en, value }),
    );
  };
  for (const k of plan.kpis) {
    if (typeof k.weight === "string") report(k.id, "weight", "น้ำหนัก", "the weight", k.weight);
    if (typeof k.focusIssue === "string") report(k.id, "focusIssue", "เลขประเด็นมุ่งเน้น", "the focus issue number", k.focusIssue);
    const levels = k.rubric?.levels ?? [];
    for (let i = 0; i < levels.length; i++) {
      const l = levels[i];
      if (!l) continue;
      const { level, percent, points, criterion } = l;
      if (typeof level !== "string" && typeof percent !== "string" && typeof points !== "string" && typeof criterion !== "string") {
        continue;
      }
      const at = `rubric.levels[${i}]`;
      const lv = typeof level === "number" ? level : i + 1;
      if (typeof level === "string") report(k.id, `${at}.level`, `ระดับในแถวที่ ${i + 1}`, `the level in row ${i + 1}`, level);
      if (typeof percent === "string") report(k.id, `${at}.percent`, `ร้อยละของระดับ ${lv}`, `the percentage of level ${lv}`, percent);
      if (typeof points === "string") report(k.id, `${at}.points`, `คะแนนของระดับ ${lv}`, `the points of level ${lv}`, points);
      if (typeof criterion === "string") report(k.id, `${at}.criterion`, `เกณฑ์ของระดับ ${lv}`, `the criterion of level ${lv}`, criterion);
    }
    const mid = k.rubric?.rounds?.mid?.criteria ?? [];
    for (let i = 0; i < mid.length; i++) {
      const c = mid[i];
      if (typeof c === "string") report(k.id, `rubric.rounds.mid.criteria[${i}]`, `เกณฑ์ระยะครึ่งปีของระดับ ${i + 1}`, `the mid-year criterion of level ${i + 1}`, c);
    }
    for (const [path, r, th, en] of [
      ["results.mid", k.results?.mid, " (ระยะครึ่งปี)", " (mid-year)"],
      ["result", k.result, "", ""],
    ] as const) {
      if (!r) continue;
      if (typeof r.value === "string") report(k.id, `${path}.value`, `ผลการดำเนินงาน${th}`, `the result${en}`, r.value);
      if (typeof r.self === "string") report(k.id, `${path}.self`, `ผลการประเมินตนเอง${th}`, `the self-assessed result${en}`, r.self);
      if (typeof r.score === "string") report(k.id, `${path}.score`, `คะแนนถ่วงน้ำหนัก${th}`, `the weighted score${en}`, r.score);
      if (typeof r.selfScore === "string") report(k.id, `${path}.selfScore`, `คะแนนประเมินตนเอง${th}`, `the self-assessed score${en}`, r.selfScore);
    }
  }
  for (let e = 0; e < plan.actionPlan.length; e++) {
    const a = plan.actionPlan[e];
    if (!a) continue;
    if (typeof a.budget === "string") report(a.kpi, `actionPlan[${e}].budget`, `งบประมาณของ "${a.project}"`, `the budget of "${a.project}"`, a.budget);
    for (let i = 0; i < a.steps.length; i++) {
      const s = a.steps[i];
      if (!s) continue;
      const at = (): string => `actionPlan[${e}].steps[${i}]`;
      if (typeof s.percent === "string") report(a.kpi, `${at()}.percent`, `ร้อยละของขั้นตอนที่ ${i + 1}`, `the share of step ${i + 1}`, s.percent);
      if (typeof s.cumulative === "string") {
        report(a.kpi, `${at()}.cumulative`, `ร้อยละสะสมของขั้นตอนที่ ${i + 1}`, `the cumulative share of step ${i + 1}`, s.cumulative);
      }
      for (let j = 0; j < s.months.length; j++) {
        const m = s.months[j];
        const v = typeof m === "object" && m !== null ? m.month : m;
        if (typeof v === "string") report(a.kpi, `${at()}.months[${j}]`, `เดือนของขั้นตอนที่ ${i + 1}`, `a month of step ${i + 1}`, v);
      }
    }
  }
  if (typeof plan.budgetTotal === "string") report(undefined, "budgetTotal", "งบประมาณรวม", "the budget total", plan.budgetTotal);
  return out;
};
