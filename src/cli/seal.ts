// The seal of a received workbook, for `kpi validate`: recompute the SHA-256 of the plan read
// back from the file and compare it with the seal the task pane wrote into the template's
// metadata sheet ("check before sending").
import type { Plan } from "../core/schema/plan";
import { checkSeal, planDigest, sealMessage, type Seal, type SealCheck } from "../seal/seal";
import { readSeal } from "../seal/store";
import type { WorkbookPort } from "../workbook/port";
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

/** Checks the seal of a workbook whose plan was already read (`meta`: its metadata sheet). */
export async function workbookSeal(workbook: WorkbookPort, plan: Plan, meta: string): Promise<SealReport> {
  const sealed = await readSeal(workbook, meta);
  const check = checkSeal(plan, sealed);
  return { status: check.status, digest: planDigest(plan), sealed, message: sealMessage(check) };
}

export function sealLine(report: SealReport, lang: Lang): string {
  const mark = report.status === "intact" ? "✓" : report.status === "none" ? "·" : "✗";
  return `${mark} ${lang === "th" ? "ตราตรวจสอบ" : "seal"}: ${report.message[lang]}`;
}
