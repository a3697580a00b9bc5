// Reads any plan file the command line takes — kpi-plan JSON, or a template workbook (.xlsx) — with
// the framework it is checked against, so every command that reads a plan reads it the same way.
// A workbook is checked against the framework stored in it (as it was agreed); JSON against the
// shipped framework its `framework` field names; --framework overrides both.
import { extname } from "node:path";
import { findFramework, FRAMEWORKS } from "../core/frameworks";
import type { Framework } from "../core/schema/framework";
import { parsePlan, type Plan } from "../core/schema/plan";
import type { TemplateRead } from "../template/read";
import { readInput } from "./io";
import { CliError } from "./lang";

export type LoadedPlan =
  | { source: "json"; plan: Plan; framework: Framework }
  | { source: "workbook"; plan: Plan; framework: Framework; template: TemplateRead };

export interface LoadOptions {
  /** --framework: check against this framework instead of the plan's own. */
  framework?: string | undefined;
}

type Reader = (path: string, framework: Framework | undefined) => Promise<LoadedPlan>;

/**
 * Readers by file extension. The .xlsx reader loads exceljs only when a workbook is read, so that
 * commands without one start fast.
 */
const READERS: Record<string, Reader> = {
  ".json": async (path, given) => {
    const plan = await readJsonPlan(path);
    return { source: "json", plan, framework: given ?? resolveFramework(plan.framework) };
  },
  ".xlsx": async (path, given) => {
    const template = await (await import("./readXlsx.js")).readWorkbookFile(path, given ? { framework: given } : {});
    return { source: "workbook", plan: template.plan, framework: template.framework, template };
  },
};

/** Reads a plan file of any supported kind, or fails with exit code 2 saying why and where. */
export async function loadPlan(path: string, options: LoadOptions = {}): Promise<LoadedPlan> {
  const reader = READERS[extname(path).toLowerCase()];
  if (!reader) {
    const known = Object.keys(READERS).join(", ");
    throw new CliError(`อ่านไฟล์ ${path} ไม่ได้: รองรับเฉพาะ ${known} / cannot read ${path}: only ${known} files are supported`, 2);
  }
  return reader(path, options.framework === undefined ? undefined : resolveFramework(options.framework));
}

export async function readJsonPlan(path: string): Promise<Plan> {
  const text = (await readInput(path)).toString("utf8");
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new CliError(`${path} ไม่ใช่ JSON ที่ถูกต้อง / ${path} is not valid JSON: ${(e as Error).message}`, 2);
  }
  const parsed = parsePlan(json);
  if (!parsed.ok) {
    const lines = parsed.problems.slice(0, 20).map((p) => `  ${p.path || "(root)"}: ${p.message}`);
    throw new CliError(
      `${path} ไม่ใช่แผนตัวชี้วัดรูปแบบ kpi-plan v1 / ${path} is not a kpi-plan v1 document:\n${lines.join("\n")}`,
      2,
    );
  }
  return parsed.plan;
}

/** A shipped framework by id, or exit code 2 naming the id and the known ones. */
export function resolveFramework(id: string): Framework {
  const fw = findFramework(id);
  if (!fw) {
    const known = FRAMEWORKS.map((f) => f.id).join(", ");
    throw new CliError(`ไม่รู้จักกรอบการประเมิน "${id}" (มี ${known}) / unknown framework "${id}" (known: ${known})`, 2);
  }
  return fw;
}

/** The problems met reading a workbook's cells (none for JSON). */
export const readIssuesOf = (loaded: LoadedPlan): TemplateRead["issues"] => (loaded.source === "workbook" ? loaded.template.issues : []);
