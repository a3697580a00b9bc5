// The live port's contract (src/workbook/ports.ts), one suite for both adapters: people's edits on
// the watched sheets are heard (a paste as one change for the block), the add-in's own writes are
// not; one read gives whole sheets, ranges with their position, cells pasted past Excel's data
// validation, the marks present and the protected sheets.
import { DATA_SHEET_IDS } from "../../../src/layout/types";
import { parseCell } from "../../../src/workbook/a1";
import type { SheetChange } from "../../../src/workbook/ports";
import { cellOf } from "../harness";
import { PORT_HARNESSES } from "./harness";

const kpi = (id: string) => (r: Record<string, unknown>) => r["รหัส"] === id;

describe.each(PORT_HARNESSES)("LivePort contract: $name", (h) => {
  describe("watch", () => {
    it("hears what people type, cell by cell, and a paste as one change for the block", async () => {
      const wb = await h.open();
      const { register, rubric } = wb.sheets;
      const heard: SheetChange[] = [];
      await wb.ports.live.watch([register, rubric], (c) => heard.push(...c));
      await wb.user.type(register, "C6", "ชื่อใหม่");
      await wb.user.paste(rubric, "F7", [[1, 2], [3, 4], [5, 6]]);
      expect(heard).toEqual([
        { sheet: register, address: "C6", structural: false },
        { sheet: rubric, address: "F7:G9", structural: false },
      ]);
    });

    it("hears only the sheets it watches", async () => {
      const wb = await h.open();
      const heard: SheetChange[] = [];
      await wb.ports.live.watch([wb.sheets.register], (c) => heard.push(...c));
      await wb.user.type(wb.sheets.actionPlan, "C6", "ขั้นตอน");
      expect(heard).toEqual([]);
    });

    it("does not hear the add-in's own writes: cells (a protected sheet's too), marks, deleted sheets", async () => {
      const wb = await h.open();
      const { register, meta } = wb.sheets;
      await wb.user.addSheet("สรุปเก่า");
      const heard: SheetChange[] = [];
      await wb.ports.live.watch([register, meta, "สรุปเก่า"], (c) => heard.push(...c));
      await wb.ports.output.writeCells(register, "Z99:AA99", [["ของ add-in", 1]]);
      await wb.ports.output.writeCells(meta, "D1", [["seal.test"]]);
      await wb.ports.marks.updateMarks({ remove: [], add: [{ sheet: register, cell: "C6", severity: "error" }] });
      expect(await wb.ports.output.deleteSheets([{ sheet: "สรุปเก่า", cell: "A3", value: null }])).toEqual(["สรุปเก่า"]);
      await wb.user.settle();
      expect(heard).toEqual([]);
      // Still listening: the next edit of a person is heard.
      await wb.user.type(register, "C7", "ก");
      expect(heard).toEqual([{ sheet: register, address: "C7", structural: false }]);
    });

    it("cannot watch a sheet that is not there", async () => {
      const wb = await h.open();
      await expect(wb.ports.live.watch([wb.sheets.register, "ไม่มีแผ่นนี้"], () => undefined)).rejects.toThrow();
    });

    it("stops hearing once unsubscribed", async () => {
      const wb = await h.open();
      const heard: SheetChange[] = [];
      const stop = await wb.ports.live.watch([wb.sheets.register], (c) => heard.push(...c));
      await wb.user.type(wb.sheets.register, "C6", "ก");
      await stop();
      await wb.user.type(wb.sheets.register, "C6", "ข");
      await wb.user.paste(wb.sheets.register, "C7", [["ค"]]);
      expect(heard).toHaveLength(1);
    });
  });

  describe("read", () => {
    it("reads whole sheets as the workbook port does, with what people typed; a missing sheet is left out", async () => {
      const wb = await h.open();
      const { register } = wb.sheets;
      const name = await cellOf(wb.ports.workbook, register, "ชื่อตัวชี้วัด", kpi("1.1-1"));
      await wb.user.type(register, name, "ชื่อที่พิมพ์ใหม่");
      const r = await wb.ports.live.read({ sheets: [register, "ไม่มีแผ่นนี้"] });
      expect([...r.grids.keys()]).toEqual([register]);
      expect(r.grids.get(register)).toEqual((await wb.ports.workbook.readSheets([register])).get(register));
      const { row, column } = parseCell(name);
      expect(r.grids.get(register)?.values[row]?.[column]).toBe("ชื่อที่พิมพ์ใหม่");
    });

    it("reads ranges with their 0-based position, values and formulas", async () => {
      const wb = await h.open();
      const { register, rubric } = wb.sheets;
      const weight = await cellOf(wb.ports.workbook, register, "น้ำหนัก", kpi("1.1-1"));
      await wb.user.type(register, weight, 15);
      const points = await cellOf(wb.ports.workbook, rubric, "คะแนนที่ได้รับ", (r) => r["รหัส"] === "1.1-1");
      const r = await wb.ports.live.read({
        ranges: [
          { sheet: register, address: weight },
          { sheet: rubric, address: `${points}:${points}` },
        ],
      });
      expect(r.ranges[0]).toEqual({ sheet: register, address: weight, ...position(weight), values: [[15]], formulas: [[null]], formats: [[null]] });
      expect(r.ranges[1]).toMatchObject({ sheet: rubric, ...position(points), formulas: [[expect.stringMatching(/^=/)]] });
      expect(r.grids.size).toBe(0);
    });

    it("fails when a range's sheet is gone (the checker then reads whole sheets)", async () => {
      const wb = await h.open();
      await expect(wb.ports.live.read({ ranges: [{ sheet: "ไม่มีแผ่นนี้", address: "A1" }] })).rejects.toThrow();
    });

    it("says where things are when asked: every sheet, and the sheet each table is on, also after a person renames one", async () => {
      const wb = await h.open();
      const { register, meta } = wb.sheets;
      expect((await wb.ports.live.read({})).where).toBeUndefined();
      wb.user.rename(register, "ตัวชี้วัดของเรา");
      const r = await wb.ports.live.read({ sheets: [meta], where: true });
      expect(r.where?.sheets).toContain("ตัวชี้วัดของเรา");
      expect(r.where?.sheets).not.toContain(register);
      expect(r.where?.tables.get("tblKpi")).toBe("ตัวชี้วัดของเรา");
      expect(r.where?.tables.size).toBe(DATA_SHEET_IDS.length);
    });

    it("hears a watched sheet after a person renames it, under the name it was watched by", async () => {
      const wb = await h.open();
      const { register } = wb.sheets;
      const heard: SheetChange[] = [];
      await wb.ports.live.watch([register], (c) => heard.push(...c));
      wb.user.rename(register, "ตัวชี้วัดของเรา");
      await wb.user.type("ตัวชี้วัดของเรา", "C6", "ก");
      expect(heard).toEqual([{ sheet: register, address: "C6", structural: false }]);
    });

    it("finds cells whose values break the data validation they still carry, on the sheets asked for only", async () => {
      const wb = await h.open();
      const { register, rubric, evaluation, actionPlan } = wb.sheets;
      const all = [register, rubric, evaluation, actionPlan];
      expect((await wb.ports.live.read({ invalidIn: all })).invalid).toEqual([]);
      const level = await cellOf(wb.ports.workbook, rubric, "ระดับ", (r) => r["รหัส"] === "1.1-1");
      const next = await cellOf(wb.ports.workbook, rubric, "ระดับ", (r) => r["รหัส"] === "1.1-2");
      const third = await cellOf(wb.ports.workbook, rubric, "ระดับ", (r) => r["รหัส"] === "1.1-3");
      await wb.user.pasteValues(rubric, level, [[7]]);
      await wb.user.pasteValues(rubric, next, [[3]]);
      // A plain paste takes the cell's validation with it: Excel no longer finds it invalid.
      await wb.user.paste(rubric, third, [[9]]);
      expect((await wb.ports.live.read({ invalidIn: all })).invalid).toEqual([{ sheet: rubric, cell: level }]);
      expect((await wb.ports.live.read({ invalidIn: [register] })).invalid).toEqual([]);
    });

    it("gives the marks present on the sheets asked for: none on a fresh template, whose own rules are no marks", async () => {
      const wb = await h.open();
      const { register, rubric } = wb.sheets;
      expect(wb.rules(rubric)).toBeGreaterThan(0);
      expect((await wb.ports.live.read({ marksIn: [register, rubric] })).marks).toEqual([]);
      await wb.ports.marks.updateMarks({
        remove: [],
        add: [
          { sheet: register, cell: "D6", severity: "error" },
          { sheet: register, cell: "E7", severity: "warning" },
          { sheet: rubric, cell: "F8", severity: "error" },
        ],
      });
      const r = await wb.ports.live.read({ marksIn: [register] });
      expect(r.marks.map(({ id: _id, ...m }) => m)).toEqual(
        expect.arrayContaining([
          { sheet: register, cell: "D6", severity: "error" },
          { sheet: register, cell: "E7", severity: "warning" },
        ]),
      );
      expect(r.marks).toHaveLength(2);
      expect(new Set(r.marks.map((m) => m.id)).size).toBe(2);
    });

    it("says which of the sheets asked for are protected, as the template and then people left them", async () => {
      const wb = await h.open();
      const { register, rubric, evaluation, meta } = wb.sheets;
      const locked = async () => (await wb.ports.live.read({ marksIn: [register, rubric, evaluation, meta] })).locked;
      expect(await locked()).toEqual([evaluation, meta]);
      wb.user.unprotect(evaluation);
      wb.user.protect(register);
      expect(await locked()).toEqual([register, meta]);
      expect((await wb.ports.live.read({ marksIn: [rubric] })).locked).toEqual([]);
    });

    it("is one round trip, whatever it asks for", async () => {
      const wb = await h.open();
      const { register, rubric, evaluation, actionPlan, meta } = wb.sheets;
      const before = wb.roundTrips();
      const data = [register, rubric, evaluation, actionPlan];
      await wb.ports.live.read({ sheets: [...data, meta], ranges: [{ sheet: register, address: "A1:C9" }], invalidIn: data, marksIn: data });
      expect(wb.roundTrips() - before).toBe(1);
    });
  });
});

function position(address: string): { row: number; column: number } {
  const { row, column } = parseCell(address);
  return { row, column };
}
