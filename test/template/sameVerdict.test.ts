// One read, one verdict: the same workbook given to the task pane's checker (through the Office.js
// adapter over the fake Excel) and to `kpi validate --json` (through the .xlsx adapter) gives the
// same findings in the same order — also when the framework stored in the workbook is not the
// shipped one of its id (a framework amended for this workbook), which both must use.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Io } from "../../src/cli/io";
import { run } from "../../src/cli/main";
import { findFramework } from "../../src/core/frameworks/shipped";
import type { Framework } from "../../src/core/schema/framework";
import type { Plan } from "../../src/core/schema/plan";
import { createOfficeHost } from "../../src/excel/host";
import { PlanChecker } from "../../src/taskpane/check/checker";
import { insertTemplate } from "../../src/template/insert";
import type { PlanFinding } from "../../src/template/findings";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { parsed, validPlan } from "../helpers/plan";
import { FakeOfficeHost } from "../taskpane/fakeOfficeHost";

const SHIPPED = findFramework("bma-2567-bureau") as Framework;

/** The same id, amended: 1.1 weighs 20 and 1.2 weighs 30 (the shipped framework: 30 and 20). */
function amended(): Framework {
  const fw = structuredClone(SHIPPED);
  const one = fw.components.find((c) => c.code === "1");
  const c11 = one?.children?.find((c) => c.code === "1.1");
  const c12 = one?.children?.find((c) => c.code === "1.2");
  if (!c11 || !c12) throw new Error("bma-2567-bureau has no 1.1 or 1.2");
  c11.weight = 20;
  c12.weight = 30;
  return fw;
}

/** A plan with problems of several kinds: a rule finding at a cell, one without, a warning. */
function plan(): Plan {
  const p = parsed(validPlan({ results: true }));
  const k = p.kpis.find((x) => x.id === "1.3-2");
  if (k) k.target = "ระดับ ๓";
  p.budgetTotal = 1;
  return p;
}

/** A stored framework the schema refuses: 1.1 weighs 31, so component 1's parts weigh 71, not 70 (the check then uses the shipped one). */
function unreadable(): Framework {
  const fw = structuredClone(SHIPPED);
  const c11 = fw.components.find((c) => c.code === "1")?.children?.find((c) => c.code === "1.1");
  if (!c11) throw new Error("bma-2567-bureau has no 1.1");
  c11.weight = 31;
  return fw;
}

const comparable = (f: Pick<PlanFinding, "code" | "severity" | "message" | "where">): unknown => ({ code: f.code, severity: f.severity, message: f.message, where: f.where });

async function paneFindings(framework: Framework): Promise<PlanFinding[]> {
  const excel = new FakeOfficeHost();
  const host = createOfficeHost({ run: excel.run });
  await insertTemplate(host.workbook, plan(), framework);
  const result = await new PlanChecker(host, "ข้อมูลแม่แบบ").full();
  return result.findings;
}

async function cliFindings(framework: Framework, dir: string): Promise<{ code: number; findings: PlanFinding[] }> {
  const wb = XlsxWorkbook.create();
  await insertTemplate(wb, plan(), framework);
  const file = join(dir, `${framework.components[0]?.children?.[0]?.weight}.xlsx`);
  writeFileSync(file, await wb.toBuffer());
  const out: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: () => undefined };
  const code = await run(["validate", file, "--json"], io);
  return { code, findings: (JSON.parse(out.join("\n")) as { findings: PlanFinding[] }).findings };
}

describe("the pane's checker and kpi validate", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "kpi-verdict-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["the shipped framework", SHIPPED],
    ["a framework of the same id amended in the workbook", amended()],
    ["a stored framework the schema refuses", unreadable()],
  ])("give the same findings in the same order, with %s", async (_, framework) => {
    const pane = await paneFindings(framework);
    const cli = await cliFindings(framework, dir);
    expect(cli.findings.map(comparable)).toEqual(pane.map(comparable));
    expect(pane.length).toBeGreaterThanOrEqual(2);
    expect(cli.code).toBe(pane.some((f) => f.severity === "error") ? 1 : 0);
  });

  it("check the amended workbook against its stored framework, not the shipped one", async () => {
    const pane = await paneFindings(amended());
    const weights = pane.filter((f) => f.code === "COMPONENT_WEIGHT").map((f) => f.where.component);
    expect(weights).toEqual(["1.1", "1.2"]);
    const shipped = await paneFindings(SHIPPED);
    expect(shipped.filter((f) => f.code === "COMPONENT_WEIGHT")).toEqual([]);
    const cli = await cliFindings(amended(), dir);
    expect(cli.findings.filter((f) => f.code === "COMPONENT_WEIGHT").map((f) => f.where.component)).toEqual(["1.1", "1.2"]);
  });

  it("both warn that the stored framework differs from the shipped one, in the same words", async () => {
    const says = (findings: readonly PlanFinding[]): unknown[] => findings.filter((f) => f.code === "FRAMEWORK_DIFFERS").map(comparable);
    const pane = says(await paneFindings(amended()));
    expect(pane).toHaveLength(1);
    expect(JSON.stringify(pane)).toMatch(/stored in this workbook \(the one agreed\) differs from the one shipped with the program \(in: components, KPI counts and weights\)/);
    expect(says((await cliFindings(amended(), dir)).findings)).toEqual(pane);
    expect(says(await paneFindings(SHIPPED))).toEqual([]);
  });

  it("both say, in the same words, that a stored framework cannot be read and which one they used", async () => {
    const says = (findings: readonly PlanFinding[]): unknown[] => findings.filter((f) => f.code.startsWith("FRAMEWORK_")).map(comparable);
    const pane = says(await paneFindings(unreadable()));
    expect(JSON.stringify(pane)).toMatch(/cannot be read \(components\.0: .*children of 1 weigh 71, not 70\); checked against the shipped framework bma-2567-bureau/);
    expect(pane).toHaveLength(1);
    expect(says((await cliFindings(unreadable(), dir)).findings)).toEqual(pane);
  });
});
