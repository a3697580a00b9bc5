// The `kpi` command line run in-process, its output captured, and a temporary folder per suite.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Io } from "../../src/cli/io";
import { run } from "../../src/cli/main";

export interface Outcome {
  code: number;
  out: string;
  err: string;
}

export async function kpi(...argv: string[]): Promise<Outcome> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await run(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A fresh temporary folder for the suite (created in beforeAll, removed in afterAll). */
export function tempFolder(prefix: string): () => string {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return () => dir;
}

export const THAI = /[\u0E00-\u0E7F]/;
