/** @jest-environment jsdom */
// The Import screen's state (useImport) and the importer chunk behind it: the preview of the real
// forms, the framework chosen when the text names none, and the selected range read through the
// memory session giving the same plan as the pasted text.
import "./setup";
import { act, renderHook, waitFor } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { useImport, type ImportState } from "../../src/taskpane/hooks/useImport";
import { importer } from "../../src/taskpane/importer/importer";
import type { ImportPreview } from "../../src/taskpane/importer/types";
import { memoryHost, providers, type MemoryPane } from "./helpers";

const SEED = readFileSync(join(__dirname, "..", "..", "..", "shared", "seeds", "002_a41e8c2e0c8c4b4b.txt"), "utf8");


async function ready(m: MemoryPane): Promise<{ current: ImportState }> {
  const { result } = renderHook(() => useImport(), { wrapper: providers(m) });
  await waitFor(() => expect(result.current.status).toBe("ready"));
  return result;
}

function ok(p: ImportPreview | null): Extract<ImportPreview, { ok: true }> {
  if (!p?.ok) throw new Error(`expected a preview, got ${JSON.stringify(p)}`);
  return p;
}

describe("useImport", () => {
  it("previews the seed: framework found, agency, 6 KPIs in components 1.1–1.3, the standard KPIs added for the template", async () => {
    const result = await ready(memoryHost());
    act(() => result.current.setText(SEED));
    act(() => void result.current.run());
    const p = ok(result.current.preview);
    expect({ framework: p.frameworkId, inferred: p.inferred, agency: p.agency, year: p.fiscalYear, kpis: p.kpiCount }).toEqual({
      framework: "bma-2567-bureau",
      inferred: true,
      agency: "สำนักพัฒนาสังคม",
      year: 2567,
      kpis: 6,
    });
    expect(p.components.map((c) => [c.code, c.kpis.map((k) => k.id), c.used, c.required])).toEqual([
      ["1.1", ["1.1-1", "1.1-2", "1.1-3"], 30, 30],
      ["1.2", ["1.2-1"], 20, 20],
      ["1.3", ["1.3-1", "1.3-2"], 20, 20],
    ]);
    expect(p.components.flatMap((c) => c.kpis.map((k) => k.levels))).toEqual([5, 5, 5, 5, 5, 5]);
    expect(p.standardCount).toBeGreaterThan(0);
    expect(p.plan.kpis).toHaveLength(6 + p.standardCount);
    expect(p.findings.map((f) => f.code)).toEqual(["TARGET_MISMATCH"]);
    expect(p.disagreements).toHaveLength(8);
    expect(p.skipped.map((s) => s.line)).toContain(21);
  });

  it("reads the text again with the framework chosen, and back with the text's own", async () => {
    const result = await ready(memoryHost());
    const noYear = "ที่\tชื่อตัวชี้วัด\tข้อมูลพื้นฐาน\tเป้าหมาย\tน้ำหนัก\n๑\tร้อยละของผู้สูงอายุที่ได้รับการคัดกรอง\t-\tร้อยละ ๙๐\t๑๐\n";
    act(() => result.current.setText(noYear));
    act(() => void result.current.run());
    expect(result.current.preview).toMatchObject({ ok: false, code: "NO_FISCAL_YEAR", needsFramework: true });
    act(() => result.current.chooseFramework("bma-2566-bureau"));
    const p = ok(result.current.preview);
    expect({ id: p.framework?.id, inferred: p.inferred, year: p.fiscalYear }).toEqual({ id: "bma-2566-bureau", inferred: false, year: 2566 });
    act(() => result.current.chooseFramework(null));
    expect(result.current.preview).toMatchObject({ ok: false, code: "NO_FISCAL_YEAR" });
  });

  it("new text drops the preview", async () => {
    const result = await ready(memoryHost());
    act(() => result.current.setText(SEED));
    act(() => void result.current.run());
    expect(result.current.preview?.ok).toBe(true);
    act(() => result.current.setText(`${SEED}\n`));
    expect(result.current.preview).toBeNull();
  });

  it("reads the selected range (memory session) into the same plan as the pasted text", async () => {
    const m = memoryHost();
    m.workbook.sheets.push({ name: "วาง", cells: new Map(), spec: null });
    SEED.split("\n").forEach((line, r) =>
      line.split("\t").forEach((cell, c) => {
        if (cell.trim() !== "") m.workbook.sheet("วาง")?.cells.set(`${String.fromCharCode(65 + c)}${r + 1}`, { value: cell, formula: null });
      }),
    );
    await m.host.select({ sheet: "วาง", cell: "A1:Z1000" });
    const result = await ready(m);
    const calls = m.host.calls;
    let fromRange: ImportPreview | null = null;
    await act(async () => {
      fromRange = await result.current.fromSelection();
    });
    expect(m.host.calls - calls).toBe(1);
    expect(result.current.selection).toMatchObject({ status: "read" });
    expect(result.current.text).toContain("แบบสรุปตัวชี้วัดเจรจาตกลง");
    expect(ok(fromRange).plan).toEqual(ok(importer.preview(SEED)).plan);
  });

  it("says when the selection is empty or unreadable, and leaves no preview", async () => {
    const m = memoryHost();
    const result = await ready(m);
    await act(async () => void (await result.current.fromSelection()));
    expect(result.current.selection).toEqual({ status: "empty" });
    expect(result.current.preview).toBeNull();
    jest.spyOn(m.host, "readSelection").mockRejectedValueOnce(new Error("InvalidSelection"));
    await act(async () => void (await result.current.fromSelection()));
    expect(result.current.selection).toMatchObject({ status: "failed" });
  });
});

describe("the importer chunk", () => {
  it("turns cells into the text a copy from Word gives: tabs between cells, lines for rows, no trailing empty cells", () => {
    expect(
      importer.cellsToText([
        ["หัวเรื่อง", "", ""],
        ["", "", ""],
        ["ที่", "ชื่อ", "น้ำหนัก"],
        ["", "ต่อ", ""],
      ]),
    ).toBe("หัวเรื่อง\n\nที่\tชื่อ\tน้ำหนัก\n\tต่อ");
  });

  it("refuses what is not the forms with the importer's own bilingual message", () => {
    expect(importer.preview("")).toMatchObject({ ok: false, code: "EMPTY", needsFramework: false, message: { th: expect.stringContaining("ว่าง"), en: expect.stringContaining("empty") } });
    expect(importer.preview("hello\nworld")).toMatchObject({ ok: false, code: "NOT_A_KPI_DOCUMENT" });
  });
});
