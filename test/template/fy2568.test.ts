// A year the program does not ship: FY2568 made with `kpi frameworks new` and edited drives
// `kpi template`, the pane's insert and its "add as a KPI" in Excel (the fake Excel behind the
// Office.js adapter), and `kpi validate` — with no shipped copy of bma-2568-bureau anywhere.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { kpi } from "../helpers/cli";
import { readWorkbookFile } from "../../src/cli/readXlsx";
import { findFramework } from "../../src/core/frameworks/shipped";
import { focusKpisFor } from "../../src/core/frameworks/focus";
import { createOfficeHost } from "../../src/excel/host";
import { addKpiRow } from "../../src/template/addKpi";
import { insertTemplate } from "../../src/template/insert";
import { readTemplate } from "../../src/template/read";
import type { PlanFinding } from "../../src/template/findings";
import { FakeOfficeHost } from "../taskpane/fakeOfficeHost";


let dir: string;
const at = (name: string): string => join(dir, name);
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kpi-2568-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCHOOLS = { name: "ร้อยละของโรงเรียนในสังกัดที่จัดการเรียนรู้ด้วยเทคโนโลยีดิจิทัล", target: "ร้อยละ ๙๐", responsible: ["สนศ."] };

it("frameworks new → edit → check → template → pane insert and add → validate, without a shipped bma-2568-bureau", async () => {
  expect(findFramework("bma-2568-bureau")).toBeUndefined();
  expect((await kpi("frameworks", "new", "--from", "bma-2566-bureau", "--year", "2568", "-o", at("fy2568.json"))).code).toBe(0);

  // The central office edits the file: one Agenda Base KPI this year, a focus issue, a mid-year deadline.
  const fw = JSON.parse(readFileSync(at("fy2568.json"), "utf8")) as Record<string, unknown> & {
    components: { code: string; kpiCount: number }[];
    calendar: { deadlines: unknown[] };
  };
  (fw.components.find((c) => c.code === "2") as { kpiCount: number }).kpiCount = 1;
  fw.focusIssues = [{ no: 1, heading: "ยุทธศาสตร์ที่ ๓ การลดความเหลื่อมล้ำ", supportingKpis: [SCHOOLS] }];
  fw.calendar.deadlines.push({ kind: "midYear", date: "2025-04-30" });
  writeFileSync(at("fy2568.json"), JSON.stringify(fw, null, 2));
  const checked = await kpi("frameworks", "check", at("fy2568.json"));
  expect([checked.code, checked.out]).toEqual([0, expect.stringMatching(/bma-2568-bureau is valid/)]);

  expect((await kpi("template", "--framework", at("fy2568.json"), "--agency", "สนศ.", "-o", at("education.xlsx"))).code).toBe(0);
  const made = await readWorkbookFile(at("education.xlsx"));
  expect([made.frameworkSource, made.framework.id, made.issues]).toEqual(["stored", "bma-2568-bureau", []]);
  expect(made.framework.components.find((c) => c.code === "2")?.kpiCount).toBe(1);
  const direct = await kpi("validate", at("education.xlsx"), "--json");
  expect(direct.code).toBe(1);
  expect(JSON.parse(direct.out).findings.some((f: PlanFinding) => f.code === "FRAMEWORK_DIFFERS")).toBe(false);

  // The pane: the template in Excel, the agency's supporting KPI added as a component-1 KPI.
  const excel = new FakeOfficeHost();
  const host = createOfficeHost({ run: excel.run });
  await insertTemplate(host.workbook, made.plan, made.framework);
  const opened = await readTemplate(host.workbook);
  expect(opened.framework.id).toBe("bma-2568-bureau");
  const mine = focusKpisFor(opened.framework, opened.plan.agency);
  expect(mine.map((f) => f.kpi.name)).toEqual([SCHOOLS.name]);
  const added = await addKpiRow(host, "ข้อมูลแม่แบบ", { name: SCHOOLS.name, target: SCHOOLS.target, focusIssue: 1 });
  expect(added).toMatchObject({ how: "filled", id: "1-1" });
  const after = await readTemplate(host.workbook);
  expect(after.plan.kpis.find((k) => k.id === "1-1")).toMatchObject({ name: SCHOOLS.name, target: SCHOOLS.target, focusIssue: 1 });

  // kpi validate: the plan from Excel, against the file (it is no shipped framework).
  writeFileSync(at("plan.json"), JSON.stringify(after.plan, null, 2));
  const unknown = await kpi("validate", at("plan.json"));
  expect(unknown.code).toBe(2);
  expect(unknown.err).toMatch(/unknown framework "bma-2568-bureau"/);
  const checkedPlan = await kpi("validate", at("plan.json"), "--framework", at("fy2568.json"), "--json");
  expect(checkedPlan.code).toBe(1);
  const findings = JSON.parse(checkedPlan.out).findings as PlanFinding[];
  expect(findings.filter((f) => f.code === "FOCUS_ALIGNMENT")).toEqual([]);
  expect(findings.filter((f) => f.code === "COMPONENT_KPI_COUNT").map((f) => f.where.component)).toEqual(["1", "2"]);

  // And as a workbook again, checked against the framework stored in it.
  expect((await kpi("template", "--framework", at("fy2568.json"), "--from", at("plan.json"), "-o", at("final.xlsx"))).code).toBe(0);
  const final = await kpi("validate", at("final.xlsx"), "--json");
  expect(final.code).toBe(1);
  expect((JSON.parse(final.out).findings as PlanFinding[]).map((f) => f.code).sort()).toEqual(findings.map((f) => f.code).sort());
}, 120_000);
