// An inbox of plan files as the central office receives them, for the kpi collect tests, the
// README's example and the collect benchmark: template workbooks sealed the way the task pane
// seals them ("check before sending" writes the seal rows into the metadata sheet), workbooks
// edited after sealing or never sealed, JSON plans, and files that are no plan at all — each with
// the time it arrived (its modification time).
import { utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Framework } from "../../src/core/schema/framework";
import { parsePlan, type Plan, type PlanInput } from "../../src/core/schema/plan";
import { LAYOUT_VERSION } from "../../src/layout/layout";
import { makeSeal } from "../../src/seal/seal";
import { sealBlock } from "../../src/seal/writeSeal";
import { insertTemplate } from "../../src/template/insert";
import { readTemplate } from "../../src/template/read";
import { parseRange } from "../../src/workbook/a1";
import type { CellValue } from "../../src/workbook/model";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { clone, framework2567, validPlan } from "./plan";

const META = "ข้อมูลแม่แบบ";

/**
 * A complete, valid FY2567 bureau plan of `agency` with results for every KPI (shared components
 * written out); `variant` lowers some results so that agencies' totals differ.
 */
export function agencyPlan(agency: string, variant = 0): Plan {
  const input = validPlan({ results: true, shared: "explicit" }) as PlanInput;
  input.agency = agency;
  const lower = (id: string, value: number): void => {
    const k = input.kpis.find((x) => x.id === id);
    if (!k?.result) return;
    // A result changed without its stored score: the score is recomputed, not stale.
    const { score: _s, selfScore: _ss, ...rest } = k.result;
    k.result = { ...rest, value };
  };
  if (variant % 2 === 1) lower("1.1-1", 3);
  if (variant % 3 === 2) lower("1.3-1", 4);
  if (variant >= 3) lower("2-1", 85 - variant);
  const parsed = parsePlan(clone(input));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.plan;
}

export interface WorkbookOptions {
  /** Seal it as the pane does after a check without errors. */
  seal?: boolean;
  /** Change the register after sealing (the seal no longer matches). */
  editAfterSeal?: boolean;
  /** Write into cells of the register before writing the file (a plan with errors, hostile text). */
  edit?: (set: (header: string, id: string, value: CellValue) => void) => void;
}

/** Sets the register's cell under the Thai header `header` on the row of KPI `id`. */
function registerSetter(wb: XlsxWorkbook): (header: string, id: string, value: CellValue) => void {
  const ws = wb.workbook.getWorksheet("ตัวชี้วัด");
  if (!ws) throw new Error("no register sheet");
  return (header, id, value) => {
    let column = 0;
    let row = 0;
    ws.eachRow((r, n) => {
      r.eachCell((c, col) => {
        if (c.value === header && column === 0) column = col;
        if (c.value === id && col === 2) row = n;
      });
    });
    if (column === 0 || row === 0) throw new Error(`no cell for ${header} of ${id}`);
    ws.getCell(row, column).value = value;
  };
}

/** A template workbook of `plan` as an agency sends it. */
export async function planWorkbook(plan: Plan, framework: Framework = framework2567(), o: WorkbookOptions = {}): Promise<Buffer> {
  const wb = XlsxWorkbook.create();
  await insertTemplate(wb, plan, framework);
  if (o.edit) o.edit(registerSetter(wb));
  if (o.seal) {
    const read = await readTemplate(wb);
    const seal = await makeSeal({ plan: read.plan, frameworkJson: read.meta.frameworkJson }, { framework: read.framework.id, layoutVersion: LAYOUT_VERSION, now: new Date("2024-05-20T03:00:00Z") });
    const block = sealBlock((await wb.readSheets([META])).get(META), seal);
    const { row1 } = parseRange(block.address);
    const sheet = wb.workbook.getWorksheet(META);
    block.values.forEach((r, i) => r.forEach((v, j) => (sheet!.getCell(row1 + i + 1, j + 1).value = v)));
  }
  if (o.editAfterSeal) registerSetter(wb)("เป้าหมาย", "1.1-1", "เป้าหมายที่แก้หลังประทับตรา");
  return wb.toBuffer();
}

/** Writes a file into `dir` with the time it arrived. */
export function deliver(dir: string, name: string, bytes: Uint8Array | string, arrived: string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const t = new Date(arrived);
  utimesSync(path, t, t);
  return path;
}

/** Bytes that are no workbook: the start of a zip file cut short. */
export const CORRUPT = Buffer.from("PK\u0003\u0004\u0014\u0000\u0000\u0000broken", "latin1");
