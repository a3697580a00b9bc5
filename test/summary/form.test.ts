// The official result form of a round (แบบสรุปผลคะแนนการตรวจติดตามประเมินผลการปฏิบัติราชการ):
// the year-end form of the Office of International Affairs reproduces the official figures; the
// mid-year form judges against the mid-year criteria; one block per sub-component, each on a page
// of its own, with the evaluators' texts and the signature block.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePlan, type Plan } from "../../src/core/schema/plan";
import { renderForm } from "../../src/summary/form";
import { isGeneratedSheet } from "../../src/summary/marker";
import type { CellInput, SheetRender } from "../../src/workbook/model";
import { framework2567 } from "../workbook/harness";

const fw = framework2567();

function plan(name = "fy2567-international-affairs-results"): Plan {
  const p = parsePlan(JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "plans", `${name}.json`), "utf8")));
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return p.plan;
}

const form = (p: Plan, round: "mid" | "end"): SheetRender =>
  renderForm({ plan: p, framework: fw, template: "ข้อมูลแม่แบบ", generatedAt: new Date("2024-11-01T03:00:00Z") }, round, "แบบสรุปผลคะแนน");

const rows = (s: SheetRender): CellInput[][] => s.rows.map((r) => [...r]);
const text = (c: CellInput | undefined): string => (typeof c === "string" ? c : "");
/** The first row whose first cell matches, and the ones after it. */
const rowStarting = (s: SheetRender, pattern: RegExp, from = 0): { row: CellInput[]; at: number } => {
  const at = rows(s).findIndex((r, i) => i >= from && pattern.test(text(r[0]).trim()));
  if (at < 0) throw new Error(`no row ${pattern}`);
  return { row: rows(s)[at] as CellInput[], at };
};
const SCORE = 9;

describe("the result form of the year-end round, Office of International Affairs", () => {
  const sheet = form(plan(), "end");

  it("reproduces the official subtotals 30 / 20 / 20 / 9.514 / 10 / 8.770 and the total 98.284", () => {
    const subtotal = (code: string) => rowStarting(sheet, new RegExp(`^องค์ประกอบที่ ${code.replace(/\./g, "\\.")} `)).row[SCORE];
    expect(["๑.๑", "๑.๒", "๑.๓", "๒", "๓.๑", "๓.๒"].map(subtotal)).toEqual([30, 20, 20, 9.514, 10, 8.77]);
    expect(rowStarting(sheet, /^ผลการดำเนินการ \(รวมเต็ม/).row[SCORE]).toBe(98.284);
    expect(rowStarting(sheet, /^รวมองค์ประกอบที่ ๑ /).row[SCORE]).toBe(70);
  });

  it("shows each KPI's weight, its five criteria or level texts, result, points and weighted score", () => {
    const budget = rowStarting(sheet, /^๓\.๒-๑ /).row;
    expect(budget.slice(1, 10)).toEqual([10, 92, 94, 96, 98, 100, 98.77, 4.385, 8.77]);
    const milestone = rowStarting(sheet, /^๑\.๑-๑ /).row;
    expect(milestone[1]).toBe(10);
    expect(text(milestone[6])).toMatch(/รายงานผล/); // level 5's text, as the rubric says it
    expect(milestone.slice(7, 10)).toEqual(["ระดับ ๕", 5, 10]);
    expect(rowStarting(sheet, /^๒-๑ /).row.slice(7, 10)).toEqual([95.143, 4.757, 9.514]);
  });

  it("has a page per sub-component with its KPIs, the evaluators' texts and the signature block", () => {
    const titles = rows(sheet)
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r[0] === "แบบสรุปผลคะแนนการตรวจติดตามประเมินผลการปฏิบัติราชการ")
      .map(({ i }) => i);
    expect(titles).toHaveLength(6);
    expect(sheet.print?.pageBreaks).toEqual(titles);
    expect(sheet.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: true });
    const budgetPage = titles[5] as number;
    expect(rowStarting(sheet, /^๓\.๒ การเบิกจ่ายงบประมาณ$/, budgetPage).at).toBeGreaterThan(budgetPage);
    expect(rowStarting(sheet, /^ผลคะแนน \(น้ำหนักคะแนนรวม ๑๐ คะแนน\) :$/, budgetPage).at).toBeGreaterThan(budgetPage);
    const total = rowStarting(sheet, /^รวม$/, budgetPage).row;
    expect(total[SCORE]).toBe(8.77);
    for (const heading of ["■ เหตุผลของคะแนน", "■ จุดแข็ง", "■ จุดอ่อน", "■ ข้อเสนอแนะเพื่อการพัฒนา"]) {
      expect(rowStarting(sheet, new RegExp(`^${heading.replace(/[()]/g, "\\$&")}$`), budgetPage).at).toBeGreaterThan(budgetPage);
    }
    expect(rowStarting(sheet, /^\(นางทดสอบ งบประมาณ\)$/, budgetPage).at).toBeGreaterThan(budgetPage);
    expect(rowStarting(sheet, /^สำนักงบประมาณกรุงเทพมหานคร$/, budgetPage).at).toBeGreaterThan(budgetPage);
    expect(rowStarting(sheet, /^วัน\/เดือน\/ปี ๓๑ ตุลาคม ๒๕๖๗$/, budgetPage).at).toBeGreaterThan(budgetPage);
  });

  it("is a generated sheet, marked with its own name and titled with the round", () => {
    expect(isGeneratedSheet("แบบสรุปผลคะแนน", text(sheet.rows[2]?.[0]), "ข้อมูลแม่แบบ")).toBe(true);
    expect(text(sheet.rows[0]?.[0])).toBe("แบบสรุปผลคะแนนการตรวจติดตามประเมินผลการปฏิบัติราชการ ปีงบประมาณ พ.ศ. ๒๕๖๗ (ระยะสิ้นปีงบประมาณ)");
    expect(sheet.protection).toBeDefined();
    expect(sheet.styles[0]?.style.font?.name).toBe("TH Sarabun New");
  });
});

describe("the result form of the mid-year round", () => {
  it("judges against the mid-year criteria: 47.62 % on 35…55 is 3.524 points, 7.048", () => {
    const sheet = form(plan(), "mid");
    expect(rowStarting(sheet, /^๓\.๒-๑ /).row.slice(1, 10)).toEqual([10, 35, 40, 45, 50, 55, 47.62, 3.524, 7.048]);
    expect(rowStarting(sheet, /^ผลการดำเนินการ \(รวมเต็ม/).row[SCORE]).toBe(53.048);
    expect(text(sheet.rows[0]?.[0])).toContain("(ระยะครึ่งปีงบประมาณ (รอบ ๖ เดือน))");
  });

  it("leaves dotted lines to sign on where no one has signed, and gives the KPIs' notes as the reasons", () => {
    const p = plan();
    p.reviews = [];
    const sheet = form(p, "mid");
    expect(rowStarting(sheet, /^\(\.+\)$/).at).toBeGreaterThan(0);
    expect(rowStarting(sheet, /^ตำแหน่ง \.+$/).at).toBeGreaterThan(0);
    expect(rowStarting(sheet, /^ตัวชี้วัดที่ ๑ : อยู่ระหว่างดำเนินกิจกรรมตามแผน\nตัวชี้วัดที่ ๒ : /).at).toBeGreaterThan(0);
  });
});
