// Text in the .xlsx files the adapter writes: Excel's quote prefix where the render model asks for
// it (quotePrefixed), so that F2 + Enter in Excel cannot turn "=…", "-…", "+…", "@…" (or "10",
// "TRUE") into a formula, a number or a boolean; control characters and CR written so that they
// read back (ST_Xstring escapes). Checked in the file's own XML, and by openpyxl where it is installed.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/render";
import { insertTemplate } from "../../src/template/insert";
import { CELL_TEXT_MAX, quotePrefixed } from "../../src/workbook/model";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { toXstring } from "../../src/xlsx/xstring";
import { tempFolder } from "../helpers/cli";
import { describeWith, findOpenpyxlPython } from "../helpers/externalTools";
import { framework2567 } from "../workbook/harness";
import { richPlan } from "../workbook/plans";

jest.setTimeout(120_000);

const REGISTER = DEFAULT_SHEET_NAMES.register;
const folder = tempFolder("kpi-text-");

async function templateFile(): Promise<Buffer> {
  const wb = XlsxWorkbook.create();
  await insertTemplate(wb, richPlan(), framework2567());
  return wb.toBuffer();
}

const unescapeXml = (s: string): string =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** Every text cell of a sheet in the file as written: its shared string and whether its format has quotePrefix="1". */
async function textCells(bytes: Buffer, sheet: string): Promise<Map<string, { text: string; quotePrefix: boolean }>> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string): Promise<string> => (await zip.file(path)?.async("string")) ?? "";
  const workbook = await read("xl/workbook.xml");
  const rels = await read("xl/_rels/workbook.xml.rels");
  const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
  const xml = await read(`xl/${target}`);
  const strings = [...(await read("xl/sharedStrings.xml")).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescapeXml([...(m[1] ?? "").matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")),
  );
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(await read("xl/styles.xml"))?.[1] ?? "";
  const xfs = [...cellXfs.matchAll(/<xf\b[^>]*>/g)].map((m) => /\bquotePrefix="1"/.test(m[0]));
  const out = new Map<string, { text: string; quotePrefix: boolean }>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>\s*<v>(\d+)<\/v>/g)) {
    if (!/\bt="s"/.test(m[2] ?? "")) continue;
    const s = Number(/\bs="(\d+)"/.exec(m[2] ?? "")?.[1] ?? 0);
    out.set(m[1] as string, { text: strings[Number(m[3])] ?? "", quotePrefix: xfs[s] ?? false });
  }
  return out;
}

describe("the quote prefix in a written .xlsx", () => {
  it("marks exactly the text cells the render model says (=, +, -, @, numbers and booleans as text), never Thai text", async () => {
    const cells = await textCells(await templateFile(), REGISTER);
    const byText = new Map([...cells.values()].map((c) => [c.text, c.quotePrefix]));
    for (const t of ["=SUM(1,2) ไม่ใช่สูตร", "+66 2 123 4567", "@ระดับ ๕", "TRUE", "1/2", "10", "-", "1.1-1", "KPI name"]) expect([t, byText.get(t)]).toEqual([t, true]);
    for (const t of ["ชื่อตัวชี้วัด", "รหัส", "ระดับ ๕"]) expect([t, byText.get(t)]).toEqual([t, false]);
    expect(cells.size).toBeGreaterThan(100);
    for (const [cell, c] of cells) expect([cell, c.text, c.quotePrefix]).toEqual([cell, c.text, quotePrefixed(c.text)]);
  });

  it("keeps the cells' other formats: a prefixed cell's format is a copy of the one it had, with quotePrefix", async () => {
    const zip = await JSZip.loadAsync(await templateFile());
    const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
    const list = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/.exec(styles);
    const xfs = [...(list?.[2] ?? "").matchAll(/<xf\b[^>]*?(\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
    expect(Number(list?.[1])).toBe(xfs.length);
    const prefixed = xfs.filter((x) => x.includes('quotePrefix="1"'));
    expect(prefixed.length).toBeGreaterThan(0);
    for (const x of prefixed) expect(xfs).toContain(x.replace(' quotePrefix="1"', ""));
  });
});

describe("text that XML cannot carry as it is", () => {
  it("is written as _xHHHH_, and an _xHHHH_ in the text itself as _x005F_xHHHH_", () => {
    expect(toXstring("a\u0001b\r\nc\u000b\u007f\tok")).toBe("a_x0001_b_x000D_\nc_x000B__x007F_\tok");
    expect(toXstring("_x0041_ and _x00e9_, _y0041_")).toBe("_x005F_x0041_ and _x005F_x00e9_, _y0041_");
    expect(toXstring("ชื่อ")).toBe("ชื่อ");
  });
});

describeWith(findOpenpyxlPython(), "Python with openpyxl", "apt-get install -y --no-install-recommends python3-openpyxl")("the quote prefix as openpyxl reads it", () => {
  it("is on the cells whose text starts with = + - @ or is a number, and not on Thai text", async () => {
    const python = findOpenpyxlPython();
    if (!python) throw new Error("CI is set but openpyxl is missing: add python3-openpyxl to the CI packages");
    const path = join(folder(), "quote.xlsx");
    writeFileSync(path, await templateFile());
    const script = [
      "import json, sys, openpyxl",
      "ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]",
      "print(json.dumps({c.value: bool(c.quotePrefix) for row in ws.iter_rows() for c in row if isinstance(c.value, str)}))",
    ].join("\n");
    const r = spawnSync(python, ["-c", script, path, REGISTER], { encoding: "utf8", timeout: 120_000 });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
    const seen = JSON.parse(r.stdout) as Record<string, boolean>;
    expect(seen).toMatchObject({ "=SUM(1,2) ไม่ใช่สูตร": true, "+66 2 123 4567": true, "@ระดับ ๕": true, "10": true, TRUE: true, "ชื่อตัวชี้วัด": false });
  });
});

describe("the quote prefix of an opened file written again", () => {
  it("stays on the cells that had it and still hold text (exceljs reads none), and comes with text written since", async () => {
    const opened = await XlsxWorkbook.fromBuffer(await templateFile());
    const before = await textCells(await templateFile(), REGISTER);
    const [prefixedCell] = [...before].find(([, c]) => c.quotePrefix) ?? [];
    const [otherCell] = [...before].filter(([cell, c]) => c.quotePrefix && cell !== prefixedCell).map(([cell]) => cell);
    if (!prefixedCell || !otherCell) throw new Error("no prefixed cells");
    await opened.writeCells(REGISTER, otherCell, [[12]]);
    await opened.writeCells(REGISTER, "AZ200", [["-ใหม่"]]);
    const after = await textCells(await opened.toBuffer(), REGISTER);
    expect(after.get(prefixedCell)).toEqual(before.get(prefixedCell));
    expect(after.has(otherCell)).toBe(false);
    expect(after.get("AZ200")).toEqual({ text: "-ใหม่", quotePrefix: true });
    for (const [cell, c] of after) expect([cell, c.text, c.quotePrefix]).toEqual([cell, c.text, quotePrefixed(c.text)]);
  });
});

describe("a text longer than a cell holds, written into an opened file", () => {
  it("is refused with nothing written (a file holding one is one Excel must repair); one of that length is written whole", async () => {
    const opened = await XlsxWorkbook.fromBuffer(await templateFile());
    await expect(opened.writeCells(REGISTER, "AZ199:BA199", [["x", "ก".repeat(CELL_TEXT_MAX + 1)]])).rejects.toThrow(/ข้อความยาว ๓๒๗๖๘ ตัวอักษร.* \/ 32768 characters, more than a cell holds \(32767\); nothing was written/);
    await opened.writeCells(REGISTER, "AZ200", [["ก".repeat(CELL_TEXT_MAX)]]);
    const grid = (await (await XlsxWorkbook.fromBuffer(await opened.toBuffer())).readSheets([REGISTER])).get(REGISTER);
    expect(grid?.values[198]?.[51] ?? null).toBeNull();
    expect(grid?.values[199]?.[51]).toHaveLength(CELL_TEXT_MAX);
  });
});
