// A writer that stalls half-way through its file, so that a test can kill it mid-write:
//   node -r @swc-node/register stalledWrite.ts <target> [--force]
// prints "writing <temporary file>" once half the bytes are on disk, then waits forever.
import * as fsp from "node:fs/promises";
import { writeOutput, type OutputFs, type TempHandle } from "../../../src/cli/output";

const [target, force] = process.argv.slice(2) as [string, string | undefined];
const fs: OutputFs = {
  ...(fsp as unknown as OutputFs),
  open: async (path, flags, mode) => {
    const handle = await fsp.open(path, flags, mode);
    const stalled: TempHandle = {
      writeFile: async (data) => {
        const bytes = typeof data === "string" ? Buffer.from(data) : data;
        await handle.write(bytes.subarray(0, bytes.length / 2));
        await handle.sync();
        process.stdout.write(`writing ${path}\n`);
        await new Promise(() => setInterval(() => undefined, 1000));
      },
      chmod: (m) => handle.chmod(m),
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
    return stalled;
  },
};

void writeOutput(target, Buffer.alloc(1 << 20, 0x41), { force: force === "--force", fs });
