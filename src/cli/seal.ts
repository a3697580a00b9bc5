// The seal of a received workbook, for `kpi validate`: the plan read back from the file against the
// seal the task pane wrote into the template's metadata sheet ("check before sending").
import { planDigest, sealDigest, sealMessage, type Seal, type SealCheck } from "../seal/seal";
import type { TemplateCheckResult } from "../template/check";
import type { TemplateRead } from "../template/read";
import type { Lang } from "./lang";

export interface SealReport {
  /**
   * none: never sealed; intact: unchanged since sealed; intact-plan-only: a seal of the first
   * method, which covers the plan alone, whose plan is unchanged; changed: edited after sealing;
   * unknown-method: a seal this version cannot verify.
   */
  status: SealCheck["status"];
  /** The digest of the file as it is now, by the seal's method (by the current one, without seal fields, when there is no seal). */
  digest: string;
  /** The seal stored in the file, if any. */
  sealed: Seal | null;
  message: { th: string; en: string };
}

export async function sealReport(read: TemplateRead, check: TemplateCheckResult): Promise<SealReport> {
  return { status: check.seal.status, digest: await digestNow(read, check.seal), sealed: read.seal, message: sealMessage(check.seal) };
}

function digestNow(read: TemplateRead, check: SealCheck): Promise<string> {
  switch (check.status) {
    case "intact":
    case "intact-plan-only":
      return Promise.resolve(check.seal.digest);
    case "changed":
      return Promise.resolve(check.digest);
    case "unknown-method":
      return planDigest(read.plan);
    case "none":
      return sealDigest({ plan: read.plan, frameworkJson: read.meta.frameworkJson }, { framework: "", time: "", layoutVersion: 0 });
  }
}

export function sealLine(report: SealReport, lang: Lang): string {
  const mark = report.status === "intact" ? "✓" : report.status === "none" ? "·" : report.status === "intact-plan-only" ? "!" : "✗";
  return `${mark} ${lang === "th" ? "ตราตรวจสอบ" : "seal"}: ${report.message[lang]}`;
}
