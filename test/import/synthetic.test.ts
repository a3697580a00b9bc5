// The importer is not tuned to the two seeds: documents of another year, another agency kind and
// other layouts of the same forms (written for these tests, see fixtures/*.txt).
import { decodeText, importPlanText } from "../../src/core/import";
import type { Kpi, Plan } from "../../src/core/schema/plan";
import { doc, imported, lines } from "./helpers";

const kpi = (plan: Plan, id: string): Kpi => {
  const k = plan.kpis.find((x) => x.id === id);
  if (!k) throw new Error(`no KPI ${id} in ${plan.kpis.map((x) => x.id).join(", ")}`);
  return k;
};
const levels = (k: Kpi): unknown[][] => (k.rubric?.levels ?? []).map((l) => [l.level, l.percent, l.points, l.criterion]);

describe("FY2566 district office: components ๒ and ๓, ladder 60…100, other header wording", () => {
  const r = imported(doc("fy2566-district-synthetic.txt"));
  const p = r.parsed;

  it("infers the district framework of FY2566 from the title and the agency", () => {
    expect([p.framework, p.fiscalYear, p.agency]).toEqual(["bma-2566-district", 2566, "สำนักงานเขตบางรัก"]);
    expect(p.kpis.map((k) => k.id)).toEqual(["2-1", "2-2", "3-1", "3-2", "3-3"]);
  });

  it("reads names across a continuation row and a page header repeated inside the summary table", () => {
    expect(kpi(p, "2-2").name).toBe("ระดับความสำเร็จในการจัดระเบียบหาบเร่แผงลอย ในพื้นที่เขตบางรัก");
    expect(p.kpis.map((k) => k.weight)).toEqual([10, 10, 25, 15, 10]);
    expect(p.kpis.map((k) => k.target)).toEqual(["ร้อยละ ๑๐๐", "ระดับ ๕", "ร้อยละ ๑๐๐", "๑,๕๐๐ ครัวเรือน", "ระดับ ๕"]);
  });

  it("takes the ladder from the document: weight 25 gives 15 / 17.5 / 20 / 22.5 / 25 points", () => {
    const k = kpi(p, "3-1");
    expect(k.rubric?.kind).toBe("numeric");
    expect(levels(k)).toEqual([
      [1, 60, 15, 92],
      [2, 70, 17.5, 94],
      [3, 80, 20, 96],
      [4, 90, 22.5, 98],
      [5, 100, 25, 100],
    ]);
  });

  it("reads numeric criteria written with a qualifier and a unit, and the unit of a count KPI", () => {
    const k = kpi(p, "3-2");
    expect(k.unit).toBe("ครัวเรือน");
    expect(levels(k).map((l) => l[3])).toEqual([1100, 1200, 1300, 1400, 1500]);
    expect(k.rubric?.levels[4]?.description).toBe("ไม่น้อยกว่า ๑,๕๐๐ ครัวเรือน");
  });

  it("keeps milestone rubrics as milestones, whatever order the levels are listed in", () => {
    const k = kpi(p, "2-2");
    expect(k.rubric?.kind).toBe("milestone");
    expect(levels(k)).toEqual([
      [1, 60, 6, null],
      [2, 70, 7, null],
      [3, 80, 8, null],
      [4, 90, 9, null],
      [5, 100, 10, null],
    ]);
    expect(k.rubric?.levels[0]?.description).toBe("สำรวจผู้ค้าและจัดทำแผนจัดระเบียบ");
  });

  it("reads a detail page with separate definition, method and evidence columns and HTML entities", () => {
    const k = kpi(p, "2-1");
    expect(k.definition).toBe("เรื่องร้องเรียน หมายถึง เรื่องที่ประชาชนแจ้งผ่านระบบ Traffy Fondue & สายด่วน ๑๕๕๕\nภายในเวลาที่กำหนด หมายถึง ภายใน ๗ วันทำการ");
    expect(k.method).toBe("(จำนวนเรื่องที่แก้ไขภายในเวลา × ๑๐๐) ÷ จำนวนเรื่องร้องเรียนทั้งหมด");
    expect(k.evidence).toEqual(["รายงานจากระบบ Traffy Fondue", "ทะเบียนคุมเรื่องร้องเรียน"]);
    expect(k.alignment).toEqual({ strategy: "๑ มหานครปลอดภัย", subStrategy: "๑.๒ สิ่งแวดล้อมดี", objective: "๑.๒.๑ ประชาชนได้รับบริการรักษาความสะอาดที่รวดเร็ว" });
  });

  it("reads a detail page written as 'label: value' lines, with partners", () => {
    const k = kpi(p, "2-2");
    expect(k.baseline).toEqual([
      { year: 2563, text: "-" },
      { year: 2564, text: "ระดับ ๓" },
      { year: 2565, text: "ระดับ ๔" },
    ]);
    expect(k.definition).toBe("การจัดระเบียบหาบเร่แผงลอย หมายถึง การจัดให้ผู้ค้าทำการค้าเฉพาะในจุดผ่อนผันตามเวลาที่กำหนด\nจุดผ่อนผัน หมายถึง พื้นที่ที่กรุงเทพมหานครประกาศให้ทำการค้าได้");
    expect(k.evidence).toEqual(["ประกาศจุดผ่อนผัน", "รายงานผลการตรวจตรา", "ภาพถ่ายก่อนและหลังดำเนินการ"]);
    expect(k.partners).toEqual([
      { agency: "ฝ่ายเทศกิจ", role: "ตรวจตราและกวดขันผู้ค้า" },
      { agency: "ฝ่ายโยธา", role: "ปรับปรุงทางเท้าบริเวณจุดผ่อนผัน" },
    ]);
  });

  it("joins a definition cut by a page break (title, agency and header repeated) with a space", () => {
    const k = kpi(p, "3-1");
    expect(k.definition).toBe("การเบิกจ่ายงบประมาณ หมายถึง การเบิกจ่ายเงินตามสัญญาจ้างปรับปรุงทางเท้า ณ วันที่ ๓๐ กันยายน ๒๕๖๖ โดยนับรวม เงินกันเหลื่อมปี");
    expect(k.evidence).toEqual(["รายงานการเบิกจ่ายจากระบบ BMA-GFMIS", "สำเนาสัญญาจ้าง"]);
  });

  it("reads the action plan: step %, cumulative %, months, budget and division", () => {
    const plan = p.actionPlan.find((a) => a.kpi === "3-3");
    expect(plan).toMatchObject({ budget: 1200000, division: "ฝ่ายโยธา สำนักงานเขตบางรัก" });
    expect(plan?.steps.map((s) => [s.no, s.percent, s.cumulative, s.months])).toEqual([
      [1, 20, 20, [10, 11]],
      [2, 20, 40, [12]],
      [3, 30, 70, [1, 2]],
      [4, 20, 90, [3, 4, 5, 6]],
      [5, 10, 100, [8, 9]],
    ]);
    expect(plan?.steps[4]?.text).toBe("เปิดพื้นที่และรายงานผล เพื่อเสนอผู้อำนวยการเขต");
  });

  it("reads the budget table with its total, and attributes projects by the KPI column", () => {
    expect(p.budgetTotal).toBe(1600000);
    expect(p.actionPlan.map((a) => [a.kpi, a.budget])).toEqual([
      ["3-3", 1200000],
      ["3-2", 350000],
    ]);
  });

  it("reports the empty weight cell, the step count the title states, and what it skipped", () => {
    expect(r.report.disagreements.map((d) => [d.kpi, d.field, d.kept, d.other])).toEqual([
      ["3-3", "weight", 10, null],
      ["3-3", "actionPlan.steps", 5, 7],
    ]);
    expect(r.report.skipped.map((s) => s.line)).toEqual([29, 139]);
    expect(r.report.skipped[0]?.reason.en).toContain("no field for this alignment label");
  });

  it("validates against the district framework: only the budget total is wrong", () => {
    // The forms name no focus issue, so each component-3 KPI is a FOCUS_ALIGNMENT warning (the
    // district offices' focus component in FY2566).
    expect(r.findings.map((f) => f.code)).toEqual(["BUDGET_TOTAL", "FOCUS_ALIGNMENT", "FOCUS_ALIGNMENT", "FOCUS_ALIGNMENT"]);
    expect(r.findings.filter((f) => f.severity === "error").map((f) => f.code)).toEqual(["BUDGET_TOTAL"]);
  });
});

describe("FY2567 bureau, detail pages only: ticked boxes, Arabic digits, rubrics gathered at the end", () => {
  const r = imported(doc("fy2567-detail-only-synthetic.txt"));
  const p = r.parsed;

  it("takes the components from the ticked boxes", () => {
    expect(p.kpis.map((k) => [k.id, k.component])).toEqual([
      ["1.2-1", "1.2"],
      ["1.3-1", "1.3"],
    ]);
    expect(p.agency).toBe("สำนักการระบายน้ำ");
  });

  it("attaches each rubric to the KPI its title names, and says so", () => {
    expect(kpi(p, "1.2-1").rubric?.kind).toBe("numeric");
    expect(levels(kpi(p, "1.2-1")).map((l) => l[3])).toEqual([190, 185, 180, 175, 170]);
    expect(kpi(p, "1.3-1").rubric?.levels[4]?.description).toBe("ลอกท่อได้ครบตามแผนและรายงานผล");
    expect(r.report.notes.some((n) => n.message.en.includes("by the name in its title"))).toBe(true);
  });

  it("reads 'agency: role' partners of a joint KPI and inline labels", () => {
    expect(kpi(p, "1.2-1").partners).toEqual([
      { agency: "สำนักการระบายน้ำ", role: "ติดตั้งเครื่องสูบน้ำและรายงานเวลาระบายน้ำ" },
      { agency: "สำนักงานเขต", role: "เปิดทางระบายน้ำและรายงานจุดที่มีน้ำท่วมขัง" },
    ]);
    expect(kpi(p, "1.3-1").evidence).toEqual(["แผนการลอกท่อ", "รายงานผลการลอกท่อ", "ภาพถ่าย"]);
    expect(kpi(p, "1.3-1").method).toBe("ผลการดำเนินงานเทียบกับเกณฑ์");
  });
});

describe("FY2565 bureau: component column, one column per baseline year, rubric on its side", () => {
  const r = imported(doc("fy2565-variants-synthetic.txt"));
  const p = r.parsed;

  it("reads the component from its own column and the baseline from year columns", () => {
    expect([p.framework, p.kpis.map((k) => k.id)]).toEqual(["bma-2565-bureau", ["1-1", "1-2", "1-3"]]);
    expect(kpi(p, "1-1").baseline).toEqual([
      { year: 2562, text: "ร้อยละ ๗๐" },
      { year: 2563, text: "ร้อยละ ๘๐" },
      { year: 2564, text: "ร้อยละ ๘๕" },
    ]);
  });

  it("reads a rubric with the levels as columns", () => {
    expect(levels(kpi(p, "1-1"))).toEqual([
      [1, 60, 15, 80],
      [2, 70, 17.5, 85],
      [3, 80, 20, 90],
      [4, 90, 22.5, 95],
      [5, 100, 25, 100],
    ]);
  });

  it("reads a rubric whose level cell holds the percentage, and 'ตัวชี้วัดที่ ๑.๒ :' label lines", () => {
    const k = kpi(p, "1-2");
    expect(k.name).toBe("ระดับความสำเร็จในการจัดทำแผนแม่บทจุดจอดแล้วจร");
    expect(levels(k)).toEqual([
      [1, 60, 12, null],
      [2, 70, 14, null],
      [3, 80, 16, null],
      [4, 90, 18, null],
      [5, 100, 20, null],
    ]);
    expect(k.evidence).toEqual(["รายงานการศึกษา และ แผนแม่บทที่ผู้บริหารเห็นชอบ"]);
  });

  it("decodes entities and reads CRLF line ends; the plan validates without findings", () => {
    expect(kpi(p, "1-1").method).toBe("(จำนวนจุดที่แล้วเสร็จ ÷ จำนวนจุดตามแผน) × ๑๐๐");
    expect(r.findings).toEqual([]);
  });
});

describe("running page headers and footers in the middle of tables", () => {
  const RUNNING = "เอกสารประกอบการเจรจาตกลง สำนักงานเขตบางรัก (ลับ)";
  const original = doc("fy2566-district-synthetic.txt").split("\n");
  // After the first summary row, inside a rubric, inside the step table, and at two page tops.
  const at = (needle: string): number => original.findIndex((l) => l.startsWith(needle));
  const inserts = [at("๒.๑\t") + 1, at("๓\tร้อยละ ๘๐\tร้อยละ ๙๖") + 1, at("๓. จัดหาผู้รับจ้าง") + 1, at("แบบวิเคราะห์"), at("ยุทธศาสตร์ที่ ๗")];
  const withFurniture = original.flatMap((l, i) => (inserts.includes(i) ? [RUNNING, "หน้า ๓", l] : [l]));
  const clean = imported(doc("fy2566-district-synthetic.txt")).parsed;
  const r = imported(withFurniture.join("\n"));

  it("drops them, keeps every table whole, and does not list them as skipped", () => {
    expect(r.parsed.kpis).toEqual(clean.kpis);
    expect(r.parsed.actionPlan).toEqual(clean.actionPlan);
    expect(r.report.skipped.map((s) => s.text)).toEqual(["กลยุทธ์ที่ ๑.๒.๑.๑ แก้ไขเรื่องร้องเรียนให้แล้วเสร็จภายในเวลา", "งบประมาณโครงการตามตัวชี้วัด"]);
    expect(r.report.stats.dropped).toBe(2 + 2 * inserts.length);
  });
});

describe("small documents, one behaviour each", () => {
  const SUMMARY_HEAD = ["ที่", "ชื่อตัวชีวิต", "ผลการดำเนินงานย้อนหลัง ๓ ปี", "เป้าหมาย", "น้ําหนักคะแนน"];
  const title = "แบบสรุปรูปตัวชีวิตเจรจาตกลงประเมินผลการปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗";

  it("recognises garbled header words (ตัวชีวิต, น้ําหนัก with a separate nikhahit)", () => {
    const r = imported(lines(title, "สำนักอนามัย", SUMMARY_HEAD, ["๑", "ร้อยละของผู้สูงอายุที่ได้รับการคัดกรอง", "-", "ร้อยละ ๙๐", "๑๐"]));
    expect(r.parsed.kpis.map((k) => [k.name, k.weight, k.component])).toEqual([["ร้อยละของผู้สูงอายุที่ได้รับการคัดกรอง", 10, "1.1"]]);
    expect(r.report.notes.some((n) => n.message.en.includes("put in component 1.1"))).toBe(true);
  });

  it("keeps garbles inside the plan's text as written", () => {
    const r = imported(lines(title, "สำนักอนามัย", SUMMARY_HEAD, ["๑", "จำนวนตัวชีวิตที่รายงาน", "-", "๕ ตัวชี้วัด", "๑๐"]));
    expect(r.parsed.kpis[0]?.name).toBe("จำนวนตัวชีวิตที่รายงาน");
  });

  it("drops page numbers silently and reports other stray lines with their numbers", () => {
    const r = imported(lines(title, "สำนักอนามัย", SUMMARY_HEAD, ["๑", "ร้อยละของผู้สูงอายุที่ได้รับการคัดกรอง", "-", "ร้อยละ ๙๐", "๑๐"], "", "หน้า ๒ / ๕", "ข้อความที่ไม่เกี่ยวกับแบบฟอร์ม"));
    expect(r.report.skipped.map((s) => [s.line, s.text])).toEqual([[7, "ข้อความที่ไม่เกี่ยวกับแบบฟอร์ม"]]);
  });

  it("reports a component heading whose stated weight disagrees with its KPIs", () => {
    const r = imported(
      lines(
        title,
        "สำนักอนามัย",
        SUMMARY_HEAD,
        ["<b>๑.๑ ประสิทธิภาพในการดำเนินงานตามภารกิจหลัก จำนวน ๒ ตัวชี้วัด น้ำหนัก ๓๐ คะแนน</b>", "", "", "", ""],
        ["๑", "ร้อยละของผู้สูงอายุที่ได้รับการคัดกรอง", "-", "ร้อยละ ๙๐", "๑๐"],
        ["๒", "ระดับความสำเร็จของการพัฒนาศูนย์บริการสาธารณสุข", "-", "ระดับ ๕", "๑๕"],
      ),
    );
    expect(r.report.disagreements.map((d) => [d.component, d.field, d.kept, d.other])).toEqual([["1.1", "weight", 25, 30]]);
  });

  it("reads UTF-16 and windows-874 bytes as well as UTF-8", () => {
    const text = "ตัวชี้วัด ๑";
    const le = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeText(le)).toEqual({ text, encoding: "utf-16le" });
    // TIS-620: Thai letters are U+0E01… at 0xA1…, digits ๑ at 0xF1.
    const tis = new Uint8Array(Array.from(text).map((c) => (c === " " ? 0x20 : c.charCodeAt(0) - 0x0e00 + 0xa0)));
    expect(decodeText(tis)).toEqual({ text, encoding: "windows-874" });
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: "utf-8" });
  });

  it("reads bare-year baselines and strips a name's own number when there is no number column", () => {
    const r = imported(lines(title, "สำนักอนามัย", ["ตัวชี้วัด", "ผลการดำเนินงานย้อนหลัง", "เป้าหมาย", "น้ำหนัก"], ["๑. ร้อยละของผู้สูงอายุที่ได้รับการคัดกรอง", "๒๕๖๕ : ร้อยละ ๘๕ ๒๕๖๖ = ร้อยละ ๘๘", "ร้อยละ ๙๐", "ร้อยละ ๑๐"]));
    expect(r.parsed.kpis[0]).toMatchObject({
      name: "ร้อยละของผู้สูงอายุที่ได้รับการคัดกรอง",
      weight: 10,
      baseline: [
        { year: 2565, text: "ร้อยละ ๘๕" },
        { year: 2566, text: "ร้อยละ ๘๘" },
      ],
    });
  });

  it("reads a step table with budget and division per step and a total row", () => {
    const months = ["ต.ค. ๖๖", "พ.ย. ๖๖", "ธ.ค. ๖๖", "ม.ค. ๖๗", "ก.พ. ๖๗", "มี.ค. ๖๗", "เม.ย. ๖๗", "พ.ค. ๖๗", "มิ.ย. ๖๗", "ก.ค. ๖๗", "ส.ค. ๖๗", "ก.ย. ๖๗"];
    const row = (no: string, text: string, pct: string, cum: string, on: number[], budget: string, division: string): string[] => [
      no, text, pct, cum, ...months.map((_m, i) => (on.includes(i) ? "X" : "")), budget, division,
    ];
    const r = imported(
      lines(
        title,
        "สำนักอนามัย",
        SUMMARY_HEAD,
        ["๑", "ร้อยละของผู้สูงอายุที่ได้รับการคัดกรอง", "-", "ร้อยละ ๙๐", "๑๐"],
        "",
        "แผนปฏิบัติการ โครงการคัดกรองผู้สูงอายุ",
        ["ลำดับ", "กิจกรรม", "ร้อยละ", "ร้อยละสะสม", ...months, "งบประมาณ (บาท)", "ผู้รับผิดชอบ"],
        row("๑", "จัดทำแผน", "๒๐", "๒๐", [0], "๑๐,๐๐๐", "กองสร้างเสริมสุขภาพ"),
        row("๒", "คัดกรอง", "๖๐", "๘๐", [3, 4, 5, 6], "๑๘๐,๐๐๐", "กองสร้างเสริมสุขภาพ"),
        row("๓", "รายงานผล", "๒๐", "๑๐๐", [11], "๑๐,๐๐๐", "กองสร้างเสริมสุขภาพ"),
        ["รวม", "", "๑๐๐", "", ...months.map(() => ""), "๒๐๐,๐๐๐", ""],
      ),
    );
    const plan = r.parsed.actionPlan[0];
    expect(plan).toMatchObject({ kpi: "1.1-1", project: "แผนปฏิบัติการ โครงการคัดกรองผู้สูงอายุ", budget: 200000, division: "กองสร้างเสริมสุขภาพ" });
    expect(plan?.steps.map((s) => [s.no, s.text, s.percent, s.cumulative, s.months])).toEqual([
      [1, "จัดทำแผน", 20, 20, [10]],
      [2, "คัดกรอง", 60, 80, [1, 2, 3, 4]],
      [3, "รายงานผล", 20, 100, [9]],
    ]);
  });

  it("uses the framework it is given and says when the document's year differs", () => {
    const r = importPlanText(lines(title, "สำนักอนามัย", SUMMARY_HEAD, ["๑", "ร้อยละของผู้สูงอายุที่ได้รับการคัดกรอง", "-", "ร้อยละ ๙๐", "๑๐"]), { framework: "bma-2566-bureau" });
    expect(r.ok && r.plan.framework).toBe("bma-2566-bureau");
    expect(r.report.notes.some((n) => n.message.en.includes("fiscal year 2567 but the framework is for 2566"))).toBe(true);
  });
});
