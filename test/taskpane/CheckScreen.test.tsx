/** @jest-environment jsdom */
import "./setup";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { cellOf, memoryHost, renderPane, withPlan } from "./helpers";

const REGISTER = "ตัวชี้วัด";
const RUBRIC = "เกณฑ์การให้คะแนน";

async function openGoodPlan() {
  const m = memoryHost();
  await withPlan(m);
  renderPane(m);
  await screen.findByRole("heading", { name: "ตรวจสอบแผน" });
  await screen.findByText("ไม่พบปัญหา");
  return m;
}

const findings = (): HTMLElement | null => screen.queryByRole("region", { name: "ข้อผิดพลาด (1)" });

describe("check screen", () => {
  it("lists a finding on the hidden metadata sheet with where it is, without a jump Excel could not make", async () => {
    const m = await openGoodPlan();
    const META = "ข้อมูลแม่แบบ";
    const sheet = m.workbook.sheet(META);
    const year = [...(sheet?.cells.entries() ?? [])].find(([, c]) => c.value === "fiscalYear")?.[0] ?? "A1";
    const cell = `B${year.slice(1)}`;
    act(() => m.host.type(META, cell, "ไม่ใช่ปี"));
    // The metadata sheet is not watched: the full check finds it.
    await userEvent.click(screen.getByRole("button", { name: "ตรวจทั้งหมดอีกครั้ง" }));
    const item = await screen.findByRole("button", { name: new RegExp(`— ${META}!${cell}$`) });
    expect(item.getAttribute("aria-disabled")).toBe("true");
    expect(item.getAttribute("aria-label")).not.toMatch(/ไปที่/);
  });

  it("opens a workbook that holds a plan straight on the check, with no findings and full weights", async () => {
    await openGoodPlan();
    expect(screen.getByRole("status").textContent).toMatch(/ไม่พบปัญหา/);
    const total = screen.getByRole("meter", { name: /รวมทั้งแผน/ });
    expect(total.getAttribute("aria-valuenow")).toBe("100");
    expect(total.getAttribute("aria-valuemax")).toBe("100");
    expect(screen.getByRole("meter", { name: /^1\.1 .*30 จาก 30/ })).toBeTruthy();
  });

  it("finds an invalid weight as it is typed, marks its cell, and lets it go when fixed", async () => {
    const m = await openGoodPlan();
    const cell = cellOf(m.workbook, REGISTER, "1.1-1", "น้ำหนัก");
    act(() => m.host.type(REGISTER, cell, "สิบ"));
    const item = await screen.findByRole("button", { name: new RegExp(`ข้อผิดพลาด: .*— ไปที่ ${REGISTER}!${cell}`) });
    expect(item.textContent).toContain("NOT_A_NUMBER");
    expect(m.workbook.cell(REGISTER, cell)).toBe("สิบ");
    expect(screen.getByRole("meter", { name: /^1\.1 / }).getAttribute("aria-valuenow")).toBe("20");

    act(() => m.host.type(REGISTER, cell, 10));
    await waitFor(() => expect(screen.queryByRole("button", { name: new RegExp(`${REGISTER}!${cell}`) })).toBeNull());
    expect(screen.getByText("ไม่พบปัญหา")).toBeTruthy();
    expect(m.workbook.cell(REGISTER, cell)).toBe(10);
  });

  it("reads Thai digits typed as a weight as the number they are", async () => {
    const m = await openGoodPlan();
    act(() => m.host.type(REGISTER, cellOf(m.workbook, REGISTER, "1.1-1", "น้ำหนัก"), "๑๐"));
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/ไม่พบปัญหา/));
    expect(findings()).toBeNull();
  });

  it("re-reads a pasted block (no details) and lists each bad rubric point", async () => {
    const m = await openGoodPlan();
    const first = cellOf(m.workbook, RUBRIC, "1.1-1", "คะแนนที่ได้รับ", 1);
    act(() => m.host.paste(RUBRIC, first, [[1], [2], [3], [4], [5]]));
    const errors = await screen.findByRole("region", { name: /^ข้อผิดพลาด/ });
    const items = within(errors).getAllByRole("button");
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.every((b) => b.textContent?.includes("RUBRIC_POINTS"))).toBe(true);
    expect(within(errors).getByText("ตัวชี้วัด 1.1-1")).toBeTruthy();
  });

  it("selects a finding's cell when it is clicked or activated from the keyboard", async () => {
    const m = await openGoodPlan();
    const cell = cellOf(m.workbook, REGISTER, "1.2-1", "น้ำหนัก");
    act(() => m.host.type(REGISTER, cell, -5));
    const item = await screen.findByRole("button", { name: new RegExp(`${REGISTER}!${cell}`) });
    await userEvent.click(item);
    expect(m.host.selected).toEqual({ sheet: REGISTER, cell });
    m.host.selected = null;
    item.focus();
    await userEvent.keyboard("{Enter}");
    expect(m.host.selected).toEqual({ sheet: REGISTER, cell });
  });

  it("lists errors before warnings, grouped by KPI", async () => {
    const m = await openGoodPlan();
    act(() => m.host.type(REGISTER, cellOf(m.workbook, REGISTER, "1.3-2", "เป้าหมาย"), "ระดับ ๓"));
    act(() => m.host.type(REGISTER, cellOf(m.workbook, REGISTER, "1.1-2", "น้ำหนัก"), 0));
    const warnings = await screen.findByRole("region", { name: /^คำเตือน/ });
    const errors = screen.getByRole("region", { name: /^ข้อผิดพลาด/ });
    expect(errors.compareDocumentPosition(warnings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(warnings).getByText("ตัวชี้วัด 1.3-2")).toBeTruthy();
  });

  it("re-checks everything on demand, catching edits whose events were missed", async () => {
    const m = await openGoodPlan();
    const cell = cellOf(m.workbook, REGISTER, "1.1-1", "น้ำหนัก");
    m.workbook.type(REGISTER, cell, "x"); // no event
    await userEvent.click(screen.getByRole("button", { name: "ตรวจทั้งหมดอีกครั้ง" }));
    expect(await screen.findByRole("button", { name: new RegExp(`${REGISTER}!${cell}`) })).toBeTruthy();
  });

  it("reports cells whose values break Excel's data validation (Paste Special › Values keeps the rule) that the plan rules do not catch", async () => {
    const m = await openGoodPlan();
    const PLAN = "แผนปฏิบัติการ";
    const cell = cellOf(m.workbook, PLAN, "1.1-1", "งบประมาณ (บาท)");
    act(() => m.host.paste(PLAN, cell, [[-2500]], true));
    const item = await screen.findByRole("button", { name: new RegExp(`${PLAN}!${cell}`) });
    expect(item.textContent).toContain("EXCEL_VALIDATION");
    expect(item.textContent).toContain("-2500");
  });
});
