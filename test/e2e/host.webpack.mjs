// Bundles the browser fake of Excel (test/e2e/browserHost.ts) into host.js for the end-to-end test.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { browserBundle } from "./browserBundle.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));

// planHost.js: the same fake holding a plan from the start (planHost.ts). One file each: the
// adapters' lazy imports are bundled in (an init script cannot load chunks).
export default browserBundle(
  { host: path.resolve(here, "browserHost.ts"), planHost: path.resolve(here, "planHost.ts") },
  { output: { filename: "[name].js", asyncChunks: false } },
);
