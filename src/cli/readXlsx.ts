// Reads a template workbook (.xlsx) made by `kpi template`, the add-in or `kpi import` through the
// one read every front-end uses (src/template/read.ts): plan, framework, metadata, seal, read
// issues and locate, so that findings name 'Sheet'!Cell. Loaded with import() by the commands that
// read a workbook: it brings exceljs.
import type { Framework } from "../core/schema/framework";
import { toThaiDigits } from "../core/thai/digits";
import { formulaIssues } from "../template/formulas";
import { NotATemplateError, readTemplate, SeveralTemplatesError, type TemplateRead, type TemplateRef } from "../template/read";
import { XlsxWorkbook } from "../xlsx/workbook";
import { readInput } from "./io";
import { CliError } from "./lang";

/** An OLE compound file (D0 CF 11 E0): a password-protected workbook, or one in the old .xls format. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export interface WorkbookFileOptions {
  framework?: Framework;
  /** --sheet: the template to read, by its metadata sheet or any of its sheets. */
  sheet?: string;
  /** To change the workbook and write it again (else it is opened to be read only, faster). */
  writable?: boolean;
}

export async function readWorkbookFile(path: string, options: WorkbookFileOptions = {}): Promise<TemplateRead & { templates: TemplateRef[] }> {
  return (await openWorkbookFile(path, options)).template;
}

/** A workbook file opened: its bytes as read, the workbook and its one read. */
export interface OpenWorkbook {
  bytes: Uint8Array;
  workbook: XlsxWorkbook;
  template: TemplateRead & { templates: TemplateRef[] };
}

/** Opens a workbook file; `writable` to change it and write it again (else it is opened to be read only, faster). */
export async function openWorkbookFile(path: string, options: WorkbookFileOptions = {}): Promise<OpenWorkbook> {
  const bytes = await readInput(path);
  if (bytes.length === 0) throw new CliError(`${path} เป็นไฟล์ว่าง (๐ ไบต์) / ${path} is empty (0 bytes)`, 2);
  if (OLE.every((b, i) => bytes[i] === b)) {
    throw new CliError(
      `${path} ถูกตั้งรหัสผ่านหรือเป็นไฟล์ Excel รุ่นเก่า (.xls) จึงอ่านไม่ได้: ให้บันทึกเป็น .xlsx โดยไม่ตั้งรหัสผ่านแล้วส่งใหม่ / ` +
        `${path} is password-protected or an old-format (.xls) workbook: save it as .xlsx without a password and send it again`,
      2,
    );
  }
  let workbook: XlsxWorkbook;
  try {
    workbook = await XlsxWorkbook.fromBuffer(bytes, { readOnly: options.writable !== true });
  } catch (e) {
    throw new CliError(`${path} ไม่ใช่ไฟล์ .xlsx ที่อ่านได้ / ${path} is not a readable .xlsx file: ${(e as Error).message}`, 2);
  }
  try {
    const template = await readTemplate(workbook, {
      compareFormulas: formulaIssues,
      ...(options.framework ? { framework: options.framework } : {}),
      ...(options.sheet !== undefined ? { metaSheet: options.sheet } : {}),
    });
    return { bytes, workbook, template };
  } catch (e) {
    if (e instanceof SeveralTemplatesError) throw new CliError(severalTemplates(path, e.templates), 2);
    if (e instanceof NotATemplateError) throw new CliError(`${path}: ${e.message}`, 2);
    throw e;
  }
}

/** One template as the command line names it: agency · framework · year · sealed. */
const describe = (t: TemplateRef): string =>
  [t.agency, t.framework, t.fiscalYear === null ? "" : `${toThaiDigits(t.fiscalYear)} / FY${t.fiscalYear}`, t.sealed ? "มีตราตรวจสอบ / sealed" : ""].filter(Boolean).join(" · ");

/** Refusing a workbook of several templates read without --sheet: each listed with the --sheet that reads it. */
function severalTemplates(path: string, templates: readonly TemplateRef[]): string {
  const n = templates.length;
  const width = Math.max(...templates.map((t) => t.meta.length)) + 2;
  return [
    `${path}: สมุดงานนี้มีแม่แบบ ${toThaiDigits(n)} ชุด ระบุชุดที่จะอ่านด้วย --sheet / this workbook holds ${n} templates: say which one to read with --sheet`,
    ...templates.map((t) => `  --sheet ${`"${t.meta}"`.padEnd(width)}  ${describe(t)}`),
  ].join("\n");
}

/** When the workbook holds several templates: which one was read (the command line says so on standard error). */
export function chosenTemplateNote(read: TemplateRead & { templates: readonly TemplateRef[] }): string | null {
  const n = read.templates.length;
  if (n < 2) return null;
  const chosen = read.templates.find((t) => t.meta === read.meta.metaSheet);
  const what = `"${read.meta.metaSheet}"${chosen ? ` (${describe(chosen)})` : ""}`;
  return `! สมุดงานนี้มีแม่แบบ ${toThaiDigits(n)} ชุด อ่านชุด ${what} / this workbook holds ${n} templates; read ${what}`;
}
