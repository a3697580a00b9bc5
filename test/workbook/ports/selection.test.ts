// The selection port's contract (src/workbook/ports.ts), one suite for both adapters: reading the
// selected range for the import from text (one round trip, the used part of the selection,
// numbers as people see them) and pointing at a cell.
import { cellOf } from "../harness";
import { PORT_HARNESSES } from "./harness";

type Value = string | number | boolean | null;

/** Form text pasted into a sheet: a title line, a table below, blank cells around it. */
const PASTED: [string, Value][] = [
  ["B2", "แบบสรุปตัวชี้วัด ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"],
  ["B3", "สำนักพัฒนาสังคม"],
  ["B5", "ที่"],
  ["C5", "ชื่อตัวชี้วัด"],
  ["D5", "น้ำหนัก"],
  ["B6", "๑."],
  ["C6", "ร้อยละความสำเร็จ"],
  ["D6", 10],
  ["E6", true],
];

const WANT = [
  ["แบบสรุปตัวชี้วัด ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "", "", ""],
  ["สำนักพัฒนาสังคม", "", "", ""],
  ["", "", "", ""],
  ["ที่", "ชื่อตัวชี้วัด", "น้ำหนัก", ""],
  ["๑.", "ร้อยละความสำเร็จ", "10", "TRUE"],
];

describe.each(PORT_HARNESSES)("SelectionPort contract: $name", (h) => {
  /** A workbook where a person pasted form text into a sheet of their own and selected `address`. */
  async function selected(address: string) {
    const wb = await h.open();
    await wb.user.addSheet("วาง");
    for (const [a, v] of PASTED) await wb.user.type("วาง", a, v);
    wb.user.selectRange("วาง", address);
    return wb;
  }

  it("reads the used part of a large selection in one round trip, blank cells as empty text", async () => {
    const wb = await selected("A1:Z200");
    const before = wb.roundTrips();
    expect(await wb.ports.selection.readSelection()).toEqual(WANT);
    expect(wb.roundTrips() - before).toBe(1);
  });

  it("reads only what is selected", async () => {
    const wb = await selected("C5:D6");
    expect(await wb.ports.selection.readSelection()).toEqual([
      ["ชื่อตัวชี้วัด", "น้ำหนัก"],
      ["ร้อยละความสำเร็จ", "10"],
    ]);
  });

  it("gives no rows for a selection without values", async () => {
    const wb = await selected("F1:H9");
    expect(await wb.ports.selection.readSelection()).toEqual([]);
  });

  it("shows a cell: selects it on its sheet, and reading the selection then gives that cell", async () => {
    const wb = await h.open();
    const { register } = wb.sheets;
    const name = await cellOf(wb.ports.workbook, register, "ชื่อตัวชี้วัด", (r) => r["รหัส"] === "1.1-3");
    expect(await wb.ports.selection.select({ sheet: register, cell: name })).toBe(true);
    expect(wb.selection()).toEqual({ sheet: register, cell: name });
    expect(await wb.ports.selection.readSelection()).toEqual([["ร้อยละของศูนย์พัฒนาเด็กก่อนวัยเรียนที่ได้รับการปรับปรุง"]]);
  });

  it("does not jump to a cell of a hidden sheet (the template's metadata): says so and leaves the selection as it was", async () => {
    const wb = await h.open();
    const { register, meta } = wb.sheets;
    await wb.ports.selection.select({ sheet: register, cell: "C6" });
    expect(await wb.ports.selection.select({ sheet: meta, cell: "B9" })).toBe(false);
    expect(wb.selection()).toEqual({ sheet: register, cell: "C6" });
  });

  it("cannot show a cell of a sheet that is not there", async () => {
    const wb = await h.open();
    await expect(wb.ports.selection.select({ sheet: "ไม่มีแผ่นนี้", cell: "A1" })).rejects.toThrow();
  });
});
