import { readFile } from "node:fs/promises";
import { CliError } from "./lang";

/** Where the command line writes: the real streams, or buffers in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether standard output and standard error are a terminal (progress bars only then). */
  isTerminal?: () => boolean;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  isTerminal: () => process.stdout.isTTY === true && process.stderr.isTTY === true,
};

/** The bytes of an input file, or exit code 2 saying why it cannot be read. */
export async function readInput(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new CliError(`อ่านไฟล์ ${path} ไม่ได้ (${code}) / cannot read ${path} (${code})`, 2);
  }
}

/**
 * A reader that stops early (`kpi export plan.xlsx | head -1`) closes the pipe: the command ends
 * quietly, as Unix tools do, instead of dying of an unhandled EPIPE with a stack trace.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(process.exitCode ?? 0);
  });
}
