// The register's "focus issue" column: a KPI's focus issue number round-trips (Thai digits are
// numbers, other text is kept), and a template made before the column existed still reads.
import { readTemplate } from "../../src/template/read";
import { insertTemplate } from "../../src/template/insert";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/render";
import { cellAddress, parseCell } from "../../src/workbook/a1";
import { MemoryWorkbook } from "../workbook/memory";
import { fixture, framework2567 } from "../workbook/harness";

const fw = framework2567();
const REGISTER = DEFAULT_SHEET_NAMES.register;

async function withFocus(values: Record<string, number | string>): Promise<MemoryWorkbook> {
  const plan = fixture("fy2567-social-development");
  for (const k of plan.kpis) if (values[k.id] !== undefined) k.focusIssue = values[k.id];
  const wb = new MemoryWorkbook();
  await insertTemplate(wb, plan, fw);
  return wb;
}

/** The column of a header on the register, and the row of a KPI id. */
function find(wb: MemoryWorkbook, value: string): { row: number; column: number } {
  for (const [address, cell] of wb.sheet(REGISTER)?.cells ?? []) {
    if (cell.value === value) return parseCell(address);
  }
  throw new Error(`no cell holds ${value}`);
}

describe("the register's focus issue column", () => {
  it("reads back the number each KPI names", async () => {
    const back = await readTemplate(await withFocus({ "1.1-1": 3, "1.1-2": "๔" }));
    expect(back.plan.kpis.filter((k) => k.focusIssue !== undefined).map((k) => [k.id, k.focusIssue])).toEqual([
      ["1.1-1", 3],
      ["1.1-2", 4],
    ]);
    expect(back.issues).toEqual([]);
  });

  it("keeps text that is no number, for NOT_A_NUMBER to point at its cell", async () => {
    const wb = await withFocus({});
    const col = find(wb, "ประเด็นมุ่งเน้น").column;
    wb.type(REGISTER, cellAddress(find(wb, "1.1-1").row, col), "ประเด็นสาม");
    const back = await readTemplate(wb);
    expect(back.plan.kpis.find((k) => k.id === "1.1-1")?.focusIssue).toBe("ประเด็นสาม");
    expect(back.locate({ kpi: "1.1-1", field: "focusIssue" })).toEqual({ sheet: REGISTER, cell: cellAddress(find(wb, "1.1-1").row, col) });
  });

  it("is optional: a register without it reads as before, without COLUMN_MISSING", async () => {
    const wb = await withFocus({ "1.1-1": 3 });
    const col = find(wb, "ประเด็นมุ่งเน้น").column;
    const sheet = wb.sheet(REGISTER) as NonNullable<ReturnType<MemoryWorkbook["sheet"]>>;
    for (const address of [...sheet.cells.keys()]) if (parseCell(address).column === col) sheet.cells.delete(address);
    const back = await readTemplate(wb);
    expect(back.issues).toEqual([]);
    expect(back.plan.kpis.every((k) => k.focusIssue === undefined)).toBe(true);
  });
});
