// The consolidated workbook of kpi collect opens in another spreadsheet program with every formula
// computed: written with no cached results at all (so nothing can pass for a result LibreOffice
// did not compute), converted by LibreOffice Calc headless to .xlsx, and every formula cell read
// back must hold what the core computed; the chart survives. Needs libreoffice-calc (skipped with
// a warning without it; in CI its absence fails).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { collect } from "../../src/core/collect/collect";
import type { ReceivedFile } from "../../src/core/collect/types";
import { renderConsolidated } from "../../src/summary/consolidated";
import { cellAddress } from "../../src/workbook/a1";
import { isFormulaInput, type CellInput, type CellValue, type RenderModel } from "../../src/workbook/model";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { describeWith, findSoffice } from "../helpers/externalTools";
import { agencyPlan } from "../helpers/inbox";
import { clone, framework2567 } from "../helpers/plan";

jest.setTimeout(300_000);

const soffice = findSoffice();
const withLibreOffice = describeWith(soffice, "LibreOffice (soffice)", "apt-get install -y --no-install-recommends libreoffice-calc");

/** A collection with ranks, a tie, an unranked plan, a JSON plan, an unreadable file and missing agencies. */
function collection(): ReturnType<typeof collect> {
  const fw = framework2567();
  const at = new Date("2024-05-20T10:00:00+07:00").getTime();
  const file = (name: string, agency: string, variant: number, seal: "intact" | "none" | null = "intact"): ReceivedFile => ({
    file: name,
    modified: at,
    read: { ok: true, plan: agencyPlan(agency, variant), framework: fw, findings: [], seal },
  });
  const incomplete = clone(agencyPlan("สำนักการคลัง"));
  delete (incomplete.kpis.find((k) => k.id === "2-1") as { result?: unknown }).result;
  return collect(
    [
      file("a.xlsx", "สำนักการศึกษา", 0),
      file("b.xlsx", "สนน.", 1),
      file("c.json", "สำนักพัฒนาสังคม", 1, null),
      file("d.xlsx", "สำนักอนามัย", 3, "none"),
      { file: "e.xlsx", modified: at, read: { ok: true, plan: incomplete, framework: fw, findings: [], seal: "intact" } },
      { file: "junk.xlsx", modified: at, read: { ok: false, reason: "อ่านไม่ได้ / unreadable" } },
    ],
    fw,
    { due: "2024-05-31" },
  );
}

interface SavedCell {
  formula: string | null;
  value: string | number | null;
}

/**
 * The cells of a saved .xlsx, straight from its XML (exceljs drops a formula's cached result when
 * it is 0): formula text and cached value, shared and inline strings resolved.
 */
async function savedCells(bytes: Buffer): Promise<Map<string, Map<string, SavedCell>>> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string): Promise<string> => (await zip.file(path)?.async("string")) ?? "";
  const decode = (s: string): string => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  const strings = [...(await text("xl/sharedStrings.xml")).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => decode([...(m[1] as string).matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")));
  const rels = new Map([...(await text("xl/_rels/workbook.xml.rels")).matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const out = new Map<string, Map<string, SavedCell>>();
  for (const m of (await text("xl/workbook.xml")).matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const cells = new Map<string, SavedCell>();
    const xml = await text(`xl/${(rels.get(m[2] as string) ?? "").replace(/^\/?xl\//, "")}`);
    for (const c of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const body = c[3] ?? "";
      const type = /t="(\w+)"/.exec(c[2] as string)?.[1];
      const raw = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const formula = /<f[^>]*>([\s\S]*?)<\/f>/.exec(body)?.[1];
      const value = raw === undefined ? null : type === "s" ? (strings[Number(raw)] ?? null) : type === "str" || type === "e" ? decode(raw) : Number(raw);
      cells.set(c[1] as string, { formula: formula === undefined ? null : decode(formula), value });
    }
    out.set(decode(m[1] as string), cells);
  }
  return out;
}

interface Expected {
  sheet: string;
  cell: string;
  formula: string;
  value: CellValue | undefined;
}

/** The model without cached results, and what each formula cell must compute. */
function withoutCaches(model: RenderModel): { model: RenderModel; expected: Expected[] } {
  const expected: Expected[] = [];
  const sheets = model.sheets.map((s) => ({
    ...s,
    rows: s.rows.map((row, r) =>
      row.map((c, col): CellInput => {
        if (!isFormulaInput(c)) return c;
        expected.push({ sheet: s.name, cell: cellAddress(r, col), formula: c.formula, value: c.value });
        return { formula: c.formula };
      }),
    ),
  }));
  return { model: { ...model, sheets }, expected };
}

withLibreOffice("LibreOffice Calc computes the consolidated workbook", () => {
  let dir: string;
  let expected: Expected[];
  let saved: Map<string, Map<string, SavedCell>>;
  let savedBytes: Buffer;

  beforeAll(async () => {
    if (!soffice) throw new Error("CI is set but LibreOffice is missing: add libreoffice-calc to the CI packages");
    dir = mkdtempSync(join(tmpdir(), "kpi-lo-collect-"));
    const rendered = renderConsolidated(collection(), { generatedAt: new Date("2024-06-01T03:00:00Z") });
    const bare = withoutCaches(rendered.model);
    expected = bare.expected;
    const wb = XlsxWorkbook.create();
    await wb.addSheets(bare.model);
    wb.addCharts(rendered.charts);
    const file = join(dir, "consolidated.xlsx");
    writeFileSync(file, await wb.toBuffer());
    const r = spawnSync(
      soffice as string,
      ["--headless", "--norestore", `-env:UserInstallation=file://${join(dir, "profile")}`, "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", join(dir, "out"), file],
      { encoding: "utf8", timeout: 240_000 },
    );
    if (r.status !== 0) throw new Error(`LibreOffice failed: ${r.stdout}${r.stderr}`);
    savedBytes = readFileSync(join(dir, "out", "consolidated.xlsx"));
    saved = await savedCells(savedBytes);
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("has formulas to compute: sums, counts, ranks, references, averages", () => {
    const kinds = new Set(expected.map((e) => /^=([A-Z]+)\(|^='/.exec(e.formula)?.[1] ?? "ref"));
    expect([...kinds].sort()).toEqual(["AVERAGE", "COUNTIF", "COUNTIFS", "IF", "MAX", "MIN", "SUM", "ref"].sort());
    expect(expected.length).toBeGreaterThan(100);
  });

  it("computes every formula to what the core computed", () => {
    const wrong: string[] = [];
    for (const e of expected) {
      const cell = saved.get(e.sheet)?.get(e.cell);
      const result = cell?.value;
      const ok =
        cell?.formula !== null &&
        typeof e.value === "number"
          ? typeof result === "number" && Math.abs(result - e.value) < 1e-9
          : (result ?? "") === (e.value ?? "");
      if (!ok) wrong.push(`'${e.sheet}'!${e.cell} ${e.formula} → ${JSON.stringify(result)}, expected ${JSON.stringify(e.value)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("keeps the chart of totals by agency", async () => {
    const zip = await JSZip.loadAsync(savedBytes);
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    const xml = await zip.file(charts[0] as string)!.async("string");
    expect(xml).toMatch(/barChart/);
    expect(xml).toContain("กราฟคะแนนรวม");
  });
});
