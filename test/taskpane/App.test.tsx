/** @jest-environment jsdom */
import "./setup";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { requestView } from "../../src/runtime/viewRequests";
import { findFramework } from "../../src/core/frameworks/shipped";
import { getDefaults, resetDefaults } from "../../src/runtime/functionDefaults";
import { newPlan } from "../../src/core/plan/standard";
import { insertTemplate } from "../../src/template/insert";
import { NoHost } from "../../src/taskpane/NoHost";
import { memoryHost, renderPane, withPlan } from "./helpers";

describe("the pane", () => {
  it("speaks English when Office's display language is not Thai, and switches to Thai", async () => {
    const m = memoryHost("en-US");
    await withPlan(m);
    renderPane(m);
    expect(await screen.findByRole("heading", { name: "Plan check" })).toBeTruthy();
    expect(screen.getByRole("navigation", { name: "Steps" })).toBeTruthy();
    const toggle = screen.getByRole("switch", { name: /English/ });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    await userEvent.click(toggle);
    expect(screen.getByRole("heading", { name: "ตรวจสอบแผน" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("th");
  });

  it("opens in Thai for a Thai Office", async () => {
    const m = memoryHost("th-TH");
    renderPane(m);
    expect(await screen.findByRole("heading", { level: 1, name: "ตัวชี้วัดเจรจาตกลง กทม." })).toBeTruthy();
    expect((screen.getByRole("switch", { name: /English/ }) as HTMLInputElement).checked).toBe(false);
  });

  it("is usable from the keyboard: steps are buttons in a labelled navigation, focus lands on each screen's heading", async () => {
    const m = memoryHost();
    await withPlan(m);
    renderPane(m);
    await screen.findByRole("heading", { name: "ตรวจสอบแผน" });
    const nav = screen.getByRole("navigation", { name: "ขั้นตอน" });
    within(nav).getByRole("button", { name: "สรุปผล" }).focus();
    await userEvent.keyboard("{Enter}");
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "สรุปผล" }));
    await userEvent.tab();
    expect(document.activeElement?.tagName).toBe("BUTTON");
    within(nav).getByRole("button", { name: "ตรวจก่อนส่ง" }).focus();
    await userEvent.keyboard(" ");
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "ตรวจก่อนส่ง" }));
  });

  it("labels every control", async () => {
    const m = memoryHost();
    await withPlan(m);
    renderPane(m);
    await screen.findByRole("heading", { name: "ตรวจสอบแผน" });
    for (const view of ["เริ่มแผน", "ตรวจสอบ", "ตรวจก่อนส่ง", "สรุปผล"]) {
      await userEvent.click(within(screen.getByRole("navigation")).getByRole("button", { name: view }));
      for (const role of ["button", "textbox", "combobox", "switch", "meter"] as const) {
        for (const el of screen.queryAllByRole(role)) {
          const name = el.getAttribute("aria-label") ?? el.textContent ?? "";
          const labelled = name.trim() !== "" || el.hasAttribute("aria-labelledby") || (el.id !== "" && document.querySelector(`label[for="${el.id}"]`) !== null);
          expect(labelled).toBe(true);
        }
      }
    }
  });

  it("runs the check before sending when the ribbon button asks for it", async () => {
    const m = memoryHost();
    await withPlan(m);
    renderPane(m);
    await screen.findByRole("heading", { name: "ตรวจสอบแผน" });
    act(() => requestView("send"));
    expect(await screen.findByRole("heading", { name: "ตรวจก่อนส่ง" })).toBeTruthy();
    expect(await screen.findByText("ประทับตราแล้ว พร้อมส่ง")).toBeTruthy();
  });

  it("gives the custom functions the ladder of the open plan's framework", async () => {
    resetDefaults();
    const fw2566 = findFramework("bma-2566-bureau");
    if (!fw2566) throw new Error("no FY2566 framework");
    const m = memoryHost();
    await insertTemplate(m.workbook, newPlan(fw2566, "สำนักการโยธา"), fw2566);
    renderPane(m);
    await screen.findByRole("heading", { name: "ตรวจสอบแผน" });
    await screen.findAllByRole("meter");
    expect(getDefaults()).toMatchObject({ frameworkId: "bma-2566-bureau", ladder: fw2566.ladder });
    resetDefaults();
  });

  it("tells people outside Excel to open it from Excel", () => {
    render(<NoHost displayLanguage="en-GB" />);
    expect(screen.getByText(/works inside Excel/)).toBeTruthy();
  });
});
