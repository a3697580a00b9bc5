// The seal of a received workbook, for `kpi validate`: the plan read back from the file against the
// seal the task pane wrote into the template's metadata sheet ("check before sending").
import { planDigest, sealMessage, type Seal, type SealCheck } from "../seal/seal";
import type { TemplateCheckResult } from "../template/check";
import type { TemplateRead } from "../template/read";
import type { Lang } from "./lang";

export interface SealReport {
  /** none: never sealed; intact: unchanged since sealed; changed: edited after sealing. */
  status: SealCheck["status"];
  /** The digest of the plan as the file holds it now. */
  digest: string;
  /** The seal stored in the file, if any. */
  sealed: Seal | null;
  message: { th: string; en: string };
}

export async function sealReport(read: TemplateRead, check: TemplateCheckResult): Promise<SealReport> {
  // The check has hashed the plan already when there was a seal to compare with: not twice.
  const s = check.seal;
  const digest = s.status === "changed" ? s.digest : s.status === "intact" ? s.seal.digest : await planDigest(read.plan);
  return { status: s.status, digest, sealed: read.seal, message: sealMessage(s) };
}

export function sealLine(report: SealReport, lang: Lang): string {
  const mark = report.status === "intact" ? "✓" : report.status === "none" ? "·" : "✗";
  return `${mark} ${lang === "th" ? "ตราตรวจสอบ" : "seal"}: ${report.message[lang]}`;
}
