// Decisions the render model makes once for every adapter: which text carries Excel's quote
// prefix, which number formats show percentages, what a grid holds for General.
import { gridFormat, isPercentFormat, quotePrefixed } from "../../src/workbook/model";
import { cleanText } from "../../src/layout/read/cells";

describe("quotePrefixed", () => {
  it("marks text Excel would turn into something else when it is edited again: formulas, numbers, booleans, dates", () => {
    for (const t of ["=1+1", "+66 2 123 4567", "-", "-ดำเนินการ", "@x", "10", "TRUE", "1/2", "1.1-1", "KPI", " =x", "'q", "๑๐"]) expect([t, quotePrefixed(t)]).toEqual([t, true]);
  });

  it("leaves text that starts with a Thai letter, which Excel keeps as text whatever follows, and empty text", () => {
    for (const t of ["ระดับ ๕", "ร้อยละ ๙๘.๗๗", "ก=1", ""]) expect([t, quotePrefixed(t)]).toEqual([t, false]);
  });
});

describe("isPercentFormat", () => {
  it("is true for formats that show a number × 100 with %", () => {
    for (const f of ["0%", "0.00%", "#,##0.0%", "[$-th-TH]0.00%", "0.0%;[Red]-0.0%"]) expect([f, isPercentFormat(f)]).toEqual([f, true]);
  });

  it("is false for General, other numbers, text, and a % that is only printed (quoted or escaped)", () => {
    for (const f of [null, undefined, "", "General", "0.00", "@", '0.00" %"', "0.00\\%", "[$%-409]0.00"]) expect([f, isPercentFormat(f)]).toEqual([f, false]);
  });

  it("and a grid holds General as null", () => {
    expect([gridFormat("General"), gridFormat(""), gridFormat(undefined), gridFormat("0.00%")]).toEqual([null, null, null, "0.00%"]);
  });
});

describe("cleanText (reading text into a plan)", () => {
  it("makes every line break LF (CRLF, a lone CR, Word's vertical tab) and leaves out other control characters, keeping tabs", () => {
    expect(cleanText("a\r\nb\rc\u000bd\u0001\u001f\u007fe\tf\ng")).toBe("a\nb\nc\nd" + "e\tf\ng");
    expect(cleanText("ชื่อ ตัวชี้วัด")).toBe("ชื่อ ตัวชี้วัด");
  });
});
