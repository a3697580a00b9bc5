// Nothing a user made is lost: every output of the command line is written whole or not at all,
// never over an existing file without --force (also when two commands race), and every failure
// is one line in Thai and English with exit 2. Disk failures are injected; a real file-size limit
// (ulimit -f), a killed writer and a closed pipe run as real processes.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import * as fsp from "node:fs/promises";
import { join, resolve } from "node:path";
import { writeOutput, type OutputFs, type TempHandle } from "../../src/cli/output";
import { CliError } from "../../src/cli/lang";
import { kpi, tempFolder, THAI } from "../helpers/cli";
import { rejection } from "../helpers/rejection";

const ROOT = resolve(__dirname, "../..");
const CHILD = (name: string): string[] => ["-r", "@swc-node/register", join(__dirname, "children", name)];
const PLAN = join(ROOT, "test/fixtures/plans/fy2567-with-results.json");
const folder = tempFolder("kpi-output-");

let n = 0;
/** A fresh sub-folder, so that "no temporary file remains" can look at everything in it. */
function fresh(): string {
  const dir = join(folder(), `case-${++n}`);
  mkdirSync(dir);
  return dir;
}

const GOOD = "the good file the user made\n";
const failure = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: injected`), { code });

/** node:fs/promises with the temporary file's handle changed by `handle` (e.g. a full disk). */
function failing(handle: (real: fsp.FileHandle) => Partial<TempHandle>, more: Partial<OutputFs> = {}): OutputFs {
  return {
    ...(fsp as unknown as OutputFs),
    open: async (path, flags, mode) => {
      const real = await fsp.open(path, flags, mode);
      return {
        writeFile: (data) => real.writeFile(data),
        chmod: (m) => real.chmod(m),
        sync: () => real.sync(),
        close: () => real.close(),
        ...handle(real),
      };
    },
    ...more,
  };
}

const refusal = (promise: Promise<unknown>): Promise<CliError> => rejection(promise, CliError);

function expectOneBilingualLine(e: { exitCode: number; message: string }, reason: RegExp): void {
  expect(e.exitCode).toBe(2);
  expect(e.message).toMatch(reason);
  expect(e.message).toMatch(THAI);
  expect(e.message).not.toMatch(/\n|\bat \w+ \(|Error:/);
}

describe("writeOutput", () => {
  it("writes a new file whole, and leaves nothing else in the folder", async () => {
    const dir = fresh();
    await writeOutput(join(dir, "plan.json"), "{}\n");
    expect(readdirSync(dir)).toEqual(["plan.json"]);
    expect(readFileSync(join(dir, "plan.json"), "utf8")).toBe("{}\n");
  });

  it("never replaces a file without force; with force replaces it whole, keeping its permissions", async () => {
    const dir = fresh();
    const path = join(dir, "plan.json");
    writeFileSync(path, GOOD);
    chmodSync(path, 0o640);
    expectOneBilingualLine(await refusal(writeOutput(path, "new")), /exists; not overwritten \(use --force/);
    expect(readFileSync(path, "utf8")).toBe(GOOD);
    await writeOutput(path, "new", { force: true });
    expect(readFileSync(path, "utf8")).toBe("new");
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(["plan.json"]);
  });

  it.each([
    ["a full disk while writing", "ENOSPC", /the disk is full; any existing file is as it was/],
    ["a quota used up", "EDQUOT", /quota/],
    ["an input/output error", "EIO", /input\/output error/],
  ])("%s: exit 2 in one line, the old file intact, no temporary file", async (_what, code, reason) => {
    const dir = fresh();
    const path = join(dir, "plan.xlsx");
    writeFileSync(path, GOOD);
    // Half the bytes reach the disk, then it fails, as a full disk does.
    const fs = failing((real) => ({
      writeFile: async (data) => {
        await real.write(Buffer.from(data).subarray(0, 10));
        throw failure(code);
      },
    }));
    expectOneBilingualLine(await refusal(writeOutput(path, Buffer.alloc(1000, 1), { force: true, fs })), reason);
    expect(readFileSync(path, "utf8")).toBe(GOOD);
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
  });

  it("a failure to flush or to rename also leaves the old file and no temporary file", async () => {
    const dir = fresh();
    const path = join(dir, "plan.json");
    writeFileSync(path, GOOD);
    const noSync = failing(() => ({ sync: () => Promise.reject(failure("EIO")) }));
    expectOneBilingualLine(await refusal(writeOutput(path, "new", { force: true, fs: noSync })), /input\/output error/);
    const noRename = failing(() => ({}), { rename: () => Promise.reject(failure("ENOSPC")) });
    expectOneBilingualLine(await refusal(writeOutput(path, "new", { force: true, fs: noRename })), /disk is full/);
    expect(readFileSync(path, "utf8")).toBe(GOOD);
    expect(readdirSync(dir)).toEqual(["plan.json"]);
  });

  it("no permission: exit 2 saying so (injected, since root may write anywhere)", async () => {
    const dir = fresh();
    const fs: OutputFs = { ...(fsp as unknown as OutputFs), open: () => Promise.reject(failure("EACCES")) };
    expectOneBilingualLine(await refusal(writeOutput(join(dir, "plan.json"), "{}", { fs })), /no permission to write in/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("two writers racing for one name without force: exactly one wins, the other is refused", async () => {
    const dir = fresh();
    const path = join(dir, "plan.json");
    // Both get past every check before either takes the name: only the last step decides.
    let arrived = 0;
    let release: () => void = () => undefined;
    const both = new Promise<void>((r) => (release = r));
    const fs: OutputFs = {
      ...(fsp as unknown as OutputFs),
      link: async (from, to) => {
        if (++arrived === 2) release();
        await both;
        await fsp.link(from, to);
      },
    };
    const results = await Promise.allSettled([writeOutput(path, "first", { fs }), writeOutput(path, "second", { fs })]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const winner = results[0]?.status === "fulfilled" ? "first" : "second";
    expect(readFileSync(path, "utf8")).toBe(winner);
    const lost = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(String(lost?.reason)).toMatch(/exists; not overwritten/);
    expect(readdirSync(dir)).toEqual(["plan.json"]);
  });

  it("a file system without hard links: still exclusive, still whole", async () => {
    const dir = fresh();
    const path = join(dir, "plan.json");
    const fs: OutputFs = { ...(fsp as unknown as OutputFs), link: () => Promise.reject(failure("EPERM")) };
    await writeOutput(path, "whole", { fs });
    expect(readFileSync(path, "utf8")).toBe("whole");
    expectOneBilingualLine(await refusal(writeOutput(path, "again", { fs })), /exists; not overwritten/);
    expect(readdirSync(dir)).toEqual(["plan.json"]);
  });
});

describe("kpi template, export and import write through it", () => {
  it.each([
    ["template", (o: string) => ["template", "--framework", "bma-2567-bureau", "--agency", "สนน.", "-o", o], "x.xlsx"],
    ["export", (o: string) => ["export", PLAN, "-o", o], "x.json"],
    ["import", (o: string) => ["import", join(ROOT, "../shared/seeds/002_a41e8c2e0c8c4b4b.txt"), "-o", o], "x.json"],
  ])("kpi %s: -o naming a folder, or a folder that does not exist, is exit 2 in one line", async (_cmd, argv, name) => {
    const dir = fresh();
    mkdirSync(join(dir, name));
    const asFolder = await kpi(...argv(join(dir, name)), "--force");
    expect(asFolder.code).toBe(2);
    expectOneBilingualLine({ exitCode: asFolder.code, message: asFolder.err }, /is a folder; name a file/);
    const missing = await kpi(...argv(join(dir, "no", "such", name)));
    expectOneBilingualLine({ exitCode: missing.code, message: missing.err }, /the folder .*no[/\\]such does not exist/);
    expect(readdirSync(dir)).toEqual([name]);
  });
});

/** Runs a child and resolves with its exit status and signal once it has ended. */
function ended(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((done) => child.on("exit", (code, signal) => done({ code, signal })));
}

/** Starts the stalled writer and resolves once half its file is on disk. */
async function stalledWriter(target: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...CHILD("stalledWrite.ts"), target, "--force"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  await new Promise<void>((ready, fail) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("writing")) ready();
    });
    child.on("exit", () => fail(new Error("the writer ended before writing")));
  });
  return child;
}

describe("a writer killed half-way", () => {
  it.each(["SIGTERM", "SIGINT"] as const)("by %s: the old file is untouched and the temporary file removed", async (signal) => {
    const dir = fresh();
    const path = join(dir, "plan.xlsx");
    writeFileSync(path, GOOD);
    const child = await stalledWriter(path);
    expect(readdirSync(dir)).toHaveLength(2); // the plan and the half-written temporary file
    child.kill(signal);
    expect(await ended(child)).toEqual({ code: null, signal });
    expect(readFileSync(path, "utf8")).toBe(GOOD);
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
  }, 60_000);

  it("by SIGKILL: the old file is untouched, and the next write removes the temporary file left behind", async () => {
    const dir = fresh();
    const path = join(dir, "plan.xlsx");
    writeFileSync(path, GOOD);
    const child = await stalledWriter(path);
    child.kill("SIGKILL");
    await ended(child);
    expect(readFileSync(path, "utf8")).toBe(GOOD);
    await writeOutput(path, "next", { force: true });
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
    expect(readFileSync(path, "utf8")).toBe("next");
  }, 60_000);
});

describe("real processes", () => {
  it("a file-size limit (ulimit -f) stops kpi template: exit 2 in one line, the old workbook intact", () => {
    const dir = fresh();
    const path = join(dir, "plan.xlsx");
    writeFileSync(path, GOOD);
    // 16 KB: a template is about 30 KB. Node ignores SIGXFSZ, so the write fails with EFBIG.
    const argv = [process.execPath, ...CHILD("kpi.ts"), "template", "--framework", "bma-2567-bureau", "--agency", "สนน.", "-o", path, "--force"];
    const r = spawnSync("bash", ["-c", 'ulimit -f 16 && exec "$@"', "bash", ...argv], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(2);
    expectOneBilingualLine({ exitCode: r.status ?? -1, message: r.stderr.trim() }, /larger than the system allows; any existing file is as it was/);
    expect(readFileSync(path, "utf8")).toBe(GOOD);
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
  }, 60_000);

  it("a reader that closes the pipe early (kpi export … | head -1) ends the command quietly", async () => {
    // A plan large enough to fill the pipe many times over.
    const plan = JSON.parse(readFileSync(PLAN, "utf8")) as { kpis: { id: string }[] };
    plan.kpis = Array.from({ length: 60 }, (_, i) => plan.kpis.map((k) => ({ ...k, id: `${k.id}-${i}` }))).flat();
    const big = join(fresh(), "big.json");
    writeFileSync(big, JSON.stringify(plan));
    const child = spawn(process.execPath, [...CHILD("kpi.ts"), "export", big], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr?.on("data", (c: Buffer) => (stderr += c.toString()));
    child.stdout?.once("data", () => child.stdout?.destroy());
    const { code } = await ended(child);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  }, 60_000);
});
