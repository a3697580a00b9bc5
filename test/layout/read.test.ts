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
    const sheets = [DEFAULT_SHEET_NAMES.register, DEFAULT_SHEET_NAMES.rubric, DEFAULT_SHEET_NAMES.evaluation, DEFAULT_SHEET_NAMES.actionPlan];
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
        const parsed = parsePlan(input);
        if (!parsed.ok) return;
        const wb = new MemoryWorkbook();
        await insertTemplate(wb, parsed.plan, fw);
        const back = await readTemplate(wb);
        expect(back.plan).toStrictEqual(roundTripForm(parsed.plan, fw));
      }),
      { numRuns: 60, seed: 67 },
    );
  });

  it("leaves the seed fixtures as they are", () => {
    for (const name of ["fy2567-international-affairs", "fy2567-social-development"]) {
      expect(roundTripForm(fixture(name), fw)).toStrictEqual(fixture(name));
    }
  });
});
