// FOCUS_ALIGNMENT: a component-1 KPI of a year with focus issues should serve one of them; the
// memo allows other sources, so it is a warning that says so.
import { findFramework } from "../../src/core/frameworks/shipped";
import type { Framework } from "../../src/core/schema/framework";
import { parsePlan, type Plan } from "../../src/core/schema/plan";
import { validatePlan } from "../../src/core/validation/validate";

const fw = findFramework("bma-2566-bureau") as Framework;

function plan(focus: (number | string | undefined)[], component = "1"): Plan {
  const r = parsePlan({
    format: "kpi-plan",
    version: 1,
    framework: fw.id,
    agency: "สำนักการศึกษา",
    fiscalYear: 2566,
    kpis: focus.map((f, i) => ({ id: `${component}-${i + 1}`, component, name: `ตัวชี้วัด ${i + 1}`, target: "ร้อยละ ๘๐", weight: 10, definition: "", method: "", ...(f === undefined ? {} : { focusIssue: f }) })),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.plan;
}

const focusFindings = (p: Plan): { kpi: string | undefined; en: string; th: string; severity: string }[] =>
  validatePlan(p, fw)
    .filter((f) => f.code === "FOCUS_ALIGNMENT")
    .map((f) => ({ kpi: f.where.kpi, en: f.message.en, th: f.message.th, severity: f.severity }));

describe("FOCUS_ALIGNMENT", () => {
  it("warns about a component-1 KPI linked to no focus issue, saying the memo allows the action plan or the agency's strategy", () => {
    const found = focusFindings(plan([4, undefined, "๓"]));
    expect(found.map((f) => f.kpi)).toEqual(["1-2"]);
    expect(found[0]?.severity).toBe("warning");
    expect(found[0]?.en).toMatch(/linked to no focus issue \(1, 2, 3, 4, 5, 6, 7\).*BMA action plan or the agency's own strategy/);
    expect(found[0]?.th).toMatch(/แผนปฏิบัติราชการกรุงเทพมหานครหรือยุทธศาสตร์ของหน่วยงาน/);
  });

  it("warns about a number that is no focus issue of the year, in any component", () => {
    expect(focusFindings(plan([8])).map((f) => f.en)).toEqual([expect.stringMatching(/names focus issue 8, which the framework does not have/)]);
    expect(focusFindings(plan([9], "2")).map((f) => f.kpi)).toEqual(["2-1"]);
  });

  it("asks no link of other components, nor of frameworks without focus issues", () => {
    expect(focusFindings(plan([undefined], "2"))).toEqual([]);
    expect(validatePlan(plan([undefined]), { ...fw, focusIssues: [] }).filter((f) => f.code === "FOCUS_ALIGNMENT")).toEqual([]);
  });

  it("reads the focus component from the framework (district offices: component 3)", () => {
    const district = findFramework("bma-2566-district") as Framework;
    const p = plan([undefined], "3");
    expect(validatePlan({ ...p, framework: district.id }, district).filter((f) => f.code === "FOCUS_ALIGNMENT").map((f) => f.where.kpi)).toEqual(["3-1"]);
  });
});
