// Files the command line writes: never over an existing file without --force, never half a file.
import { existsSync } from "node:fs";
import { writeWhole } from "./commands/import";
import { CliError } from "./lang";

/** Refuses to replace a file unless --force: nothing a user made is lost. */
export function guardOutput(path: string, force: boolean | undefined): void {
  if (!force && existsSync(path)) {
    throw new CliError(`มีไฟล์ ${path} อยู่แล้ว จึงไม่เขียนทับ (ใช้ --force ถ้าต้องการแทนที่) / ${path} exists; not overwritten (use --force to replace it)`, 2);
  }
}

/** Writes a whole new file (never half of one), over an existing file only with `force`; exit 2 saying why it could not. */
export async function writeNewFile(path: string, data: Uint8Array | string, force: boolean): Promise<void> {
  try {
    await writeWhole(path, data, force);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    if (code === "EEXIST") guardOutput(path, false);
    throw new CliError(`เขียนไฟล์ ${path} ไม่ได้ (${code}) / cannot write ${path} (${code})`, 2);
  }
}
