import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { run } from "../src/cli/main";

const ROOT = resolve(__dirname, "..");

interface Example {
  line: string;
  argv: string[];
  expected?: string;
}

/** The README's sections whose first `sh` block is run, in order: later ones read what earlier ones wrote. */
const SECTIONS = ["## The `kpi` command line", "### The central office's year"];

/** The `npx kpi …` lines of the README's command-line blocks, with their `# → output` if any. */
function examples(): Example[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const blocks = SECTIONS.map((heading) => {
    const at = readme.indexOf(heading);
    if (at < 0) throw new Error(`README has no section ${heading}`);
    return /```sh\n([\s\S]*?)```/.exec(readme.slice(at))?.[1] ?? "";
  });
  return blocks
    .join("\n")
    .split("\n")
    .filter((l) => l.startsWith("npx kpi "))
    .map((line) => {
      const [command, comment = ""] = line.split(/\s+#\s+/, 2) as [string, string?];
      const arrow = /^→\s+(\S+)/.exec(comment);
      return { line, argv: command.trim().split(/\s+/).slice(2), ...(arrow ? { expected: arrow[1] } : {}) };
    });
}

describe("README command-line examples", () => {
  const all = examples();
  let dir: string;
  let cwd: string;

  beforeAll(() => {
    cwd = process.cwd();
    dir = mkdtempSync(join(tmpdir(), "kpi-readme-"));
    process.chdir(dir);
  });
  afterAll(() => {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  });

  it("finds the examples", () => {
    expect(all.length).toBeGreaterThanOrEqual(10);
    expect(all.filter((e) => e.expected !== undefined).length).toBeGreaterThanOrEqual(5);
  });

  // In order: later lines read the files earlier lines write (plan.xlsx).
  it.each(all.map((e) => [e.line, e] as const))("%s", async (_line, example) => {
    // Paths into the repository (fixtures, seeds) are made absolute; outputs land in the temp folder.
    const argv = example.argv.map((a) => (/[/\\]/.test(a) && existsSync(join(ROOT, a)) ? join(ROOT, a) : a));
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
    expect({ code, err: code >= 2 ? err.join("\n") : "" }).toEqual({ code: expect.any(Number), err: "" });
    expect(code).toBeLessThan(2);
    if (example.expected !== undefined) expect(out.join("\n").trim()).toBe(example.expected);
  });
});
