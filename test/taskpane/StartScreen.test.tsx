/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { memoryHost, renderPane, withPlan } from "./helpers";

describe("start screen", () => {
  it("opens on the start screen for a workbook without a plan, with the other steps disabled", async () => {
    const m = memoryHost();
    renderPane(m);
    expect(await screen.findByRole("heading", { name: "เริ่มแผนตัวชี้วัด" })).toBeTruthy();
    const nav = screen.getByRole("navigation", { name: "ขั้นตอน" });
    expect((within(nav).getByRole("button", { name: "ตรวจสอบ" }) as HTMLButtonElement).disabled).toBe(true);
    expect(within(nav).getByRole("button", { name: "เริ่มแผน" }).getAttribute("aria-current")).toBe("page");
    expect(screen.getByText("สมุดงานนี้ยังไม่มีแผนตัวชี้วัด")).toBeTruthy();
  });

  it("offers the shipped fiscal years and the agency kinds each has", async () => {
    const m = memoryHost();
    renderPane(m);
    const year = (await screen.findByRole("combobox", { name: "ปีงบประมาณ" })) as HTMLSelectElement;
    expect([...year.options].map((o) => o.value)).toEqual(["2567", "2566", "2565"]);
    const kind = screen.getByRole("combobox", { name: "ประเภทหน่วยงาน" }) as HTMLSelectElement;
    const district = [...kind.options].find((o) => o.value === "district") as HTMLOptionElement;
    expect(district.disabled).toBe(true);
    await userEvent.selectOptions(year, "2566");
    expect(district.disabled).toBe(false);
    await userEvent.selectOptions(kind, "district");
    expect(screen.getByText(/^กรอบการประเมิน:/).textContent).toContain("ปีงบประมาณ พ.ศ. ๒๕๖๖ สำนักงานเขต");
  });

  it("keeps the year, kind and agency typed when the user visits another step and comes back", async () => {
    const m = memoryHost();
    renderPane(m);
    await userEvent.selectOptions(await screen.findByRole("combobox", { name: "ปีงบประมาณ" }), "2566");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "ประเภทหน่วยงาน" }), "district");
    await userEvent.type(screen.getByRole("combobox", { name: /หน่วยงาน/, description: /./ }), "สำนักงานเขตบางรัก");
    const nav = screen.getByRole("navigation", { name: "ขั้นตอน" });
    await userEvent.click(within(nav).getByRole("button", { name: "นำเข้า" }));
    await screen.findByRole("heading", { name: "นำเข้าจากข้อความ" });
    await userEvent.click(within(nav).getByRole("button", { name: "เริ่มแผน" }));
    expect(((await screen.findByRole("combobox", { name: "ปีงบประมาณ" })) as HTMLSelectElement).value).toBe("2566");
    expect((screen.getByRole("combobox", { name: "ประเภทหน่วยงาน" }) as HTMLSelectElement).value).toBe("district");
    expect((screen.getByRole("combobox", { name: /หน่วยงาน/, description: /./ }) as HTMLInputElement).value).toBe("สำนักงานเขตบางรัก");
  });

  it("asks for the agency before inserting", async () => {
    const m = memoryHost();
    renderPane(m);
    await userEvent.click(await screen.findByRole("button", { name: "สร้างแม่แบบในสมุดงานนี้" }));
    expect(screen.getByText("กรุณาระบุหน่วยงาน")).toBeTruthy();
    expect(m.workbook.sheets).toHaveLength(0);
  });

  it("turns an abbreviation into the agency's name, inserts the template and goes to the check", async () => {
    const m = memoryHost();
    renderPane(m);
    const agency = await screen.findByRole("combobox", { name: /หน่วยงาน/ , description: /./ });
    await userEvent.type(agency, "สนน.");
    expect(screen.getByText("จะใช้ชื่อ: สำนักการระบายน้ำ")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "สร้างแม่แบบในสมุดงานนี้" }));
    expect(await screen.findByRole("heading", { name: "ตรวจสอบแผน" })).toBeTruthy();
    expect(m.workbook.sheets.map((s) => s.name)).toEqual(["ตัวชี้วัด", "เกณฑ์การให้คะแนน", "ผลการประเมิน", "ความเห็นผู้ประเมิน", "แผนปฏิบัติการ", "ประเด็นมุ่งเน้น", "ข้อมูลแม่แบบ"]);
    expect(m.workbook.cell("ข้อมูลแม่แบบ", "B9")).toBe("สำนักการระบายน้ำ");
    await waitFor(() => expect(screen.getAllByRole("meter").length).toBeGreaterThan(5));
  });

  it("never overwrites: a second template goes next to the first, and both can be opened", async () => {
    const m = memoryHost();
    await withPlan(m);
    renderPane(m);
    await userEvent.click(await screen.findByRole("button", { name: "เริ่มแผน" }));
    await userEvent.type(screen.getByRole("combobox", { name: /หน่วยงาน/, description: /./ }), "สำนักงานเขตบางรัก");
    await userEvent.click(screen.getByRole("button", { name: "สร้างแม่แบบในสมุดงานนี้" }));
    await screen.findByRole("heading", { name: "ตรวจสอบแผน" });
    expect(m.workbook.sheets.map((s) => s.name)).toContain("ตัวชี้วัด (2)");
    await userEvent.click(screen.getByRole("button", { name: "เริ่มแผน" }));
    const list = screen.getByRole("list", { name: "แผนที่มีอยู่ในสมุดงานนี้" });
    expect(within(list).getAllByRole("button")).toHaveLength(2);
    expect(screen.getByRole("button", { name: /เปิดแผน สำนักงานเขตบางรัก/ }).getAttribute("aria-current")).toBe("true");
  });
});
