// Reading a workbook back: whatever the cells hold, reading returns a plan and says what it could
// not understand, with the cell. It never throws for a cell's content.
import fc from "fast-check";
import { parsePlan, type PlanInput } from "../../src/core/schema/plan";
import { validatePlan } from "../../src/core/validation/validate";
import { cellAddress } from "../../src/workbook/a1";
import { roundTripForm } from "../../src/layout/roundTrip";
import { META_KEYS } from "../../src/layout/layout";
import { readMeta, readPlanFromGrids } from "../../src/layout/read";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/render";
import type { Grid } from "../../src/workbook/model";
import { MemoryWorkbook } from "../workbook/memory";
import { insertTemplate } from "../../src/template/insert";
import { NotATemplateError, readTemplate } from "../../src/template/read";
import { fixture, framework2567 } from "../workbook/harness";
import { toLayout1 } from "../support/layout1";
import { richPlan } from "../workbook/plans";

const fw = framework2567();

async function workbookOf(plan = richPlan()): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await insertTemplate(wb, plan, fw);
  return wb;
}

const JUNK = [null, "", " ", "-", "=", "=1/0", "#REF!", "#N/A", "abc", "๑๐", "ร้อยละ ๙๘.๗๗", "๑๐ หรือ ๒๐", 0, -1, 1e12, 45292.5, true, false, "ต.ค.", "พ.ศ.", "รวม", "องค์ประกอบที่ ๙"];

describe("reading never throws for what a cell holds", () => {
  it("returns a plan that parses, and issues that name a sheet and a cell, after random edits", async () => {
    const sheets = [DEFAULT_SHEET_NAMES.register, DEFAULT_SHEET_NAMES.rubric, DEFAULT_SHEET_NAMES.evaluation, DEFAULT_SHEET_NAMES.reviews, DEFAULT_SHEET_NAMES.actionPlan];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ sheet: fc.constantFrom(...sheets), row: fc.nat(40), column: fc.nat(40), value: fc.constantFrom(...JUNK) }), { maxLength: 25 }),
        async (edits) => {
          const wb = await workbookOf();
          for (const e of edits) wb.type(e.sheet, cellAddress(e.row, e.column), e.value);
          const back = await readTemplate(wb);
          expect(parsePlan(back.plan).ok).toBe(true);
          for (const i of back.issues) expect(i.where.cell).toMatch(/^[A-Z]+\d+$/);
          expect(() => validatePlan(back.plan, fw, { locate: back.locate })).not.toThrow();
        },
      ),
      { numRuns: 60, seed: 2567 },
    );
  });

  it("finds columns by their Thai header, so a user may reorder them", async () => {
    const wb = await workbookOf(fixture("fy2567-social-development"));
    const grids = await wb.readSheets(Object.values(DEFAULT_SHEET_NAMES));
    const swap = (g: Grid, a: number, b: number): Grid => {
      const sw = <T>(rows: T[][]) =>
        rows.map((r) => {
          const out = [...r];
          [out[a], out[b]] = [r[b] as T, r[a] as T];
          return out;
        });
      return { values: sw(g.values), formulas: sw(g.formulas) };
    };
    const register = grids.get(DEFAULT_SHEET_NAMES.register) as Grid;
    grids.set(DEFAULT_SHEET_NAMES.register, swap(swap(register, 2, 9), 0, 20));
    const { meta } = readMeta(DEFAULT_SHEET_NAMES.meta, grids.get(DEFAULT_SHEET_NAMES.meta));
    const read = readPlanFromGrids(meta!, fw, grids);
    expect(read.plan).toStrictEqual(fixture("fy2567-social-development"));
  });

  it("reports a sheet that is gone instead of failing", async () => {
    const wb = await workbookOf(fixture("fy2567-international-affairs"));
    wb.sheets.splice(wb.sheets.findIndex((s) => s.name === DEFAULT_SHEET_NAMES.rubric), 1);
    const back = await readTemplate(wb);
    expect(back.issues.map((i) => [i.code, i.where.sheet])).toEqual([["SHEET_MISSING", DEFAULT_SHEET_NAMES.rubric]]);
    expect(back.plan.kpis.map((k) => k.id)).toEqual(fixture("fy2567-international-affairs").kpis.map((k) => k.id));
  });

  it("says so when a workbook holds no template, in Thai and English", async () => {
    await expect(readTemplate(MemoryWorkbook.withSheets("Sheet1"))).rejects.toThrow(NotATemplateError);
    await expect(readTemplate(MemoryWorkbook.withSheets("Sheet1"))).rejects.toThrow(/ไม่ได้สร้างจากแม่แบบ.*not made from a KPI template/);
  });

  it("warns about a template of a newer layout, and still reads it", async () => {
    const wb = await workbookOf(fixture("fy2567-international-affairs"));
    const meta = wb.sheet(DEFAULT_SHEET_NAMES.meta)!;
    const row = [...meta.cells.entries()].find(([, c]) => c.value === META_KEYS.layoutVersion)![0].replace("A", "B");
    wb.type(DEFAULT_SHEET_NAMES.meta, row, 99);
    const back = await readTemplate(wb);
    expect(back.issues.map((i) => i.code)).toEqual(["NEWER_LAYOUT"]);
    expect(back.plan).toStrictEqual(fixture("fy2567-international-affairs"));
  });
});

describe("rounds and reviews as typed", () => {
  /** The address of the cell under `header` in the first row where `match` holds, on `sheet`. */
  function at(wb: MemoryWorkbook, sheet: string, header: string, match: (row: Record<string, unknown>) => boolean): string {
    const s = wb.sheet(sheet)!;
    const cells = new Map([...s.cells.entries()].map(([a, c]) => [a, c.value]));
    const headers = new Map<number, string>();
    for (let c = 0; c < 40; c++) {
      const h = cells.get(cellAddress(3, c));
      if (typeof h === "string") headers.set(c, h);
    }
    for (let r = 4; r < 200; r++) {
      const row = Object.fromEntries([...headers].map(([c, h]) => [h, cells.get(cellAddress(r, c)) ?? null]));
      if (match(row)) return cellAddress(r, [...headers].find(([, h]) => h === header)![0]);
    }
    throw new Error(`no row for ${header} on ${sheet}`);
  }

  it("reads a mid-year result, mid-year criteria and a review typed in, with a Buddhist-Era date in Thai digits", async () => {
    const wb = await workbookOf(fixture("fy2567-social-development"));
    const EVAL = DEFAULT_SHEET_NAMES.evaluation;
    const mid = (id: string) => (r: Record<string, unknown>) => r["รหัส"] === id && r["รอบการประเมิน"] === "ครึ่งปี";
    wb.type(EVAL, at(wb, EVAL, "ผลของคณะกรรมการ", mid("3.2-1")), 47.62);
    wb.type(EVAL, at(wb, EVAL, "ผลประเมินตนเอง", mid("3.2-1")), "๕๐");
    wb.type(EVAL, at(wb, EVAL, "เหตุผลของคะแนน", mid("3.2-1")), "เบิกจ่ายสะสม ณ ๓๑ มี.ค.");
    const RUBRIC = DEFAULT_SHEET_NAMES.rubric;
    [35, 40, 45, 50, 55].forEach((c, i) => wb.type(RUBRIC, at(wb, RUBRIC, "เกณฑ์ระยะครึ่งปี", (r) => r["รหัส"] === "3.2-1" && r["ระดับ"] === i + 1), c));
    const REVIEWS = DEFAULT_SHEET_NAMES.reviews;
    const row = (r: Record<string, unknown>) => r["องค์ประกอบ"] === "3.2" && r["รอบการประเมิน"] === "ครึ่งปี";
    wb.type(REVIEWS, at(wb, REVIEWS, "เหตุผลของคะแนน", row), "ตามเกณฑ์ระยะครึ่งปี");
    wb.type(REVIEWS, at(wb, REVIEWS, "ผู้ประเมิน (ชื่อ-สกุล)", row), "นางทดสอบ งบประมาณ");
    wb.type(REVIEWS, at(wb, REVIEWS, "วัน/เดือน/ปี", row), "๓ พ.ค. ๖๗");
    const back = await readTemplate(wb);
    expect(back.issues).toEqual([]);
    const k = back.plan.kpis.find((x) => x.id === "3.2-1");
    expect(k?.results).toEqual({ mid: { value: 47.62, self: 50, note: "เบิกจ่ายสะสม ณ ๓๑ มี.ค." } });
    expect(k?.rubric?.rounds).toEqual({ mid: { criteria: [35, 40, 45, 50, 55] } });
    expect(back.plan.reviews).toEqual([{ round: "mid", component: "3.2", reasons: "ตามเกณฑ์ระยะครึ่งปี", signoff: { name: "นางทดสอบ งบประมาณ", position: "", date: "2024-05-03" } }]);
    // The mid-year round has results for 3.2 only, and they are signed for.
    const missing = validatePlan(back.plan, fw, { locate: back.locate }).filter((f) => f.code === "SIGNOFF_MISSING");
    expect(missing).toEqual([]);
  });

  it("reads percentages typed in the percentage columns: the success %, a percentage KPI's criteria (mid-year too) and a step %", async () => {
    const wb = await workbookOf(fixture("fy2567-with-results"));
    const RUBRIC = DEFAULT_SHEET_NAMES.rubric;
    const ACTION = DEFAULT_SHEET_NAMES.actionPlan;
    const level = (id: string, n: number) => (r: Record<string, unknown>) => r["รหัส"] === id && r["ระดับ"] === n;
    const typed = [
      [RUBRIC, at(wb, RUBRIC, "ร้อยละความสำเร็จ", level("1.1-1", 2)), "40%"],
      [RUBRIC, at(wb, RUBRIC, "เกณฑ์ (ค่าตัวเลข)", level("3.2-1", 3)), "96%"],
      [RUBRIC, at(wb, RUBRIC, "เกณฑ์ระยะครึ่งปี", level("3.2-1", 1)), "35.5%"],
      // Systems are not a percentage: the number held is read, and said.
      [RUBRIC, at(wb, RUBRIC, "เกณฑ์ (ค่าตัวเลข)", level("3.1-1", 2)), "400%"],
      [ACTION, at(wb, ACTION, "ร้อยละของขั้นตอน", (r) => r["ขั้นที่"] === 1), "10%"],
    ] as const;
    for (const [sheet, address, text] of typed) wb.type(sheet, address, text);
    const back = await readTemplate(wb);
    const kpi = (id: string) => back.plan.kpis.find((k) => k.id === id);
    expect(kpi("1.1-1")?.rubric?.levels?.[1]?.percent).toBe(40);
    expect(kpi("3.2-1")?.rubric?.levels?.[2]?.criterion).toBe(96);
    expect(kpi("3.2-1")?.rubric?.rounds?.mid?.criteria?.[0]).toBe(35.5);
    expect(kpi("3.1-1")?.rubric?.levels?.[1]?.criterion).toBe(4);
    expect(back.plan.actionPlan[0]?.steps[0]?.percent).toBe(10);
    expect(back.issues.map((i) => [i.code, `${i.where.sheet}!${i.where.cell}`, i.message.en.replace(/.*read as /, "")]).sort()).toEqual(
      typed.map(([sheet, address, text]) => ["PERCENT_CELL", `${sheet}!${address}`, text === "400%" ? "4" : text.replace("%", "")]).sort(),
    );
  });

  it("keeps a date it cannot read as typed, with a warning at its cell; a round it does not know is an error", async () => {
    const wb = await workbookOf(fixture("fy2567-social-development"));
    const REVIEWS = DEFAULT_SHEET_NAMES.reviews;
    const first = (r: Record<string, unknown>) => r["องค์ประกอบ"] === "1.1" && r["รอบการประเมิน"] === "สิ้นปี";
    const date = at(wb, REVIEWS, "วัน/เดือน/ปี", first);
    wb.type(REVIEWS, at(wb, REVIEWS, "ผู้ประเมิน (ชื่อ-สกุล)", first), "นายทดสอบ");
    wb.type(REVIEWS, date, "ปลายเดือนตุลาคม");
    const second = (r: Record<string, unknown>) => r["องค์ประกอบ"] === "1.2" && r["รอบการประเมิน"] === "สิ้นปี";
    const round = at(wb, REVIEWS, "รอบการประเมิน", second);
    wb.type(REVIEWS, at(wb, REVIEWS, "จุดแข็ง", second), "ทีมงาน");
    wb.type(REVIEWS, round, "ไตรมาส ๓");
    const back = await readTemplate(wb);
    expect(back.issues.map((i) => [i.code, i.severity, i.where.cell])).toEqual([
      ["DATE_UNREADABLE", "warning", date],
      ["ROUND_UNKNOWN", "error", round],
    ]);
    expect(back.plan.reviews).toEqual([{ round: "end", component: "1.1", signoff: { name: "นายทดสอบ", position: "", date: "ปลายเดือนตุลาคม" } }]);
  });

  it("reads a workbook of layout 1 as it was: one round (the year-end one), no review sheet", async () => {
    const plan = fixture("fy2567-with-results");
    const wb = await workbookOf(plan);
    const grids = await wb.readSheets(Object.values(DEFAULT_SHEET_NAMES));
    toLayout1(grids);
    const { meta: read } = readMeta(DEFAULT_SHEET_NAMES.meta, grids.get(DEFAULT_SHEET_NAMES.meta));
    const back = readPlanFromGrids(read!, fw, grids);
    expect(back.issues).toEqual([]);
    expect(back.plan).toStrictEqual(plan);
  });
});

/** A plan input that parses reads back from a template in its canonical form. */
async function expectRoundTrip(input: unknown): Promise<void> {
  const parsed = parsePlan(input);
  if (!parsed.ok) return;
  const wb = new MemoryWorkbook();
  await insertTemplate(wb, parsed.plan, fw);
  const back = await readTemplate(wb);
  expect(back.plan).toStrictEqual(roundTripForm(parsed.plan, fw));
}

describe("canonical form", () => {
  it("is what a round trip gives for any plan, however damaged", async () => {
    const base = JSON.parse(JSON.stringify(richPlan())) as PlanInput;
    const leaf = fc.constantFrom<unknown>(null, "", "-", "=x", "๑๐", 0, 5, 2566, "ต.ค.", { year: 2567, month: 10 });
    const edits = fc.array(fc.record({ kpi: fc.nat(7), field: fc.constantFrom("unit", "target", "weight", "name", "definition", "focusIssue"), value: leaf }), { maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(edits, fc.nat(2), fc.nat(2), leaf, async (changes, entry, step, month) => {
        const input = JSON.parse(JSON.stringify(base)) as PlanInput & { kpis: Record<string, unknown>[] };
        for (const c of changes) if (typeof c.value !== "object" || c.value === null) (input.kpis[c.kpi] as Record<string, unknown>)[c.field] = c.value;
        const steps = input.actionPlan?.[entry]?.steps;
        if (steps?.[step]) steps[step].months = [...(steps[step].months ?? []), month as never];
        await expectRoundTrip(input);
      }),
      { numRuns: 60, seed: 67 },
    );
  });

  it("is what a round trip gives for any plan's rounds: mid-year results and criteria, reviews, sign-offs", async () => {
    const base = JSON.parse(JSON.stringify(richPlan())) as PlanInput;
    const value = fc.constantFrom<unknown>(null, "", "-", "๓๕", 0, 47.62, 120);
    const text = fc.constantFrom<unknown>(null, "", "-", "=x", "ทีมงาน\nข้อมูล");
    const date = fc.constantFrom<unknown>(null, "", "2024-10-15", "25/4/2567", "๓ พ.ค. ๖๗", "ปลายเดือน", "2024-02-30");
    const change = fc.record({
      kpi: fc.nat(7),
      mid: fc.record({ value, self: value, note: text }),
      criteria: fc.option(fc.array(value, { maxLength: 6 }), { nil: undefined }),
      review: fc.nat(4),
      component: fc.constantFrom("1.1", "1.2", "2", "3.2", "1", "9.9"),
      round: fc.constantFrom("mid", "end"),
      texts: fc.record({ reasons: text, strengths: text, weaknesses: text, suggestions: text }),
      signoff: fc.option(fc.record({ name: text, position: text, organisation: text, date }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(change, { maxLength: 4 }), async (changes) => {
        const input = JSON.parse(JSON.stringify(base)) as { kpis: Record<string, unknown>[]; reviews: unknown[] };
        for (const c of changes) {
          const k = input.kpis[c.kpi] as Record<string, unknown> & { rubric?: Record<string, unknown> };
          k.results = { mid: c.mid };
          if (c.criteria && k.rubric) k.rubric.rounds = { mid: { criteria: c.criteria } };
          input.reviews[c.review] = { round: c.round, component: c.component, ...c.texts, ...(c.signoff ? { signoff: c.signoff } : {}) };
        }
        await expectRoundTrip(input);
      }),
      { numRuns: 60, seed: 12 },
    );
  });

  it("leaves the seed fixtures as they are", () => {
    for (const name of ["fy2567-international-affairs", "fy2567-social-development"]) {
      expect(roundTripForm(fixture(name), fw)).toStrictEqual(fixture(name));
    }
  });
});
