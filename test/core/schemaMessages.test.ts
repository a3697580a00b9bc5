// Schema problems read in English wherever they are shown, though the task pane's start-up
// leaves zod's English locale out: the command line and its worker switch it on themselves.
import * as z from "zod/mini";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildProgram } from "../../src/cli/main";
import { parsePlan } from "../../src/core/schema/plan";

describe("schema messages", () => {
  afterEach(() => {
    // test/setupSchemaMessages.ts switched them on for every test: put them back.
    buildProgram({ out: () => undefined, err: () => undefined }, () => undefined);
  });

  it("are zod's bare 'Invalid input' until a front-end asks for English", () => {
    z.config({ localeError: undefined });
    const bare = parsePlan({ format: "kpi-plan", version: 1, framework: 5 });
    expect(bare.ok ? [] : bare.problems.map((p) => p.message)).toContain("Invalid input");
  });

  it("are English once the command line is built", () => {
    z.config({ localeError: undefined });
    buildProgram({ out: () => undefined, err: () => undefined }, () => undefined);
    const r = parsePlan({ format: "kpi-plan", version: 1, framework: 5 });
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toContain("Invalid input: expected string, received number");
  });

  it("are switched on by the worker that reads files for kpi collect and by the Import screen's importer", () => {
    for (const file of ["src/cli/isolatedReadWorker.ts", "src/taskpane/importer/importer.ts"]) {
      expect(readFileSync(join(__dirname, "..", "..", file), "utf8")).toMatch(/^useSchemaMessages\(\);$/m);
    }
  });
});
