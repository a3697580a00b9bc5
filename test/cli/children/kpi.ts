// The command line as a real process, straight from the sources (node -r @swc-node/register).
// The commands load exceljs with import("../x.js") as compiled code must; from the sources that
// is the .ts file, so a "./x.js" that does not exist resolves to "./x".
import Module from "node:module";

type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };
const resolve = loader._resolveFilename;
loader._resolveFilename = function (this: unknown, request, ...rest) {
  try {
    return resolve.call(this, request, ...rest);
  } catch (e) {
    if (!request.endsWith(".js")) throw e;
    return resolve.call(this, request.slice(0, -3), ...rest);
  }
};

void import("../../../src/cli/main.js").then((cli) => cli.main());
