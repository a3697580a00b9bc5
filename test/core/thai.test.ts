import {
  beToCe,
  ceToBe,
  FISCAL_MONTH_ABBRS,
  FISCAL_MONTHS,
  fiscalMonthIndex,
  fiscalYearOf,
  parseBeYear,
  parseMonth,
  parseThaiDate,
} from "../../src/core/thai/calendar";
import { toArabicDigits, toThaiDigits } from "../../src/core/thai/digits";
import { firstNumberInText, numbersInText, parseThaiNumber, toNumeric } from "../../src/core/thai/number";

describe("Thai digits", () => {
  it("turn into Arabic digits and back, leaving everything else as it is", () => {
    expect(toArabicDigits("๐๑๒๓๔๕๖๗๘๙")).toBe("0123456789");
    expect(toArabicDigits("ร้อยละ ๙๘.๗๗ (๑.๑)")).toBe("ร้อยละ 98.77 (1.1)");
    expect(toThaiDigits("0123456789")).toBe("๐๑๒๓๔๕๖๗๘๙");
    expect(toThaiDigits(2567)).toBe("๒๕๖๗");
    expect(toThaiDigits("KPI 1.2-1")).toBe("KPI ๑.๒-๑");
  });

  it("make a round trip for any text of digits", () => {
    const text = "พ.ศ. 2566 : 35 ผลิตภัณฑ์, 1,500,000.- บาท";
    expect(toArabicDigits(toThaiDigits(text))).toBe(text);
  });
});

describe("a number written in text", () => {
  it.each([
    ["ร้อยละ ๙๘.๗๗", 98.77],
    ["๑๐ คะแนน", 10],
    ["๑,๕๐๐,๐๐๐.- บาท", 1_500_000],
    ["ระดับ ๕", 5],
    ["ไม่เกิน ๑๗๐ นาที", 170],
    ["98.77", 98.77],
    ["-5", -5],
    ["ลดลง -๓.๕", -3.5],
    ["−๒", -2],
    [".3", 0.3],
    [".9877", 0.9877],
    [".๕", 0.5],
    ["-.25", -0.25],
    ["ร้อยละ .๙๘", 0.98],
    ["พ.ศ.2567", 2567],
    ["ก.ค.๖๗", 67],
  ])("%s reads as %d", (text, value) => {
    expect(parseThaiNumber(text)).toBe(value);
  });

  it.each([
    ["text with two numbers", "๑๐ หรือ ๒๐"],
    ["a range", "๑-๒"],
    ["a range with spaces", "๑ - ๒"],
    ["no number at all", "ไม่มีข้อมูล"],
    ["an empty cell", ""],
  ])("is null for %s (%s)", (_, text) => {
    expect(parseThaiNumber(text)).toBeNull();
  });

  it("lists every number of a text in order, a range as two positive numbers", () => {
    expect(numbersInText("พ.ศ. ๒๕๖๔ : ๓๕ ผลิตภัณฑ์")).toEqual([2564, 35]);
    expect(numbersInText("ระยะ ๓ ปี (๒๕๖๗-๒๕๖๙)")).toEqual([3, 2567, 2569]);
    expect(numbersInText("๑-๒")).toEqual([1, 2]);
    expect(firstNumberInText("จำนวน ๓ ตัวชี้วัด น้ำหนัก ๓๐ คะแนน")).toBe(3);
    expect(firstNumberInText("ไม่มี")).toBeNull();
  });

  it("is the same for Thai and Arabic digits, whatever number it is", () => {
    for (const v of [0, 7, 10, 98.77, 2567, 1_500_000, -12.5]) {
      expect(parseThaiNumber(toThaiDigits(String(v)))).toBe(v);
    }
  });
});

describe("a cell that should hold a number", () => {
  it("becomes a number when it holds one, in Thai or Arabic digits", () => {
    expect(toNumeric(10)).toBe(10);
    expect(toNumeric(" ๑๐ ")).toBe(10);
    expect(toNumeric("๒๐ คะแนน")).toBe(20);
  });

  it("is null when blank", () => {
    expect(toNumeric(null)).toBeNull();
    expect(toNumeric(undefined)).toBeNull();
    expect(toNumeric("   ")).toBeNull();
  });

  it("keeps unreadable text as the user typed it (trimmed), never losing it", () => {
    expect(toNumeric(" สิบ ")).toBe("สิบ");
    expect(toNumeric("๑๐ หรือ ๒๐")).toBe("๑๐ หรือ ๒๐");
    expect(toNumeric(Number.POSITIVE_INFINITY)).toBe("Infinity");
  });
});

describe("Buddhist Era years", () => {
  it("are Common Era + 543, both ways", () => {
    expect(ceToBe(2024)).toBe(2567);
    expect(beToCe(2567)).toBe(2024);
    expect(beToCe(ceToBe(1999))).toBe(1999);
  });

  it("are read from BE or CE text in either digits", () => {
    expect(parseBeYear("พ.ศ. ๒๕๖๗")).toBe(2567);
    expect(parseBeYear("2024")).toBe(2567);
    expect(parseBeYear(2566)).toBe(2566);
    expect(parseBeYear("ไม่ระบุ")).toBeNull();
  });

  it("put October into the next fiscal year", () => {
    expect(fiscalYearOf(10, 2566)).toBe(2567);
    expect(fiscalYearOf(12, 2566)).toBe(2567);
    expect(fiscalYearOf(1, 2567)).toBe(2567);
    expect(fiscalYearOf(9, 2567)).toBe(2567);
  });
});

describe("fiscal-year months", () => {
  it("run from ต.ค. to ก.ย.", () => {
    expect(FISCAL_MONTHS).toEqual([10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(FISCAL_MONTH_ABBRS).toEqual(["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."]);
    expect(fiscalMonthIndex(10)).toBe(0);
    expect(fiscalMonthIndex(9)).toBe(11);
  });

  it.each([
    ["ต.ค.", 10],
    ["ตค", 10],
    ["ตุลาคม", 10],
    ["Oct", 10],
    [" ม.ค. ", 1],
    ["มี.ค.", 3],
    ["มิ.ย.", 6],
    ["ก.ย.", 9],
    ["กันยายน", 9],
  ])("parseMonth(%s) is %d", (text, month) => {
    expect(parseMonth(text)).toBe(month);
  });

  it("reads every abbreviation it prints", () => {
    expect(FISCAL_MONTH_ABBRS.map(parseMonth)).toEqual(FISCAL_MONTHS);
  });

  it("refuses what is no month", () => {
    expect(parseMonth("")).toBeNull();
    expect(parseMonth("ไตรมาส")).toBeNull();
  });
});

describe("parseThaiDate", () => {
  it("reads long and abbreviated Thai dates in either digits", () => {
    expect(parseThaiDate("๕ พฤษภาคม ๒๕๖๗")).toEqual({ day: 5, month: 5, beYear: 2567 });
    expect(parseThaiDate("17 ต.ค. 2567")).toEqual({ day: 17, month: 10, beYear: 2567 });
    expect(parseThaiDate("๑ ม.ค. 2024")).toEqual({ day: 1, month: 1, beYear: 2567 });
  });

  it.each(["32 ม.ค. 2567", "๐ ม.ค. ๒๕๖๗", "1 ม.ค.", "5 ฤดูร้อน 2567", ""])("refuses %s", (text) => {
    expect(parseThaiDate(text)).toBeNull();
  });
});
