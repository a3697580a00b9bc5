// A build made once per content of its inputs and shared by every test file: jest runs files in
// parallel, so one worker builds into a temporary folder under a lock and renames it into place,
// and the others wait for it and reuse it. Used for the add-in's production build.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "../..");

function filesUnder(path: string): string[] {
  const full = join(ROOT, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

function inputsHash(inputs: readonly string[]): string {
  const hash = createHash("sha1");
  for (const file of inputs.flatMap(filesUnder)) {
    hash.update(file);
    hash.update(readFileSync(join(ROOT, file)));
  }
  return hash.digest("hex").slice(0, 16);
}

function withLock<T>(lock: string, work: () => T): T {
  const started = Date.now();
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 600_000) rmSync(lock, { recursive: true, force: true }); // left by a killed run
      if (Date.now() - started > 900_000) throw new Error(`timed out waiting for ${lock}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface CachedBuild {
  /** Folder under test-artifacts/ that holds the builds. */
  folder: string;
  /** Name of this kind of build; older builds of the same name are dropped. */
  name: string;
  /** Files and folders (relative to the repository) whose content decides whether to rebuild. */
  inputs: readonly string[];
  /** A file the finished build holds. */
  marker: string;
  /** Builds into the given empty folder; throws on failure. */
  build: (into: string) => void;
}

/** The folder of a finished build of the current inputs, building it first if needed. */
export function cachedBuild(spec: CachedBuild): string {
  const parent = join(ROOT, "test-artifacts", spec.folder);
  const dir = join(parent, `${spec.name}-${inputsHash(spec.inputs)}`);
  const done = (): boolean => existsSync(join(dir, spec.marker));
  if (done()) return dir;
  return withLock(`${dir}.lock`, () => {
    if (done()) return dir;
    const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
    mkdirSync(tmp, { recursive: true });
    try {
      spec.build(tmp);
    } catch (e) {
      rmSync(tmp, { recursive: true, force: true });
      throw e;
    }
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
    // Builds of older sources (13 MB each with office.js) go after ten minutes, when no run uses them.
    const own = new RegExp(`^${spec.name}-[0-9a-f]+$`);
    for (const entry of readdirSync(parent)) {
      const old = join(parent, entry);
      if (old !== dir && own.test(entry) && Date.now() - statSync(old).mtimeMs > 600_000) rmSync(old, { recursive: true, force: true });
    }
    return dir;
  });
}

/** Runs webpack-cli with `args` the way `npm run build` does, without deployment variables. */
export function webpack(args: readonly string[]): void {
  const cli = require.resolve("webpack-cli/bin/cli.js");
  try {
    execFileSync(process.execPath, [cli, ...args], {
      cwd: ROOT,
      stdio: "pipe",
      env: { ...process.env, ADDIN_ORIGIN: "", OFFICE_JS: "", WEBPACK_SERVE: "" },
    });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`webpack failed:\n${err.stdout?.toString() ?? ""}\n${err.stderr?.toString() ?? ""}`);
  }
}

/** What every add-in build reads. */
export const ADDIN_INPUTS = ["src", "assets", "webpack.config.js", "manifest.xml", "package.json", "package-lock.json"] as const;
