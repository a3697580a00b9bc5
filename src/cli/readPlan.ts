import { extname } from "node:path";
import { findFramework, FRAMEWORKS } from "../core/frameworks";
import type { Framework } from "../core/schema/framework";
import { parsePlan, type Plan } from "../core/schema/plan";
import type { Where } from "../core/validation/finding";
import type { ReadIssue } from "../layout/types";
import type { SealReport } from "./seal";
import { readInput } from "./io";
import { CliError } from "./lang";

export interface LoadedPlan {
  plan: Plan;
  /** Maps a plan location to a sheet and cell when the plan came from a workbook. */
  locate?: (where: Where) => { sheet: string; cell: string } | undefined;
  /** Cells of a workbook that could not be read as part of the plan, with their sheet and cell. */
  issues?: ReadIssue[];
  /** The seal of "check before sending", for plans read from a workbook. */
  seal?: () => Promise<SealReport>;
}

export type PlanReader = (path: string) => Promise<LoadedPlan>;

/**
 * Readers by file extension; adapters for other formats (.xlsx) register here. The .xlsx reader
 * loads exceljs only when a workbook is read, so that commands without one start fast.
 */
export const READERS: Record<string, PlanReader> = {
  ".json": readJsonPlan,
  ".xlsx": async (path) => (await import("./readXlsx.js")).readXlsxPlan(path),
};

/** Reads a plan file of any supported kind, or fails with exit code 2 saying why and where. */
export async function loadPlan(path: string): Promise<LoadedPlan> {
  const reader = READERS[extname(path).toLowerCase()];
  if (!reader) {
    const known = Object.keys(READERS).join(", ");
    throw new CliError(`อ่านไฟล์ ${path} ไม่ได้: รองรับเฉพาะ ${known} / cannot read ${path}: only ${known} files are supported`, 2);
  }
  return reader(path);
}

export async function readJsonPlan(path: string): Promise<LoadedPlan> {
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
  return { plan: parsed.plan };
}

/** The framework named by --framework, else by the plan. */
export function resolveFramework(plan: Plan, override: string | undefined): Framework {
  const id = override ?? plan.framework;
  const fw = findFramework(id);
  if (!fw) {
    const known = FRAMEWORKS.map((f) => f.id).join(", ");
    throw new CliError(`ไม่รู้จักกรอบการประเมิน "${id}" (มี ${known}) / unknown framework "${id}" (known: ${known})`, 2);
  }
  return fw;
}
