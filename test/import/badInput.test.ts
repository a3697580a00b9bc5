// Bad input gets a clear bilingual message and never a crash or a plan.
import fc from "fast-check";
import { importPlanText } from "../../src/core/import";
import { lines, seed } from "./helpers";

const LOREM =
  "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.\n" +
  "Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.\n";

const failure = (text: string): { code: string; th: string; en: string } => {
  const r = importPlanText(text);
  if (r.ok) throw new Error("expected the import to fail");
  return { code: r.error.code, th: r.error.message.th, en: r.error.message.en };
};

describe("bad input", () => {
  it.each([
    ["an empty text", ""],
    ["blank lines and spaces", " \n\t\n  \r\n"],
    ["a byte-order mark alone", "\uFEFF"],
  ])("%s: EMPTY", (_what, text) => {
    const e = failure(text);
    expect(e.code).toBe("EMPTY");
    expect(e.th).toContain("ข้อความว่าง");
    expect(e.en).toContain("empty");
  });

  it.each([
    ["NUL bytes", "PK\u0003\u0004\u0000\u0000\u0014\u0000แบบสรุปตัวชี้วัด"],
    ["undecodable bytes", "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDJFIF\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD"],
  ])("%s: BINARY", (_what, text) => {
    const e = failure(text);
    expect(e.code).toBe("BINARY");
    expect(e.th).toContain("ไม่ใช่ข้อความ");
    expect(e.en).toContain("not text");
  });

  it.each([
    ["lorem ipsum", LOREM],
    ["a title with nothing under it", "แบบสรุปตัวชี้วัดเจรจาตกลงการประเมินผลการปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\nสำนักอนามัย\n"],
    ["a lone rubric table", lines(["ระดับความสำเร็จ", "เกณฑ์ร้อยละความสำเร็จ", "วิธีวัดผลการดำเนินงาน", "คะแนนที่ได้รับ"], ["๕", "ร้อยละ ๑๐๐", "ทำได้", "๑๐"])],
    ["a blank summary form", lines("แบบสรุปตัวชี้วัด ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", ["ที่", "ชื่อตัวชี้วัด", "ผลการดำเนินงานย้อนหลัง", "เป้าหมาย", "น้ำหนัก"], ["๑", "ชื่อตัวชี้วัด", "", "เป้าหมาย", ""])],
  ])("%s: NOT_A_KPI_DOCUMENT", (_what, text) => {
    const e = failure(text);
    expect(e.code).toBe("NOT_A_KPI_DOCUMENT");
    expect(e.th).toContain("ไม่พบตารางสรุปตัวชี้วัดหรือหน้ารายละเอียดตัวชี้วัด");
    expect(e.en).toContain("no KPI summary table or KPI detail page found");
  });

  it("the FY2566 guideline memo (seed 004), which holds a blank form: MEMO, said to be a memo, no KPIs made", () => {
    const result = importPlanText(seed("004_ab572a2837e04c01.txt"));
    expect(result.ok).toBe(false);
    expect(result.report.kind).toBe("memo");
    expect(result.report.kindLines.length).toBeGreaterThan(0);
    const e = failure(seed("004_ab572a2837e04c01.txt"));
    expect(e.code).toBe("MEMO");
    expect(e.th).toContain("บันทึกข้อความ");
    expect(e.en).toContain("no KPIs were made");
  });

  it("tables whose tabs were lost: NO_TABS, saying how to copy them again", () => {
    const e = failure(seed("002_a41e8c2e0c8c4b4b.txt").replace(/\t/g, " "));
    expect(e.code).toBe("NO_TABS");
    expect(e.th).toContain("แท็บ");
    expect(e.en).toContain("not separated by tabs");
  });

  it("a KPI table without any fiscal year: NO_FISCAL_YEAR, unless a framework is given", () => {
    const text = lines(["ที่", "ชื่อตัวชี้วัด", "ข้อมูลพื้นฐาน", "เป้าหมาย", "น้ำหนัก"], ["๑", "ร้อยละของผู้สูงอายุที่ได้รับการคัดกรอง", "-", "ร้อยละ ๙๐", "๑๐"]);
    expect(failure(text).code).toBe("NO_FISCAL_YEAR");
    const r = importPlanText(text, { framework: "bma-2567-bureau" });
    expect(r.ok && r.plan.fiscalYear).toBe(2567);
  });

  it("an unknown --framework: UNKNOWN_FRAMEWORK naming the known ones", () => {
    const r = importPlanText(seed("002_a41e8c2e0c8c4b4b.txt"), { framework: "bma-2599-bureau" });
    expect(!r.ok && r.error.code).toBe("UNKNOWN_FRAMEWORK");
    expect(!r.ok && r.error.message.en).toContain("bma-2567-bureau");
  });

  it("never throws, whatever the text (property test)", () => {
    const pieces = fc.constantFrom(
      "\t", "\n", "<b>", "</b>", "<p>", "</li>", "&nbsp;", "๑.", "๕", "ร้อยละ ๑๐๐", "ระดับ ๕", "พ.ศ. ๒๕๖๗", "องค์ประกอบที่ ๑.๑",
      "ชื่อตัวชี้วัด", "เป้าหมาย", "น้ำหนัก", "นิยาม", "วิธีคำนวณ", "เกณฑ์การให้คะแนน", "ระดับความสำเร็จ", "คะแนนที่ได้รับ",
      "ต.ค.", "█", "ขั้นตอนการดำเนินงาน", "แบบสรุปตัวชี้วัด ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "รวม", "-", " ",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 60 }), (parts) => {
        const r = importPlanText(parts.join(""));
        expect(typeof r.ok).toBe("boolean");
        if (!r.ok) expect(r.error.code).not.toBe("INTERNAL");
      }),
      { numRuns: 400 },
    );
  });
});
