// Reads a plan from an .xlsx workbook made from a template (kpi template, the add-in, kpi import):
// the READERS entry for ".xlsx". Findings of `kpi validate` then name 'Sheet'!Cell.
import { readFile } from "node:fs/promises";
import type { ReadIssue, WorkbookPlan } from "../layout/types";
import { NotATemplateError, readTemplate } from "../workbook/template";
import { XlsxWorkbook } from "../xlsx/workbook";
import { CliError } from "./lang";
import type { LoadedPlan } from "./readPlan";

/** The whole read: plan, locate, the problems met in cells, and the evaluators' notes. */
export async function readXlsxTemplate(path: string): Promise<WorkbookPlan> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new CliError(`อ่านไฟล์ ${path} ไม่ได้ (${code}) / cannot read ${path} (${code})`, 2);
  }
  let workbook: XlsxWorkbook;
  try {
    workbook = await XlsxWorkbook.fromBuffer(bytes);
  } catch (e) {
    throw new CliError(`${path} ไม่ใช่ไฟล์ .xlsx ที่อ่านได้ / ${path} is not a readable .xlsx file: ${(e as Error).message}`, 2);
  }
  try {
    return await readTemplate(workbook);
  } catch (e) {
    if (e instanceof NotATemplateError) throw new CliError(`${path}: ${e.message}`, 2);
    throw e;
  }
}

/** A read problem as one line: "! CODE  'Sheet'!B7  Thai / English". */
export function issueLine(issue: ReadIssue): string {
  const mark = issue.severity === "error" ? "✗" : "!";
  const where = `'${issue.where.sheet}'!${issue.where.cell}`;
  return `${mark} ${issue.code.padEnd(20)} ${where.padEnd(28)} ${issue.message.th} / ${issue.message.en}`;
}

/**
 * The READERS entry. Problems met in cells go to standard error (every command that reads a
 * workbook shows them), and ride along as `issues` for callers that want them.
 */
export async function readXlsxPlan(path: string): Promise<LoadedPlan & { issues: ReadIssue[] }> {
  const read = await readXlsxTemplate(path);
  for (const issue of read.issues) process.stderr.write(`${issueLine(issue)}\n`);
  return { plan: read.plan, locate: read.locate, issues: read.issues };
}
