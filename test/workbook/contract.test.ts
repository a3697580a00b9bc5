// One contract, three adapters: the in-memory workbook, .xlsx files through exceljs (written to a
// temp dir and read back) and Office.js against a fake Excel. Whatever holds the workbook, a plan
// written as a template reads back as the same plan, nothing the workbook held is overwritten,
// typed values read as typed, and findings point at sheet + cell.
import { roundTripForm } from "../../src/layout/roundTrip";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/render";
import { templatePlan } from "../../src/layout/templatePlan";
import { validatePlan } from "../../src/core/validation/validate";
import { insertTemplate, SheetConflictError } from "../../src/template/insert";
import { listTemplates } from "../../src/template/list";
import { readTemplate, SeveralTemplatesError } from "../../src/template/read";
import type { Plan } from "../../src/core/schema/plan";
import { cellOf, FIXTURES, fixture, framework2567, HARNESSES, removeTempFiles } from "./harness";
import { richPlan } from "./plans";

afterAll(removeTempFiles);

const fw = framework2567();
const REGISTER = DEFAULT_SHEET_NAMES.register;
const RUBRIC = DEFAULT_SHEET_NAMES.rubric;
const EVALUATION = DEFAULT_SHEET_NAMES.evaluation;
const ACTION = DEFAULT_SHEET_NAMES.actionPlan;
const REVIEWS = DEFAULT_SHEET_NAMES.reviews;
/** A row of KPI `v` (on the evaluation sheet: its year-end row, the round of kpi-plan v1's `result`). */
const yearEndRow = (v: string) => (r: Record<string, unknown>) => (r["รหัส"] === v || r["รหัสตัวชี้วัด"] === v) && r["รอบการประเมิน"] !== "ครึ่งปี";

describe.each(HARNESSES)("workbook port contract: $name", (h) => {
  async function written(plan: Plan) {
    const port = await h.fresh();
    await insertTemplate(port, plan, fw);
    return port;
  }

  describe("plan → workbook → plan", () => {
    it.each(FIXTURES)("is identical for the seed fixture %s", async (name) => {
      const plan = fixture(name);
      const port = await h.fresh();
      await insertTemplate(port, plan, fw);
      const back = await readTemplate(await h.reopen(port));
      expect(back.issues).toEqual([]);
      expect(back.plan).toStrictEqual(plan);
    });

    it("is identical for a plan with results, stored scores, the evaluators' four texts, an action plan and awkward text", async () => {
      const plan = richPlan();
      expect(roundTripForm(plan, fw)).toStrictEqual(plan);
      expect(plan.kpis[0]?.result).toMatchObject({ note: "-ดำเนินการครบ", strengths: "=ทีมงานเข้มแข็ง", weaknesses: "1. ยังไม่ครบ\n2. ล่าช้า", suggestions: "-" });
      const back = await readTemplate(await h.reopen(await written(plan)));
      expect(back.plan).toStrictEqual(plan);
      expect(back.issues.map((i) => [i.code, i.where.sheet])).toEqual([["STEP_NO_UNREADABLE", ACTION]]);
    });

    it("gives the framework's template back with its shared KPIs prefilled", async () => {
      const plan = templatePlan(fw, { agency: "สำนักพัฒนาสังคม" });
      expect(plan.kpis.map((k) => k.id)).toEqual(["2-1", "3.1-1", "3.2-1"]);
      const port = await h.fresh();
      await insertTemplate(port, plan, fw);
      const back = await readTemplate(await h.reopen(port));
      expect(back.plan).toStrictEqual(plan);
    });

    it("keeps what validation must find where it is: findings name sheet and cell", async () => {
      const port = await h.reopen(await written(richPlan()));
      const back = await readTemplate(port);
      const findings = validatePlan(back.plan, fw, { locate: back.locate });
      const at = (code: string, kpi?: string) =>
        findings.filter((f) => f.code === code && (kpi === undefined || f.where.kpi === kpi)).map((f) => `${f.where.sheet}!${f.where.cell}`);
      const id = yearEndRow;
      expect(at("NOT_A_NUMBER", "1.3-1")).toEqual([`${REGISTER}!${await cellOf(port, REGISTER, "น้ำหนัก", id("1.3-1"))}`]);
      expect(at("SCORE_STALE", "1.1-2")).toEqual([`${EVALUATION}!${await cellOf(port, EVALUATION, "คะแนนถ่วงน้ำหนัก", id("1.1-2"))}`]);
      expect(at("RUBRIC_POINTS", "1.2-1")).toEqual([
        `${RUBRIC}!${await cellOf(port, RUBRIC, "คะแนนที่ได้รับ", (r) => r["รหัส"] === "1.2-1" && r["ระดับ"] === 4)}`,
      ]);
      expect(at("STEP_CUMULATIVE")).toEqual([`${ACTION}!${await cellOf(port, ACTION, "ร้อยละสะสม", (r) => r["ขั้นตอนการดำเนินงาน"] === "รายงานผล")}`]);
      expect(at("UNKNOWN_COMPONENT", "9.9-1")).toEqual([`${REGISTER}!${await cellOf(port, REGISTER, "องค์ประกอบ", id("9.9-1"))}`]);
      expect(at("BUDGET_TOTAL")).toEqual([
        `${ACTION}!${await cellOf(port, ACTION, "งบประมาณ (บาท)", (r) => String(r["โครงการ/กิจกรรม"]).startsWith("งบประมาณรวม"))}`,
      ]);
      const heading = (code: string) => (r: Record<string, unknown>) => r["องค์ประกอบ"] === code && r["รหัส"] === null;
      const byComponent = findings.filter((f) => f.where.component !== undefined && f.code !== "SIGNOFF_MISSING");
      expect(byComponent.map((f) => f.code)).toEqual(expect.arrayContaining(["COMPONENT_WEIGHT"]));
      for (const f of byComponent) {
        expect(`${f.where.sheet}!${f.where.cell}`).toBe(`${REGISTER}!${await cellOf(port, REGISTER, "ชื่อตัวชี้วัด", heading(f.where.component as string))}`);
      }
      // A round's missing sign-off points at the name to sign on the reviews sheet.
      const signoffs = findings.filter((f) => f.code === "SIGNOFF_MISSING");
      expect(signoffs.length).toBeGreaterThan(0);
      for (const f of signoffs) {
        const row = (r: Record<string, unknown>) => r["องค์ประกอบ"] === f.where.component && r["รอบการประเมิน"] === "สิ้นปี";
        expect(`${f.where.sheet}!${f.where.cell}`).toBe(`${REVIEWS}!${await cellOf(port, REVIEWS, "ผู้ประเมิน (ชื่อ-สกุล)", row)}`);
      }
      expect(at("WEIGHT_TOTAL")).toEqual([
        `${REGISTER}!${await cellOf(port, REGISTER, "น้ำหนัก", (r) => String(r["ชื่อตัวชี้วัด"]).startsWith("รวม"))}`,
      ]);
      // Every finding about a KPI the workbook holds points at a cell.
      for (const f of findings) {
        if (f.where.kpi === undefined || ["3.1-1", "3.2-1"].includes(f.where.kpi)) continue;
        expect(f.where).toEqual(expect.objectContaining({ sheet: expect.any(String), cell: expect.stringMatching(/^[A-Z]+\d+$/) }));
      }
    });
  });

  describe("nothing is lost", () => {
    it("inserts next to sheets of the same names under new names, leaving them untouched", async () => {
      const names = [REGISTER, EVALUATION];
      const port = await h.withSheets(names);
      const result = await insertTemplate(port, fixture(FIXTURES[0]), fw);
      expect(result.renamed).toBe(true);
      expect(result.sheets.register).toBe(`${REGISTER} (2)`);
      expect(result.message.th).toContain(`${REGISTER} (2)`);
      const reopened = await h.reopen(port);
      for (const n of names) expect(await h.cell(reopened, n, "A1")).toBe(`${n} (ของผู้ใช้ / the user's)`);
      const back = await readTemplate(reopened);
      expect(back.meta.sheets.register).toBe(`${REGISTER} (2)`);
      expect(back.plan).toStrictEqual(fixture(FIXTURES[0]));
    });

    it("refuses, listing the sheets, when asked not to rename, and writes nothing", async () => {
      const port = await h.withSheets([RUBRIC]);
      await expect(insertTemplate(port, fixture(FIXTURES[0]), fw, { onConflict: "refuse" })).rejects.toThrow(SheetConflictError);
      await expect(insertTemplate(port, fixture(FIXTURES[0]), fw, { onConflict: "refuse" })).rejects.toThrow(RUBRIC);
      expect((await port.inventory()).sheets).toEqual([RUBRIC]);
    });

    it("holds two templates side by side, each read back on its own, and never one of them unasked", async () => {
      const port = await h.fresh();
      await insertTemplate(port, fixture(FIXTURES[0]), fw);
      const second = await insertTemplate(port, fixture(FIXTURES[1]), fw);
      expect(second.tables.register).toBe("tblKpi2");
      const reopened = await h.reopen(port);
      const templates = await listTemplates(reopened);
      expect(templates.map((t) => t.agency)).toEqual(["สำนักงานการต่างประเทศ", "สำนักพัฒนาสังคม"]);
      expect((await readTemplate(reopened, { metaSheet: templates[0]?.meta })).plan).toStrictEqual(fixture(FIXTURES[0]));
      expect((await readTemplate(reopened, { metaSheet: templates[1]?.meta })).plan).toStrictEqual(fixture(FIXTURES[1]));
      // Any sheet of a template names it; without a name, which one is not guessed.
      expect((await readTemplate(reopened, { metaSheet: second.sheets.evaluation })).meta.metaSheet).toBe(second.sheets.meta);
      await expect(readTemplate(reopened)).rejects.toThrow(SeveralTemplatesError);
      await expect(readTemplate(reopened)).rejects.toMatchObject({ templates: templates });
    });

    it("writes control characters, CR and _xHHHH_ as they are, and reads them as text with line breaks, saying so at the cell", async () => {
      const plan = fixture(FIXTURES[1]);
      const given = "ชื่อ\u0001ตัวชี้วัด\r\nบรรทัดสอง\rบรรทัดสาม\u000bบรรทัดสี่\u007f";
      const kpi = plan.kpis[0] as Plan["kpis"][number];
      kpi.name = given;
      kpi.definition = "_x0041_ เขียนไว้เช่นนี้ และ _x005F_ ด้วย";
      const port = await h.reopen(await written(plan));
      const name = await cellOf(port, REGISTER, "ชื่อตัวชี้วัด", yearEndRow(kpi.id));
      expect(await h.cell(port, REGISTER, name)).toBe(given);
      const back = await readTemplate(port);
      const read = back.plan.kpis.find((k) => k.id === kpi.id);
      expect(read?.name).toBe("ชื่อตัวชี้วัด\nบรรทัดสอง\nบรรทัดสาม\nบรรทัดสี่");
      expect(read?.definition).toBe("_x0041_ เขียนไว้เช่นนี้ และ _x005F_ ด้วย");
      expect(back.issues.map((i) => [i.code, `${i.where.sheet}!${i.where.cell}`, i.severity])).toEqual([["TEXT_CHANGED", `${REGISTER}!${name}`, "warning"]]);
      expect(back.issues[0]?.message).toEqual({
        th: "อ่านข้อความโดยตัดอักขระควบคุมออก และเปลี่ยน CR เป็นการขึ้นบรรทัด",
        en: "text read without its control characters, CR made a line break",
      });
    });

    it("writes text that starts with = + - @ or ' as that text, never as a formula", async () => {
      const port = await h.reopen(await written(richPlan()));
      const id = yearEndRow;
      const cell = async (sheet: string, header: string, kpi: string) => h.cell(port, sheet, await cellOf(port, sheet, header, id(kpi)));
      expect(await cell(REGISTER, "ชื่อตัวชี้วัด", "1.1-1")).toBe("=SUM(1,2) ไม่ใช่สูตร");
      expect(await cell(REGISTER, "พ.ศ. ๒๕๖๓", "1.1-1")).toBe("+66 2 123 4567");
      expect(await cell(REGISTER, "พ.ศ. ๒๕๖๖", "1.1-1")).toBe("@ระดับ ๕");
      expect(await cell(REGISTER, "เป้าหมาย", "1.1-2")).toBe("TRUE");
      expect(await cell(REGISTER, "หน่วยนับ", "1.1-2")).toBe("1/2");
      expect(await cell(REGISTER, "วิธีคำนวณ", "1.1-2")).toBe("10");
      expect(await cell(REGISTER, "นิยาม", "1.1-2")).toBe("'ขึ้นต้นด้วยอัญประกาศ");
      expect(await cell(EVALUATION, "เหตุผลของคะแนน", "1.1-1")).toBe("-ดำเนินการครบ");
      expect(await cell(EVALUATION, "ข้อเสนอแนะ", "1.1-1")).toBe("-");
      expect(await cell(EVALUATION, "จุดแข็ง", "1.1-1")).toBe("=ทีมงานเข้มแข็ง");
    });
  });

  describe("what a user types", () => {
    interface Cells {
      register(header: string, kpi: string): string;
      evaluation(header: string, kpi: string): string;
    }
    /** Inserts the social-development fixture, types the edits, reads the plan back. */
    async function typed(edits: (cells: Cells) => [string, string, string | number | null][]) {
      let port = await h.fresh();
      await insertTemplate(port, fixture(FIXTURES[1]), fw);
      const addresses = new Map<string, string>();
      for (const sheet of [REGISTER, EVALUATION]) {
        for (const header of ["น้ำหนัก", "เป้าหมาย", "ชนิดเกณฑ์", "ผลของคณะกรรมการ", "ผลประเมินตนเอง", "คะแนนถ่วงน้ำหนัก"]) {
          for (const kpi of ["1.1-1", "1.1-2"]) {
            try {
              addresses.set(`${sheet}|${header}|${kpi}`, await cellOf(port, sheet, header, yearEndRow(kpi)));
            } catch {
              // not a column of this sheet
            }
          }
        }
      }
      const get = (sheet: string) => (header: string, kpi: string) => addresses.get(`${sheet}|${header}|${kpi}`) as string;
      for (const [sheet, address, value] of edits({ register: get(REGISTER), evaluation: get(EVALUATION) })) {
        port = await h.type(port, sheet, address, value);
      }
      return readTemplate(await h.reopen(port));
    }

    it("reads Thai digits typed in numeric columns as numbers, and text as typed", async () => {
      const back = await typed((c) => [
        [REGISTER, c.register("น้ำหนัก", "1.1-1"), "๑๕"],
        [EVALUATION, c.evaluation("ผลของคณะกรรมการ", "1.1-1"), "ร้อยละ ๙๘.๗๗"],
        [EVALUATION, c.evaluation("ผลประเมินตนเอง", "1.1-1"), "๕"],
        [REGISTER, c.register("เป้าหมาย", "1.1-1"), "๑๒๓"],
      ]);
      const k = back.plan.kpis.find((x) => x.id === "1.1-1");
      expect(k?.weight).toBe(15);
      expect(k?.target).toBe("๑๒๓");
      expect(k?.result).toEqual({ value: 98.77, self: 5 });
    });

    it("turns a cell it cannot understand into a finding at that cell, not a crash", async () => {
      let weight = "";
      let kind = "";
      const back = await typed((c) => {
        weight = c.register("น้ำหนัก", "1.1-2");
        kind = c.register("ชนิดเกณฑ์", "1.1-2");
        return [
          [REGISTER, weight, "ประมาณสิบ"],
          [REGISTER, kind, "แบบอื่น"],
          [EVALUATION, "M60", 5],
        ];
      });
      const findings = validatePlan(back.plan, fw, { locate: back.locate });
      expect(findings.filter((f) => f.code === "NOT_A_NUMBER").map((f) => `${f.where.sheet}!${f.where.cell}`)).toEqual([`${REGISTER}!${weight}`]);
      expect(back.issues.map((i) => `${i.code} ${i.where.sheet}!${i.where.cell}`).sort()).toEqual(
        [`RUBRIC_KIND_UNKNOWN ${REGISTER}!${kind}`, `ROW_WITHOUT_KPI ${EVALUATION}!C60`].sort(),
      );
      expect(back.plan.kpis.find((k) => k.id === "1.1-2")?.rubric?.kind).toBe("milestone");
    });

    it("reads a stored score typed over the formula as stated, so a stale one is found", async () => {
      let score = "";
      const back = await typed((c) => {
        score = c.evaluation("คะแนนถ่วงน้ำหนัก", "1.1-1");
        return [
          [EVALUATION, c.evaluation("ผลของคณะกรรมการ", "1.1-1"), 4],
          [EVALUATION, score, 9.999],
        ];
      });
      const f = validatePlan(back.plan, fw, { locate: back.locate }).filter((x) => x.code === "SCORE_STALE");
      expect(f.map((x) => `${x.where.kpi} ${x.where.sheet}!${x.where.cell}`)).toEqual([`1.1-1 ${EVALUATION}!${score}`]);
    });

    it("reads a result typed as a percentage (98.77%, which Excel holds as 0.9877) as the percentage where the KPI counts in percent, and says so at the cell", async () => {
      let port = await h.fresh();
      await insertTemplate(port, fixture("fy2567-with-results"), fw);
      const value = await cellOf(port, EVALUATION, "ผลของคณะกรรมการ", yearEndRow("3.2-1"));
      const self = await cellOf(port, EVALUATION, "ผลประเมินตนเอง", yearEndRow("3.2-1"));
      // A milestone KPI counts levels (its unit says ร้อยละ, but its result is the level reached).
      const level = await cellOf(port, EVALUATION, "ผลของคณะกรรมการ", yearEndRow("1.1-1"));
      port = await h.type(port, EVALUATION, value, "98.77%");
      port = await h.type(port, EVALUATION, self, "99%");
      port = await h.type(port, EVALUATION, level, "300%");
      const back = await readTemplate(await h.reopen(port));
      expect(back.plan.kpis.find((k) => k.id === "3.2-1")?.result).toMatchObject({ value: 98.77, self: 99 });
      expect(back.plan.kpis.find((k) => k.id === "1.1-1")?.result?.value).toBe(3);
      const said = back.issues.filter((i) => i.code === "PERCENT_CELL");
      const byCell = (a: unknown[], b: unknown[]): number => String(a[0]).localeCompare(String(b[0]));
      expect(said.map((i) => [`${i.where.sheet}!${i.where.cell}`, i.where.kpi, i.severity, i.message.en]).sort(byCell)).toEqual(
        [
          [`${EVALUATION}!${value}`, "3.2-1", "warning", "the cell shows 98.77% (holding 0.9877): read as 98.77"],
          [`${EVALUATION}!${self}`, "3.2-1", "warning", "the cell shows 99% (holding 0.99): read as 99"],
          [`${EVALUATION}!${level}`, "1.1-1", "warning", "the cell shows 300% (holding 3): read as 3"],
        ].sort(byCell),
      );
      for (const i of said) expect(i.message.th).toMatch(/^เซลล์แสดง \d+(\.\d+)?% \(ค่า /);
      const findings = validatePlan(back.plan, fw, { locate: back.locate });
      expect(findings.filter((f) => f.code === "RESULT_RANGE")).toEqual([]);
    });

    it("says where it read an id without the spaces around it", async () => {
      let port = await h.fresh();
      await insertTemplate(port, fixture(FIXTURES[1]), fw);
      const id = await cellOf(port, REGISTER, "รหัส", yearEndRow("1.1-2"));
      port = await h.type(port, REGISTER, id, "  1.1-2 ");
      const back = await readTemplate(await h.reopen(port));
      expect(back.plan.kpis.map((k) => k.id)).toContain("1.1-2");
      expect(back.issues.map((i) => [i.code, `${i.where.sheet}!${i.where.cell}`, i.message.en])).toEqual([
        ["SPACES_TRIMMED", `${REGISTER}!${id}`, '"  1.1-2 " read as "1.1-2"'],
      ]);
    });

    it("reads a KPI a planner fills into a blank row of the template", async () => {
      let port = await h.fresh();
      await insertTemplate(port, templatePlan(fw, { agency: "สำนักทดสอบ" }), fw);
      const blank = (r: Record<string, unknown>) => r["รหัส"] === "1.1-1";
      const name = await cellOf(port, REGISTER, "ชื่อตัวชี้วัด", blank);
      const weight = await cellOf(port, REGISTER, "น้ำหนัก", blank);
      port = await h.type(port, REGISTER, name, "ระดับความสำเร็จของโครงการใหม่");
      port = await h.type(port, REGISTER, weight, 10);
      const back = await readTemplate(await h.reopen(port));
      expect(back.plan.kpis.map((k) => `${k.id}:${k.name}`)).toEqual([
        "1.1-1:ระดับความสำเร็จของโครงการใหม่",
        expect.stringMatching(/^2-1:/),
        expect.stringMatching(/^3\.1-1:/),
        expect.stringMatching(/^3\.2-1:/),
      ]);
      expect(back.plan.kpis[0]?.rubric).toBeUndefined();
    });
  });
});
