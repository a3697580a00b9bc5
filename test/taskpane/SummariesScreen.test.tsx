/** @jest-environment jsdom */
import "./setup";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { isGeneratedSheet, MARKER_CELL } from "../../src/summary/marker";
import { goodPlan, memoryHost, renderPane, withPlan, type MemoryPane } from "./helpers";

async function openSummaries(m: MemoryPane) {
  renderPane(m, { now: () => new Date("2024-09-30T02:00:00Z") });
  await screen.findByRole("heading", { name: "ตรวจสอบแผน" });
  await userEvent.click(screen.getByRole("button", { name: "สรุปผล" }));
  await screen.findByRole("heading", { name: "สรุปผล" });
}

const names = (m: MemoryPane): string[] => m.workbook.sheets.map((s) => s.name);

describe("summaries", () => {
  it("generates the KPI summary form, the score summary and the chart as generated sheets", async () => {
    const m = memoryHost();
    await withPlan(m);
    await openSummaries(m);
    expect(screen.getByText(/^คะแนนรวมระยะสิ้นปีงบประมาณ \d+\.\d{3} จาก 100 \(ประเมินตนเอง \d+\.\d{3}\)$/)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "สร้าง / ปรับปรุงสรุปผล" }));
    expect(await screen.findByText("สร้างแล้ว 3 แผ่นงาน")).toBeTruthy();
    expect(names(m).slice(-3)).toEqual(["แบบสรุปตัวชี้วัด", "สรุปคะแนน", "กราฟคะแนน"]);
    for (const name of names(m).slice(-3)) {
      expect(isGeneratedSheet(name, m.workbook.cell(name, MARKER_CELL), "ข้อมูลแม่แบบ")).toBe(true);
      expect(m.workbook.sheet(name)?.spec?.print?.paper).toBe("A4");
    }
    expect(m.host.charts).toHaveLength(1);
    await userEvent.click(screen.getByRole("button", { name: "ไปที่แผ่นงาน สรุปคะแนน" }));
    expect(m.host.selected).toEqual({ sheet: "สรุปคะแนน", cell: "A1" });
  });

  it("adds the official result form of each round with results, and totals the latest round", async () => {
    const m = memoryHost();
    const plan = goodPlan();
    for (const k of plan.kpis) k.results = { mid: { value: 3, self: 4 } };
    const first = plan.kpis[0];
    if (first) first.result = { value: 5 };
    await withPlan(m, plan);
    await openSummaries(m);
    expect(screen.getByText(/^คะแนนรวมระยะสิ้นปีงบประมาณ 10\.000 จาก 100 \(ประเมินตนเอง 0\.000\)$/)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "สร้าง / ปรับปรุงสรุปผล" }));
    expect(await screen.findByText("สร้างแล้ว 5 แผ่นงาน")).toBeTruthy();
    expect(names(m).slice(-2)).toEqual(["แบบสรุปผลคะแนน (ครึ่งปี)", "แบบสรุปผลคะแนน (สิ้นปี)"]);
    for (const name of names(m).slice(-2)) expect(isGeneratedSheet(name, m.workbook.cell(name, MARKER_CELL), "ข้อมูลแม่แบบ")).toBe(true);
  });

  it("refreshing replaces only its generated sheets: a user's sheet and a user's copy stay", async () => {
    const m = memoryHost();
    await withPlan(m);
    await openSummaries(m);
    await userEvent.click(screen.getByRole("button", { name: "สร้าง / ปรับปรุงสรุปผล" }));
    await screen.findByText("สร้างแล้ว 3 แผ่นงาน");
    // A user copies the score summary (same marker text, other name) and adds a sheet of their own.
    const copy = m.workbook.sheet("สรุปคะแนน");
    m.workbook.sheets.push({ name: "สรุปคะแนน (2)", cells: new Map(copy?.cells), spec: null });
    m.workbook.sheets.push({ name: "บันทึกของฉัน", cells: new Map([["A1", { value: "ข้อความของผู้ใช้", formula: null }]]), spec: null });
    await userEvent.click(screen.getByRole("button", { name: "สร้าง / ปรับปรุงสรุปผล" }));
    expect(await screen.findByText(/แทนที่แผ่นงานสรุปเดิม 3 แผ่น/)).toBeTruthy();
    expect(names(m)).toContain("สรุปคะแนน (2)");
    expect(m.workbook.cell("บันทึกของฉัน", "A1")).toBe("ข้อความของผู้ใช้");
    expect(names(m).filter((n) => n === "สรุปคะแนน")).toHaveLength(1);
  });

  it("never takes the name of a sheet the user made", async () => {
    const m = memoryHost();
    await withPlan(m);
    m.workbook.sheets.push({ name: "สรุปคะแนน", cells: new Map([["A1", { value: "ของผู้ใช้", formula: null }]]), spec: null });
    await openSummaries(m);
    await userEvent.click(screen.getByRole("button", { name: "สร้าง / ปรับปรุงสรุปผล" }));
    await screen.findByText("สร้างแล้ว 3 แผ่นงาน");
    expect(m.workbook.cell("สรุปคะแนน", "A1")).toBe("ของผู้ใช้");
    expect(names(m)).toContain("สรุปคะแนน (2)");
  });
});
