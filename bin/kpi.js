#!/usr/bin/env node
"use strict";
// The command line is compiled to dist/ by `npm run build:cli`, which `npm ci` runs (prepare).
let cli;
try {
  cli = require("../dist/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write("kpi ยังไม่ได้ build: รัน npm run build:cli / kpi is not built yet: run npm run build:cli\n");
    process.exit(70);
  }
  throw e;
}
cli.main();
