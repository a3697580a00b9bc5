// The production build of the add-in: what `npm run build` puts in dist/addin.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "acorn";
import { COMMANDS } from "../../src/commands/commands";
import { productionBuild, ROOT } from "./build";
import { checkManifest } from "./manifestRules";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const configFactory = require("../../webpack.config.js") as (env: object, argv: object) => { output: { path: string; clean: boolean } };
const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

let dir: string;
beforeAll(() => {
  dir = productionBuild();
}, 240_000);

const read = (file: string): string => readFileSync(join(dir, file), "utf8");

describe("production build", () => {
  it("writes the add-in into dist/addin only, leaving dist/cli and dist/core alone", () => {
    const config = configFactory({}, { mode: "production" });
    expect(config.output.path).toBe(resolve(ROOT, "dist/addin"));
    expect(config.output.clean).toBe(true); // cleans dist/addin, nothing above it
  });

  it("emits the task pane, functions, commands, manifest and icons", () => {
    for (const file of ["taskpane.html", "taskpane.js", "functions.js", "functions.json", "commands.js", "manifest.xml"]) {
      expect(existsSync(join(dir, file))).toBe(true);
    }
    for (const size of [16, 32, 64, 80]) {
      expect(existsSync(join(dir, `assets/icon-${size}.png`))).toBe(true);
      expect(existsSync(join(dir, `assets/check-${size}.png`))).toBe(true);
    }
  });

  it("ships office.js for offline use: the loader, Excel's host scripts and Thai strings, no debug builds", () => {
    const office = join(dir, "assets/office-js");
    for (const file of ["office.js", "excel-win32-16.01.js", "excel-web-16.00.js", "excel-mac-16.00.js", "th-th/office_strings.js"]) {
      expect(existsSync(join(office, file))).toBe(true);
    }
    const top = readdirSync(office);
    expect(top.filter((f) => f.endsWith(".debug.js"))).toEqual([]);
    expect(top.filter((f) => /^(word|outlook|powerpoint|onenote|project|access)/.test(f))).toEqual([]);
  });

  it("loads office.js from the local copy first, then the three bundles with a cache-busting hash", () => {
    const html = read("taskpane.html");
    const scripts = [...html.matchAll(/<script([^>]*)src=([^\s>]+)/g)].map((m) => ({ attrs: m[1] ?? "", src: (m[2] ?? "").replace(/"/g, "") }));
    expect(scripts.map((s) => s.src.split("?")[0])).toEqual(["assets/office-js/office.js", "functions.js", "commands.js", "taskpane.js"]);
    expect(scripts[0]?.attrs).not.toContain("defer");
    for (const s of scripts.slice(1)) expect(s.src).toMatch(/\?[0-9a-f]{8,}$/);
    expect(html).toContain("ประเมินผลตัวชี้วัด");
  });

  it("has no IE 11 polyfills and parses as ES2020", () => {
    for (const file of ["taskpane.js", "functions.js", "commands.js"]) {
      const code = read(file);
      expect(code).not.toMatch(/core-js|regeneratorRuntime|_regenerator|es6-promise/);
      expect(() => parse(code, { ecmaVersion: 2020, sourceType: "script" })).not.toThrow();
    }
  }, 60_000);

  it("keeps the functions bundle free of the frameworks and zod", () => {
    const code = read("functions.js");
    expect(code).not.toContain("kpi-framework");
    expect(code).not.toContain("ZodError");
    console.log(`functions.js: ${code.length} bytes, ${gzipSync(code, { level: 9 }).length} bytes gzip`);
  });

  it("writes a manifest that passes the offline check, versioned with package.json", () => {
    expect(checkManifest(read("manifest.xml"), { version, actions: Object.keys(COMMANDS) })).toEqual([]);
    expect(read("manifest.xml")).toContain(`functions.json?v=${version}`);
  });
});
