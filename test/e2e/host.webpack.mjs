// Bundles the browser fake of Excel (test/e2e/browserHost.ts) into host.js for the end-to-end test.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { browserBundle } from "./browserBundle.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));

export default browserBundle({ host: path.resolve(here, "browserHost.ts") }, { output: { filename: "[name].js" } });
