// Reads any plan file the command line takes — kpi-plan JSON, or a template workbook (.xlsx) — with
// the framework it is checked against, so every command that reads a plan reads it the same way.
// A workbook is checked against the framework stored in it (as it was agreed); JSON against the
// shipped framework its `framework` field names; --framework (a shipped id or a framework file,
// resolved by resolveFramework) overrides both.
import { existsSync, readFileSync } from "node:fs";
import { extname } from "node:path";
import { findFramework, FRAMEWORKS } from "../core/frameworks/shipped";
import { parseFramework, type FrameworkProblem } from "../core/frameworks/check";
import type { Framework } from "../core/schema/framework";
import { parsePlan, type Plan } from "../core/schema/plan";
import type { TemplateRead } from "../template/read";
import type { OpenWorkbook } from "./readXlsx";
import { readInput } from "./io";
import { CliError } from "./lang";

export type LoadedPlan =
  | { source: "json"; plan: Plan; framework: Framework }
  | {
      source: "workbook";
      plan: Plan;
      framework: Framework;
      template: TemplateRead;
      /** Which template was read, when the workbook holds several (for standard error). */
      note: string | null;
      /** With `writable`: the file's bytes and the workbook they hold, for a command that writes into it (import --into). */
      file?: OpenWorkbook;
    };

export interface LoadOptions {
  /** --framework: check against this framework instead of the plan's own. */
  framework?: string | undefined;
  /** --sheet: which template of a workbook to read (its metadata sheet or any of its sheets). */
  sheet?: string | undefined;
  /** Told which template was read when a workbook holds several (the commands' standard error). */
  warn?: (line: string) => void;
  /** A workbook is opened to be changed and written again (slower than opening it to be read). */
  writable?: boolean;
}

/** The --sheet option of every command that reads a workbook. */
export const SHEET_OPTION = [
  "--sheet <name>",
  "แม่แบบที่จะอ่านเมื่อสมุดงานมีหลายชุด: แผ่นงานข้อมูลแม่แบบหรือแผ่นงานใดของแม่แบบนั้น / the template to read when a workbook holds several: its metadata sheet or any of its sheets",
] as const;

type Reader = (path: string, framework: Framework | undefined, sheet: string | undefined, writable: boolean) => Promise<LoadedPlan>;

/**
 * Readers by file extension. The .xlsx reader loads exceljs only when a workbook is read, so that
 * commands without one start fast.
 */
const READERS: Record<string, Reader> = {
  ".json": async (path, given, sheet) => {
    if (sheet !== undefined) throw new CliError(`--sheet ใช้กับสมุดงาน (.xlsx) เท่านั้น: ${path} / --sheet is for workbooks (.xlsx) only: ${path}`, 2);
    const plan = await readJsonPlan(path);
    return { source: "json", plan, framework: given ?? resolveFramework(plan.framework) };
  },
  ".xlsx": async (path, given, sheet, writable) => {
    const { openWorkbookFile, chosenTemplateNote } = await import("./readXlsx.js");
    const file = await openWorkbookFile(path, { ...(given ? { framework: given } : {}), ...(sheet !== undefined ? { sheet } : {}), writable });
    const { template } = file;
    return { source: "workbook", plan: template.plan, framework: template.framework, template, note: chosenTemplateNote(template), ...(writable ? { file } : {}) };
  },
};

/** Reads a plan file of any supported kind, or fails with exit code 2 saying why and where. */
export async function loadPlan(path: string, options: LoadOptions = {}): Promise<LoadedPlan> {
  const reader = READERS[extname(path).toLowerCase()];
  if (!reader) {
    const known = Object.keys(READERS).join(", ");
    throw new CliError(`อ่านไฟล์ ${path} ไม่ได้: รองรับเฉพาะ ${known} / cannot read ${path}: only ${known} files are supported`, 2);
  }
  const loaded = await reader(path, options.framework === undefined ? undefined : resolveFramework(options.framework), options.sheet, options.writable === true);
  if (loaded.source === "workbook" && loaded.note) options.warn?.(loaded.note);
  return loaded;
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

/**
 * The framework `--framework` names, for every command that takes it: a shipped id
 * ("bma-2567-bureau"), or a framework file the central office edited (validated by the schema,
 * every problem listed with its JSON path); otherwise exit code 2 naming the known ids.
 */
export function resolveFramework(spec: string): Framework {
  const shipped = findFramework(spec);
  if (shipped) return shipped;
  if (/\.json$/i.test(spec) || /[\\/]/.test(spec) || existsSync(spec)) return readFrameworkFile(spec);
  const known = FRAMEWORKS.map((f) => f.id).join(", ");
  throw new CliError(
    `ไม่รู้จักกรอบการประเมิน "${spec}" (มี ${known} หรือระบุไฟล์ .json) / unknown framework "${spec}" (known: ${known}, or give a .json file)`,
    2,
  );
}

/** A framework file's JSON, or exit code 2 saying why it cannot be read. */
export function readFrameworkJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new CliError(`อ่านไฟล์ ${path} ไม่ได้ (${code}) / cannot read ${path} (${code})`, 2);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new CliError(`${path} ไม่ใช่ JSON ที่ถูกต้อง / ${path} is not valid JSON: ${(e as Error).message}`, 2);
  }
}

/** "  components[0].weight: ไทย / English", one line per problem. */
export const problemLines = (problems: readonly FrameworkProblem[]): string[] =>
  problems.map((p) => `  ${p.path || "(root)"}: ${p.message.th} / ${p.message.en}`);

/** A framework file checked by the schema, or exit code 2 listing every problem with its path. */
export function readFrameworkFile(path: string): Framework {
  const { framework, problems } = parseFramework(readFrameworkJson(path));
  if (framework) return framework;
  throw new CliError(
    `${path} ไม่ใช่กรอบการประเมินที่ใช้ได้ (ตรวจด้วย kpi frameworks check) / ${path} is not a usable framework (see kpi frameworks check):\n${problemLines(problems).join("\n")}`,
    2,
  );
}

/** The problems met reading a workbook's cells (none for JSON). */
export const readIssuesOf = (loaded: LoadedPlan): TemplateRead["issues"] => (loaded.source === "workbook" ? loaded.template.issues : []);
