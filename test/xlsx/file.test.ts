// The .xlsx files themselves: what exceljs and our name injection put in them.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/render";
import { insertTemplate } from "../../src/template/insert";
import { readTemplate } from "../../src/template/read";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { framework2567 } from "../workbook/harness";
import { richPlan } from "../workbook/plans";

const fw = framework2567();
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kpi-file-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function parts(buffer: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (name.endsWith(".xml")) out[name] = await zip.file(name)!.async("string");
  return out;
}

describe("a template as an .xlsx file", () => {
  let xml: Record<string, string>;
  let buffer: Buffer;
  beforeAll(async () => {
    const wb = XlsxWorkbook.create();
    await insertTemplate(wb, richPlan(), fw);
    buffer = await wb.toBuffer();
    xml = await parts(buffer);
  });

  it("defines the KPISCORE and KPIPOINTS LAMBDAs and KPI_FRAMEWORK in the workbook", () => {
    const book = xml["xl/workbook.xml"]!;
    expect(book).toMatch(/<definedName name="KPISCORE" comment="[^"]+">_xlfn\.LAMBDA\(_xlpm\.result,_xlpm\.criteria,_xlpm\.weight,_xlop\.ladder,/);
    expect(book).toContain('<definedName name="KPIPOINTS"');
    expect(book).toContain(`<definedName name="KPI_FRAMEWORK" comment="กรอบการประเมินของสมุดงาน / the workbook's evaluation framework">&quot;bma-2567-bureau&quot;</definedName>`);
    expect(book).toContain('fullCalcOnLoad="1"');
  });

  it("stores text that looks like a formula as a shared string, never as <f>", () => {
    const sheet1 = xml["xl/worksheets/sheet1.xml"]!;
    expect(xml["xl/sharedStrings.xml"]).toContain("=SUM(1,2) ไม่ใช่สูตร");
    expect(sheet1).not.toContain("<f>SUM(1,2)");
  });

  it("uses TH Sarabun New 16 with the Thai charset, A4 landscape, print titles and frozen panes", () => {
    const fonts = [...xml["xl/styles.xml"]!.matchAll(/<font>(.*?)<\/font>/g)].map((m) => m[1] as string);
    expect(fonts).toContainEqual(expect.stringMatching(/^(?=.*<sz val="16"\/>)(?=.*<name val="TH Sarabun New"\/>)(?=.*<charset val="222"\/>)/));
    const sheet1 = xml["xl/worksheets/sheet1.xml"]!;
    expect(sheet1).toMatch(/<pageSetup[^>]*paperSize="9"[^>]*orientation="landscape"/);
    expect(sheet1).toMatch(/<pane xSplit="3" ySplit="4" topLeftCell="D5" activePane="bottomRight" state="frozen"\/>/);
    const register = `&apos;${DEFAULT_SHEET_NAMES.register}&apos;`;
    expect(xml["xl/workbook.xml"]).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">${register}!$A:$C,${register}!$1:$4</definedName>`);
    expect(xml["xl/worksheets/sheet1.xml"]).toMatch(/<sheetFormatPr defaultRowHeight="25"/);
    expect(xml["xl/worksheets/sheet2.xml"]).toMatch(/<pageSetup[^>]*fitToHeight="0"/);
    expect(xml["xl/worksheets/sheet3.xml"]).toMatch(/<sheetProtection sheet="1"/);
  });

  it("keeps formula names of a file it opened when it saves again", async () => {
    const reopened = await XlsxWorkbook.fromBuffer(buffer);
    expect(reopened.formulaNamesAsTyped().map((n) => n.name)).toEqual(["KPI_FRAMEWORK", "KPISCORE", "KPIPOINTS"]);
    const again = await parts(await reopened.toBuffer());
    expect(again["xl/workbook.xml"]).toContain('<definedName name="KPISCORE"');
    expect(await readTemplate(await XlsxWorkbook.fromBuffer(await reopened.toBuffer()))).toEqual(expect.objectContaining({ plan: richPlan() }));
  });

  it("is never written over an existing file unless asked", async () => {
    const path = join(dir, "plan.xlsx");
    writeFileSync(path, "the user's file");
    await expect(XlsxWorkbook.create().save(path)).rejects.toThrow(/not overwritten/);
    await XlsxWorkbook.create().save(path, { overwrite: true });
    expect(existsSync(path)).toBe(true);
  });
});

describe("the .xlsx shortcuts", () => {
  it("write a plan as a new file and read it back", async () => {
    const written = XlsxWorkbook.create();
    await insertTemplate(written, richPlan(), fw);
    const back = await readTemplate(await XlsxWorkbook.fromBuffer(await written.toBuffer()));
    expect(back.plan).toStrictEqual(richPlan());
  });
});
