// One workbook read in a worker thread with a time and memory limit, as `kpi collect` will read
// files from 77 senders: the same result as reading in-process, or a clear reason — a hostile
// file, a read past its memory or past its time — and the caller carries on.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { readIsolated } from "../../src/cli/isolatedRead";
import { HOSTILE, templateBytes } from "../xlsx/hostile";
import { kpi, tempFolder, THAI } from "../helpers/cli";

const folder = tempFolder("kpi-isolated-");

async function file(name: string, bytes: Uint8Array | Promise<Uint8Array>): Promise<string> {
  const path = join(folder(), name);
  writeFileSync(path, await bytes);
  return path;
}

const hostile = (name: string): Promise<Uint8Array> => (HOSTILE.find((h) => h.name === name) as (typeof HOSTILE)[number]).build();

describe("readIsolated", () => {
  it("gives what kpi validate --json gives in-process (findings, seal), with the plan and its framework", async () => {
    const path = await file("plain.xlsx", templateBytes());
    const outcome = await readIsolated(path);
    const validated = JSON.parse((await kpi("validate", path, "--json")).out) as { findings: object[]; seal: unknown };
    const exported = JSON.parse((await kpi("export", path)).out) as unknown;
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.read.findings.map(({ key: _key, ...f }) => f)).toEqual(validated.findings);
    expect(outcome.read.seal).toEqual(validated.seal);
    expect(JSON.parse(JSON.stringify(outcome.read.plan))).toEqual(exported);
    expect(outcome.read.framework).toBe("bma-2567-bureau");
  });

  it("reads a hostile file that reading can neutralise (a merged range over 1.7 × 10¹⁰ cells)", async () => {
    const outcome = await readIsolated(await file("merged.xlsx", hostile("merged-range")));
    expect(outcome.ok && outcome.read.plan.kpis.length).toBe(3);
  }, 60_000);

  it.each(["far-cell", "zip-bomb"])("refuses the hostile file %s with the reason, exit code 2", async (name) => {
    const outcome = await readIsolated(await file(`${name}.xlsx`, hostile(name)));
    expect(outcome).toMatchObject({ ok: false, exitCode: 2, reason: expect.stringMatching(/past the limit/) });
    expect(!outcome.ok && outcome.reason).toMatch(THAI);
  }, 60_000);

  it("stops a read that needs more memory than allowed, saying so", async () => {
    const outcome = await readIsolated(await file("memory.xlsx", templateBytes()), { limits: { memoryMb: 8 } });
    expect(outcome).toEqual({ ok: false, exitCode: 2, reason: expect.stringMatching(/ต้องใช้หน่วยความจำเกิน ๘ MB.* \/ reading .* needed more than 8 MB of memory and was stopped$/) });
  }, 60_000);

  it("stops a read that takes longer than allowed, saying so", async () => {
    const outcome = await readIsolated(await file("slow.xlsx", templateBytes()), { limits: { timeoutMs: 20 } });
    expect(outcome).toEqual({ ok: false, exitCode: 2, reason: expect.stringMatching(/took longer than 0.02 s and was stopped$/) });
  }, 60_000);

  it("says why a missing file or one that is no workbook cannot be read", async () => {
    expect(await readIsolated(join(folder(), "missing.xlsx"))).toMatchObject({ ok: false, exitCode: 2, reason: expect.stringMatching(/ENOENT/) });
    const junk = await file("junk.xlsx", new Uint8Array([1, 2, 3]));
    expect(await readIsolated(junk)).toMatchObject({ ok: false, exitCode: 2, reason: expect.stringMatching(/not a readable \.xlsx file/) });
  }, 60_000);
});
