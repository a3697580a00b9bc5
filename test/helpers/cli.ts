// The `kpi` command line in-process (run(argv, io)), its output gathered.
import type { Io } from "../../src/cli/io";
import { run } from "../../src/cli/main";

export async function kpi(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await run(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}
