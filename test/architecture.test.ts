// The layer check of `npm test` (npm run deps, .dependency-cruiser.cjs) can fail: run on a small
// tree that imports against the direction, forms a cycle and adds a folder without a layer, it
// names each; run on the real sources, it passes.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..");
const DEPCRUISE = join(ROOT, "node_modules", ".bin", "depcruise");
const CONFIG = join(ROOT, ".dependency-cruiser.cjs");

function cruise(cwd: string, ...paths: string[]): { code: number | null; out: string } {
  const r = spawnSync(DEPCRUISE, [...paths, "--config", CONFIG], { cwd, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe("the layer check", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "kpi-layers-"));
    const file = (path: string, text: string): void => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    file("tsconfig.json", JSON.stringify({ compilerOptions: { module: "node16", moduleResolution: "node16", strict: true } }));
    file("src/taskpane/Pane.ts", "export const pane = 1;\n");
    file("src/layout/upward.ts", 'import { pane } from "../taskpane/Pane";\nexport const x = pane;\n');
    file("src/core/a.ts", 'import { b } from "./b";\nexport const a = () => b;\n');
    file("src/core/b.ts", 'import { a } from "./a";\nexport const b = () => a;\n');
    file("src/misc/stray.ts", 'import { a } from "../core/a";\nexport const s = a;\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("fails on an import against the direction, a cycle and a folder without a layer, naming each", () => {
    const r = cruise(dir, "src");
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/layers-layout: src\/layout\/upward\.ts → src\/taskpane\/Pane\.ts/);
    expect(r.out).toMatch(/no-circular: src\/core\/a\.ts →/);
    expect(r.out).toMatch(/known-folder: src\/misc\/stray\.ts/);
  });

  it("passes on the sources as they are", () => {
    const r = cruise(ROOT, "src", "test", "bench");
    expect(r.out).toMatch(/no dependency violations found/);
    expect(r.code).toBe(0);
  }, 120_000);
});
