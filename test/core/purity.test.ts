// src/core is pure: it imports only itself, zod (the tree-shakable zod/mini and its locales) and its
// own JSON, and touches no host global.
// eslint's no-restricted-imports says the same for the names it lists; this check allows instead
// of forbidding, so that a dependency nobody thought of is caught too.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

const CORE = resolve(__dirname, "../../src/core");
const ALLOWED_PACKAGES = new Set(["zod/mini", "zod/locales"]);
const HOST_GLOBALS = new Set(["Office", "Excel", "CustomFunctions", "window", "document", "process"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(m|c)?[jt]sx?$/.test(entry.name) ? [path] : [];
  });
}

const insideCore = (path: string): boolean => path === CORE || path.startsWith(CORE + sep);

/** The import, export-from, require and import() specifiers of a file that leave the pure core. */
function impureImports(file: string, text: string): string[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((spec) => (spec.startsWith(".") ? !insideCore(resolve(dirname(file), spec)) : !ALLOWED_PACKAGES.has(spec)));
}

/** Free uses of host globals: `process.env`, `window`, a `document` type…; not `x.document`. */
function hostGlobals(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const isMemberName = (node: ts.Identifier): boolean => {
    const p = node.parent;
    return (
      (ts.isPropertyAccessExpression(p) && p.name === node) ||
      (ts.isQualifiedName(p) && p.right === node) ||
      ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p)) && p.name === node) ||
      (ts.isBindingElement(p) && p.propertyName === node)
    );
  };
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && HOST_GLOBALS.has(node.text) && !isMemberName(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${node.text} (line ${line + 1})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the dependency check", () => {
  const file = join(CORE, "scoring", "example.ts");

  it("allows the core's own modules, its JSON and zod/mini", () => {
    const text = `import * as z from "zod/mini";\nimport { en } from "zod/locales";\nimport { x } from "../thai/digits";\nimport fw from "../frameworks/bma-2567-bureau.json";\nexport * from "./points";`;
    expect(impureImports(file, text)).toEqual([]);
  });

  it.each([
    ["React", `import { useState } from "react";`, "react"],
    ["Office", `import "@microsoft/office-js";`, "@microsoft/office-js"],
    ["exceljs", `import ExcelJS from "exceljs";`, "exceljs"],
    ["commander", `export { Command } from "commander";`, "commander"],
    ["Node I/O", `import { readFileSync } from "node:fs";`, "node:fs"],
    ["a bare Node module", `const fs = require("fs");`, "fs"],
    ["an adapter", `import { run } from "../../cli/main";`, "../../cli/main"],
    ["JSON outside the core", `import pkg from "../../../package.json";`, "../../../package.json"],
    ["a lazy import", `const m = await import("../../excel/port");`, "../../excel/port"],
    ["classic zod (~25 KB gzip more in the task pane than zod/mini)", `import { z } from "zod";`, "zod"],
  ])("catches %s", (_, text, spec) => {
    expect(impureImports(file, text)).toEqual([spec]);
  });

  it("catches host globals but not properties that share their names", () => {
    const text = `const a = process.env.X;\nlet w: Window = window;\nExcel.run(() => 0);\nconst d = { document: 1 };\nconst e = d.document;\nfunction f(x: Office.Context) { return x; }`;
    expect(hostGlobals(file, text)).toEqual(["process (line 1)", "window (line 2)", "Excel (line 3)", "Office (line 6)"]);
    expect(hostGlobals(file, `// no Office, React or window here\nconst s = "document";`)).toEqual([]);
  });
});

describe("src/core", () => {
  const files = sourceFiles(CORE);

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it("imports nothing but itself, its JSON and zod", () => {
    const impure = files.flatMap((f) => impureImports(f, readFileSync(f, "utf8")).map((spec) => `${relative(CORE, f)}: ${spec}`));
    expect(impure).toEqual([]);
  });

  it("uses no host global (Office, Excel, window, document, process)", () => {
    const used = files.flatMap((f) => hostGlobals(f, readFileSync(f, "utf8")).map((g) => `${relative(CORE, f)}: ${g}`));
    expect(used).toEqual([]);
  });
});
