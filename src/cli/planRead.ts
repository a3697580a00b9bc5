// One plan file read and checked as `kpi validate` checks it, as plain data (a worker thread can
// send back no functions): the plan, the framework it was checked against, the findings in the
// order validate lists them, the seal. Used by the worker threads of isolatedRead.ts and, one file
// after another, in the command's own thread.
import { extname } from "node:path";
import type { Framework } from "../core/schema/framework";
import type { Plan } from "../core/schema/plan";
import { checkAnyPlan, checkTemplate } from "../template/check";
import type { PlanFinding } from "../template/findings";
import { CliError } from "./lang";
import { readJsonPlan, resolveFramework, type LoadedPlan } from "./readPlan";
import { chosenTemplateNote, readWorkbookFile } from "./readXlsx";
import { sealReport, type SealReport } from "./seal";

/** What `kpi validate --json` reports of a file (findings and seal), with the plan, as plain data. */
export interface IsolatedRead {
  plan: Plan;
  /** The id of the framework the plan was checked against. */
  framework: string;
  /** That framework itself (a workbook's stored one, as agreed). */
  checkedAgainst: Framework;
  /** Rule findings and problems met reading cells, in the order kpi validate lists them. */
  findings: PlanFinding[];
  /** For a workbook; null for JSON. */
  seal: SealReport | null;
}

export type IsolatedOutcome = { ok: true; read: IsolatedRead } | { ok: false; reason: string; exitCode: number };

/** A file to read, and the framework to read it with. */
export interface IsolatedRequest {
  path: string;
  /** --framework of kpi validate: check against this framework (an id or a file) instead of the plan's own. */
  framework?: string | undefined;
  /**
   * A framework (an id or a file) for JSON plans that name its id: JSON carries no framework of its
   * own, so a plan of a year's framework file is checked against that file. Workbooks keep theirs.
   */
  planFramework?: string | undefined;
}

async function load({ path, framework, planFramework }: IsolatedRequest): Promise<LoadedPlan> {
  const given = framework === undefined ? undefined : resolveFramework(framework);
  if (extname(path).toLowerCase() === ".xlsx") {
    const template = await readWorkbookFile(path, given ? { framework: given } : {});
    return { source: "workbook", plan: template.plan, framework: template.framework, template, note: chosenTemplateNote(template) };
  }
  if (extname(path).toLowerCase() !== ".json") {
    throw new CliError(`อ่านไฟล์ ${path} ไม่ได้: รองรับเฉพาะ .json, .xlsx / cannot read ${path}: only .json, .xlsx files are supported`, 2);
  }
  const plan = await readJsonPlan(path);
  const own = planFramework === undefined ? undefined : resolveFramework(planFramework);
  return { source: "json", plan, framework: given ?? (own && own.id === plan.framework ? own : resolveFramework(plan.framework)) };
}

/** Reads and checks one file; never throws (a file that cannot be read gives its reason). */
export async function readPlanFile(request: IsolatedRequest): Promise<IsolatedOutcome> {
  try {
    const loaded = await load(request);
    if (loaded.source === "workbook") {
      const check = await checkTemplate(loaded.template);
      const read = { plan: loaded.plan, framework: loaded.framework.id, checkedAgainst: loaded.framework, findings: check.findings, seal: await sealReport(loaded.template, check) };
      return { ok: true, read };
    }
    const check = checkAnyPlan({ plan: loaded.plan, framework: loaded.framework });
    return { ok: true, read: { plan: loaded.plan, framework: loaded.framework.id, checkedAgainst: loaded.framework, findings: check.findings, seal: null } };
  } catch (e) {
    if (e instanceof CliError) return { ok: false, reason: e.message, exitCode: e.exitCode };
    const message = (e as Error).message ?? String(e);
    return { ok: false, reason: `อ่าน ${request.path} ไม่ได้: ${message} / cannot read ${request.path}: ${message}`, exitCode: 2 };
  }
}
