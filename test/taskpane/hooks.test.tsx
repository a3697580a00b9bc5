/** @jest-environment jsdom */
import "./setup";
import { act, renderHook, waitFor } from "@testing-library/react";
import { findFramework } from "../../src/core/frameworks/shipped";
import { services } from "../../src/taskpane/services";
import { readTemplate } from "../../src/template/read";
import { newPlan } from "../../src/core/plan/standard";
import { useLiveCheck } from "../../src/taskpane/hooks/useLiveCheck";
import { useSeal } from "../../src/taskpane/hooks/useSeal";
import { useSummaries } from "../../src/taskpane/hooks/useSummaries";
import { useWorkbookPlan } from "../../src/taskpane/hooks/useWorkbookPlan";
import { cellOf, FW, memoryHost, providers, withPlan } from "./helpers";


describe("useWorkbookPlan", () => {
  it("finds no plan in an empty workbook, inserts one and opens it", async () => {
    const m = memoryHost();
    const { result } = renderHook(() => useWorkbookPlan(), { wrapper: providers(m) });
    await waitFor(() => expect(result.current.status).toBe("ready"));
    expect(result.current.active).toBeNull();
    let ok = false;
    await act(async () => {
      ok = await result.current.insert(newPlan(FW, "สำนักการโยธา"), FW);
    });
    expect(ok).toBe(true);
    expect(result.current.active?.agency).toBe("สำนักการโยธา");
    expect(result.current.inserted?.th).toMatch(/สร้างแม่แบบแล้ว/);
  });

  /** useWorkbookPlan over an empty workbook, ready, and what its `create` answered for the id and agency. */
  async function created(frameworkId: string, agency: string) {
    const m = memoryHost();
    const { result } = renderHook(() => useWorkbookPlan(), { wrapper: providers(m) });
    await waitFor(() => expect(result.current.status).toBe("ready"));
    let ok: boolean | null = null;
    await act(async () => {
      ok = await result.current.create(frameworkId, agency);
    });
    return { m, result, ok };
  }

  it("makes a new plan of a shipped framework (standard KPIs prefilled, the framework stored whole) and inserts it", async () => {
    const { m, result, ok } = await created(FW.id, "สำนักการโยธา");
    expect(ok).toBe(true);
    expect(result.current.active).toMatchObject({ agency: "สำนักการโยธา", framework: FW.id });
    const read = await readTemplate(m.workbook);
    expect(read.frameworkSource).toBe("stored");
    expect(read.framework.focusIssues).toEqual(findFramework(FW.id)?.focusIssues);
    expect(read.plan.kpis.map((k) => k.id)).toEqual(newPlan(FW, "สำนักการโยธา").kpis.map((k) => k.id));
  });

  it("says so when asked for a framework that is not shipped, and inserts nothing", async () => {
    const { result, ok } = await created("bma-2599-bureau", "สำนักการโยธา");
    expect(ok).toBe(false);
    expect(String(result.current.error)).toMatch(/ไม่มีกรอบการประเมิน "bma-2599-bureau".*no framework "bma-2599-bureau"/);
    expect(result.current.templates).toEqual([]);
  });

  it("opens the last template of a workbook that holds several, and any other on request", async () => {
    const m = memoryHost();
    await withPlan(m);
    await services.workbook.insertTemplate(m.workbook, newPlan(FW, "สำนักงานเขตดุสิต"), FW);
    const { result } = renderHook(() => useWorkbookPlan(), { wrapper: providers(m) });
    await waitFor(() => expect(result.current.templates).toHaveLength(2));
    expect(result.current.active?.meta).toBe("ข้อมูลแม่แบบ (2)");
    act(() => result.current.open("ข้อมูลแม่แบบ"));
    expect(result.current.active?.agency).toBe("สำนักการระบายน้ำ");
  });
});

describe("useLiveCheck", () => {
  it("checks when opened, again after each edit, and stops listening when closed", async () => {
    const m = memoryHost();
    await withPlan(m);
    const { result, unmount } = renderHook(() => useLiveCheck("ข้อมูลแม่แบบ", { debounceMs: 0 }), { wrapper: providers(m) });
    await waitFor(() => expect(result.current.result?.kind).toBe("full"));
    expect(result.current.result?.errors).toBe(0);
    act(() => m.host.type("ตัวชี้วัด", cellOf(m.workbook, "ตัวชี้วัด", "1.1-1", "น้ำหนัก"), "abc"));
    await waitFor(() => expect(result.current.result?.kind).toBe("live"));
    expect(result.current.result?.findings.map((f) => f.code)).toContain("NOT_A_NUMBER");
    await act(() => result.current.select({ sheet: "ตัวชี้วัด", cell: "B5" }));
    expect(m.host.selected).toEqual({ sheet: "ตัวชี้วัด", cell: "B5" });
    unmount();
    const calls = m.host.calls;
    m.host.type("ตัวชี้วัด", "C5", "x");
    await new Promise((r) => setTimeout(r, 20));
    expect(m.host.calls).toBe(calls);
  });

  it("waits for typing to pause: three quick edits make one check", async () => {
    const m = memoryHost();
    await withPlan(m);
    const { result } = renderHook(() => useLiveCheck("ข้อมูลแม่แบบ", { debounceMs: 80 }), { wrapper: providers(m) });
    await waitFor(() => expect(result.current.result).not.toBeNull());
    const reads = jest.spyOn(m.host, "read");
    const cell = cellOf(m.workbook, "ตัวชี้วัด", "1.1-1", "ชื่อตัวชี้วัด");
    act(() => {
      m.host.type("ตัวชี้วัด", cell, "ก");
      m.host.type("ตัวชี้วัด", cell, "กข");
      m.host.type("ตัวชี้วัด", cell, "กขค");
    });
    await waitFor(() => expect(result.current.result?.kind).toBe("live"));
    expect(reads).toHaveBeenCalledTimes(1);
    expect(result.current.result?.plan.kpis.find((k) => k.id === "1.1-1")?.name).toBe("กขค");
  });
});

describe("useSeal", () => {
  it("seals a plan without errors and reports errors without sealing", async () => {
    const m = memoryHost();
    await withPlan(m);
    const { result } = renderHook(
      () => {
        const check = useLiveCheck("ข้อมูลแม่แบบ", { debounceMs: 0 });
        return { check, seal: useSeal(check, "ข้อมูลแม่แบบ", () => new Date("2024-01-02T03:04:05Z")) };
      },
      { wrapper: providers(m) },
    );
    await waitFor(() => expect(result.current.check.result).not.toBeNull());
    await act(() => result.current.seal.run());
    expect(result.current.seal.status).toBe("sealed");
    expect(result.current.seal.written?.time).toBe("2024-01-02T03:04:05.000Z");
    expect(result.current.check.result?.sealCheck.status).toBe("intact");
    m.workbook.type("ตัวชี้วัด", cellOf(m.workbook, "ตัวชี้วัด", "1.2-1", "น้ำหนัก"), 5);
    await act(() => result.current.seal.run());
    expect(result.current.seal.status).toBe("errors");
    expect(result.current.seal.errors).toBeGreaterThan(0);
    expect(result.current.check.result?.sealCheck.status).toBe("changed");
  });
});

describe("useSummaries", () => {
  it("generates three sheets and replaces them on refresh", async () => {
    const m = memoryHost();
    await withPlan(m);
    const { result } = renderHook(
      () => {
        const check = useLiveCheck("ข้อมูลแม่แบบ", { debounceMs: 0 });
        return { check, summaries: useSummaries(check, "ข้อมูลแม่แบบ") };
      },
      { wrapper: providers(m) },
    );
    await waitFor(() => expect(result.current.check.result).not.toBeNull());
    await act(() => result.current.summaries.generate());
    expect(result.current.summaries).toMatchObject({ status: "done", sheets: ["แบบสรุปตัวชี้วัด", "สรุปคะแนน", "กราฟคะแนน"], replaced: 0, charted: true });
    await act(() => result.current.summaries.generate());
    expect(result.current.summaries.replaced).toBe(3);
    // The template's six sheets and the three summaries (no results: no result form).
    expect(m.workbook.sheets).toHaveLength(10);
  });
});
