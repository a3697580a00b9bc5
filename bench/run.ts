// Runs every bench/*.bench.ts in turn; each prints its own figures. Targets live here, never in tests.
import { readdirSync } from "node:fs";
import { join } from "node:path";

interface Bench {
  title: string;
  run: () => Promise<void> | void;
}

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => !only || f.includes(only))
    .sort();
  for (const file of files) {
    const bench = (await import(join(__dirname, file))) as { default: Bench };
    console.log(`\n## ${bench.default.title}`);
    await bench.default.run();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
