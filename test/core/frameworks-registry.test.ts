import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SHIPPED_INDEX } from "../../src/core/frameworks/registry.index";
import { FRAMEWORKS } from "../../src/core/frameworks/shipped";
import { Framework } from "../../src/core/schema/framework";
import { canonicalJson } from "../../src/core/canonicalJson";
import { frameworkDigest } from "../../src/seal/frameworkDigest";

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

describe("the shipped frameworks' index (registry.index.ts)", () => {
  it("is made from framework files that write out what the schema would fill in (rounds, floor…): a template stores the framework as parsed", () => {
    const folder = join(ROOT, "src", "core", "frameworks");
    for (const file of readdirSync(folder).filter((f) => f.endsWith(".json"))) {
      const raw: unknown = JSON.parse(readFileSync(join(folder, file), "utf8"));
      expect({ file, json: canonicalJson(raw) }).toEqual({ file, json: canonicalJson(Framework.parse(raw)) });
    }
  });

  it("gives each framework the digest the task pane computes for it, so that a workbook storing it needs no download", async () => {
    expect(SHIPPED_INDEX.map((e) => e.id)).toEqual(FRAMEWORKS.map((f) => f.id));
    for (const f of FRAMEWORKS) {
      const entry = SHIPPED_INDEX.find((e) => e.id === f.id);
      expect({ id: f.id, digest: entry?.digest }).toEqual({ id: f.id, digest: await frameworkDigest(f) });
      expect(entry).toEqual({ id: f.id, fiscalYear: f.fiscalYear, agencyKind: f.agencyKind, name: f.name, ladder: f.ladder, floor: f.floor, digest: entry?.digest });
    }
  });
});
