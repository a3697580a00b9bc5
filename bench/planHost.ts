// Bundled for the browser by the task-pane benchmark and injected before the page runs (with the
// fake Office of test/e2e/fakeOffice.ts): the end-to-end
// test's fake Excel, holding a complete FY2567 plan from the start — the workbook a planner opens
// the pane on most days. The pane's first call waits until the template is in.
import { findFramework } from "../src/core/frameworks/shipped";
import type { Framework } from "../src/core/schema/framework";
import { createOfficePort } from "../src/excel/officePort";
import type { ExcelRun } from "../src/excel/types";
import { insertTemplate } from "../src/template/insert";
import { parsed, validPlan } from "../test/helpers/plan";
import { FakeOfficeHost } from "../test/taskpane/fakeOfficeHost";
import { installFakeOffice } from "../test/e2e/fakeOffice";

const lang = (window as { __KPI_E2E_LANG__?: string }).__KPI_E2E_LANG__ ?? "th-TH";
const host = new FakeOfficeHost({ displayLanguage: lang });
const ready = insertTemplate(createOfficePort(host.run), { ...parsed(validPlan({ results: true })), agency: "สำนักการระบายน้ำ" }, findFramework("bma-2567-bureau") as Framework);
const run: ExcelRun = async (batch) => {
  await ready;
  return host.run(batch);
};
installFakeOffice(run, lang);
