// The render model: what every adapter writes. Checked here once, by meaning.
import { findFramework } from "../../src/core/frameworks/shipped";
import type { Framework } from "../../src/core/schema/framework";
import { cellAddress, parseCell, parseRange } from "../../src/workbook/a1";
import { estimateRowHeight, FIRST_DATA_ROW, HEADER_ROW, HEADING_PREFIX, LAYOUT_VERSION } from "../../src/layout/layout";
import { DEFAULT_SHEET_NAMES, renderTemplate, TextTooLongError } from "../../src/layout/render";
import { createOfficePort } from "../../src/excel/officePort";
import { insertTemplate } from "../../src/template/insert";
import { FakeExcel } from "../excel/fakeExcel";
import { templatePlan } from "../../src/layout/templatePlan";
import { breaksRule } from "../workbook/memoryHost";
import { thrown } from "../helpers/plan";
import { CELL_TEXT_MAX, isFormulaInput, type CellInput, type RenderModel, type SheetRender } from "../../src/workbook/model";
import { framework2567 } from "../workbook/harness";
import { richPlan } from "../workbook/plans";

const fw = framework2567();
const model = (plan = richPlan(), options: Partial<Parameters<typeof renderTemplate>[1]> = {}): RenderModel =>
  renderTemplate(plan, { framework: fw, ...options });
const sheet = (m: RenderModel, name: string): SheetRender => m.sheets.find((s) => s.name === name) as SheetRender;
const at = (s: SheetRender, address: string): CellInput | undefined => {
  const { row, column } = parseCell(address);
  return s.rows[row]?.[column];
};
const header = (s: SheetRender): string[] => (s.rows[HEADER_ROW] ?? []).map(String);
/** The cell under a header in the row whose first cells hold `id` (on the evaluation sheet, of the year-end round unless asked). */
function cell(s: SheetRender, th: string, id: string, nth = 0, round = "สิ้นปี"): CellInput | undefined {
  const c = header(s).indexOf(th);
  const roundCol = header(s).indexOf("รอบการประเมิน");
  const rows = s.rows
    .map((r, i) => ({ r, i }))
    .filter(({ r, i }) => i >= FIRST_DATA_ROW && r.slice(0, 3).includes(id) && (roundCol < 0 || r[roundCol] === round));
  return rows[nth]?.r[c];
}

describe("the sheets", () => {
  it("are the four forms, the evaluators' review, the focus issues and hidden metadata, under Thai names", () => {
    const m = model();
    expect(m.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["ตัวชี้วัด", "visible"],
      ["เกณฑ์การให้คะแนน", "visible"],
      ["ผลการประเมิน", "visible"],
      ["ความเห็นผู้ประเมิน", "visible"],
      ["แผนปฏิบัติการ", "visible"],
      ["ประเด็นมุ่งเน้น", "visible"],
      ["ข้อมูลแม่แบบ", "hidden"],
    ]);
    expect(m.sheets.map((s) => s.tables.map((t) => t.name))).toEqual([["tblKpi"], ["tblRubric"], ["tblEvaluation"], ["tblReview"], ["tblActionPlan"], [], []]);
    for (const s of m.sheets.slice(0, 5)) expect(s.tables[0]?.range.startsWith(`A${HEADER_ROW + 1}:`)).toBe(true);
  });

  it("look like the official forms: TH Sarabun New 16 pt, A4 landscape, title rows repeated, headers frozen", () => {
    for (const s of model().sheets) {
      expect(s.styles[0]?.style.font).toEqual({ name: "TH Sarabun New", size: 16 });
      expect(s.print).toEqual(expect.objectContaining({ orientation: "landscape", paper: "A4", titleRows: `1:${HEADER_ROW + 1}` }));
      expect(s.print?.fitToWidth).toBe(s.name === DEFAULT_SHEET_NAMES.register ? 4 : 1);
      expect(s.freeze?.rows).toBe(HEADER_ROW + 1);
    }
    expect(model(richPlan(), { font: "TH SarabunPSK" }).sheets[0]?.styles[0]?.style.font?.name).toBe("TH SarabunPSK");
    const register = sheet(model(), DEFAULT_SHEET_NAMES.register);
    expect(register.columnWidths[header(register).indexOf("ชื่อตัวชี้วัด")]).toBeGreaterThanOrEqual(40);
    expect(register.print?.titleColumns).toBe("A:C");
  });

  it("label the fiscal year in Buddhist Era with Thai digits, Thai headers over English subtitles", () => {
    const register = sheet(model(), DEFAULT_SHEET_NAMES.register);
    expect(String(at(register, "A1"))).toContain("ปีงบประมาณ พ.ศ. ๒๕๖๗");
    expect(header(register).slice(0, 3)).toEqual(["องค์ประกอบ", "รหัส", "ชื่อตัวชี้วัด"]);
    expect((register.rows[HEADER_ROW - 1] ?? []).slice(0, 3)).toEqual(["Component", "KPI ID", "KPI name"]);
    expect(header(register).filter((h) => h.startsWith("พ.ศ."))).toEqual(["พ.ศ. ๒๕๖๓", "พ.ศ. ๒๕๖๔", "พ.ศ. ๒๕๖๕", "พ.ศ. ๒๕๖๖", "พ.ศ. ๒๕๖๖ (๒)"]);
  });

  it("protect the evaluation sheet, where every row is generated, and lock its formulas", () => {
    const m = model();
    expect(m.sheets.filter((s) => s.protection).map((s) => s.name)).toEqual(["ผลการประเมิน", "ความเห็นผู้ประเมิน", "ประเด็นมุ่งเน้น", "ข้อมูลแม่แบบ"]);
    const evaluation = sheet(m, DEFAULT_SHEET_NAMES.evaluation);
    const col = (th: string) => header(evaluation).indexOf(th);
    const style = (th: string) => evaluation.styles.find((s) => s.range.startsWith(cellAddress(FIRST_DATA_ROW, col(th))))?.style;
    expect(style("คะแนนถ่วงน้ำหนัก")).toEqual(expect.objectContaining({ locked: true, numberFormat: "0.000" }));
    expect(style("ผลของคณะกรรมการ")).toEqual(expect.objectContaining({ locked: false }));
    expect(style("เหตุผลของคะแนน")).toEqual(expect.objectContaining({ locked: false, numberFormat: "@" }));
  });
});

describe("data validation", () => {
  it("covers the KPI rows only: a heading's component code (1, 3) is no leaf component, so Excel must not flag it", () => {
    const register = sheet(model(), DEFAULT_SHEET_NAMES.register);
    const componentCol = header(register).indexOf("องค์ประกอบ");
    const nameCol = header(register).indexOf("ชื่อตัวชี้วัด");
    const idCol = header(register).indexOf("รหัส");
    const lists = register.validations.filter((v) => v.rule.type === "list" && v.rule.items.includes("1.1"));
    const covered = (row: number): boolean =>
      lists.some((v) => {
        const r = parseRange(v.range);
        return r.column1 === componentCol && r.row1 <= row && row <= r.row2;
      });
    const rows = register.rows.map((cells, row) => ({ cells, row })).filter(({ row }) => row >= FIRST_DATA_ROW);
    const headings = rows.filter(({ cells }) => String(cells[nameCol] ?? "").startsWith(HEADING_PREFIX));
    const kpis = rows.filter(({ cells }) => typeof cells[idCol] === "string" && cells[idCol] !== "");
    expect(headings.map(({ cells }) => cells[componentCol])).toEqual(expect.arrayContaining(["1", "1.1", "3"]));
    expect(headings.filter(({ row }) => covered(row))).toEqual([]);
    expect(kpis.length).toBeGreaterThan(5);
    expect(kpis.filter(({ row }) => !covered(row))).toEqual([]);
  });

  it("finds nothing to flag in a fresh template", () => {
    const m = model(templatePlan(fw, { agency: "สำนักพัฒนาสังคม" }));
    for (const s of m.sheets) {
      for (const v of s.validations) {
        const r = parseRange(v.range);
        for (let row = r.row1; row <= r.row2; row++) {
          for (let col = r.column1; col <= r.column2; col++) {
            const value = s.rows[row]?.[col];
            if (value === undefined || isFormulaInput(value)) continue;
            expect({ sheet: s.name, cell: cellAddress(row, col), breaks: breaksRule(value, v.rule) }).toEqual({ sheet: s.name, cell: cellAddress(row, col), breaks: false });
          }
        }
      }
    }
  });
});

describe("row heights", () => {
  it("grow with wrapped Thai text, counting letters but not the vowels and tone marks above and below", () => {
    expect(estimateRowHeight([{ text: "สั้น", width: 40 }])).toBe(25);
    const line = "ก".repeat(28);
    expect(estimateRowHeight([{ text: `${line}${line}`, width: 40 }])).toBe(2 * 22 + 3);
    expect(estimateRowHeight([{ text: "กิ่".repeat(28), width: 40 }])).toBe(25);
    expect(estimateRowHeight([{ text: "ก\nข\nค", width: 40 }])).toBe(3 * 22 + 3);
    const register = sheet(model(), DEFAULT_SHEET_NAMES.register);
    expect(register.estimatedRowHeights?.length).toBeGreaterThan(0);
    expect(register.rowHeights).toContainEqual({ row: HEADER_ROW, height: expect.any(Number) });
  });
});

describe("formulas", () => {
  it("score with functions every spreadsheet program has: no LAMBDA name, no array constant, the framework's ladder inlined", () => {
    const evaluation = sheet(model(), DEFAULT_SHEET_NAMES.evaluation);
    const score = cell(evaluation, "คะแนนถ่วงน้ำหนัก", "1.1-3") as { formula: string };
    const used = new Set([...score.formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(["AND", "COUNT", "IF", "ISNUMBER", "MAX", "MIN", "NOT", "OR", "SIGN"]);
    expect(score.formula).not.toMatch(/KPISCORE|KPI\.SCORE|LAMBDA|\{/);
    expect(score.formula).toContain("tblEvaluation[[#This Row],[ผลของคณะกรรมการ]]");
    expect(score.formula).toContain("tblEvaluation[[#This Row],[เกณฑ์ ๑ คะแนน]:[เกณฑ์ ๕ คะแนน]]");
    expect(score.formula.length).toBeLessThanOrEqual(8192);
    const fy2566 = findFramework("bma-2566-bureau") as Framework;
    const old = sheet(renderTemplate(templatePlan(fy2566, { agency: "สำนักทดสอบ" }), { framework: fy2566 }), DEFAULT_SHEET_NAMES.evaluation);
    expect((cell(old, "คะแนนถ่วงน้ำหนัก", "5.1-1") as { formula: string }).formula).toContain("*(70-60)");
  });

  it("hold one block per round of the framework, mid-year first, each with its own rows for every KPI", () => {
    const evaluation = sheet(model(), DEFAULT_SHEET_NAMES.evaluation);
    const rounds = evaluation.rows.slice(FIRST_DATA_ROW).map((r) => r[0]);
    const firstEnd = rounds.indexOf("สิ้นปี");
    expect(firstEnd).toBeGreaterThan(0);
    expect(rounds.slice(0, firstEnd).every((r) => r === "ครึ่งปี")).toBe(true);
    expect(rounds.slice(firstEnd).every((r) => r === "สิ้นปี")).toBe(true);
    expect(cell(evaluation, "ผลของคณะกรรมการ", "1.1-1", 0, "ครึ่งปี")).toBe(3);
    expect(cell(evaluation, "ผลของคณะกรรมการ", "1.1-1")).toBe(5);
  });

  it("write every formula with the value it gives, for programs that show a file without recalculating", () => {
    for (const s of model().sheets) {
      s.rows.forEach((r, row) =>
        r.forEach((c, col) => {
          if (isFormulaInput(c)) expect({ at: `${s.name}!${cellAddress(row, col)}`, value: c.value }).toEqual({ at: `${s.name}!${cellAddress(row, col)}`, value: expect.anything() });
        }),
      );
    }
  });

  it("define KPISCORE, KPIPOINTS and KPI_FRAMEWORK in every workbook, with the framework's own ladder", () => {
    expect(model().names.map((n) => n.name)).toEqual(["KPI_FRAMEWORK", "KPISCORE", "KPIPOINTS"]);
    expect(model().names[0]?.formula).toBe('="bma-2567-bureau"');
    const fy2566 = findFramework("bma-2566-bureau") as Framework;
    const plan = templatePlan(fy2566, { agency: "สำนักทดสอบ" });
    const names = renderTemplate(plan, { framework: fy2566 }).names;
    expect(names[1]?.formula).toMatch(/^=LAMBDA\(result,criteria,weight,\[ladder\],/);
    expect(names[1]?.formula).toContain("IF(ISOMITTED(ladder),60,");
  });

  it("write points as weight × percent, and a stated value where the plan breaks it (tinted)", () => {
    const rubric = sheet(model(), DEFAULT_SHEET_NAMES.rubric);
    const points = [0, 1, 2, 3, 4].map((i) => cell(rubric, "คะแนนที่ได้รับ", "1.2-1", i));
    expect(points.map((p) => (isFormulaInput(p) ? "formula" : p))).toEqual(["formula", 15, "formula", "formula", "formula"]);
    expect(cell(rubric, "ระดับ", "1.2-1", 0)).toBe(5);
    expect((points[0] as { formula: string }).formula).toBe(
      "=IF(OR(tblRubric[[#This Row],[น้ำหนัก]]=\"\",tblRubric[[#This Row],[ร้อยละความสำเร็จ]]=\"\"),\"\",tblRubric[[#This Row],[น้ำหนัก]]*tblRubric[[#This Row],[ร้อยละความสำเร็จ]]/100)",
    );
  });

  it("write a stored score as that number, and the score formula where the plan stores none", () => {
    const evaluation = sheet(model(), DEFAULT_SHEET_NAMES.evaluation);
    expect(cell(evaluation, "คะแนนถ่วงน้ำหนัก", "1.1-2")).toBe(9.5);
    expect(isFormulaInput(cell(evaluation, "คะแนนถ่วงน้ำหนัก", "1.1-3"))).toBe(true);
  });

  it("sum each component and each round's total on the evaluation sheet", () => {
    const evaluation = sheet(model(), DEFAULT_SHEET_NAMES.evaluation);
    const col = header(evaluation).indexOf("คะแนนถ่วงน้ำหนัก");
    const scoreCell = (row: number) => cellAddress(row, col);
    for (const round of ["ครึ่งปี", "สิ้นปี"]) {
      const rowOf = (pred: (r: readonly CellInput[]) => boolean) => evaluation.rows.findIndex((r, i) => i >= FIRST_DATA_ROW && r[0] === round && pred(r));
      const heading = (code: string) => rowOf((r) => r[1] === code && (r[2] ?? null) === null);
      const kpiRows = ["1.1-1", "1.1-2", "1.1-3"].map((id) => rowOf((r) => r[2] === id));
      const formula = (row: number) => (evaluation.rows[row]?.[col] as { formula: string }).formula;
      expect(formula(heading("1.1"))).toBe(`=SUM(${kpiRows.map(scoreCell).join(",")})`);
      expect(formula(heading("1"))).toBe(`=SUM(${["1.1", "1.2", "1.3"].map((c) => scoreCell(heading(c))).join(",")})`);
      const total = rowOf((r) => String(r[3] ?? "").startsWith("รวม"));
      expect(formula(total)).toBe(`=SUM(${["1", "2", "3"].map((c) => scoreCell(heading(c))).join(",")})`);
    }
  });
});

describe("the metadata sheet", () => {
  it("holds the framework id and JSON, the layout version, agency, fiscal year and the sheet names", () => {
    const meta = sheet(model(), DEFAULT_SHEET_NAMES.meta);
    const entries = Object.fromEntries(meta.rows.slice(FIRST_DATA_ROW).map((r) => [r[0], r[1]]));
    expect(entries).toEqual(
      expect.objectContaining({
        format: "kpi-workbook",
        layoutVersion: LAYOUT_VERSION,
        framework: "bma-2567-bureau",
        agency: "สำนักงานทดสอบ",
        fiscalYear: 2567,
        "sheet.register": "ตัวชี้วัด",
        "table.register": "tblKpi",
      }),
    );
    expect(JSON.parse(String(entries.frameworkJson)).id).toBe("bma-2567-bureau");
  });
});

describe("a template for a framework", () => {
  it("comes with the components every agency shares prefilled, and blank rows for the negotiated ones", () => {
    const plan = templatePlan(fw, { agency: "สำนักพัฒนาสังคม" });
    const register = sheet(renderTemplate(plan, { framework: fw }), DEFAULT_SHEET_NAMES.register);
    const ids = register.rows.slice(FIRST_DATA_ROW).map((r) => [r[0], r[1] ?? null, r[1] ? (r[2] ?? null) : null]);
    expect(ids.filter(([, id]) => id !== null).map(([c, id, name]) => `${c} ${id} ${name === null ? "(blank)" : "named"}`)).toEqual([
      "1.1 1.1-1 (blank)",
      "1.1 1.1-2 (blank)",
      "1.1 1.1-3 (blank)",
      "1.2 1.2-1 (blank)",
      "1.3 1.3-1 (blank)",
      "1.3 1.3-2 (blank)",
      "2 2-1 named",
      "3.1 3.1-1 named",
      "3.2 3.2-1 named",
    ]);
  });
});

describe("text longer than a cell holds (32,767 characters)", () => {
  it("is refused before anything is written, naming each cell by field and KPI or component, in Thai and English", () => {
    const plan = richPlan();
    const first = plan.kpis[0];
    if (!first) throw new Error("no KPI");
    first.definition = "ก".repeat(CELL_TEXT_MAX + 1);
    plan.reviews = [{ round: "end", component: "1.1", reasons: "x".repeat(40_000) }];
    const error = thrown(() => model(plan));
    expect(error).toBeInstanceOf(TextTooLongError);
    const cells = (error as TextTooLongError).cells;
    expect(cells.map((c) => [c.sheet, c.owner, c.field?.en, c.length])).toEqual([
      [DEFAULT_SHEET_NAMES.register, first.id, "Definition", CELL_TEXT_MAX + 1],
      [DEFAULT_SHEET_NAMES.reviews, "c:1.1", "Reasons for the score", 40_000],
    ]);
    const message = (error as Error).message;
    expect(message).toContain(`the definition of KPI ${first.id} is 32,768 characters long ('${DEFAULT_SHEET_NAMES.register}'!`);
    expect(message).toContain("the reasons for the score of component 1.1 is 40,000 characters long");
    expect(message).toContain(`"นิยาม" ของตัวชี้วัด`);
    expect(message).toContain("ยาว ๓๒,๗๖๘ ตัวอักษร");
  });

  it("up to the limit, is written whole", () => {
    const plan = richPlan();
    const first = plan.kpis[0];
    if (!first) throw new Error("no KPI");
    first.definition = "ก".repeat(CELL_TEXT_MAX);
    expect(cell(sheet(model(plan), DEFAULT_SHEET_NAMES.register), "นิยาม", first.id)).toBe(first.definition);
  });

  it("refused, leaves the open workbook as it was (the Office.js port writes nothing)", async () => {
    const plan = richPlan();
    (plan.kpis[1] as (typeof plan.kpis)[number]).name = "ข".repeat(CELL_TEXT_MAX + 10);
    const excel = new FakeExcel();
    await expect(insertTemplate(createOfficePort(excel.run), plan, fw)).rejects.toThrow(TextTooLongError);
    expect(excel.sheets).toEqual([]);
    expect(excel.syncs).toBe(1);
  });
});
