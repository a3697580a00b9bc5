// Helpers of the task-pane tests: an in-memory workbook behind the pane, plans put into it the way
// the template does, and cells found by KPI and column header.
import { render, type RenderResult } from "@testing-library/react";
import type { ReactNode } from "react";
import { HostProvider, LangProvider, ServicesProvider } from "../../src/taskpane/context";
import { findFramework } from "../../src/core/frameworks/shipped";
import type { Framework } from "../../src/core/schema/framework";
import type { Plan } from "../../src/core/schema/plan";
import { cellAddress } from "../../src/workbook/a1";
import { FIRST_DATA_ROW, HEADER_ROW } from "../../src/layout/layout";
import { services } from "../../src/taskpane/services";
import { Pane, type PaneProps } from "../../src/taskpane/Pane";
import { MemoryWorkbook } from "../workbook/memory";
import { MemoryHost } from "../workbook/memoryHost";
import { insertTemplate } from "../../src/template/insert";
import { parsed, validPlan } from "../helpers/plan";

export const FW = findFramework("bma-2567-bureau") as Framework;

/** A workbook in memory and the pane's ports over it (which also play the user typing). */
export interface MemoryPane {
  workbook: MemoryWorkbook;
  host: MemoryHost;
}

export function memoryHost(displayLanguage = "th-TH", workbook = new MemoryWorkbook()): MemoryPane {
  return { workbook, host: new MemoryHost(workbook, displayLanguage) };
}

/** A complete, valid FY2567 plan (no findings). */
export function goodPlan(agency = "สำนักการระบายน้ำ"): Plan {
  return { ...parsed(validPlan()), agency };
}

export async function withPlan(m: MemoryPane, plan: Plan = goodPlan()): Promise<void> {
  await insertTemplate(m.workbook, plan, FW);
}

export function renderPane(m: MemoryPane, props: Partial<PaneProps> = {}): RenderResult {
  return render(<Pane services={services} host={m.host} debounceMs={0} {...props} />);
}

/**
 * The cell of `kpi` under the column headed `header` on `sheet` (the n-th row of that KPI, for
 * the rubric's five rows).
 */
export function cellOf(workbook: MemoryWorkbook, sheet: string, kpi: string, header: string, nth = 1): string {
  const s = workbook.sheet(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const at = (r: number, c: number): unknown => s.cells.get(cellAddress(r, c))?.value ?? null;
  let col = -1;
  for (let c = 0; c < 80 && col < 0; c++) if (at(HEADER_ROW, c) === header) col = c;
  if (col < 0) throw new Error(`no column ${header} on ${sheet}`);
  let idCol = -1;
  for (let c = 0; c < 80 && idCol < 0; c++) if (at(HEADER_ROW, c) === "รหัส" || at(HEADER_ROW, c) === "รหัสตัวชี้วัด") idCol = c;
  let seen = 0;
  for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + 500; r++) {
    if (at(r, idCol) === kpi && ++seen === nth) return cellAddress(r, col);
  }
  throw new Error(`no row ${nth} of ${kpi} on ${sheet}`);
}

/** The pane's providers around a hook under test (renderHook's `wrapper`), on a memory workbook. */
export function providers(m: MemoryPane) {
  return function Providers({ children }: { children: ReactNode }): JSX.Element {
    return (
      <ServicesProvider services={services}>
        <HostProvider host={m.host}>
          <LangProvider initial="th">{children}</LangProvider>
        </HostProvider>
      </ServicesProvider>
    );
  };
}
