// Programs outside Node that some tests drive: LibreOffice (Debian libreoffice-calc) and Python with
// openpyxl (Debian python3-openpyxl). .ci/run installs both. A test needing one that is missing is
// skipped with a warning on a developer's machine and fails in CI (CI set).
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const inCi = Boolean(process.env.CI);

/** The path of a program on PATH, or null. */
function onPath(name: string): string | null {
  const r = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : null;
}

export function findSoffice(): string | null {
  return onPath("soffice") ?? onPath("libreoffice");
}

/** A Python that can import openpyxl: the one on PATH, else Debian's (pyenv may shadow it). */
export function findOpenpyxlPython(): string | null {
  for (const python of ["python3", "/usr/bin/python3"]) {
    const r = spawnSync(python, ["-c", "import openpyxl"], { encoding: "utf8" });
    if (r.status === 0) return python;
  }
  return null;
}

/**
 * `describe` when the tool was found (or in CI, where its absence must fail the suite), else
 * `describe.skip` after a warning saying how to install it.
 */
export function describeWith(tool: string | null, what: string, install: string): jest.Describe {
  if (!tool && !inCi) console.warn(`${what} not found: skipping its tests. Install it with: ${install}`);
  return tool || inCi ? describe : describe.skip;
}

/**
 * A LibreOffice user profile in `dir`. `recalculate`: the formulas of an .xlsx file are recalculated
 * when it is loaded (LibreOffice's default shows the values the file carries), so that what a
 * conversion writes is what LibreOffice computes.
 */
export function libreOfficeProfile(dir: string, options: { recalculate?: boolean } = {}): string {
  const at = join(dir, "profile");
  if (options.recalculate) {
    mkdirSync(join(at, "user"), { recursive: true });
    writeFileSync(
      join(at, "user", "registrymodifications.xcu"),
      `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
    );
  }
  return at;
}

/** Converts `file` with LibreOffice headless into `outDir` ("pdf", "xlsx:Calc MS Excel 2007 XML", …). */
export function convertWithLibreOffice(soffice: string, file: string, to: string, outDir: string, profile: string): { status: number | null; output: string } {
  const r = spawnSync(soffice, ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, "--convert-to", to, "--outdir", outDir, file], {
    encoding: "utf8",
    timeout: 240_000,
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}
