// Reads a template workbook (.xlsx) made by `kpi template`, the add-in or `kpi import` through the
// one read every front-end uses (src/template/read.ts): plan, framework, metadata, seal, read
// issues and locate, so that findings name 'Sheet'!Cell. Loaded with import() by the commands that
// read a workbook: it brings exceljs.
import type { Framework } from "../core/schema/framework";
import { NotATemplateError, readTemplate, type TemplateRead } from "../template/read";
import { XlsxWorkbook } from "../xlsx/workbook";
import { readInput } from "./io";
import { CliError } from "./lang";

export async function readWorkbookFile(path: string, options: { framework?: Framework } = {}): Promise<TemplateRead> {
  const bytes = await readInput(path);
  let workbook: XlsxWorkbook;
  try {
    workbook = await XlsxWorkbook.fromBuffer(bytes);
  } catch (e) {
    throw new CliError(`${path} ไม่ใช่ไฟล์ .xlsx ที่อ่านได้ / ${path} is not a readable .xlsx file: ${(e as Error).message}`, 2);
  }
  try {
    return await readTemplate(workbook, options);
  } catch (e) {
    if (e instanceof NotATemplateError) throw new CliError(`${path}: ${e.message}`, 2);
    throw e;
  }
}
