// Reads a template workbook (.xlsx) made by `kpi template`, the add-in or `kpi import` through the
// one read every front-end uses (src/template/read.ts): plan, framework, metadata, seal, read
// issues and locate, so that findings name 'Sheet'!Cell. Loaded with import() by the commands that
// read a workbook: it brings exceljs.
import type { Framework } from "../core/schema/framework";
import { NotATemplateError, readTemplate, type TemplateRead } from "../template/read";
import { XlsxWorkbook } from "../xlsx/workbook";
import { readInput } from "./io";
import { CliError } from "./lang";

/** An OLE compound file (D0 CF 11 E0): a password-protected workbook, or one in the old .xls format. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export async function readWorkbookFile(path: string, options: { framework?: Framework } = {}): Promise<TemplateRead> {
  return (await openWorkbookFile(path, options)).template;
}

/** A workbook file opened: its bytes as read, the workbook and its one read. */
export interface OpenWorkbook {
  bytes: Uint8Array;
  workbook: XlsxWorkbook;
  template: TemplateRead;
}

/** Opens a workbook file; `writable` to change it and write it again (else it is opened to be read only, faster). */
export async function openWorkbookFile(path: string, options: { framework?: Framework; writable?: boolean } = {}): Promise<OpenWorkbook> {
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
    return { bytes, workbook, template: await readTemplate(workbook, options.framework ? { framework: options.framework } : {}) };
  } catch (e) {
    if (e instanceof NotATemplateError) throw new CliError(`${path}: ${e.message}`, 2);
    throw e;
  }
}
