// The summaries as render models: what each sheet holds, print setup, the generated marker, and
// the same model written into an .xlsx file (where the chart degrades to its data table).
import { parsed, thrown, validPlan, withLongBaselines } from "../helpers/plan";
import { isGeneratedSheet, MARKER_CELL, parseMarker } from "../../src/summary/marker";
import { parseRange } from "../../src/workbook/a1";
import { chartLabel, chooseSummaryNames, renderSummaries, type Summaries } from "../../src/summary/render";
import { planReport } from "../../src/core/scoring/report";
import { roundHalfUp } from "../../src/core/scoring/round";
import { CELL_TEXT_MAX, type CellInput, type SheetRender } from "../../src/workbook/model";
import { TextTooLongError } from "../../src/layout/render/tooLong";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { FW } from "../taskpane/helpers";

const withResults = () => parsed(validPlan({ results: true }));

function summaries(plan = withResults()): Summaries {
  return renderSummaries({ plan, framework: FW, template: "ข้อมูลแม่แบบ", generatedAt: new Date("2024-09-30T02:00:00Z") });
}

const rowsOf = (s: SheetRender): CellInput[][] => s.rows.map((r) => [...r]);
const find = (s: SheetRender, text: string | RegExp): CellInput[] | undefined =>
  rowsOf(s).find((r) => r.some((c) => (typeof text === "string" ? c === text : typeof c === "string" && text.test(c))));

describe("summaries", () => {
  it("are generated, protected, A4 sheets, each marked with its own name: a result form for the round with results", () => {
    const { model, charts, names } = summaries();
    expect(model.sheets.map((s) => s.name)).toEqual([names.kpis, names.scores, names.chart, names.forms.end]);
    for (const s of model.sheets) {
      const marker = s.rows[2]?.[0] ?? null;
      expect(isGeneratedSheet(s.name, marker as string, "ข้อมูลแม่แบบ")).toBe(true);
      expect(parseMarker(marker as string)?.template).toBe("ข้อมูลแม่แบบ");
      expect(s.print).toMatchObject({ paper: "A4", fitToWidth: true });
      expect(s.protection).toBeDefined();
      expect(s.styles[0]?.style.font?.name).toBe("TH Sarabun New");
    }
    expect(charts).toEqual([expect.objectContaining({ sheet: names.chart, type: "columnClustered", data: "A5:C11" })]);
    expect(MARKER_CELL).toBe("A3");
  });

  it("lists per component heading the KPIs with previous years' results, target and weight", () => {
    const kpis = summaries().model.sheets[0] as SheetRender;
    expect(find(kpis, /^องค์ประกอบที่ ๑\.๑ .*จำนวน ๓ ตัวชี้วัด น้ำหนัก ๓๐ คะแนน/)).toBeDefined();
    const first = find(kpis, "๑.๑.๑") as CellInput[];
    expect(first[2]).toMatch(/^พ\.ศ\. ๒๕๖๔ : -\nพ\.ศ\. ๒๕๖๕ : ระดับ ๔/);
    expect(first[4]).toBe(10);
    expect(find(kpis, "รวม / total")?.[4]).toBe(100);
  });

  it("gives per-component subtotals and the total out of 100 with 3 decimals, self beside committee", () => {
    const plan = withResults();
    const scores = summaries(plan).model.sheets[1] as SheetRender;
    const report = planReport(plan, FW);
    const total = find(scores, /^รวม \(เต็ม ๑๐๐ คะแนน\)/) as CellInput[];
    expect(total[2]).toBe(100);
    expect(total[4]).toBe(roundHalfUp(report.selfTotal, 3));
    expect(total[6]).toBe(roundHalfUp(report.total, 3));
    const c1 = find(scores, /^การประเมินประสิทธิผลการดำเนินงาน/) as CellInput[];
    expect(c1[6]).toBe(roundHalfUp(report.components[0]?.score ?? NaN, 3));
    const headers = scores.rows[4] as CellInput[];
    expect(headers.indexOf("คะแนนถ่วงน้ำหนัก (ตนเอง)") + 2).toBe(headers.indexOf("คะแนนถ่วงน้ำหนัก (คณะกรรมการ)"));
    const styles = scores.styles.filter((s) => s.style.numberFormat === "0.000");
    expect(styles.length).toBeGreaterThanOrEqual(2);
  });

  it("charts the two scores of each leaf component (self and committee), never the weight as a series", () => {
    const { model, charts } = summaries();
    const sheet = model.sheets[2] as SheetRender;
    const { row1, column1, column2 } = parseRange(charts[0]?.data ?? "");
    const series = (sheet.rows[row1] ?? []).slice(column1 + 1, column2 + 1);
    expect(series).toEqual(["คะแนน (ตนเอง)", "คะแนน (คณะกรรมการ)"]);
  });

  it("charts the scores of each leaf component", () => {
    const chart = summaries().model.sheets[2] as SheetRender;
    const labels = chart.rows.slice(5, 11).map((r) => r[0]);
    expect(labels).toEqual(["๑.๑ Function Base", "๑.๒ Joint KPI", "๑.๓ Agenda Base", "๒ Innovation Base", "๓.๑ การขับเคลื่อนการเปลี่ยนแปลงสู่รัฐบาลดิจิทัล", "๓.๒ การเบิกจ่ายงบประมาณ"]);
    expect(chartLabel({ code: "9", name: { th: "ทดสอบ", en: "test" }, weight: 1, kpiCount: 1 })).toBe("๙ ทดสอบ");
  });

  it("take the template's suffix and never a user's sheet name", () => {
    expect(chooseSummaryNames("ข้อมูลแม่แบบ (2)", () => true)).toEqual({
      kpis: "แบบสรุปตัวชี้วัด (2)",
      scores: "สรุปคะแนน (2)",
      chart: "กราฟคะแนน (2)",
      forms: { mid: "แบบสรุปผลคะแนน (ครึ่งปี) (2)", end: "แบบสรุปผลคะแนน (สิ้นปี) (2)" },
    });
    const taken = new Set(["สรุปคะแนน", "สรุปคะแนน (2)"]);
    expect(chooseSummaryNames("ข้อมูลแม่แบบ", (n) => !taken.has(n)).scores).toBe("สรุปคะแนน (3)");
  });

  it("refuse a text longer than a cell holds, naming every sheet's cell and its first words, in Thai and English", () => {
    // The KPI summary joins the baselines; the result form prints the reasons whole.
    const plan = withLongBaselines(withResults());
    plan.reviews = [{ round: "end", component: plan.kpis[0]?.component ?? "", reasons: `เหตุผล ${"ค".repeat(CELL_TEXT_MAX)}` }];
    const error = thrown(() => summaries(plan));
    expect(error).toBeInstanceOf(TextTooLongError);
    const cells = (error as TextTooLongError).cells;
    expect(cells.map((c) => [c.sheet, c.length])).toEqual([
      ["แบบสรุปตัวชี้วัด", 40_025],
      ["แบบสรุปผลคะแนน (สิ้นปี)", CELL_TEXT_MAX + 7],
    ]);
    const message = (error as Error).message;
    expect(message).toContain("ข้อความยาวเกินที่ Excel เก็บได้ในหนึ่งเซลล์ (๓๒,๗๖๗ ตัวอักษร) จึงไม่ได้สร้างแผ่นสรุป:");
    expect(message).toContain(`ข้อความในเซลล์ ขึ้นต้นว่า "เหตุผล ${"ค".repeat(33)}…" ยาว ๓๒,๗๗๔ ตัวอักษร ('แบบสรุปผลคะแนน (สิ้นปี)'!A`);
    expect(message).toContain("so no summary sheet was written: the text in the cell starting \"พ.ศ. ๒๕๖๔ : ");
    expect(message).toContain("is 40,025 characters long ('แบบสรุปตัวชี้วัด'!C");
  });

  it("up to the limit, are written whole", () => {
    const plan = withResults();
    const kpi = plan.kpis[0];
    if (!kpi) throw new Error("no KPI");
    const text = "ก".repeat(CELL_TEXT_MAX - "พ.ศ. ๒๕๖๔ : ".length);
    kpi.baseline = [{ year: 2564, text }];
    expect(find(summaries(plan).model.sheets[0] as SheetRender, `พ.ศ. ๒๕๖๔ : ${text}`)).toBeDefined();
  });

  it("write into an .xlsx through the same adapter as templates, chart as its data table", async () => {
    const { model } = summaries();
    const wb = XlsxWorkbook.create();
    await wb.addSheets(model);
    const back = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
    const grids = await back.readSheets(model.sheets.map((s) => s.name));
    expect(grids.size).toBe(4);
    const chart = grids.get("กราฟคะแนน");
    expect(chart?.values[5]?.[0]).toBe("๑.๑ Function Base");
    expect(isGeneratedSheet("สรุปคะแนน", grids.get("สรุปคะแนน")?.values[2]?.[0] ?? null)).toBe(true);
    expect(back.workbook.getWorksheet("สรุปคะแนน")?.pageSetup.paperSize).toBe(9); // A4
  });
});
