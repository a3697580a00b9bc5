// @ts-check
import tseslint from "typescript-eslint";

/** Modules the pure core must never reach: hosts, UI, Node I/O and file formats. */
const FORBIDDEN_IN_CORE = [
  { group: ["react", "react-*", "react/*", "@fluentui/*"], message: "src/core is pure: no UI" },
  { group: ["@microsoft/office-js", "office-*", "office-addin-*"], message: "src/core is pure: no Office" },
  { group: ["exceljs", "commander", "playwright-core"], message: "src/core is pure: adapters only" },
  { group: ["fs", "fs/*", "node:*", "path", "child_process", "os", "http", "https", "net", "url", "stream", "zlib", "crypto"], message: "src/core is pure: no Node I/O" },
  { group: ["../excel/*", "../../excel/*", "../cli/*", "../../cli/*", "../taskpane/*", "../../taskpane/*", "../functions/*", "../../functions/*", "../xlsx/*", "../../xlsx/*", "../layout/*", "../../layout/*"], message: "imports point inward: the core never imports an adapter" },
];

/** Classic zod carries its whole method-chain API (~25 KB gzip) into every bundle that touches a
 * schema; zod/mini builds the same schemas from tree-shakable functions. */
const CLASSIC_ZOD = [{ name: "zod", message: "use zod/mini (tree-shakable): classic zod adds ~25 KB gzip to the task pane" }];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-artifacts/**", "bin/**", "*.config.js", "*.config.mjs", "bench/**/*.js"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: { "no-restricted-imports": ["error", { paths: CLASSIC_ZOD }] },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: CLASSIC_ZOD, patterns: FORBIDDEN_IN_CORE }],
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "CustomFunctions", "process", "require"],
    },
  },
  {
    files: ["test/**/*.ts", "test/**/*.tsx", "bench/**/*.ts"],
    rules: { "no-console": "off" },
  },
);
