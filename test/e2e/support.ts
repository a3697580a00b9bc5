// What the end-to-end test needs around the browser: a production build of the add-in (made once
// per content of its inputs, reused while fresh), the fake Excel bundled for the browser, a static
// server on 127.0.0.1 (ephemeral port) and the path to Debian's Chromium.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";

export const ROOT = resolve(__dirname, "../..");
const OUT = join(ROOT, "test-artifacts", "e2e");
const INPUTS = ["src", "assets", "test/excel/fakeExcel.ts", "test/taskpane/fakeOfficeHost.ts", "test/e2e/browserHost.ts", "test/e2e/host.webpack.mjs", "webpack.config.js", "manifest.xml", "package.json", "package-lock.json"];

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

function withLock<T>(lock: string, work: () => T): T {
  const started = Date.now();
  mkdirSync(OUT, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 600_000) rmSync(lock, { recursive: true, force: true });
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

/** dist of `webpack --mode production` for the current sources, plus the browser fake at host.js. */
export function buildForE2e(): string {
  const dir = join(OUT, `addin-${inputsHash()}`);
  if (existsSync(join(dir, "host.js"))) return dir;
  return withLock(`${dir}.lock`, () => {
    if (existsSync(join(dir, "host.js"))) return dir;
    const tmp = `${dir}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    const env = { ...process.env, ADDIN_ORIGIN: "", OFFICE_JS: "", WEBPACK_SERVE: "" };
    const cli = require.resolve("webpack-cli/bin/cli.js");
    try {
      execFileSync(process.execPath, [cli, "--mode", "production", "--output-path", tmp], { cwd: ROOT, stdio: "pipe", env });
      execFileSync(process.execPath, [cli, "--config", join(ROOT, "test/e2e/host.webpack.mjs"), "--output-path", tmp], { cwd: ROOT, stdio: "pipe", env });
    } catch (e) {
      const err = e as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`webpack failed:\n${err.stdout?.toString() ?? ""}\n${err.stderr?.toString() ?? ""}`);
    }
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
    // Builds of older sources are dropped after ten minutes (a run still using one is done by then).
    for (const name of readdirSync(OUT)) {
      const old = join(OUT, name);
      if (old !== dir && /^addin-[0-9a-f]+$/.test(name) && Date.now() - statSync(old).mtimeMs > 600_000) rmSync(old, { recursive: true, force: true });
    }
    return dir;
  });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".css": "text/css",
};

/** Serves `dir` over http on 127.0.0.1 at an ephemeral port. */
export async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(root, path === "/" ? "taskpane.html" : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/` };
}

/** Debian's Chromium, or null. */
export function chromiumPath(): string | null {
  for (const p of [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"]) if (p && existsSync(p)) return p;
  return null;
}

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
