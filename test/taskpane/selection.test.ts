// Reading the selected range for the import from text: the Office.js session (one sync, the used
// part of the selection, numbers as people see them) and the memory session give the same cells.
import { createOfficeHost } from "../../src/excel/host";
import { selectionText } from "../../src/excel/outputBatches";
import { MemoryWorkbook } from "../workbook/memory";
import { MemoryHost } from "../workbook/memoryHost";
import type { SelectionPort } from "../../src/workbook/ports";
import { FakeOfficeHost } from "./fakeOfficeHost";

type Value = string | number | boolean | null;

/** Form text pasted into a sheet: a title line in A1, a table below, blank cells around it. */
const PASTED: [string, Value][] = [
  ["B2", "แบบสรุปตัวชี้วัด ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"],
  ["B3", "สำนักพัฒนาสังคม"],
  ["B5", "ที่"],
  ["C5", "ชื่อตัวชี้วัด"],
  ["D5", "น้ำหนัก"],
  ["B6", "๑."],
  ["C6", "ร้อยละความสำเร็จ"],
  ["D6", 10],
];

const WANT = [
  ["แบบสรุปตัวชี้วัด ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "", ""],
  ["สำนักพัฒนาสังคม", "", ""],
  ["", "", ""],
  ["ที่", "ชื่อตัวชี้วัด", "น้ำหนัก"],
  ["๑.", "ร้อยละความสำเร็จ", "10"],
];

interface Case {
  name: string;
  make: () => Promise<{ session: SelectionPort; select: (address: string) => void; syncs: () => number }>;
}

const CASES: Case[] = [
  {
    name: "Office.js (fake Excel)",
    make: async () => {
      const host = new FakeOfficeHost();
      await host.run(async (ctx) => {
        ctx.workbook.worksheets.add("วาง");
        await ctx.sync();
      });
      return {
        session: createOfficeHost({ run: host.run }).selection,
        select: (address) => {
          for (const [a, v] of PASTED) host.excel.type("วาง", a, v);
          host.selectRange("วาง", address);
        },
        syncs: () => host.syncs,
      };
    },
  },
  {
    name: "memory",
    make: async () => {
      const workbook = new MemoryWorkbook();
      workbook.sheets.push({ name: "วาง", cells: new Map(), spec: null });
      const session = new MemoryHost(workbook);
      return {
        session,
        select: (address) => {
          for (const [a, v] of PASTED) workbook.type("วาง", a, v);
          session.selected = { sheet: "วาง", cell: address };
        },
        syncs: () => session.calls,
      };
    },
  },
];

describe.each(CASES)("readSelection, $name", ({ make }) => {
  it("reads the used part of a large selection in one round trip, blank cells as empty text", async () => {
    const { session, select, syncs } = await make();
    select("A1:Z200");
    const before = syncs();
    expect(await session.readSelection()).toEqual(WANT);
    expect(syncs() - before).toBe(1);
  });

  it("reads only what is selected", async () => {
    const { session, select } = await make();
    select("C5:D6");
    expect(await session.readSelection()).toEqual([
      ["ชื่อตัวชี้วัด", "น้ำหนัก"],
      ["ร้อยละความสำเร็จ", "10"],
    ]);
  });

  it("gives no rows for a selection without values", async () => {
    const { session, select } = await make();
    select("F1:H9");
    expect(await session.readSelection()).toEqual([]);
  });
});

describe("selectionText: a cell as people read it", () => {
  it.each([
    [null, "", "General", ""],
    ["ร้อยละ ๘๐", "ร้อยละ ๘๐", "General", "ร้อยละ ๘๐"],
    [10, "10", "General", "10"],
    [6.6667, "6.67", "General", "6.6667"],
    [0.95, "95%", "0%", "95%"],
    [45200, "1/10/2566", "d/m/yyyy", "1/10/2566"],
    [12345.678, "####", "#,##0.00", "12345.678"],
    [true, "TRUE", "General", "TRUE"],
    [false, "", "General", "FALSE"],
  ])("%p shown as %p in format %p → %p", (value, shown, format, want) => {
    expect(selectionText(value, shown, format)).toBe(want);
  });
});
