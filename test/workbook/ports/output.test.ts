// The output port's contract (src/workbook/ports.ts), one suite for both adapters: cells written
// as given (text stays text), into protected sheets too, which stay protected; a marker cell of
// every sheet in tab order; sheets deleted only while their guard cell holds; charts drawn on
// protected sheets and others. Then the two policies written over it: the seal block
// (src/seal/store.ts, as useSeal writes it) and the summaries' refresh (src/template/summaries.ts).
import { makeSeal } from "../../../src/seal/seal";
import { sealFromGrid } from "../../../src/seal/store";
import { sealBlock } from "../../../src/seal/writeSeal";
import { MARKER_CELL } from "../../../src/summary/marker";
import { refreshSummaries } from "../../../src/template/summaries";
import { CELL_TEXT_MAX, type ChartSpec } from "../../../src/workbook/model";
import { TextTooLongError } from "../../../src/layout/render/tooLong";
import { withLongBaselines } from "../../helpers/plan";
import { FW, goodPlan, PORT_HARNESSES, type OpenWorkbook } from "./harness";

const chart = (sheet: string, data: string): ChartSpec => ({ sheet, type: "columnClustered", data, title: "คะแนน / Scores", from: "E2", to: "L20" });

describe.each(PORT_HARNESSES)("OutputPort contract: $name", (h) => {
  const locked = async (wb: OpenWorkbook, sheets: string[]) => (await wb.ports.live.read({ marksIn: sheets })).locked;

  describe("writeCells", () => {
    it("writes text as text (=1+1, +66, -, @x, '10', 'TRUE' stay those characters), numbers and booleans as such", async () => {
      const wb = await h.open();
      const { actionPlan } = wb.sheets;
      const values = [
        ["=1+1", "+66"],
        ["-", "@x"],
        ["10", "TRUE"],
        [12.5, true],
      ];
      await wb.ports.output.writeCells(actionPlan, "Z1:AA4", values);
      const r = await wb.ports.live.read({ ranges: [{ sheet: actionPlan, address: "Z1:AA4" }] });
      expect(r.ranges[0]?.values).toEqual(values);
      expect(r.ranges[0]?.formulas.flat()).toEqual(Array(8).fill(null));
      expect(wb.cell(actionPlan, "Z1")).toBe("=1+1");
    });

    it("refuses a text longer than a cell holds (32,767 characters) and takes one of that length", async () => {
      const wb = await h.open();
      const { actionPlan } = wb.sheets;
      await expect(wb.ports.output.writeCells(actionPlan, "Z1", [["ก".repeat(CELL_TEXT_MAX + 1)]])).rejects.toThrow(/32767|more than/);
      await wb.ports.output.writeCells(actionPlan, "Z2", [["ก".repeat(CELL_TEXT_MAX)]]);
      expect(wb.cell(actionPlan, "Z2")).toHaveLength(CELL_TEXT_MAX);
    });

    it("blanks the cells written as null", async () => {
      const wb = await h.open();
      const { actionPlan } = wb.sheets;
      await wb.user.type(actionPlan, "Z1", "ของผู้ใช้");
      await wb.ports.output.writeCells(actionPlan, "Z1", [[null]]);
      expect(wb.cell(actionPlan, "Z1")).toBeNull();
    });

    it("writes into a protected sheet, which stays protected", async () => {
      const wb = await h.open();
      const { meta, evaluation } = wb.sheets;
      expect(await locked(wb, [meta, evaluation])).toEqual([meta, evaluation]);
      await wb.ports.output.writeCells(meta, "A90:B90", [["seal.note", "+ไม่ใช่สูตร"]]);
      await wb.ports.output.writeCells(evaluation, "A1", [["-ชื่อเรื่อง"]]);
      expect([wb.cell(meta, "A90"), wb.cell(meta, "B90"), wb.cell(evaluation, "A1")]).toEqual(["seal.note", "+ไม่ใช่สูตร", "-ชื่อเรื่อง"]);
      expect(await locked(wb, [meta, evaluation])).toEqual([meta, evaluation]);
    });

    it("fails on a sheet that is not there", async () => {
      const wb = await h.open();
      await expect(wb.ports.output.writeCells("ไม่มีแผ่นนี้", "A1", [["x"]])).rejects.toThrow();
    });

    it("writes the seal as useSeal does: read back as the seal, and a second seal over the first", async () => {
      const wb = await h.open();
      const { meta } = wb.sheets;
      const grid = async () => (await wb.ports.workbook.readSheets([meta])).get(meta);
      const seal = { ...(await makeSeal({ plan: goodPlan(), frameworkJson: null }, { framework: FW.id, layoutVersion: 1, now: new Date("2024-05-01T00:00:00Z") })), digest: "1".repeat(64) };
      let block = sealBlock(await grid(), seal);
      await wb.ports.output.writeCells(meta, block.address, block.values);
      expect(sealFromGrid(await grid())).toEqual(seal);
      const again = { ...seal, digest: "a".repeat(64) };
      block = sealBlock(await grid(), again);
      await wb.ports.output.writeCells(meta, block.address, block.values);
      expect(sealFromGrid(await grid())).toEqual(again);
      expect((await grid())?.values.filter((r) => r[0] === "seal.sha256")).toHaveLength(1);
      expect(await locked(wb, [meta])).toEqual([meta]);
    });
  });

  describe("cellOfEachSheet", () => {
    it("lists every sheet in tab order with the value of that cell, a blank one as null", async () => {
      const wb = await h.open();
      await wb.user.addSheet("บันทึกของฉัน");
      await wb.user.type("บันทึกของฉัน", "B2", "ข้อความ");
      await wb.user.addSheet("ว่าง");
      const cells = await wb.ports.output.cellOfEachSheet("B2");
      expect(cells.map((c) => c.sheet)).toEqual((await wb.ports.workbook.inventory()).sheets);
      expect(cells.slice(-2)).toEqual([
        { sheet: "บันทึกของฉัน", value: "ข้อความ" },
        { sheet: "ว่าง", value: null },
      ]);
      for (const c of cells) expect(c.value).toBe(wb.cell(c.sheet, "B2"));
    });
  });

  describe("deleteSheets", () => {
    it("deletes only the sheets whose guard cell still holds the value, and says which", async () => {
      const wb = await h.open();
      for (const name of ["ก", "ข", "ค", "ง"]) await wb.user.addSheet(name);
      for (const name of ["ก", "ข", "ค"]) await wb.user.type(name, "A3", "สร้างโดยโปรแกรม");
      await wb.user.type("ข", "A3", "แก้โดยผู้ใช้");
      const removed = await wb.ports.output.deleteSheets([
        { sheet: "ก", cell: "A3", value: "สร้างโดยโปรแกรม" },
        { sheet: "ข", cell: "A3", value: "สร้างโดยโปรแกรม" },
        { sheet: "ไม่มีแผ่นนี้", cell: "A3", value: "สร้างโดยโปรแกรม" },
        { sheet: "ค", cell: "A3", value: "สร้างโดยโปรแกรม" },
        { sheet: "ง", cell: "A3", value: null },
      ]);
      expect(removed).toEqual(["ก", "ค", "ง"]);
      const sheets = (await wb.ports.workbook.inventory()).sheets;
      expect(sheets).toContain("ข");
      expect(sheets.filter((s) => ["ก", "ค", "ง"].includes(s))).toEqual([]);
      expect(wb.cell("ข", "A3")).toBe("แก้โดยผู้ใช้");
    });

    it("deletes nothing when no guard holds", async () => {
      const wb = await h.open();
      const before = (await wb.ports.workbook.inventory()).sheets;
      expect(await wb.ports.output.deleteSheets([{ sheet: wb.sheets.register, cell: "A3", value: "x" }])).toEqual([]);
      expect((await wb.ports.workbook.inventory()).sheets).toEqual(before);
    });
  });

  describe("addCharts", () => {
    it("draws charts on a sheet, protected or not, leaving its protection as it was", async () => {
      const wb = await h.open();
      const { evaluation } = wb.sheets;
      await wb.user.addSheet("กราฟของฉัน");
      const specs = [chart("กราฟของฉัน", "A1:B4"), chart(evaluation, "A4:C9")];
      expect(await wb.ports.output.addCharts(specs)).toBe(true);
      expect(wb.charts()).toHaveLength(2);
      expect(wb.charts()).toEqual(
        expect.arrayContaining([
          { sheet: "กราฟของฉัน", data: "A1:B4" },
          { sheet: evaluation, data: "A4:C9" },
        ]),
      );
      expect(await locked(wb, ["กราฟของฉัน", evaluation])).toEqual([evaluation]);
    });

    it("deletes a sheet's charts with the sheet", async () => {
      const wb = await h.open();
      await wb.user.addSheet("กราฟของฉัน");
      await wb.ports.output.addCharts([chart("กราฟของฉัน", "A1:B4")]);
      await wb.ports.output.deleteSheets([{ sheet: "กราฟของฉัน", cell: "A3", value: null }]);
      expect(wb.charts()).toEqual([]);
    });
  });

  describe("the summaries' refresh over it (src/template/summaries.ts)", () => {
    it("replaces its own generated sheets, keeps a person's copy of one, and draws the chart once", async () => {
      const wb = await h.open();
      const input = { plan: goodPlan(), framework: FW, template: wb.sheets.meta, generatedAt: new Date("2024-05-01T00:00:00Z") };
      const first = await refreshSummaries(wb.ports, input);
      expect(first).toEqual({ sheets: ["แบบสรุปตัวชี้วัด", "สรุปคะแนน", "กราฟคะแนน"], replaced: 0, charted: true });
      // A person's copy of a generated sheet: the same marker text under another name.
      await wb.user.addSheet("สำเนาสรุป");
      await wb.user.type("สำเนาสรุป", MARKER_CELL, wb.cell("สรุปคะแนน", MARKER_CELL));
      const second = await refreshSummaries(wb.ports, input);
      expect(second).toEqual({ ...first, replaced: 3 });
      const sheets = (await wb.ports.workbook.inventory()).sheets;
      expect(sheets.slice(-4)).toEqual(["สำเนาสรุป", "แบบสรุปตัวชี้วัด", "สรุปคะแนน", "กราฟคะแนน"]);
      expect(wb.charts().map((c) => c.sheet)).toEqual(["กราฟคะแนน"]);
      expect(await locked(wb, first.sheets)).toEqual(first.sheets);
    });

    it("refuses, before anything is written, a plan whose summary would hold a text longer than a cell holds; the earlier summaries stay", async () => {
      const wb = await h.open();
      const input = { plan: goodPlan(), framework: FW, template: wb.sheets.meta, generatedAt: new Date("2024-05-01T00:00:00Z") };
      const first = await refreshSummaries(wb.ports, input);
      const before = (await wb.ports.workbook.inventory()).sheets;
      const marker = wb.cell("สรุปคะแนน", MARKER_CELL);
      const plan = withLongBaselines(goodPlan());
      const refused = refreshSummaries(wb.ports, { ...input, plan });
      await expect(refused).rejects.toThrow(TextTooLongError);
      await expect(refused).rejects.toThrow(/จึงไม่ได้สร้างแผ่นสรุป.*'แบบสรุปตัวชี้วัด'!C\d+.* \/ .*so no summary sheet was written: the text in the cell starting "พ\.ศ\. ๒๕๖๔ : กกก/);
      expect((await wb.ports.workbook.inventory()).sheets).toEqual(before);
      expect(wb.cell("สรุปคะแนน", MARKER_CELL)).toBe(marker);
      expect(first.sheets.every((s) => before.includes(s))).toBe(true);
    });
  });
});
