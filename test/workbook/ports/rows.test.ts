// The rows port's contract (src/workbook/ports.ts), one suite for both adapters: a blank block is
// filled (text stays text) and a block someone typed into is left alone; a table row is inserted
// where asked, the table's rows and what lies under it moving down, and the template still reads
// with the new KPI; a sheet people protected is refused, never unprotected.
import { DEFAULT_TABLES } from "../../../src/layout/layout";
import { readTemplate } from "../../../src/template/read";
import { SheetProtectedError } from "../../../src/workbook/ports";
import { PORT_HARNESSES } from "./harness";

describe.each(PORT_HARNESSES)("RowsPort contract: $name", (h) => {
  describe("writeIfBlank", () => {
    it("fills a blank block, text as text, and says so", async () => {
      const wb = await h.open();
      const { actionPlan } = wb.sheets;
      expect(await wb.ports.rows.writeIfBlank(actionPlan, "Z1:AB1", [["=1+1", "ตัวชี้วัดใหม่", 3]])).toBe(true);
      expect([wb.cell(actionPlan, "Z1"), wb.cell(actionPlan, "AA1"), wb.cell(actionPlan, "AB1")]).toEqual(["=1+1", "ตัวชี้วัดใหม่", 3]);
      const r = await wb.ports.live.read({ ranges: [{ sheet: actionPlan, address: "Z1:AB1" }] });
      expect(r.ranges[0]?.formulas.flat()).toEqual([null, null, null]);
    });

    it("writes nothing when one cell holds something, and says so", async () => {
      const wb = await h.open();
      const { actionPlan } = wb.sheets;
      await wb.user.type(actionPlan, "AA2", "ของผู้ใช้");
      expect(await wb.ports.rows.writeIfBlank(actionPlan, "Z2:AB2", [["ก", "ข", "ค"]])).toBe(false);
      expect([wb.cell(actionPlan, "Z2"), wb.cell(actionPlan, "AA2"), wb.cell(actionPlan, "AB2")]).toEqual([null, "ของผู้ใช้", null]);
    });

    it("refuses a sheet people protected, and leaves it protected", async () => {
      const wb = await h.open();
      const { register } = wb.sheets;
      wb.user.protect(register);
      await expect(wb.ports.rows.writeIfBlank(register, "Z1", [["x"]])).rejects.toThrow(SheetProtectedError);
      expect(wb.cell(register, "Z1")).toBeNull();
      expect((await wb.ports.live.read({ marksIn: [register] })).locked).toEqual([register]);
    });
  });

  describe("insertTableRow", () => {
    it("inserts a row into the register's table: the rows below and the total move down, and the KPI reads back", async () => {
      const wb = await h.open();
      const { register } = wb.sheets;
      const grid = async () => (await wb.ports.workbook.readSheets([register])).get(register);
      const before = await grid();
      const header = before?.values.findIndex((r) => r.includes("รหัส")) as number;
      const width = (before?.values[header] ?? []).filter((v) => v !== null).length;
      const second = before?.values[header + 2]?.slice(0, 3);
      const totalRow = before?.values.findIndex((r) => String(r[2] ?? "").startsWith("รวม")) as number;
      const values = Array<string | number | null>(width).fill(null);
      values[0] = "1.1";
      values[1] = "1.1-9";
      values[2] = "=ตัวชี้วัดที่เพิ่ม";
      await wb.ports.rows.insertTableRow(DEFAULT_TABLES.register, 1, values);
      const after = await grid();
      expect(after?.values[header + 2]?.slice(0, 3)).toEqual(["1.1", "1.1-9", "=ตัวชี้วัดที่เพิ่ม"]);
      expect(after?.values[header + 3]?.slice(0, 3)).toEqual(second);
      expect(String(after?.values[totalRow + 1]?.[2] ?? "")).toMatch(/^รวม/);
      expect(after?.formulas[header + 2]?.slice(0, 3)).toEqual([null, null, null]);
      const read = await readTemplate(wb.ports.workbook);
      expect(read.plan.kpis.find((k) => k.id === "1.1-9")?.name).toBe("=ตัวชี้วัดที่เพิ่ม");
      expect(read.issues).toEqual([]);
    });

    it("adds at the end when the index is the number of data rows", async () => {
      const wb = await h.open();
      const { register } = wb.sheets;
      const before = (await wb.ports.workbook.readSheets([register])).get(register);
      const header = before?.values.findIndex((r) => r.includes("รหัส")) as number;
      const totalRow = before?.values.findIndex((r) => String(r[2] ?? "").startsWith("รวม")) as number;
      await wb.ports.rows.insertTableRow(DEFAULT_TABLES.register, totalRow - header - 1, ["3.2", "3.2-9", "ท้ายตาราง"]);
      const after = (await wb.ports.workbook.readSheets([register])).get(register);
      expect(after?.values[totalRow]?.slice(0, 3)).toEqual(["3.2", "3.2-9", "ท้ายตาราง"]);
      expect(String(after?.values[totalRow + 1]?.[2] ?? "")).toMatch(/^รวม/);
    });

    it("refuses a table on a sheet people protected", async () => {
      const wb = await h.open();
      wb.user.protect(wb.sheets.register);
      await expect(wb.ports.rows.insertTableRow(DEFAULT_TABLES.register, 0, ["1.1", "1.1-9", "x"])).rejects.toThrow(SheetProtectedError);
    });
  });
});
