// The pane's checker (src/taskpane/check/checker.ts) over both adapters of the ports (memory, and
// Office.js over the fake Excel): full and live checks mark exactly the offending cells, take the
// marks away when the cells are fixed (also marks an earlier pane left), never mark a protected
// sheet yet list its findings, and list the findings whatever happens to the marks.
import { LiveCheck } from "../../src/taskpane/check/live";
import { marksOf } from "../../src/taskpane/check/marks";
import { PlanChecker, type CheckResult } from "../../src/taskpane/check/checker";
import { shippedFor } from "../../src/taskpane/shippedFrameworks";
import type { TemplateMeta } from "../../src/layout/read";
import { EXCEL_VALIDATION } from "../../src/template/findings";
import type { PaneHost } from "../../src/taskpane/context";
import type { SheetChange } from "../../src/workbook/ports";
import { parsed, validPlan } from "../helpers/plan";
import { cellOf } from "../workbook/harness";
import { PORT_HARNESSES, type OpenWorkbook } from "../workbook/ports/harness";

const kpi = (id: string) => (r: Record<string, unknown>) => r["รหัส"] === id;

describe.each(PORT_HARNESSES)("PlanChecker over $name", (h) => {
  const dataSheets = (wb: OpenWorkbook) => [wb.sheets.register, wb.sheets.rubric, wb.sheets.evaluation, wb.sheets.reviews, wb.sheets.actionPlan];

  /** The marks in the workbook, as "sheet!cell severity", read through the live port. */
  async function marks(wb: OpenWorkbook, sheets = dataSheets(wb)): Promise<string[]> {
    const r = await wb.ports.live.read({ marksIn: sheets });
    return r.marks.map((m) => `${m.sheet}!${m.cell} ${m.severity}`).sort();
  }

  /** The marks a check's findings ask for, on the sheets that are not protected. */
  function wanted(result: CheckResult, locked: readonly string[]): string[] {
    return marksOf(result.findings)
      .filter((m) => !locked.includes(m.sheet))
      .map((m) => `${m.sheet}!${m.cell} ${m.severity}`)
      .sort();
  }

  const checker = (wb: OpenWorkbook, ports: Pick<PaneHost, "live" | "marks"> = wb.ports) => new PlanChecker(ports, wb.sheets.meta);
  const cell = (wb: OpenWorkbook, sheet: string, header: string, id: string) => cellOf(wb.ports.workbook, sheet, header, kpi(id));

  it("finds nothing and marks nothing on a fresh template", async () => {
    const wb = await h.open();
    const r = await checker(wb).full();
    expect([r.errors, r.warnings, r.marked]).toEqual([0, 0, true]);
    expect(await marks(wb)).toEqual([]);
  });

  it("asks for the shipped frameworks once while the metadata is unchanged (live checks), again when it is read anew, and again after a failed fetch", async () => {
    const wb = await h.open();
    const { register } = wb.sheets;
    let fail = false;
    const asked = jest.fn((meta: TemplateMeta | null) => (fail ? Promise.reject(new Error("offline")) : shippedFor(meta)));
    const c = new PlanChecker(wb.ports, wb.sheets.meta, undefined, asked);
    await c.full();
    const opened = asked.mock.calls.length;
    const weight = await cell(wb, register, "น้ำหนัก", "1.1-1");
    for (const w of [7, 8, 9]) {
      await wb.user.type(register, weight, w);
      await c.live([{ sheet: register, address: weight, structural: false }]);
    }
    expect(asked).toHaveBeenCalledTimes(opened);
    fail = true;
    await expect(c.full()).rejects.toThrow("offline");
    fail = false;
    const r = await c.full();
    expect(asked).toHaveBeenCalledTimes(opened + 2);
    expect(r.framework.id).toBe(r.meta.framework);
  });

  it("marks exactly the offending cells in a full check", async () => {
    const wb = await h.open();
    const { register, rubric } = wb.sheets;
    const weight = await cell(wb, register, "น้ำหนัก", "1.1-1");
    const points = await cellOf(wb.ports.workbook, rubric, "คะแนนที่ได้รับ", kpi("1.1-2"));
    await wb.user.type(register, weight, "abc");
    await wb.user.type(rubric, points, 99);
    const r = await checker(wb).full();
    expect(r.marked).toBe(true);
    const present = await marks(wb);
    expect(present).toEqual(wanted(r, [wb.sheets.evaluation]));
    expect(present).toEqual(expect.arrayContaining([`${register}!${weight} error`, `${rubric}!${points} error`]));
    expect(wb.cell(register, weight)).toBe("abc");
  });

  it("marks a cell as it is typed in a live check, and takes the mark away once it is fixed", async () => {
    const wb = await h.open();
    const { register } = wb.sheets;
    const c = checker(wb);
    await c.full();
    const weight = await cell(wb, register, "น้ำหนัก", "1.1-1");
    const change: SheetChange[] = [{ sheet: register, address: weight, structural: false }];
    await wb.user.type(register, weight, -3);
    const bad = await c.live(change);
    expect(bad.findings.some((f) => f.where.cell === weight && f.severity === "error")).toBe(true);
    expect(await marks(wb)).toEqual(wanted(bad, [wb.sheets.evaluation]));
    expect(await marks(wb)).toContain(`${register}!${weight} error`);
    await wb.user.type(register, weight, 10);
    const fixed = await c.live(change);
    expect(fixed.errors).toBe(0);
    expect(await marks(wb)).toEqual([]);
  });

  it("reads a result typed as a percentage in a live check (the changed cell's number format comes with its value), and says so", async () => {
    const wb = await h.open(parsed(validPlan({ shared: "explicit" })));
    const { evaluation } = wb.sheets;
    const c = checker(wb);
    await c.full();
    const result = await cellOf(wb.ports.workbook, evaluation, "ผลของคณะกรรมการ", (r) => r["รหัส"] === "3.2-1" && r["รอบการประเมิน"] === "สิ้นปี");
    await wb.user.type(evaluation, result, "98.77%");
    const r = await c.live([{ sheet: evaluation, address: result, structural: false }]);
    expect(r.kind).toBe("live");
    expect(r.plan.kpis.find((k) => k.id === "3.2-1")?.result?.value).toBe(98.77);
    expect(r.findings.filter((f) => f.where.cell === result).map((f) => [f.code, f.severity])).toEqual([["PERCENT_CELL", "warning"]]);
  });

  it("re-reads only a pasted block in a live check, whole sheets after a structural change, and marks each bad cell", async () => {
    const wb = await h.open();
    const { rubric } = wb.sheets;
    const c = checker(wb);
    await c.full();
    const heard: SheetChange[] = [];
    await wb.ports.live.watch([rubric], (changes) => heard.push(...changes));
    const read = jest.spyOn(wb.ports.live, "read");
    const first = await cellOf(wb.ports.workbook, rubric, "คะแนนที่ได้รับ", kpi("1.1-1"));
    await wb.user.paste(rubric, first, [[1], [2], [3], [4], [5]]);
    const r = await c.live(heard);
    expect(read.mock.calls[0]?.[0]).toMatchObject({ sheets: [], ranges: heard.map(({ sheet, address }) => ({ sheet, address })) });
    const bad = r.findings.filter((f) => f.code === "RUBRIC_POINTS").map((f) => `${f.where.sheet}!${f.where.cell} error`);
    expect(bad.length).toBeGreaterThanOrEqual(4);
    expect(await marks(wb)).toEqual(expect.arrayContaining(bad));
    await c.live([{ sheet: rubric, address: "A9", structural: true }]);
    expect(read.mock.lastCall?.[0]).toMatchObject({ sheets: [rubric], ranges: [] });
  });

  it("takes away the marks an earlier pane left once their cells are fixed", async () => {
    const wb = await h.open();
    const { register } = wb.sheets;
    const weight = await cell(wb, register, "น้ำหนัก", "1.1-1");
    await wb.user.type(register, weight, "abc");
    await checker(wb).full();
    expect(await marks(wb)).toContain(`${register}!${weight} error`);
    // The pane is closed, the cell fixed, the pane opened again.
    await wb.user.type(register, weight, 10);
    const again = await checker(wb, wb.reopen()).full();
    expect(again.errors).toBe(0);
    expect(await marks(wb)).toEqual([]);
  });

  it("never marks a protected sheet, yet lists its findings", async () => {
    const wb = await h.open();
    const { register, evaluation } = wb.sheets;
    const result = await cell(wb, evaluation, "ผลของคณะกรรมการ", "1.1-1");
    const weight = await cell(wb, register, "น้ำหนัก", "1.1-2");
    // A person lifts the evaluation sheet's protection to type, then protects it again.
    wb.user.unprotect(evaluation);
    await wb.user.type(evaluation, result, "ไม่ใช่ตัวเลข");
    wb.user.protect(evaluation);
    await wb.user.type(register, weight, "abc");
    const r = await checker(wb).full();
    expect(r.findings.some((f) => f.where.sheet === evaluation && f.where.cell === result)).toBe(true);
    const present = await marks(wb);
    expect(present.filter((m) => m.startsWith(`${evaluation}!`))).toEqual([]);
    expect(present).toContain(`${register}!${weight} error`);
    // The result typed there lacks a sign-off: the review sheet, protected too, is not marked either.
    expect(present).toEqual(wanted(r, [evaluation, wb.sheets.reviews]));
  });

  it("lists the findings on a host that cannot mark, and when marking fails", async () => {
    const wb = await h.open();
    const { register } = wb.sheets;
    const weight = await cell(wb, register, "น้ำหนัก", "1.1-1");
    await wb.user.type(register, weight, "abc");
    const refuse = async () => {
      throw new Error("InvalidOperation");
    };
    for (const marksPort of [{ canMark: false, updateMarks: refuse }, { canMark: true, updateMarks: refuse }]) {
      const r = await checker(wb, { live: wb.ports.live, marks: marksPort }).full();
      expect(r.findings.some((f) => f.where.sheet === register && f.where.cell === weight)).toBe(true);
      expect(r.marked).toBe(false);
    }
    expect(await marks(wb)).toEqual([]);
  });

  it("takes a component picked from the cell's drop-down as valid: Excel's list and the cell both hold text", async () => {
    const wb = await h.open();
    const { register } = wb.sheets;
    const component = await cell(wb, register, "องค์ประกอบ", "1.1-1");
    wb.user.unheard.pick(register, component, "1.1");
    const r = await checker(wb).full();
    expect(r.findings.filter((f) => f.code === EXCEL_VALIDATION)).toEqual([]);
    expect(await marks(wb)).toEqual([]);
  });

  it("still finds a bad value pasted over a cell's validation (a plain paste takes Excel's rule away)", async () => {
    const wb = await h.open();
    const { register } = wb.sheets;
    const weight = await cell(wb, register, "น้ำหนัก", "1.1-1");
    const component = await cell(wb, register, "องค์ประกอบ", "1.1-2");
    await wb.user.paste(register, weight, [["abc"]]);
    await wb.user.paste(register, component, [["9.9"]]);
    const r = await checker(wb).full();
    const at = (c: string) => r.findings.filter((f) => f.where.sheet === register && f.where.cell === c && f.severity === "error");
    expect(at(weight).length).toBeGreaterThan(0);
    expect(at(component).length).toBeGreaterThan(0);
    expect(await marks(wb)).toEqual(expect.arrayContaining([`${register}!${weight} error`, `${register}!${component} error`]));
  });

  it("misses no edit Excel does not report (a drop-down pick, Text to Columns, a fill over filtered rows): the full check finds them", async () => {
    const wb = await h.open();
    const { register, rubric } = wb.sheets;
    const results: CheckResult[] = [];
    const live = new LiveCheck(checker(wb), {
      debounceMs: 5,
      onResult: (r) => results.push(r),
      onError: (e) => {
        throw e;
      },
    });
    await live.start();
    const kind = await cell(wb, register, "ชนิดเกณฑ์", "1.1-2");
    const weight = await cell(wb, register, "น้ำหนัก", "1.1-3");
    const points = await cellOf(wb.ports.workbook, rubric, "คะแนนที่ได้รับ", kpi("1.1-1"));
    wb.user.unheard.pick(register, kind, "ไม่มีในรายการ");
    wb.user.unheard.textToColumns(register, weight, [["ห้า"]]);
    wb.user.unheard.fillFiltered(rubric, [points], 99);
    await wb.user.settle();
    await new Promise((r) => setTimeout(r, 30));
    expect(results.map((r) => r.kind)).toEqual(["full"]);
    const full = await live.checkNow();
    const found = (sheet: string, c: string) => full.findings.some((f) => f.where.sheet === sheet && f.where.cell === c);
    expect([found(register, kind), found(register, weight), found(rubric, points)]).toEqual([true, true, true]);
    await live.stop();
  });

  /** A LiveCheck over the workbook that keeps what it reports. */
  function liveCheck(wb: OpenWorkbook) {
    const results: CheckResult[] = [];
    const errors: unknown[] = [];
    const live = new LiveCheck(checker(wb), { debounceMs: 5, onResult: (r) => results.push(r), onError: (e) => errors.push(e) });
    return { live, results, errors };
  }

  it("finds its sheets after a person renames them (by their tables), and checks and watches them under their new names", async () => {
    const wb = await h.open();
    const { register, rubric } = wb.sheets;
    const weight = await cell(wb, register, "น้ำหนัก", "1.1-1");
    wb.user.rename(register, "KPI ของเรา");
    wb.user.rename(rubric, "เกณฑ์");
    const { live, results, errors } = liveCheck(wb);
    const first = await live.start();
    expect(first.findings.filter((f) => f.code === "SHEET_MISSING")).toEqual([]);
    expect(first.errors).toBe(0);
    await wb.user.type("KPI ของเรา", weight, "abc");
    await waitFor(() => results.length === 2);
    expect(results[1]?.findings.some((f) => f.where.sheet === "KPI ของเรา" && f.where.cell === weight)).toBe(true);
    expect(await marks(wb, ["KPI ของเรา"])).toContain(`KPI ของเรา!${weight} error`);
    // Renamed again while the pane is open: the next check follows it.
    wb.user.rename("KPI ของเรา", "ตัวชี้วัดปีนี้");
    await wb.user.type("ตัวชี้วัดปีนี้", weight, 10);
    await waitFor(() => results.length >= 3 && results[results.length - 1]?.errors === 0);
    await wb.user.type("ตัวชี้วัดปีนี้", weight, "xyz");
    await waitFor(() => results[results.length - 1]?.findings.some((f) => f.where.sheet === "ตัวชี้วัดปีนี้" && f.where.cell === weight) === true);
    expect(errors).toEqual([]);
    await live.stop();
  });

  it("says which sheet is missing after a person deletes one, and keeps checking and watching the others", async () => {
    const wb = await h.open();
    const { register, actionPlan } = wb.sheets;
    wb.user.deleteSheet(actionPlan);
    const { live, results, errors } = liveCheck(wb);
    const first = await live.start();
    expect(first.findings.filter((f) => f.code === "SHEET_MISSING").map((f) => f.message.en)).toEqual([`sheet "${actionPlan}" is missing`]);
    const weight = await cell(wb, register, "น้ำหนัก", "1.1-1");
    await wb.user.type(register, weight, "abc");
    await waitFor(() => results.length === 2);
    expect(results[1]?.findings.some((f) => f.where.sheet === register && f.where.cell === weight)).toBe(true);
    expect(results[1]?.marked).toBe(true);
    expect(errors).toEqual([]);
    await live.stop();
  });

  it("tells onError when it cannot start (the metadata sheet is gone), rather than saying nothing", async () => {
    const wb = await h.open();
    wb.user.deleteSheet(wb.sheets.meta);
    const { live, results, errors } = liveCheck(wb);
    await expect(live.start()).rejects.toThrow();
    expect(results).toEqual([]);
    expect(String(errors[0])).toContain(wb.sheets.meta);
  });

  it("checks live after people's edits through LiveCheck, never after its own marks", async () => {
    const wb = await h.open();
    const { register } = wb.sheets;
    const kinds: string[] = [];
    const live = new LiveCheck(checker(wb), {
      debounceMs: 5,
      onResult: (r) => kinds.push(r.kind),
      onError: (e) => {
        throw e;
      },
    });
    await live.start();
    await wb.user.type(register, await cell(wb, register, "น้ำหนัก", "1.1-2"), "abc");
    await waitFor(() => kinds.length === 2);
    // The live check marked the cell: that write is not heard, so no check follows it.
    await wb.user.settle();
    await new Promise((r) => setTimeout(r, 30));
    await wb.user.settle();
    expect(kinds).toEqual(["full", "live"]);
    expect((await marks(wb)).length).toBeGreaterThan(0);
    await live.stop();
  });
});

async function waitFor(done: () => boolean, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  while (!done()) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 5));
  }
}
