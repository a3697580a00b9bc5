// `kpi` starts without exceljs: only commands that read or write a workbook load the .xlsx
// adapter (import() inside them), so `kpi score` and `kpi frameworks` start fast.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Io } from "../../src/cli/io";

const quiet: Io = { out: () => undefined, err: () => undefined };

describe("the .xlsx adapter loads lazily", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "kpi-lazy-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is not loaded by kpi score or kpi frameworks, and is by kpi template", async () => {
    let loaded = false;
    // The adapter loads exceljs's Workbook class alone (src/xlsx/exceljsWorkbook.d.ts).
    jest.doMock("exceljs/lib/doc/workbook", () => {
      loaded = true;
      return jest.requireActual<object>("exceljs/lib/doc/workbook");
    });
    const { run } = await import("../../src/cli/main.js");
    expect(loaded).toBe(false);
    expect(await run(["score", "98.77", "--criteria", "92,94,96,98,100", "--weight", "10"], quiet)).toBe(0);
    expect(await run(["frameworks"], quiet)).toBe(0);
    expect(await run(["validate", join(__dirname, "..", "fixtures", "plans", "fy2567-social-development.json")], quiet)).toBeLessThan(2);
    expect(loaded).toBe(false);
    expect(await run(["template", "--framework", "bma-2567-bureau", "--agency", "สำนักพัฒนาสังคม", "-o", join(dir, "t.xlsx")], quiet)).toBe(0);
    expect(loaded).toBe(true);
  });
});
