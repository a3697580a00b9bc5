// A year's calendar (cycle, dates in Thai and English, the next deadline) and next year's
// framework started from this one.
import { findFramework } from "../../../src/core/frameworks/shipped";
import { cycleOf, dateLabel, daysLeftLabel, deadlineName, nextDeadline, shiftIso } from "../../../src/core/frameworks/calendar";
import { checkFramework } from "../../../src/core/frameworks/check";
import { frameworkDifferences } from "../../../src/core/frameworks/differences";
import { nextFramework } from "../../../src/core/frameworks/nextYear";
import type { Framework } from "../../../src/core/schema/framework";

const fy2566 = findFramework("bma-2566-bureau") as Framework;

describe("the calendar of a year", () => {
  it("spans January before the fiscal year to December after it", () => {
    expect(cycleOf(2566)).toEqual({ from: "2022-01-01", to: "2023-12-31" });
  });

  it("shows dates in Thai with the BE year and in English", () => {
    expect(dateLabel("2022-05-05")).toEqual({ th: "๕ พฤษภาคม ๒๕๖๕", en: "5 May 2022" });
    expect(dateLabel("2022-01")).toEqual({ th: "มกราคม ๒๕๖๕", en: "Jan 2022" });
  });

  it("gives the next deadline and the days left, none once all have passed", () => {
    const next = nextDeadline(fy2566.calendar, "2022-04-23");
    expect(next?.deadline.kind).toBe("submission");
    expect(next?.daysLeft).toBe(12);
    expect(daysLeftLabel(12)).toEqual({ th: "อีก ๑๒ วัน", en: "12 days left" });
    expect(nextDeadline(fy2566.calendar, "2022-05-05")?.daysLeft).toBe(0);
    expect(daysLeftLabel(0)).toEqual({ th: "วันนี้", en: "today" });
    expect(nextDeadline(fy2566.calendar, "2022-05-06")).toBeNull();
    expect(nextDeadline(undefined, "2022-05-01")).toBeNull();
    expect(deadlineName({ kind: "yearEnd", date: "2023-10-15" }).en).toBe("year-end results due");
  });

  it("moves dates by whole years, 29 February to the 28th in a common year", () => {
    expect(shiftIso("2022-05-05", 2)).toBe("2024-05-05");
    expect(shiftIso("2022-05", 1)).toBe("2023-05");
    expect(shiftIso("2024-02-29", 1)).toBe("2025-02-28");
  });
});

describe("next year's framework (kpi frameworks new)", () => {
  const fy2568 = nextFramework(fy2566, 2568);

  it("takes a new id and year, moves the calendar, empties the focus issues and keeps the components", () => {
    expect(fy2568.id).toBe("bma-2568-bureau");
    expect(fy2568.fiscalYear).toBe(2568);
    expect(fy2568.name.th).toContain("๒๕๖๘");
    expect(fy2568.focusIssues).toEqual([]);
    expect(fy2568.calendar?.deadlines[0]?.date).toBe("2024-05-05");
    expect(fy2568.calendar?.milestones[0]?.from).toBe("2024-01");
    expect(fy2568.components).toEqual(fy2566.components);
    expect(fy2568.components).not.toBe(fy2566.components);
  });

  it("passes kpi frameworks check as it comes, also for the other kind", () => {
    expect(checkFramework(JSON.parse(JSON.stringify(fy2568))).problems).toEqual([]);
    const district = nextFramework(fy2566, 2568, "district");
    expect(district.id).toBe("bma-2568-district");
    expect(checkFramework(JSON.parse(JSON.stringify(district))).problems).toEqual([]);
  });

  it("says in which parts that define the evaluation two frameworks differ, not the year's information", () => {
    expect(frameworkDifferences(fy2566, fy2566)).toEqual([]);
    const cut = structuredClone(fy2566);
    (cut.components[1] as { kpiCount: number }).kpiCount = 1;
    cut.ladder = [20, 40, 60, 80, 100];
    delete cut.focusIssues;
    delete cut.calendar;
    expect(frameworkDifferences(fy2566, cut).map((d) => d.en)).toEqual(["components, KPI counts and weights", "ladder"]);
    expect(frameworkDifferences(fy2566, { ...fy2566, focusIssues: [], calendar: undefined, notes: ["other"] })).toEqual([]);
  });
});
