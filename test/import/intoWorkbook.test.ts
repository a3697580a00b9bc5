// `kpi import <result form> --into plan.xlsx`: the synthetic result forms of ../shared/samples put
// into templates made by `kpi template` from the matching plans (the forms' KPIs without results).
// The cells written, the plan read back against the JSON --into result, conflicts (nothing written
// without --force, the file byte for byte as it was), the mid-year criteria, text that looks like
// a formula, a sealed workbook, what the workbook keeps through exceljs, and LibreOffice computing
// the scores, with and without recalculating.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { findFramework } from "../../src/core/frameworks/shipped";
import type { Framework } from "../../src/core/schema/framework";
import { parsePlan, type Plan } from "../../src/core/schema/plan";
import { makeSeal } from "../../src/seal/seal";
import { readSeal } from "../../src/seal/store";
import { sealBlock } from "../../src/seal/writeSeal";
import { insertTemplate } from "../../src/template/insert";
import { readTemplate } from "../../src/template/read";
import { CELL_TEXT_MAX, type Grid } from "../../src/workbook/model";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { kpi, tempFolder } from "../helpers/cli";
import { convertWithLibreOffice, describeWith, findSoffice, libreOfficeProfile } from "../helpers/externalTools";
import { mismatches, scoreCells } from "../support/scoreCells";
import { SHARED } from "./accuracy";
import { imported, withoutResults } from "./helpers";

// kpi template, the imports and LibreOffice's cold starts: minutes on a busy machine, never a failure.
jest.setTimeout(300_000);

const SAMPLES = join(SHARED, "samples");
const END = join(SAMPLES, "result-2567-yearend-education.txt");
const MID = join(SAMPLES, "result-2567-midyear-health.txt");
const EVALUATION = "ผลการประเมิน";
const REVIEWS = "ความเห็นผู้ประเมิน";
const RUBRIC = "เกณฑ์การให้คะแนน";
const framework = findFramework("bma-2567-bureau") as Framework;
const folder = tempFolder("kpi-into-xlsx-");

/** The plan a form's results belong to: its KPIs, rubrics and components, without results or reviews. */
function planOf(form: string, edit: (p: Plan) => void = () => undefined): string {
  const p = withoutResults(imported(readFileSync(form, "utf8")).parsed);
  edit(p);
  const path = join(folder(), `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(p, null, 2));
  return path;
}

/** A template of the plan, made by `kpi template`. */
async function template(plan: string, agency: string, name: string): Promise<string> {
  const path = join(folder(), name);
  const r = await kpi("template", "--framework", "bma-2567-bureau", "--agency", agency, "--from", plan, "-o", path);
  expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: "" });
  return path;
}

const copy = (from: string, name: string): string => {
  const to = join(folder(), name);
  copyFileSync(from, to);
  return to;
};

async function exported(path: string): Promise<Plan> {
  const r = await kpi("export", path);
  expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: "" });
  return parse(JSON.parse(r.out));
}

function parse(json: unknown): Plan {
  const p = parsePlan(json);
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return p.plan;
}

/** The plan without the weighted scores the form prints: a template's score cells are formulas, which compute them. */
function withoutStoredScores(plan: Plan): Plan {
  const p = structuredClone(plan);
  for (const k of p.kpis) {
    for (const r of [k.result, k.results?.mid]) {
      if (!r) continue;
      delete r.score;
      delete r.selfScore;
    }
  }
  return p;
}

async function grids(path: string): Promise<Map<string, Grid>> {
  const wb = await XlsxWorkbook.open(path);
  return wb.readSheets((await wb.inventory()).sheets);
}

/** The cell of a table's column (by its Thai header) in the row whose first columns hold `keys`. */
function cellOf(grid: Grid, header: string, match: (row: readonly unknown[]) => boolean): unknown {
  const headerRow = grid.values.findIndex((r) => r.includes(header));
  const col = (grid.values[headerRow] ?? []).indexOf(header);
  return grid.values.find((r, i) => i > headerRow && match(r))?.[col];
}

const row = (round: string, id: string) => (r: readonly unknown[]) => r[0] === round && r[2] === id;
const reviewRow = (round: string, component: string) => (r: readonly unknown[]) => r[0] === round && r[1] === component;

describe("a year-end result form into its agency's template", () => {
  let plan: string;
  let blank: string;
  beforeAll(async () => {
    plan = planOf(END);
    blank = await template(plan, "สำนักการศึกษา", "education.xlsx");
  });

  it("writes the results, texts and sign-off into their cells and changes no other value or formula", async () => {
    const path = copy(blank, "written.xlsx");
    const before = await grids(path);
    const r = await kpi("import", END, "--into", path, "--json");
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: "" });
    const report = JSON.parse(r.out) as { written: boolean; cells: { writes: { sheet: string; cell: string }[]; conflicts: unknown[] } };
    expect(report.written).toBe(true);
    expect(report.cells.conflicts).toEqual([]);
    const after = await grids(path);
    const evaluation = after.get(EVALUATION) as Grid;
    expect(cellOf(evaluation, "ผลของคณะกรรมการ", row("สิ้นปี", "1.1-2"))).toBe(4);
    expect(cellOf(evaluation, "ผลประเมินตนเอง", row("สิ้นปี", "1.1-2"))).toBe(5);
    expect(cellOf(evaluation, "ผลของคณะกรรมการ", row("สิ้นปี", "3.2-1"))).toBe(95.36);
    expect(cellOf(evaluation, "ผลของคณะกรรมการ", row("ครึ่งปี", "1.1-2"))).toBeNull();
    expect(String(cellOf(evaluation, "เหตุผลของคะแนน", row("สิ้นปี", "1.1-2")))).toMatch(/^หน่วยงานประเมินตนเองระดับ 5/);
    const reviews = after.get(REVIEWS) as Grid;
    expect(cellOf(reviews, "ผู้ประเมิน (ชื่อ-สกุล)", reviewRow("สิ้นปี", "3.2"))).toBe("นางสาวรุ่งนภา มีสุข");
    expect(cellOf(reviews, "วัน/เดือน/ปี", reviewRow("สิ้นปี", "3.2"))).toBe("๔ พฤศจิกายน ๒๕๖๗");
    expect(cellOf(reviews, "หน่วยงานผู้ประเมิน", reviewRow("สิ้นปี", "2"))).toBe("กองพัฒนาระบบราชการกรุงเทพมหานคร สำนักงาน ก.ก.");
    expect(cellOf(reviews, "เหตุผลของคะแนน", reviewRow("ครึ่งปี", "1.1"))).toBeNull();
    // Exactly the cells reported changed their values; formulas are the same everywhere, and
    // apart from those cells only the values the evaluation sheet's formulas show differ.
    const changed: string[] = [];
    for (const [sheet, grid] of after) {
      const old = before.get(sheet) as Grid;
      grid.values.forEach((cells, i) =>
        cells.forEach((v, j) => {
          const formula = grid.formulas[i]?.[j] ?? null;
          expect([sheet, i, j, formula]).toEqual([sheet, i, j, old.formulas[i]?.[j] ?? null]);
          if (formula === null && v !== (old.values[i]?.[j] ?? null)) changed.push(`${sheet}!${String.fromCharCode(65 + j)}${i + 1}`);
        }),
      );
    }
    expect(changed.sort()).toEqual(report.cells.writes.map((c) => `${c.sheet}!${c.cell}`).sort());
    expect(report.cells.writes.length).toBeGreaterThan(60);
  });

  it("reads back as the JSON --into of the same workbook's plan, but for the printed scores its formulas compute", async () => {
    const path = copy(blank, "same.xlsx");
    const json = join(folder(), "same.json");
    writeFileSync(json, JSON.stringify(await exported(path), null, 2));
    expect((await kpi("import", END, "--into", json)).code).toBe(0);
    expect((await kpi("import", END, "--into", path)).code).toBe(0);
    const viaJson = parse(JSON.parse(readFileSync(json, "utf8")));
    expect(viaJson.kpis.find((k) => k.id === "1.1-2")?.result?.score).toBe(8);
    expect(await exported(path)).toEqual(withoutStoredScores(viaJson));
    const report = await kpi("report", path, "--json");
    expect((JSON.parse(report.out) as { total: number }).total).toBeCloseTo(92.5029, 4);
  });

  it("writes nothing when every value is there already", async () => {
    const path = copy(blank, "twice.xlsx");
    expect((await kpi("import", END, "--into", path)).code).toBe(0);
    const bytes = readFileSync(path);
    const again = await kpi("import", END, "--into", path, "--lang", "en");
    expect(again.code).toBe(0);
    expect(again.out).toContain("no new value to put in; the workbook was not changed");
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it("lists each cell typed otherwise with its old and new value, writes nothing without --force (exit 1), and lets the form win with it", async () => {
    const path = copy(blank, "conflict.xlsx");
    expect((await kpi("import", END, "--into", path)).code).toBe(0);
    const wb = await XlsxWorkbook.open(path);
    const read = await readTemplate(wb);
    const committee = read.cellOf({ kpi: "1.1-2", field: "result.value" });
    const signer = read.cellOf({ component: "3.2", field: "reviews.end.signoff.name" });
    const self = read.cellOf({ kpi: "1.1-3", field: "result.self" });
    if (!committee || !signer || !self) throw new Error("no cells");
    await wb.writeCells(committee.sheet, committee.cell, [[3]]);
    await wb.writeCells(signer.sheet, signer.cell, [["นายผู้อื่น"]]);
    // A value typed in Thai digits that means the form's value is no conflict.
    await wb.writeCells(self.sheet, self.cell, [["๑๐๐"]]);
    await wb.save(path, { overwrite: true });
    const bytes = readFileSync(path);

    const refused = await kpi("import", END, "--into", path, "--lang", "en");
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(`'ผลการประเมิน'!${committee.cell}     1.1-2 committee result (year-end): 3 → 4`);
    expect(refused.out).toContain(`'ความเห็นผู้ประเมิน'!${signer.cell} 3.2 evaluator (year-end): นายผู้อื่น → นางสาวรุ่งนภา มีสุข`);
    expect(refused.out).not.toContain(self.cell);
    expect(refused.err).toContain("nothing written to");
    expect(refused.err).toContain("ไม่ได้เขียน");
    expect(readFileSync(path).equals(bytes)).toBe(true);
    const thai = await kpi("import", END, "--into", path);
    expect(thai.out).toContain(`'ผลการประเมิน'!${committee.cell}     ๑.๑-๒ ผลของคณะกรรมการ (สิ้นปี): ๓ → ๔`);

    const forced = await kpi("import", END, "--into", path, "--force", "--lang", "en");
    expect({ code: forced.code, err: forced.err }).toEqual({ code: 0, err: "" });
    expect(forced.out).toContain("the workbook's values replaced by the form's");
    expect(forced.out).toContain("wrote 2 cells into");
    const back = await exported(path);
    expect(back.kpis.find((k) => k.id === "1.1-2")?.result?.value).toBe(4);
    expect(back.reviews?.find((r) => r.component === "3.2" && r.round === "end")?.signoff?.name).toBe("นางสาวรุ่งนภา มีสุข");
    expect(cellOf((await grids(path)).get(EVALUATION) as Grid, "ผลประเมินตนเอง", row("สิ้นปี", "1.1-3"))).toBe("๑๐๐");
  });

  it("never writes over a formula someone put in a result cell: it is listed and the rest goes in (exit 1)", async () => {
    const path = copy(blank, "formula.xlsx");
    const wb = await XlsxWorkbook.open(path);
    const at = (await readTemplate(wb)).cellOf({ kpi: "1.3-1", field: "result.value" });
    if (!at) throw new Error("no cell");
    wb.workbook.getWorksheet(at.sheet)!.getCell(at.cell).value = { formula: "2+3", result: 5 } as ExcelJS.CellFormulaValue;
    await wb.save(path, { overwrite: true });
    const r = await kpi("import", END, "--into", path, "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.out).toContain(`cells holding a formula, never written over:\n  'ผลการประเมิน'!${at.cell}`);
    const cell = (await XlsxWorkbook.open(path)).workbook.getWorksheet(at.sheet)!.getCell(at.cell);
    expect(cell.formula).toBe("2+3");
    expect((await exported(path)).kpis.find((k) => k.id === "1.1-2")?.result?.value).toBe(4);
  });

  it("writes text that looks like a formula as text", async () => {
    const form = join(folder(), "injection.txt");
    writeFileSync(form, readFileSync(END, "utf8").replace("-ไม่มี-", "=1+1 ไม่ใช่สูตร"));
    const path = copy(blank, "injection.xlsx");
    expect((await kpi("import", form, "--into", path)).code).toBe(0);
    const wb = await XlsxWorkbook.open(path);
    const at = (await readTemplate(wb)).cellOf({ component: "1.2", field: "reviews.end.suggestions" });
    if (!at) throw new Error("no cell");
    const cell = wb.workbook.getWorksheet(at.sheet)!.getCell(at.cell);
    expect([cell.type, cell.value]).toEqual([ExcelJS.ValueType.String, "=1+1 ไม่ใช่สูตร"]);
    const zip = await JSZip.loadAsync(readFileSync(path));
    expect(await zip.file("xl/sharedStrings.xml")?.async("string")).toContain("=1+1 ไม่ใช่สูตร");
    const sheets = await Promise.all(Object.keys(zip.files).filter((f) => f.startsWith("xl/worksheets/sheet")).map((f) => zip.file(f)!.async("string")));
    expect(sheets.some((s) => s.includes("<f>1+1"))).toBe(false);
    // Strengths written as "- มี…" stay text as well.
    expect((await exported(path)).reviews?.find((r) => r.component === "1.1")?.strengths).toMatch(/^- มีเครือข่าย/);
  });

  it("reports a KPI of the form the workbook has no row for and invents none (exit 1)", async () => {
    const fewer = planOf(END, (p) => {
      p.kpis = p.kpis.filter((k) => k.id !== "1.3-2");
    });
    const path = await template(fewer, "สำนักการศึกษา", "fewer.xlsx");
    const r = await kpi("import", END, "--into", path, "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.out).toContain("not found in the workbook, so not written:\n  no KPI \"ระดับความสำเร็จในการพัฒนาห้องเรียนดิจิทัล");
    const back = await exported(path);
    expect(back.kpis.map((k) => k.id)).not.toContain("1.3-2");
    expect(back.kpis.find((k) => k.id === "1.3-1")?.result?.value).toBe(5);
  });

  it("asks which template when the workbook holds two, and writes into the one --sheet names", async () => {
    const path = copy(blank, "two.xlsx");
    const wb = await XlsxWorkbook.open(path);
    const other = parse(JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "plans", "fy2567-social-development.json"), "utf8")));
    await insertTemplate(wb, other, framework);
    await wb.save(path, { overwrite: true });
    const bytes = readFileSync(path);
    const refused = await kpi("import", END, "--into", path, "--lang", "en");
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/this workbook holds 2 templates: say which one to read with --sheet/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    const r = await kpi("import", END, "--into", path, "--sheet", "ข้อมูลแม่แบบ", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/ข้อมูลแม่แบบ/);
    const first = JSON.parse((await kpi("export", path, "--sheet", "ข้อมูลแม่แบบ")).out) as Plan;
    expect(first.kpis.some((k) => k.result?.value !== undefined && k.result?.value !== null)).toBe(true);
    const second = JSON.parse((await kpi("export", path, "--sheet", "ข้อมูลแม่แบบ (2)")).out) as Plan;
    expect(second).toEqual(JSON.parse(JSON.stringify(other)));
    expect((await kpi("import", END, "--into", plan, "--sheet", "x")).code).toBe(2);
  });

  it("says that a sealed workbook's seal no longer holds", async () => {
    const path = copy(blank, "sealed.xlsx");
    const wb = await XlsxWorkbook.open(path);
    const read = await readTemplate(wb);
    const seal = await makeSeal({ plan: read.plan, frameworkJson: read.meta.frameworkJson }, { framework: read.framework.id, layoutVersion: 2, now: new Date("2024-10-01T03:00:00Z") });
    const meta = (await wb.readSheets([read.meta.metaSheet])).get(read.meta.metaSheet);
    const block = sealBlock(meta, seal);
    await wb.writeCells(read.meta.metaSheet, block.address, block.values);
    await wb.save(path, { overwrite: true });
    expect((await kpi("validate", path, "--lang", "en")).out).toContain("seal intact");
    const r = await kpi("import", END, "--into", path, "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain("seal broken: the plan was changed after it was checked on 1 Oct 2024 10:00 (Bangkok time); check it again before sending (the results went in: check it and seal it again in the task pane)");
    expect(await readSeal(await XlsxWorkbook.open(path), read.meta.metaSheet)).toEqual(seal);
    expect((await kpi("validate", path, "--lang", "en")).out).toContain("seal broken");
  });

  it("refuses -o, another agency's form and a file that is no template, saying why (exit 2)", async () => {
    const path = copy(blank, "refused.xlsx");
    const bytes = readFileSync(path);
    const other = await kpi("import", END, "--into", path, "-o", join(folder(), "other.xlsx"));
    expect(other.code).toBe(2);
    expect(other.err).toContain("writes into that workbook itself, so -o is not taken");
    const agency = await kpi("import", MID, "--into", path);
    expect(agency.code).toBe(2);
    expect(agency.err).toContain("the result form is สำนักอนามัย's but the plan is สำนักการศึกษา's");
    const notTemplate = join(folder(), "plain.xlsx");
    await XlsxWorkbook.create().save(notTemplate);
    expect((await kpi("import", END, "--into", notTemplate)).code).toBe(2);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it("writes nothing into a workbook holding parts it cannot write back (a chart) unless --force says to go on without them", async () => {
    const path = copy(blank, "chart.xlsx");
    const zip = await JSZip.loadAsync(readFileSync(path));
    zip.file("xl/charts/chart1.xml", '<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart/></c:chartSpace>');
    writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
    const bytes = readFileSync(path);
    const refused = await kpi("import", END, "--into", path, "--lang", "en");
    expect(refused.code).toBe(1);
    expect(refused.out).toContain("parts of the file that writing it again would lose:\n  xl/charts/chart1.xml");
    expect(refused.err).toContain("cannot write back these parts of the file: xl/charts/chart1.xml (use --force to write it without them)");
    expect(readFileSync(path).equals(bytes)).toBe(true);
    const forced = await kpi("import", END, "--into", path, "--force", "--lang", "en");
    expect({ code: forced.code, err: forced.err }).toEqual({ code: 0, err: "" });
    expect((await JSZip.loadAsync(readFileSync(path))).file("xl/charts/chart1.xml")).toBeNull();
    expect((await exported(path)).kpis.find((k) => k.id === "1.1-2")?.result?.value).toBe(4);
  });

  it("keeps the parts that stand alone as they were: custom document properties (a sensitivity label), an add-in's task pane", async () => {
    const path = copy(blank, "standalone.xlsx");
    const zip = await JSZip.loadAsync(readFileSync(path));
    const custom = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_Enabled"><vt:lpwstr>true</vt:lpwstr></property></Properties>';
    const panes = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="0" width="350" row="4"><wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>';
    const extension = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{8F1E5C2B-0000-4000-8000-000000000001}"><we:reference id="kpi-addin" version="1.0.0.0" store="developer" storeType="Registry"/></we:webextension>';
    zip.file("docProps/custom.xml", custom);
    zip.file("xl/webextensions/taskpanes.xml", panes);
    zip.file("xl/webextensions/webextension1.xml", extension);
    zip.file("xl/webextensions/_rels/taskpanes.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>');
    const rels = (await zip.file("_rels/.rels")!.async("string")).replace(
      "</Relationships>",
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/><Relationship Id="rIdPane" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>',
    );
    zip.file("_rels/.rels", rels);
    const types = (await zip.file("[Content_Types].xml")!.async("string")).replace(
      "</Types>",
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/><Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/><Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>',
    );
    zip.file("[Content_Types].xml", types);
    writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));

    const r = await kpi("import", END, "--into", path, "--lang", "en");
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: "" });
    const after = await JSZip.loadAsync(readFileSync(path));
    expect(await after.file("docProps/custom.xml")?.async("string")).toBe(custom);
    expect(await after.file("xl/webextensions/taskpanes.xml")?.async("string")).toBe(panes);
    expect(await after.file("xl/webextensions/webextension1.xml")?.async("string")).toBe(extension);
    const packageRels = await after.file("_rels/.rels")!.async("string");
    expect(packageRels).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"');
    expect(packageRels).toContain('Target="xl/webextensions/taskpanes.xml"');
    expect(new Set([...packageRels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1])).size).toBe([...packageRels.matchAll(/Id="/g)].length);
    const typesAfter = await after.file("[Content_Types].xml")!.async("string");
    for (const part of ["/docProps/custom.xml", "/xl/webextensions/taskpanes.xml", "/xl/webextensions/webextension1.xml"]) expect(typesAfter).toContain(`PartName="${part}"`);
    expect((await exported(path)).kpis.find((k) => k.id === "1.1-2")?.result?.value).toBe(4);
  });

  it("keeps the workbook's styles, merges, validation, conditional formats, tables, protection, print set-up and names", async () => {
    const path = copy(blank, "kept.xlsx");
    expect((await kpi("import", END, "--into", path)).code).toBe(0);
    const [a, b] = await Promise.all([blank, path].map(async (p) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(p) as unknown as ExcelJS.Buffer);
      return wb;
    }));
    if (!a || !b) throw new Error("not read");
    expect(b.definedNames.model).toEqual(a.definedNames.model);
    expect((await XlsxWorkbook.open(path)).formulaNamesAsTyped()).toEqual((await XlsxWorkbook.open(blank)).formulaNamesAsTyped());
    expect(b.worksheets.map((w) => [w.name, w.state])).toEqual(a.worksheets.map((w) => [w.name, w.state]));
    const held = new Set<string>();
    for (const ws of a.worksheets) {
      const other = b.getWorksheet(ws.name) as ExcelJS.Worksheet;
      const m = ws.model as unknown as Record<string, unknown>;
      const n = other.model as unknown as Record<string, unknown>;
      for (const part of ["merges", "dataValidations", "conditionalFormattings", "sheetProtection", "pageSetup", "views", "cols", "tables"]) {
        expect([ws.name, part, n[part]]).toEqual([ws.name, part, m[part]]);
        const v = m[part];
        if (v && (Array.isArray(v) ? v.length > 0 : Object.keys(v).length > 0)) held.add(part);
      }
      ws.eachRow({ includeEmpty: true }, (r, i) => r.eachCell({ includeEmpty: true }, (c, j) => expect([ws.name, i, j, other.getCell(i, j).style]).toEqual([ws.name, i, j, c.style])));
    }
    // Not trivially equal: the template holds every one of them but merged cells (none).
    expect([...held].sort()).toEqual(["cols", "conditionalFormattings", "dataValidations", "pageSetup", "sheetProtection", "tables", "views"]);
    // The validation ranges as the template wrote them, not as exceljs regroups single cells.
    const xml = async (p: string) => Object.fromEntries(await Promise.all(Object.entries((await JSZip.loadAsync(readFileSync(p))).files).filter(([f]) => f.startsWith("xl/worksheets/sheet")).map(async ([f, z]) => [f, /<dataValidations[\s\S]*?<\/dataValidations>/.exec(await z.async("string"))?.[0] ?? ""])));
    expect(await xml(path)).toEqual(await xml(blank));
  });
});

describe("a form whose text is longer than a cell holds", () => {
  it("writes nothing into the workbook: exit 2 naming the cell and the field, the file as it was", async () => {
    const path = await template(planOf(END), "สำนักการศึกษา", "too-long.xlsx");
    const lines = readFileSync(END, "utf8").split("\n");
    const at = lines.findIndex((l) => l.startsWith("■ จุดอ่อน"));
    lines.splice(at + 2, 0, `- ${"ข".repeat(CELL_TEXT_MAX)}`);
    const form = join(folder(), "too-long.txt");
    writeFileSync(form, lines.join("\n"));
    const before = readFileSync(path);
    const r = await kpi("import", form, "--into", path, "--force");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/จึงไม่ได้เขียนสิ่งใดลงสมุดงาน: "๑\.๑ จุดอ่อน \(สิ้นปี\)" ยาว ๓๒,[๐-๙]{3} ตัวอักษร \('ความเห็นผู้ประเมิน'![A-Z]+\d+\)/);
    expect(r.err).toMatch(/so nothing was written into the workbook: the 1\.1 weaknesses \(year-end\) is 32,\d{3} characters long/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe("a mid-year result form into its agency's template", () => {
  let path: string;
  let json: string;
  beforeAll(async () => {
    // The plan states the year-end criteria of budget disbursement (92…100 %); the form the mid-year ones.
    const plan = planOf(MID, (p) => {
      const k = p.kpis.find((x) => x.id === "3.2-1") as Plan["kpis"][number];
      for (const l of k.rubric?.levels ?? []) l.criterion = [92, 94, 96, 98, 100][(l.level as number) - 1] as number;
    });
    path = await template(plan, "สำนักอนามัย", "health.xlsx");
    json = join(folder(), "health.json");
    writeFileSync(json, JSON.stringify(await exported(path), null, 2));
    expect((await kpi("import", MID, "--into", json)).code).toBe(0);
    const r = await kpi("import", MID, "--into", path, "--lang", "en");
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: "" });
    expect(r.out).toContain("3.2-1 mid-year criterion of level 1: 35");
  });

  it("puts the results into the mid-year rows and the form's criteria into the rubric's mid-year column", async () => {
    const g = await grids(path);
    expect(cellOf(g.get(EVALUATION) as Grid, "ผลของคณะกรรมการ", row("ครึ่งปี", "1.2-1"))).toBe(33.62);
    expect(cellOf(g.get(EVALUATION) as Grid, "ผลของคณะกรรมการ", row("สิ้นปี", "1.2-1"))).toBeNull();
    const rubric = g.get(RUBRIC) as Grid;
    const rows = rubric.values.filter((r) => r[0] === "3.2-1");
    expect(rows.map((r) => [r[3], r[7], r[8]])).toEqual([5, 4, 3, 2, 1].map((l) => [l, [92, 94, 96, 98, 100][l - 1], [35, 40, 45, 50, 55][l - 1]]));
    const back = await exported(path);
    expect(back.kpis.find((k) => k.id === "3.2-1")?.rubric?.rounds?.mid?.criteria).toEqual([35, 40, 45, 50, 55]);
    // Criteria the same as the year-end ones are not repeated.
    expect(back.kpis.find((k) => k.id === "1.1-2")?.rubric?.rounds).toBeUndefined();
    const report = await kpi("report", path, "--round", "mid", "--json");
    expect((JSON.parse(report.out) as { total: number }).total).toBeCloseTo(60.081, 3);
  });

  it("reads back as the JSON --into result, mid-year criteria included", async () => {
    const viaJson = parse(JSON.parse(readFileSync(json, "utf8")));
    expect(viaJson.kpis.find((k) => k.id === "3.2-1")?.rubric?.rounds?.mid?.criteria).toEqual([35, 40, 45, 50, 55]);
    expect(await exported(path)).toEqual(withoutStoredScores(viaJson));
  });
});

const soffice = findSoffice();
describeWith(soffice, "LibreOffice (soffice)", "apt-get install -y --no-install-recommends libreoffice-calc")("LibreOffice opens a workbook the results went into", () => {
  it.each([
    ["recalculating on opening", true],
    ["showing the values the file carries, as it does by default", false],
  ])("and shows every score as the core computes it, %s", async (_how, recalculate) => {
    if (!soffice) throw new Error("CI is set but LibreOffice is missing: add libreoffice-calc to the CI packages");
    const path = await template(planOf(END), "สำนักการศึกษา", `lo-${String(recalculate)}.xlsx`);
    expect((await kpi("import", END, "--into", path)).code).toBe(0);
    const out = join(folder(), `lo-out-${String(recalculate)}`);
    const r = convertWithLibreOffice(soffice, path, "xlsx:Calc MS Excel 2007 XML", out, libreOfficeProfile(join(folder(), `p-${String(recalculate)}`), { recalculate }));
    expect(r.status).toBe(0);
    const plan = await exported(path);
    const grid = (await (await XlsxWorkbook.open(join(out, `lo-${String(recalculate)}.xlsx`))).readSheets([EVALUATION])).get(EVALUATION) as Grid;
    const cells = scoreCells(grid, plan, framework);
    expect(mismatches(cells)).toEqual([]);
    const total = cells.find((c) => c.what.startsWith("O") && c.what.includes("score of the total (end)"));
    expect(typeof total?.got === "number" && Math.round(total.got * 1000) / 1000).toBe(92.503);
  });

  it("takes the results into a template LibreOffice saved (its tables have no style, its empty custom properties are no loss)", async () => {
    if (!soffice) throw new Error("CI is set but LibreOffice is missing: add libreoffice-calc to the CI packages");
    const made = await template(planOf(END), "สำนักการศึกษา", "lo-saved.xlsx");
    const out = join(folder(), "lo-saved");
    expect(convertWithLibreOffice(soffice, made, "xlsx:Calc MS Excel 2007 XML", out, libreOfficeProfile(join(folder(), "p-saved"))).status).toBe(0);
    const path = join(out, "lo-saved.xlsx");
    const r = await kpi("import", END, "--into", path, "--lang", "en");
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: "" });
    const back = await exported(path);
    expect(back.kpis.find((k) => k.id === "1.1-2")?.result).toMatchObject({ value: 4, self: 5 });
    expect(back.reviews?.filter((v) => v.round === "end")).toHaveLength(6);
  });
});
