/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Tests assert behaviour, never speed (benchmarks measure that): a busy 2-core CI machine must
  // not fail a test for being slow. Tests that start LibreOffice or Chromium set wider margins.
  testTimeout: 60_000,
  setupFiles: ["<rootDir>/test/setupSchemaMessages.ts"],
  setupFilesAfterEnv: ["<rootDir>/test/setupStrings.ts"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2022" } },
    ],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // TypeScript's node16 rules want "./x.js" in a dynamic import() (the CLI loads exceljs lazily);
  // under Jest that is the .ts file.
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
};
