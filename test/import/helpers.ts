import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importPlanText, type ImportOptions, type ImportResult } from "../../src/core/import";
import { parsePlan, type Plan } from "../../src/core/schema/plan";

export const SEEDS = join(__dirname, "..", "..", "..", "shared", "seeds");
export const FIXTURES = join(__dirname, "..", "fixtures", "plans");
export const DOCS = join(__dirname, "fixtures");

export const seed = (name: string): string => readFileSync(join(SEEDS, name), "utf8");
export const doc = (name: string): string => readFileSync(join(DOCS, name), "utf8");

/** A fixture plan as the schema reads it (Thai-digit text → numbers, null text → ""). */
export function fixturePlan(name: string): Plan {
  const parsed = parsePlan(JSON.parse(readFileSync(join(FIXTURES, name), "utf8")));
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.problems)}`);
  return parsed.plan;
}

/** Imports a text and returns the result with the plan as the schema reads it; fails loudly. */
export function imported(text: string, options: ImportOptions = {}): Extract<ImportResult, { ok: true }> & { parsed: Plan } {
  const result = importPlanText(text, options);
  if (!result.ok) throw new Error(`import failed: ${result.error.message.en}`);
  const parsed = parsePlan(result.plan);
  if (!parsed.ok) throw new Error(`imported plan is invalid: ${JSON.stringify(parsed.problems)}`);
  return { ...result, parsed: parsed.plan };
}

/** The plan as it was before its results: no result of any round, no reviews. */
export function withoutResults(plan: Plan): Plan {
  const p = structuredClone(plan);
  for (const k of p.kpis) {
    delete k.result;
    delete k.results;
  }
  delete p.reviews;
  return p;
}

/** Long free text compared after whitespace normalisation (line breaks and spaces alike). */
export const ws = (s: string | undefined | null): string => (s ?? "").replace(/\s+/g, " ").trim();

/** Builds a document from rows: arrays are tab-separated table rows, strings are plain lines. */
export const lines = (...rows: (string | readonly string[])[]): string =>
  rows.map((r) => (typeof r === "string" ? r : r.join("\t"))).join("\n");
