// A formula of the template replaced by a value or by another formula changes what Excel shows
// while the plan read from the cells stays the same: TEMPLATE_FORMULA_CHANGED names the cell and
// the formula expected, in the pane's full check (memory and Office.js over the fake Excel, which
// writes the formulas in A1 form) and in kpi validate, where the seal stays intact and the check
// fails all the same. What the layout reads as typed over a formula (stated points, scores) is
// left to the rules.
import { join } from "node:path";
import { makeSeal } from "../../src/seal/seal";
import { sealBlock } from "../../src/seal/writeSeal";
import { PlanChecker, type CheckResult } from "../../src/taskpane/check/checker";
import { formulaIssues } from "../../src/template/formulas";
import { insertTemplate } from "../../src/template/insert";
import { readTemplate } from "../../src/template/read";
import { parseRange } from "../../src/workbook/a1";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { kpi, tempFolder } from "../helpers/cli";
import { cellOf } from "../workbook/harness";
import { PORT_HARNESSES, type OpenWorkbook } from "../workbook/ports/harness";
import { FW, goodPlan } from "../taskpane/helpers";

const CODE = "TEMPLATE_FORMULA_CHANGED";
const changed = (r: CheckResult) => r.findings.filter((f) => f.code === CODE);
const ofKpi = (id: string) => (r: Record<string, unknown>) => r["รหัส"] === id;
const totalRow = (r: Record<string, unknown>) => String(r["ชื่อตัวชี้วัด"] ?? "").startsWith("รวม");

describe.each(PORT_HARNESSES)("the template's formulas in the pane, over $name", (h) => {
  const checker = (wb: OpenWorkbook) => new PlanChecker(wb.ports, wb.sheets.meta, () => Promise.resolve(formulaIssues));
  const at = (wb: OpenWorkbook, sheet: string, header: string, row: (r: Record<string, unknown>) => boolean) => cellOf(wb.ports.workbook, sheet, header, row);

  it("are as written on a fresh template: no finding", async () => {
    const wb = await h.open();
    expect(changed(await checker(wb).full({ formulas: true }))).toEqual([]);
  });

  it("name a weight typed over the evaluation sheet's formula, with the formula expected, as an error", async () => {
    const wb = await h.open();
    const { evaluation } = wb.sheets;
    const weight = await at(wb, evaluation, "น้ำหนัก", ofKpi("1.1-1"));
    wb.user.unprotect(evaluation);
    await wb.user.type(evaluation, weight, 50);
    const c = checker(wb);
    // The live check and a plain full check leave the comparison to the full check that asks for it.
    expect(changed(await c.full())).toEqual([]);
    const found = changed(await c.full({ formulas: true }));
    expect(found).toEqual([expect.objectContaining({ severity: "error", source: "read", where: expect.objectContaining({ sheet: evaluation, cell: weight, kpi: "1.1-1" }) })]);
    expect(found[0]?.message.en).toMatch(new RegExp(`^the template's formula in '${evaluation}'!${weight} was replaced by the value "50", so the scores Excel shows may differ from those checked; the formula should be =IFERROR\\(IF\\(INDEX\\(tblKpi\\[น้ำหนัก\\]`));
    expect(found[0]?.message.th).toContain(`สูตรของแม่แบบใน '${evaluation}'!${weight} ถูกแทนด้วยค่า "50"`);
    // Kept by the live checks that follow, until a full check compares again.
    const { register } = wb.sheets;
    await wb.user.type(register, await at(wb, register, "เป้าหมาย", ofKpi("1.1-2")), "ร้อยละ ๙๐");
    expect(changed(await c.live([{ sheet: register, address: await at(wb, register, "เป้าหมาย", ofKpi("1.1-2")), structural: false }]))).toHaveLength(1);
  });

  it("name the criteria, the rubric kind, a subtotal and the register's weight total replaced by values", async () => {
    const wb = await h.open();
    const { evaluation, register } = wb.sheets;
    wb.user.unprotect(evaluation);
    const cells = [
      [evaluation, await at(wb, evaluation, "เกณฑ์ ๑ คะแนน", ofKpi("1.1-2"))],
      [evaluation, await at(wb, evaluation, "ชนิดเกณฑ์", ofKpi("1.1-3"))],
      [evaluation, await at(wb, evaluation, "คะแนนถ่วงน้ำหนัก", (r) => r["องค์ประกอบ"] === "1.1" && r["รหัส"] === null)],
      [register, await at(wb, register, "น้ำหนัก", totalRow)],
    ] as const;
    for (const [sheet, cell] of cells) await wb.user.type(sheet, cell, 1);
    const found = changed(await checker(wb).full({ formulas: true }));
    expect(found.map((f) => `${f.where.sheet}!${f.where.cell}`).sort()).toEqual(cells.map(([s, c]) => `${s}!${c}`).sort());
  });

  it("leave points typed over the rubric's formula to RUBRIC_POINTS: the read takes them into the plan", async () => {
    const wb = await h.open();
    const { rubric } = wb.sheets;
    await wb.user.type(rubric, await at(wb, rubric, "คะแนนที่ได้รับ", ofKpi("1.1-2")), 99);
    const r = await checker(wb).full({ formulas: true });
    expect(changed(r)).toEqual([]);
    expect(r.findings.map((f) => f.code)).toContain("RUBRIC_POINTS");
  });
});

describe("kpi validate on a sealed workbook whose formula was replaced", () => {
  const folder = tempFolder("kpi-formulas-");

  it("keeps the seal intact (the plan is the same) and fails the check, naming the cell", async () => {
    const wb = XlsxWorkbook.create();
    await insertTemplate(wb, goodPlan(), FW);
    const read = await readTemplate(wb);
    const seal = await makeSeal({ plan: read.plan, frameworkJson: read.meta.frameworkJson }, { framework: FW.id, layoutVersion: 2 });
    const meta = wb.workbook.getWorksheet(read.meta.metaSheet)!;
    const block = sealBlock((await wb.readSheets([read.meta.metaSheet])).get(read.meta.metaSheet), seal);
    const { row1 } = parseRange(block.address);
    block.values.forEach((row, i) => row.forEach((v, j) => (meta.getCell(row1 + i + 1, j + 1).value = v)));
    const path = join(folder(), "sealed.xlsx");
    await wb.save(path);
    expect((await kpi("validate", path, "--require-seal")).code).toBe(0);

    const evaluation = wb.workbook.getWorksheet(read.meta.sheets.evaluation)!;
    const weight = await cellOf(wb, read.meta.sheets.evaluation, "น้ำหนัก", ofKpi("1.1-1"));
    evaluation.getCell(weight).value = 30;
    const tampered = join(folder(), "tampered.xlsx");
    await wb.save(tampered);
    const out = await kpi("validate", tampered, "--require-seal", "--lang", "en");
    expect(out.code).toBe(1);
    expect(out.out).toMatch(/✓ seal: seal intact/);
    expect(out.out).toMatch(new RegExp(`✗ ${CODE} +'${read.meta.sheets.evaluation}'!${weight} .* was replaced by the value "30"`));
  });
});
