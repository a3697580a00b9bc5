// Adding a focus issue's supporting KPI as a KPI row from the pane, over both adapters of the
// ports: into the blank row the template left for component 1 while there is one (never over a
// row someone started), else a row inserted into the register's table; the template reads it back.
import { findFramework } from "../../src/core/frameworks/shipped";
import type { Framework } from "../../src/core/schema/framework";
import { createOfficeHost } from "../../src/excel/host";
import { templatePlan } from "../../src/layout/templatePlan";
import { addKpiRow } from "../../src/template/addKpi";
import { checkTemplate } from "../../src/template/check";
import { insertTemplate } from "../../src/template/insert";
import { readTemplate } from "../../src/template/read";
import type { CellValue } from "../../src/workbook/model";
import { SheetProtectedError } from "../../src/workbook/ports";
import type { PaneHost } from "../../src/taskpane/context";
import { FakeOfficeHost } from "../taskpane/fakeOfficeHost";
import { MemoryWorkbook } from "../workbook/memory";
import { MemoryHost } from "../workbook/memoryHost";

const FW = findFramework("bma-2566-bureau") as Framework;
const META = "ข้อมูลแม่แบบ";
const REGISTER = "ตัวชี้วัด";

interface Open {
  host: PaneHost;
  type(sheet: string, address: string, value: CellValue): Promise<void>;
  protect(sheet: string): void;
  cell(sheet: string, address: string): CellValue;
}

const ADAPTERS: { name: string; open: () => Promise<Open> }[] = [
  {
    name: "memory",
    open: async () => {
      const wb = new MemoryWorkbook();
      const host = new MemoryHost(wb);
      await insertTemplate(wb, templatePlan(FW, { agency: "สำนักการศึกษา" }), FW);
      return { host, type: async (s, a, v) => host.type(s, a, v), protect: (s) => host.protect(s), cell: (s, a) => wb.cell(s, a) };
    },
  },
  {
    name: "Office.js (fake Excel)",
    open: async () => {
      const excel = new FakeOfficeHost();
      const host = createOfficeHost({ run: excel.run });
      await insertTemplate(host.workbook, templatePlan(FW, { agency: "สำนักการศึกษา" }), FW);
      return { host, type: (s, a, v) => excel.type(s, a, v), protect: (s) => excel.protect(s), cell: (s, a) => excel.cell(s, a) };
    },
  },
];

const EQ = { name: "ร้อยละของนักเรียนที่ได้รับการส่งเสริมให้มี EQ ในระดับปกติ", target: "ร้อยละ ๘๐", focusIssue: 1 };
const kpiNamed = (n: number) => ({ name: `ตัวชี้วัดสนับสนุนที่ ${n}`, target: "ร้อยละ ๑๐๐", focusIssue: 7 });

describe.each(ADAPTERS)("adding a supporting KPI from the pane: $name", ({ open }) => {
  it("fills the template's blank row of component 1, which reads back as a KPI linked to its focus issue", async () => {
    const wb = await open();
    const done = await addKpiRow(wb.host, META, EQ);
    expect(done).toMatchObject({ how: "filled", id: "1-1", component: "1", sheet: REGISTER });
    const back = await readTemplate(wb.host.workbook);
    const kpi = back.plan.kpis.find((k) => k.id === "1-1");
    expect([kpi?.name, kpi?.target, kpi?.focusIssue]).toEqual([EQ.name, EQ.target, 1]);
    const focus = (await checkTemplate(back)).findings.filter((f) => f.code === "FOCUS_ALIGNMENT");
    expect(focus).toEqual([]);
    expect(await addKpiRow(wb.host, META, EQ)).toMatchObject({ how: "present", id: "1-1" });
  });

  it("skips a blank row someone started, and inserts a row after component 1's last once none is left", async () => {
    const wb = await open();
    const grid = (await wb.host.workbook.readSheets([REGISTER])).get(REGISTER);
    const row12 = grid?.values.findIndex((r) => r[1] === "1-2") as number;
    await wb.type(REGISTER, `D${row12 + 1}`, "ร้อยละ ๗๐ (ของผู้ใช้)");
    expect(await addKpiRow(wb.host, META, kpiNamed(1))).toMatchObject({ how: "filled", id: "1-1" });
    expect(await addKpiRow(wb.host, META, kpiNamed(2))).toMatchObject({ how: "filled", id: "1-3" });
    expect(wb.cell(REGISTER, `D${row12 + 1}`)).toBe("ร้อยละ ๗๐ (ของผู้ใช้)");
    const inserted = await addKpiRow(wb.host, META, kpiNamed(3));
    expect(inserted).toMatchObject({ how: "inserted", id: "1-4", component: "1" });
    const back = await readTemplate(wb.host.workbook);
    expect(back.issues).toEqual([]);
    expect(back.plan.kpis.filter((k) => k.component === "1").map((k) => k.id)).toEqual(["1-1", "1-2", "1-3", "1-4"]);
    const after = (await wb.host.workbook.readSheets([REGISTER])).get(REGISTER);
    const ids = after?.values.map((r) => r[1]) ?? [];
    expect(ids.indexOf("1-4")).toBe(ids.indexOf("1-3") + 1);
    expect(ids.indexOf("2-1")).toBeGreaterThan(ids.indexOf("1-4"));
  });

  it("adds a past KPI from the basket into its own negotiated component, with its unit, definition, method and evidence", async () => {
    const wb = await open();
    const past = {
      name: "ระดับความสำเร็จของการจัดทำแผนปฏิบัติการตามนโยบายผู้บริหาร",
      target: "ระดับ ๕",
      component: "2",
      details: { unit: "ระดับ", definition: "=นิยามที่ดูเหมือนสูตร", method: "เทียบกับเกณฑ์", evidence: ["รายงานผล", "ภาพถ่าย"] },
    };
    expect(await addKpiRow(wb.host, META, past)).toMatchObject({ how: "filled", id: "2-1", component: "2" });
    const kpi = (await readTemplate(wb.host.workbook)).plan.kpis.find((k) => k.id === "2-1");
    expect([kpi?.name, kpi?.unit, kpi?.definition, kpi?.method, kpi?.evidence, kpi?.focusIssue]).toEqual([past.name, "ระดับ", "=นิยามที่ดูเหมือนสูตร", "เทียบกับเกณฑ์", ["รายงานผล", "ภาพถ่าย"], undefined]);
    // A shared component's KPIs are the framework's own; one the framework lacks is no place either: the focus component.
    expect(await addKpiRow(wb.host, META, { ...past, name: "ตัวชี้วัดของปีก่อน ก", component: "5.1" })).toMatchObject({ component: "1" });
    expect(await addKpiRow(wb.host, META, { ...past, name: "ตัวชี้วัดของปีก่อน ข", component: "9" })).toMatchObject({ component: "1" });
  });

  it("refuses a register people protected, writing nothing", async () => {
    const wb = await open();
    wb.protect(REGISTER);
    await expect(addKpiRow(wb.host, META, EQ)).rejects.toThrow(SheetProtectedError);
    expect((await readTemplate(wb.host.workbook)).plan.kpis.some((k) => k.name === EQ.name)).toBe(false);
  });
});
