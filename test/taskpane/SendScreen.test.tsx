/** @jest-environment jsdom */
import "./setup";
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { LAYOUT_VERSION } from "../../src/layout/layout";
import { SEAL_METHOD, sealDigest } from "../../src/seal/seal";
import { sealFromGrid } from "../../src/seal/store";
import { readTemplate } from "../../src/template/read";
import { cellOf, memoryHost, renderPane, withPlan, type MemoryPane } from "./helpers";

const NOW = new Date("2024-05-12T03:05:00Z");

async function openSend(m: MemoryPane, clipboard?: { writeText: (s: string) => Promise<void> }) {
  renderPane(m, { now: () => NOW });
  await screen.findByRole("heading", { name: "ตรวจสอบแผน" });
  await userEvent.click(screen.getByRole("button", { name: "ตรวจก่อนส่ง" }));
  await screen.findByRole("heading", { name: "ตรวจก่อนส่ง" });
  void clipboard;
}

describe("check before sending", () => {
  it("seals a plan without errors: SHA-256 of the plan read back, the stored framework and the seal's framework, time and layout version", async () => {
    const m = memoryHost();
    await withPlan(m);
    await openSend(m);
    await userEvent.click(screen.getByRole("button", { name: "ตรวจและประทับตรา" }));
    expect(await screen.findByText("ประทับตราแล้ว พร้อมส่ง")).toBeTruthy();
    expect(screen.getByText(/ตรวจและประทับตราเมื่อ ๑๒ พ\.ค\. ๒๕๖๗ เวลา ๑๐:๐๕ น\./)).toBeTruthy();
    const seal = sealFromGrid((await m.workbook.readSheets(["ข้อมูลแม่แบบ"])).get("ข้อมูลแม่แบบ"));
    const { plan, meta } = await readTemplate(m.workbook);
    const fields = { framework: "bma-2567-bureau", time: NOW.toISOString(), layoutVersion: LAYOUT_VERSION };
    expect(seal).toEqual({ digest: await sealDigest({ plan, frameworkJson: meta.frameworkJson }, fields), ...fields, method: SEAL_METHOD });
    expect(screen.getByText(seal?.digest as string)).toBeTruthy();
    const subject = screen.getByRole("textbox", { name: "หัวเรื่องอีเมล" }) as HTMLInputElement;
    expect(subject.value).toBe(`ส่งแผนตัวชี้วัดเจรจาตกลง ปีงบประมาณ 2567 — สำนักการระบายน้ำ (ตรวจแล้ว SHA-256 ${seal?.digest.slice(0, 8)})`);
    expect(screen.getByText(/mailto:/)).toBeTruthy();
  });

  it("with errors, does not seal and opens the list of findings", async () => {
    const m = memoryHost();
    await withPlan(m);
    m.workbook.type("ตัวชี้วัด", cellOf(m.workbook, "ตัวชี้วัด", "1.1-1", "น้ำหนัก"), 15);
    await openSend(m);
    await userEvent.click(screen.getByRole("button", { name: "ตรวจและประทับตรา" }));
    expect(await screen.findByRole("heading", { name: "ตรวจสอบแผน" })).toBe(document.activeElement);
    expect(screen.getByRole("region", { name: /^ข้อผิดพลาด/ })).toBeTruthy();
    expect(sealFromGrid((await m.workbook.readSheets(["ข้อมูลแม่แบบ"])).get("ข้อมูลแม่แบบ"))).toBeNull();
  });

  it("says the seal is broken once the plan is edited after sealing", async () => {
    const m = memoryHost();
    await withPlan(m);
    await openSend(m);
    await userEvent.click(screen.getByRole("button", { name: "ตรวจและประทับตรา" }));
    await screen.findByText("ประทับตราแล้ว พร้อมส่ง");
    act(() => m.host.type("ตัวชี้วัด", cellOf(m.workbook, "ตัวชี้วัด", "1.1-1", "ชื่อตัวชี้วัด"), "ชื่อใหม่ของตัวชี้วัด"));
    expect(await screen.findByText(/ตราไม่ตรงแล้ว/)).toBeTruthy();
  });

  it("remembers the central office address and copies the subject", async () => {
    const m = memoryHost();
    await withPlan(m);
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await openSend(m);
    await userEvent.type(screen.getByRole("textbox", { name: "อีเมลของสำนักงานกลาง" }), "kpi@example.org");
    expect(localStorage.getItem("kpi-addin.recipient")).toBe("kpi@example.org");
    await userEvent.click(screen.getByRole("button", { name: "คัดลอกหัวเรื่อง" }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(expect.stringContaining("ส่งแผนตัวชี้วัดเจรจาตกลง ปีงบประมาณ 2567")));
    expect(screen.getByRole("button", { name: "คัดลอกหัวเรื่อง" }).textContent).toBe("คัดลอกแล้ว");
  });
});
