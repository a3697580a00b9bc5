// Every template lists the supporting KPIs of the year's focus issues its agency is responsible
// for, as the central office's templates for every agency must (issue: templates for every agency
// at once, "each with its focus-issue KPIs listed"): a reference sheet, never read as the plan.
import { findFramework } from "../../src/core/frameworks/shipped";
import { focusKpisFor } from "../../src/core/frameworks/focus";
import type { Framework } from "../../src/core/schema/framework";
import { DEFAULT_SHEET_NAMES, FIRST_DATA_ROW } from "../../src/layout/layout";
import { renderTemplate } from "../../src/layout/render";
import { templatePlan } from "../../src/layout/templatePlan";
import { insertTemplate } from "../../src/template/insert";
import { readTemplate } from "../../src/template/read";
import { MemoryWorkbook } from "../workbook/memory";

const FW2566 = findFramework("bma-2566-bureau") as Framework;
const FW2567 = findFramework("bma-2567-bureau") as Framework;

function focusRows(framework: Framework, agency: string): string[][] {
  const model = renderTemplate(templatePlan(framework, { agency }), { framework });
  const sheet = model.sheets.find((s) => s.name === DEFAULT_SHEET_NAMES.focus);
  if (!sheet) throw new Error("no focus sheet");
  return sheet.rows.slice(FIRST_DATA_ROW).map((r) => r.map((c) => (c === null || c === undefined ? "" : String(c))));
}

describe("the focus-issues sheet of a template", () => {
  it("lists the supporting KPIs the agency is responsible for, issue by issue, with target and responsible agencies", () => {
    const agency = "สำนักพัฒนาสังคม";
    const expected = focusKpisFor(FW2566, agency);
    expect(expected.length).toBeGreaterThan(0);
    const rows = focusRows(FW2566, agency);
    expect(rows.map((r) => r[2])).toEqual(expected.map((e) => e.kpi.name));
    expect(rows[0]?.[1]).toBe(expected[0]?.issue.heading);
    expect(rows.every((r) => r[4] !== "")).toBe(true);
  });

  it("differs by agency: a district office sees the KPIs of every district office", () => {
    const district = focusRows(findFramework("bma-2566-district") as Framework, "สำนักงานเขตบางรัก");
    expect(district.map((r) => r[2])).toEqual(focusKpisFor(findFramework("bma-2566-district") as Framework, "สำนักงานเขตบางรัก").map((e) => e.kpi.name));
    expect(focusRows(FW2566, "สำนักงานการต่างประเทศ").map((r) => r[2])).not.toEqual(focusRows(FW2566, "สำนักพัฒนาสังคม").map((r) => r[2]));
  });

  it("says so in Thai and English when the framework has no focus issues", () => {
    const rows = focusRows(FW2567, "สำนักพัฒนาสังคม");
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[1]).toMatch(/ไม่มีประเด็นมุ่งเน้น.* \/ this framework names no development focus issues/);
  });

  it("is protected, and reading the template ignores it: the plan is the same with or without it", async () => {
    const plan = templatePlan(FW2566, { agency: "สำนักพัฒนาสังคม" });
    const wb = new MemoryWorkbook();
    await insertTemplate(wb, plan, FW2566);
    expect(wb.sheet(DEFAULT_SHEET_NAMES.focus)?.spec?.protection).toBeDefined();
    const before = await readTemplate(wb);
    wb.sheets.splice(wb.sheets.findIndex((s) => s.name === DEFAULT_SHEET_NAMES.focus), 1);
    const after = await readTemplate(wb);
    expect(after.plan).toStrictEqual(before.plan);
    expect(after.issues).toEqual(before.issues);
  });
});
