// The files kpi collect is given: every .xlsx and .json in a folder (and its sub-folders with
// --recursive), and files named one by one whatever their kind (a file that is no plan is then
// listed as unreadable with the reason). Excel's lock files (~$…) and hidden files are not
// agencies' plans and are left out; other files in a folder (PDF, Word) are counted as skipped.
import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { toThaiDigits } from "../../core/thai/digits";
import { CliError } from "../lang";

/** Plan files, and spreadsheets that are no .xlsx (listed with the reason they cannot be read). */
const TAKEN = new Set([".xlsx", ".json", ".xls", ".xlsm", ".xlsb", ".ods"]);

export interface Gathered {
  files: { path: string; modified: number; size: number }[];
  /** Files in the folders that are neither plans nor spreadsheets. */
  skipped: string[];
}

const hidden = (name: string): boolean => name.startsWith(".") || name.startsWith("~$");

export async function gatherFiles(paths: readonly string[], recursive: boolean): Promise<Gathered> {
  const files: Gathered["files"] = [];
  const skipped: string[] = [];
  const add = async (path: string): Promise<void> => {
    try {
      const s = await stat(path);
      files.push({ path, modified: s.mtimeMs, size: s.size });
    } catch {
      // Gone since it was listed: it is read like any other and its reason given.
      files.push({ path, modified: Date.now(), size: 0 });
    }
  };
  const walk = async (folder: string): Promise<void> => {
    const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name, "th"));
    for (const e of entries) {
      if (hidden(e.name)) continue;
      const path = join(folder, e.name);
      if (e.isDirectory()) {
        if (recursive) await walk(path);
      } else if (TAKEN.has(extname(e.name).toLowerCase())) await add(path);
      else skipped.push(path);
    }
  };
  for (const path of paths) {
    let s;
    try {
      s = await stat(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      throw new CliError(`อ่าน ${path} ไม่ได้ (${code}) / cannot read ${path} (${code})`, 2);
    }
    if (s.isDirectory()) await walk(path);
    else await add(path);
  }
  const seen = new Set<string>();
  const unique = files.filter((f) => (seen.has(f.path) ? false : (seen.add(f.path), true)));
  if (unique.length === 0) {
    const where = paths.join(", ");
    throw new CliError(
      `ไม่พบไฟล์แผน (.xlsx, .json) ใน ${where}${skipped.length > 0 ? ` (มีไฟล์อื่น ${toThaiDigits(skipped.length)} ไฟล์)` : ""}${recursive ? "" : " ลองใช้ --recursive ถ้าอยู่ในโฟลเดอร์ย่อย"} / ` +
        `no plan files (.xlsx, .json) in ${where}${skipped.length > 0 ? ` (${skipped.length} other file${skipped.length === 1 ? "" : "s"})` : ""}${recursive ? "" : "; use --recursive if they are in sub-folders"}`,
      2,
    );
  }
  return { files: unique, skipped };
}
