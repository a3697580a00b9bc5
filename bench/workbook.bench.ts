// Time to write a template and to read it back, for plans of 10, 100 and 1,000 KPIs: through the
// .xlsx adapter (exceljs, bytes in memory: render + write a file / open + read the plan), the
// in-memory adapter (the layout alone) and the Office.js adapter on the test fake (batching and
// sync counts). Figures are printed, never asserted.
import { findFramework } from "../src/core/frameworks/shipped";
import type { Framework } from "../src/core/schema/framework";
import { createOfficePort } from "../src/excel/officePort";
import { MemoryWorkbook } from "../test/workbook/memory";
import { insertTemplate } from "../src/template/insert";
import { readTemplate } from "../src/template/read";
import { XlsxWorkbook } from "../src/xlsx/workbook";
import { FakeExcel } from "../test/excel/fakeExcel";
import { sizedPlan } from "../test/workbook/plans";

const ms = (t0: number): string => `${(performance.now() - t0).toFixed(0).padStart(6)} ms`;

export default {
  title: "workbook templates: write and read",
  async run(): Promise<void> {
    const fw = findFramework("bma-2567-bureau") as Framework;
    console.log("KPIs   adapter   write       read        size / syncs");
    for (const n of [10, 100, 1000]) {
      const plan = sizedPlan(n);

      let t0 = performance.now();
      const wb = XlsxWorkbook.create();
      await insertTemplate(wb, plan, fw);
      const bytes = await wb.toBuffer();
      const write = ms(t0);
      t0 = performance.now();
      const back = await readTemplate(await XlsxWorkbook.fromBuffer(bytes));
      const read = ms(t0);
      if (back.plan.kpis.length !== n) throw new Error(`read ${back.plan.kpis.length} KPIs, wrote ${n}`);
      console.log(`${String(n).padStart(5)}  .xlsx   ${write}   ${read}   ${(bytes.length / 1024).toFixed(0)} KB`);

      t0 = performance.now();
      const mem = new MemoryWorkbook();
      await insertTemplate(mem, plan, fw);
      const mWrite = ms(t0);
      t0 = performance.now();
      await readTemplate(mem);
      console.log(`${String(n).padStart(5)}  memory  ${mWrite}   ${ms(t0)}`);

      const excel = new FakeExcel();
      const port = createOfficePort(excel.run);
      t0 = performance.now();
      await insertTemplate(port, plan, fw);
      const oWrite = ms(t0);
      const writeSyncs = excel.syncs;
      t0 = performance.now();
      await readTemplate(port);
      console.log(`${String(n).padStart(5)}  Office  ${oWrite}   ${ms(t0)}   ${writeSyncs} + ${excel.syncs - writeSyncs} syncs (fake Excel)`);
    }
  },
};
