// The worker thread of isolatedRead.ts: reads one plan file, checks it as `kpi validate` does and
// posts back the result as plain data (a thread can send no functions).
import { extname } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { useSchemaMessages } from "../core/schema/schemaMessages";
import { checkAnyPlan, checkTemplate } from "../template/check";
import type { IsolatedMessage, IsolatedRequest } from "./isolatedRead";
import { CliError } from "./lang";
import { loadPlan, resolveFramework, type LoadedPlan } from "./readPlan";
import { chosenTemplateNote, readWorkbookFile } from "./readXlsx";
import { sealReport } from "./seal";

useSchemaMessages();

/** A workbook read directly (what needs isolating, and no import() to resolve in a thread); others as usual. */
async function load({ path, framework, sheet }: IsolatedRequest): Promise<LoadedPlan> {
  if (extname(path).toLowerCase() !== ".xlsx") return loadPlan(path, { framework, sheet });
  const template = await readWorkbookFile(path, { ...(framework === undefined ? {} : { framework: resolveFramework(framework) }), ...(sheet === undefined ? {} : { sheet }) });
  return { source: "workbook", plan: template.plan, framework: template.framework, template, note: chosenTemplateNote(template) };
}

async function read(request: IsolatedRequest): Promise<IsolatedMessage> {
  const { path } = request;
  try {
    const loaded = await load(request);
    if (loaded.source === "workbook") {
      const check = await checkTemplate(loaded.template);
      const seal = await sealReport(loaded.template, check);
      return { ok: true, read: { plan: loaded.plan, framework: loaded.framework.id, findings: check.findings, seal, ...(loaded.note ? { note: loaded.note } : {}) } };
    }
    const check = checkAnyPlan({ plan: loaded.plan, framework: loaded.framework });
    return { ok: true, read: { plan: loaded.plan, framework: loaded.framework.id, findings: check.findings, seal: null } };
  } catch (e) {
    if (e instanceof CliError) return { ok: false, reason: e.message, exitCode: e.exitCode };
    const message = (e as Error).message ?? String(e);
    return { ok: false, reason: `อ่าน ${path} ไม่ได้: ${message} / cannot read ${path}: ${message}`, exitCode: 2 };
  }
}

void read(workerData as IsolatedRequest).then((message) => parentPort?.postMessage(message));
