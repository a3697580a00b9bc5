import { findComponent } from "../../src/core/frameworks";
import type { Component } from "../../src/core/schema/framework";
import {
  componentHeading,
  fiscalYearLabel,
  formatEvidence,
  formatOtherMonths,
  parseEvidence,
  parseKind,
  parseOtherMonths,
} from "../../src/layout/text";
import { actionPlanColumns, baselineHeader, monthHeader } from "../../src/layout/layout";
import { framework2567 } from "../workbook/harness";

describe("evidence in one cell", () => {
  it("numbers the items as the detail form does and reads them back exactly", () => {
    const items = ["รายงานผล", "", "๑. มีเลขนำหน้าเอง", "บรรทัดแรก\nบรรทัดที่สอง", "  เว้นวรรคหน้า"];
    const cell = formatEvidence(items);
    expect(cell.split("\n")[0]).toBe("๑. รายงานผล");
    expect(parseEvidence(cell)).toEqual(items);
  });

  it("reads what a user typed: numbered lines in Thai or Arabic digits, or one item per line", () => {
    expect(parseEvidence("1) รายงาน\n2) ภาพถ่าย\n   ต่อบรรทัด")).toEqual(["รายงาน", "ภาพถ่าย\n   ต่อบรรทัด"]);
    expect(parseEvidence("รายงาน\n\nภาพถ่าย")).toEqual(["รายงาน", "ภาพถ่าย"]);
    expect(parseEvidence("   ")).toEqual([]);
  });
});

describe("rubric kinds", () => {
  it("reads the Thai labels, the English ids and near misses; unknown text is reported", () => {
    expect(parseKind("ระดับความสำเร็จ")).toBe("milestone");
    expect(parseKind("ค่าตัวเลข")).toBe("numeric");
    expect(parseKind("คะแนนเต็ม 100")).toBe("score100");
    expect(parseKind("Numeric")).toBe("numeric");
    expect(parseKind("")).toBeNull();
    expect(parseKind("แบบอื่น")).toBe("unknown");
  });
});

describe("months outside the bar chart", () => {
  it("writes a month of a named year as ต.ค. ๒๕๖๗ and reads it back, with numbers and text", () => {
    const months = [{ year: 2567, month: 10 }, 13, "ตลอดปี"];
    const cell = formatOtherMonths(months);
    expect(cell).toBe("ต.ค. ๒๕๖๗, 13, ตลอดปี");
    expect(parseOtherMonths(cell)).toEqual(months);
  });
});

describe("Buddhist Era labels", () => {
  it("labels the fiscal year, baseline years and the twelve months ต.ค. ๒๕๖๖ … ก.ย. ๒๕๖๗", () => {
    expect(fiscalYearLabel(2567).th).toBe("ปีงบประมาณ พ.ศ. ๒๕๖๗");
    expect(fiscalYearLabel(2567).en).toContain("2023–24");
    expect(baselineHeader({ year: 2566, occurrence: 1 })).toBe("พ.ศ. ๒๕๖๖");
    expect(monthHeader(10, 2567)).toBe("ต.ค. ๒๕๖๖");
    const months = actionPlanColumns(2567).filter((c) => c.key.startsWith("month:")).map((c) => c.th);
    expect(months).toEqual([
      "ต.ค. ๒๕๖๖", "พ.ย. ๒๕๖๖", "ธ.ค. ๒๕๖๖", "ม.ค. ๒๕๖๗", "ก.พ. ๒๕๖๗", "มี.ค. ๒๕๖๗",
      "เม.ย. ๒๕๖๗", "พ.ค. ๒๕๖๗", "มิ.ย. ๒๕๖๗", "ก.ค. ๒๕๖๗", "ส.ค. ๒๕๖๗", "ก.ย. ๒๕๖๗",
    ]);
  });

  it("heads a component with the framework's required count and weight, as the form does", () => {
    const c = findComponent(framework2567(), "1.1") as Component;
    expect(componentHeading(c)).toMatch(/^องค์ประกอบที่ ๑\.๑ .*\(จำนวน ๓ ตัวชี้วัด น้ำหนัก ๓๐ คะแนน\)$/);
  });
});
