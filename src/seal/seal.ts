// The seal of a checked plan: SHA-256 of the plan's canonical JSON, with the framework it was
// checked against, when, and the layout version of the workbook. Written by the task pane's
// "check before sending" into the template's metadata sheet; `kpi validate` recomputes the digest
// from the received file and says whether the plan is still what was checked.
//
// A seal is a fingerprint, not a signature: anyone can recompute it. It tells the central office
// that a file is unchanged since the agency's check passed, not who sealed it.
//
// SHA-256 is the platform's own (Web Crypto: crypto.subtle, in every browser Office uses and in
// Node), so no hashing library travels in the task pane; it is asynchronous, and so are the
// functions here that hash.
import type { Bilingual } from "../core/schema/common";
import type { Plan } from "../core/schema/plan";
import { toThaiDigits } from "../core/thai/digits";
import { canonicalJson } from "./canonicalJson";

/** What was hashed and how; a later method gets a new name, old seals stay verifiable. */
export const SEAL_METHOD = "sha256/canonical-json/kpi-plan-1";

export interface Seal {
  /** Lower-case hex SHA-256 of canonicalJson(plan). */
  digest: string;
  /** The framework id the plan was checked against. */
  framework: string;
  /** When the seal was written, ISO 8601 UTC. */
  time: string;
  /** The template layout version of the workbook. */
  layoutVersion: number;
  method: string;
}

/** SHA-256 (hex) of the plan's canonical JSON. */
export async function planDigest(plan: Plan): Promise<string> {
  const bytes = new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(canonicalJson(plan))));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export async function makeSeal(plan: Plan, options: { framework: string; layoutVersion: number; now?: Date }): Promise<Seal> {
  return {
    digest: await planDigest(plan),
    framework: options.framework,
    time: (options.now ?? new Date()).toISOString(),
    layoutVersion: options.layoutVersion,
    method: SEAL_METHOD,
  };
}

export type SealCheck =
  | { status: "none" }
  | { status: "intact"; seal: Seal }
  | { status: "changed"; seal: Seal; digest: string }
  | { status: "unknown-method"; seal: Seal };

/** Compares a stored seal with the plan as it is now (hashing only when there is a seal). */
export async function checkSeal(plan: Plan, seal: Seal | null): Promise<SealCheck> {
  if (!seal) return { status: "none" };
  if (seal.method !== SEAL_METHOD) return { status: "unknown-method", seal };
  const digest = await planDigest(plan);
  return digest === seal.digest ? { status: "intact", seal } : { status: "changed", seal, digest };
}

/** "12 พ.ค. 2567 10:05" / "12 May 2024 10:05" in Bangkok time (UTC+7, no daylight saving). */
export function sealTime(iso: string): Bilingual {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return { th: iso, en: iso };
  const bkk = new Date(t.getTime() + 7 * 3600_000);
  const d = bkk.getUTCDate();
  const m = bkk.getUTCMonth();
  const y = bkk.getUTCFullYear();
  const hm = `${String(bkk.getUTCHours()).padStart(2, "0")}:${String(bkk.getUTCMinutes()).padStart(2, "0")}`;
  const TH = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];
  const EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return {
    th: `${toThaiDigits(d)} ${TH[m]} ${toThaiDigits(y + 543)} เวลา ${toThaiDigits(hm)} น.`,
    en: `${d} ${EN[m]} ${y} ${hm} (Bangkok time)`,
  };
}

/** What a seal check means, for people. */
export function sealMessage(check: SealCheck): Bilingual {
  switch (check.status) {
    case "none":
      return {
        th: "ไฟล์นี้ยังไม่ได้ผ่าน \"ตรวจก่อนส่ง\" (ไม่มีตราตรวจสอบ)",
        en: "this file has not been through \"check before sending\" (no seal)",
      };
    case "intact": {
      const when = sealTime(check.seal.time);
      return {
        th: `ตราตรวจสอบถูกต้อง: แผนไม่ถูกแก้ไขหลังตรวจเมื่อ ${when.th} (กรอบ ${check.seal.framework})`,
        en: `seal intact: the plan is unchanged since it was checked on ${when.en} (framework ${check.seal.framework})`,
      };
    }
    case "changed": {
      const when = sealTime(check.seal.time);
      return {
        th: `ตราตรวจสอบไม่ตรง: แผนถูกแก้ไขหลังตรวจเมื่อ ${when.th} ต้องตรวจก่อนส่งใหม่`,
        en: `seal broken: the plan was changed after it was checked on ${when.en}; check it again before sending`,
      };
    }
    case "unknown-method":
      return {
        th: `ตราตรวจสอบใช้วิธี "${check.seal.method}" ที่โปรแกรมรุ่นนี้ไม่รู้จัก`,
        en: `the seal uses method "${check.seal.method}", unknown to this version`,
      };
  }
}
