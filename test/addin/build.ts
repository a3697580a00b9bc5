// Test helpers: a production build of the add-in, made once per content of its inputs and reused
// by every test file (jest runs files in parallel, so the build is written to a temporary folder
// and renamed into place), and a sandbox that runs the functions bundle with a stub CustomFunctions.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import vm from "node:vm";

export const ROOT = resolve(__dirname, "../..");
const INPUTS = ["src/functions", "src/core", "src/taskpane", "src/commands", "assets", "webpack.config.js", "manifest.xml", "package.json"];

function filesUnder(path: string): string[] {
  const full = join(ROOT, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

function inputsHash(): string {
  const hash = createHash("sha1");
  for (const file of INPUTS.flatMap(filesUnder)) {
    hash.update(file);
    hash.update(readFileSync(join(ROOT, file)));
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * The folder of a production build (`webpack --mode production`) of the current sources; built
 * on first use. `onlyFunctions` builds just functions.js + functions.json (faster).
 */
export function productionBuild(options: { onlyFunctions?: boolean } = {}): string {
  const kind = options.onlyFunctions ? "functions" : "full";
  const dir = join(ROOT, "test-artifacts", "addin-build", `${kind}-${inputsHash()}`);
  if (existsSync(join(dir, "functions.js"))) return dir;
  // One build at a time across jest workers: the others wait for it and reuse it.
  const lock = `${dir}.lock`;
  mkdirSync(dirname(lock), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(join(dir, "functions.js"))) return dir;
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 300_000) rmSync(lock, { recursive: true, force: true }); // left by a killed run
      if (Date.now() - started > 600_000) throw new Error(`timed out waiting for ${lock}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (!existsSync(join(dir, "functions.js"))) build(dir, options.onlyFunctions ?? false);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return dir;
}

function build(dir: string, onlyFunctions: boolean): void {
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(tmp, { recursive: true });
  const args = [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", tmp];
  if (onlyFunctions) args.push("--env", "only=functions");
  try {
    execFileSync(process.execPath, args, {
      cwd: ROOT,
      stdio: "pipe",
      env: { ...process.env, ADDIN_ORIGIN: "", OFFICE_JS: "", WEBPACK_SERVE: "" },
    });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(`webpack failed:\n${err.stdout?.toString() ?? ""}\n${err.stderr?.toString() ?? ""}`);
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  // Builds of older sources (13 MB each with office.js) are dropped after ten minutes.
  const parent = dirname(dir);
  for (const name of readdirSync(parent)) {
    const old = join(parent, name);
    if (old !== dir && /^(full|functions)-[0-9a-f]+$/.test(name) && Date.now() - statSync(old).mtimeMs > 600_000) {
      rmSync(old, { recursive: true, force: true });
    }
  }
}

/** What the stub runtime's Error carries. */
export class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const STUB_ERROR_CODES = {
  divisionByZero: "#DIV/0!",
  invalidName: "#NAME?",
  invalidNumber: "#NUM!",
  invalidReference: "#REF!",
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  nullReference: "#NULL!",
} as const;

export type CustomFunction = (...args: unknown[]) => unknown;

export interface Sandbox {
  /** Functions registered through CustomFunctions.associate, by id. */
  registered: Map<string, CustomFunction>;
  /** Ids in the order associate was called, duplicates included. */
  associations: string[];
  context: vm.Context;
}

/** Runs a functions bundle in a fresh context whose only global is a stub CustomFunctions. */
export function loadBundle(code: string): Sandbox {
  const registered = new Map<string, CustomFunction>();
  const associations: string[] = [];
  const CustomFunctions = {
    associate(id: string, fn: CustomFunction) {
      associations.push(id);
      registered.set(id, fn);
    },
    Error: StubError,
    ErrorCode: STUB_ERROR_CODES,
  };
  const context = vm.createContext({ CustomFunctions });
  vm.runInContext(code, context, { filename: "functions.js", timeout: 5000 });
  return { registered, associations, context };
}
