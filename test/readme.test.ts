import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { run } from "../src/cli/main";
import { buildSampleInbox } from "./helpers/collectSample";

const ROOT = resolve(__dirname, "..");

interface Example {
  line: string;
  argv: string[];
  expected?: string;
}

/** The README's sections whose first `sh` block is run, in order: later ones read what earlier ones wrote. */
const SECTIONS = ["## The `kpi` command line", "### The central office's year", "### `kpi import`"];

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

/** The README's section on kpi collect: each `sh` command followed by a `text` block of its exact output. */
const COLLECT_SECTION = "### `kpi collect` — what arrived";

function shownRuns(): { line: string; argv: string[]; output: string }[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const at = readme.indexOf(COLLECT_SECTION);
  if (at < 0) throw new Error(`README has no section ${COLLECT_SECTION}`);
  const section = readme.slice(at, readme.indexOf("\n### ", at + COLLECT_SECTION.length));
  return [...section.matchAll(/```sh\n(npx kpi [^\n]+)\n```\n\n```text\n([\s\S]*?)```/g)].map((m) => {
    const line = m[1] as string;
    // Quoted words ("…") stay one argument.
    const argv = [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((w) => w[1] ?? (w[2] as string)).slice(2);
    return { line, argv, output: (m[2] as string).trimEnd() };
  });
}

describe("README: kpi collect on the sample folder, output as shown", () => {
  const runs = shownRuns();
  let dir: string;
  let cwd: string;

  beforeAll(async () => {
    cwd = process.cwd();
    dir = mkdtempSync(join(tmpdir(), "kpi-readme-collect-"));
    await buildSampleInbox(dir);
    process.chdir(dir);
  }, 120_000);
  afterAll(() => {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  });

  it("finds the commands and their output", () => {
    expect(runs.map((r) => r.argv[0])).toEqual(["collect", "basket"]);
  });

  it.each(runs.map((r) => [r.line, r] as const))("%s", async (_line, r) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(r.argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
    expect({ code: code < 2, err: code >= 2 ? err.join("\n") : "" }).toEqual({ code: true, err: "" });
    expect(out.join("\n")).toBe(r.output);
  }, 120_000);
});
