import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { FRAMEWORKS } from "../../src/core/frameworks";

const ROOT = join(__dirname, "..", "..");

describe("framework registry", () => {
  it("is generated from exactly the JSON files in src/core/frameworks", () => {
    // Exits non-zero (and so throws) when a JSON file was added or removed without regenerating.
    expect(() => execFileSync("node", ["scripts/frameworks-registry.mjs", "--check"], { cwd: ROOT, stdio: "pipe" })).not.toThrow();
  });

  it("loads every framework file, newest fiscal year first", () => {
    const files = readdirSync(join(ROOT, "src", "core", "frameworks")).filter((f) => f.endsWith(".json"));
    expect(FRAMEWORKS.map((f) => `${f.id}.json`).sort()).toEqual([...files].sort());
    const years = FRAMEWORKS.map((f) => f.fiscalYear);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });
});
