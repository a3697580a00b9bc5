// Programs outside Node that some tests drive: LibreOffice (Debian libreoffice-calc) and Python with
// openpyxl (Debian python3-openpyxl). .ci/run installs both. A test needing one that is missing is
// skipped with a warning on a developer's machine and fails in CI (CI set).
import { spawnSync } from "node:child_process";

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
