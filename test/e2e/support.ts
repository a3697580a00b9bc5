// What the end-to-end test needs around the browser: a production build of the add-in (made once
// per content of its inputs, reused while fresh), the fake Excel bundled for the browser, a static
// server on 127.0.0.1 (ephemeral port) and the path to Debian's Chromium.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { ADDIN_INPUTS, cachedBuild, ROOT, webpack } from "../support/cachedBuild";

export { ROOT };

/** dist of `webpack --mode production` for the current sources, plus the browser fakes at host.js and planHost.js. */
export function buildForE2e(): string {
  return cachedBuild({
    folder: "e2e",
    name: "addin",
    inputs: [...ADDIN_INPUTS, "test/excel/fakeExcel.ts", "test/excel/fakeCalc.ts", "test/taskpane/fakeOfficeHost.ts", "test/e2e/browserHost.ts", "test/e2e/planHost.ts", "test/e2e/fakeOffice.ts", "test/helpers/plan.ts", "test/e2e/host.webpack.mjs"],
    marker: "host.js",
    build: (into) => {
      webpack(["--mode", "production", "--output-path", into]);
      webpack(["--config", join(ROOT, "test/e2e/host.webpack.mjs"), "--output-path", into]);
    },
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

/**
 * Answers the page's request for office.js with an empty script, so that the fake Office installed
 * by an init script (fakeOffice.ts) is the Office the bundles meet.
 */
export async function stubOfficeJs(page: import("playwright-core").Page): Promise<void> {
  await page.route("**/assets/office-js/office.js", (route) => route.fulfill({ contentType: "text/javascript; charset=utf-8", body: "/* office.js: the test's fake Office stands in */" }));
}
