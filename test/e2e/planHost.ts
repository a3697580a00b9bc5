// Bundled for the browser (planHost.js beside host.js, by host.webpack.mjs) and injected before the
// page runs by the end-to-end test and the task-pane benchmark (with the fake Office of
// fakeOffice.ts): the end-to-end test's fake Excel, holding a complete FY2567 plan from the start —
// the workbook a planner opens the pane on most days. The pane's first call waits until the
// template is in. window.__KPI_E2E_WEIGHTS__ makes the framework the workbook stores differ from
// the shipped one (as one made by an earlier version might).
import { findFramework } from "../../src/core/frameworks/shipped";
import type { Component, Framework } from "../../src/core/schema/framework";
import { createOfficePort } from "../../src/excel/officePort";
import type { ExcelRun } from "../../src/excel/types";
import { insertTemplate } from "../../src/template/insert";
import { parsed, validPlan } from "../helpers/plan";
import { FakeOfficeHost } from "../taskpane/fakeOfficeHost";
import { installFakeOffice } from "./fakeOffice";

interface PlanWindow {
  __KPI_E2E_LANG__?: string;
  /** Weights of components to store in the workbook's framework instead of the shipped ones (an older framework). */
  __KPI_E2E_WEIGHTS__?: Record<string, number>;
}

const w = window as unknown as PlanWindow;
const lang = w.__KPI_E2E_LANG__ ?? "th-TH";
const weights = w.__KPI_E2E_WEIGHTS__ ?? {};
const shipped = findFramework("bma-2567-bureau") as Framework;
const reweigh = (c: Component): Component => ({ ...c, weight: weights[c.code] ?? c.weight, ...(c.children ? { children: c.children.map(reweigh) } : {}) });
const framework: Framework = { ...shipped, components: shipped.components.map(reweigh) };
const host = new FakeOfficeHost({ displayLanguage: lang });
const ready = insertTemplate(createOfficePort(host.run), { ...parsed(validPlan({ results: true })), agency: "สำนักการระบายน้ำ" }, framework);
const run: ExcelRun = async (batch) => {
  await ready;
  return host.run(batch);
};
installFakeOffice(run, lang);
