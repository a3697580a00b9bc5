// A framework's digest: SHA-256 of its evaluation part's canonical JSON. Two frameworks with the
// same digest define the same evaluation (no FRAMEWORK_DIFFERS between them); each shipped
// framework's digest is written beside it at build time (registry.index.ts), so the task pane can
// tell that a workbook stores the shipped framework without fetching the frameworks themselves.
import { evaluationPart } from "../core/frameworks/evaluationPart";
import type { Framework } from "../core/schema/framework";
import { canonicalJson } from "../core/canonicalJson";
import { sha256 } from "./sha256";

export function frameworkDigest(framework: Framework): Promise<string> {
  return sha256(canonicalJson(evaluationPart(framework)));
}
