import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FRAMEWORKS } from "../../src/core/frameworks/shipped";

const ROOT = join(__dirname, "..", "..");

describe("framework registry", () => {
  it("is generated from exactly the JSON files in src/core/frameworks", () => {
    // Exits non-zero (and so throws) when a JSON file was added or removed without regenerating.
    expect(() => execFileSync("node", ["scripts/frameworks-registry.mjs", "--check"], { cwd: ROOT, stdio: "pipe" })).not.toThrow();
  });

  it("says so when a framework file was added without regenerating it", () => {
    const copy = mkdtempSync(join(tmpdir(), "kpi-registry-"));
    try {
      mkdirSync(join(copy, "scripts"));
      copyFileSync(join(ROOT, "scripts", "frameworks-registry.mjs"), join(copy, "scripts", "frameworks-registry.mjs"));
      cpSync(join(ROOT, "src", "core", "frameworks"), join(copy, "src", "core", "frameworks"), { recursive: true });
      writeFileSync(join(copy, "src", "core", "frameworks", "bma-2599-bureau.json"), JSON.stringify({ id: "bma-2599-bureau", fiscalYear: 2599 }));
      const r = spawnSync("node", ["scripts/frameworks-registry.mjs", "--check"], { cwd: copy, encoding: "utf8" });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("registry.ts is out of date: run npm run frameworks");
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it("loads every framework file, newest fiscal year first", () => {
    const files = readdirSync(join(ROOT, "src", "core", "frameworks")).filter((f) => f.endsWith(".json"));
    expect(FRAMEWORKS.map((f) => `${f.id}.json`).sort()).toEqual([...files].sort());
    const years = FRAMEWORKS.map((f) => f.fiscalYear);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });
});
