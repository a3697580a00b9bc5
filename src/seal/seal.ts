// The seal of a checked plan: SHA-256 of the canonical JSON of the plan, the framework stored in
// the workbook and the seal's own fields (the framework id it was checked against, when, and the
// layout version of the workbook). Written by the task pane's
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
import { canonicalJson } from "../core/canonicalJson";
import { sha256 } from "./sha256";

/**
 * What a seal hashes, and how: canonical JSON of the plan, the framework JSON stored in the
 * workbook (which the pane and `kpi validate` check the plan against) and the seal's own
 * framework, time and layout fields, so that none of them can be changed without breaking it.
 */
export const SEAL_METHOD = "sha256/canonical-json/kpi-seal-2";

/**
 * The first method, of seals written before SEAL_METHOD: the plan alone. Such a seal still
 * verifies, as "intact-plan-only" — never as plain "intact", since it does not cover the stored
 * framework nor its own fields.
 */
export const PLAN_ONLY_METHOD = "sha256/canonical-json/kpi-plan-1";

export interface Seal {
  /** Lower-case hex SHA-256 of what the method covers. */
  digest: string;
  /** The framework id the plan was checked against. */
  framework: string;
  /** When the seal was written, ISO 8601 UTC. */
  time: string;
  /** The template layout version of the workbook. */
  layoutVersion: number;
  method: string;
}

/** What a seal vouches for, as the workbook holds it now. */
export interface Sealed {
  plan: Plan;
  /** The framework JSON text stored in the template's metadata sheet, if any. */
  frameworkJson: string | null;
}

/** SHA-256 (hex) of the plan's canonical JSON: the digest of PLAN_ONLY_METHOD. */
export function planDigest(plan: Plan): Promise<string> {
  return sha256(canonicalJson(plan));
}

/** The stored framework as hashed: its JSON value (so that how it is split into cells does not count), else the text as stored. */
function storedFramework(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

/** SHA-256 (hex) under SEAL_METHOD of what is sealed and the seal's own fields. */
export function sealDigest(sealed: Sealed, fields: Pick<Seal, "framework" | "time" | "layoutVersion">): Promise<string> {
  return sha256(
    canonicalJson({
      method: SEAL_METHOD,
      plan: sealed.plan,
      storedFramework: storedFramework(sealed.frameworkJson),
      seal: { framework: fields.framework, time: fields.time, layoutVersion: fields.layoutVersion },
    }),
  );
}

export async function makeSeal(sealed: Sealed, options: { framework: string; layoutVersion: number; now?: Date }): Promise<Seal> {
  const fields = { framework: options.framework, time: (options.now ?? new Date()).toISOString(), layoutVersion: options.layoutVersion };
  return { digest: await sealDigest(sealed, fields), ...fields, method: SEAL_METHOD };
}

export type SealCheck =
  | { status: "none" }
  | { status: "intact"; seal: Seal }
  /** A seal of PLAN_ONLY_METHOD whose plan is unchanged: the stored framework and the seal's fields were not sealed. */
  | { status: "intact-plan-only"; seal: Seal }
  | { status: "changed"; seal: Seal; digest: string }
  | { status: "unknown-method"; seal: Seal };

/** Compares a stored seal with the workbook as it is now, by the seal's own method (hashing only when there is a seal). */
export async function checkSeal(sealed: Sealed, seal: Seal | null): Promise<SealCheck> {
  if (!seal) return { status: "none" };
  let digest: string;
  if (seal.method === SEAL_METHOD) digest = await sealDigest(sealed, seal);
  else if (seal.method === PLAN_ONLY_METHOD) digest = await planDigest(sealed.plan);
  else return { status: "unknown-method", seal };
  if (digest !== seal.digest) return { status: "changed", seal, digest };
  return seal.method === SEAL_METHOD ? { status: "intact", seal } : { status: "intact-plan-only", seal };
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
    case "intact-plan-only": {
      const when = sealTime(check.seal.time);
      return {
        th: `ตราตรวจสอบรุ่นเก่า (${check.seal.method}) ตรงกับแผน: แผนไม่ถูกแก้ไขหลังตรวจเมื่อ ${when.th} แต่ตรารุ่นนี้ไม่ครอบคลุมกรอบการประเมินที่เก็บในสมุดงาน และเวลากับกรอบที่ระบุในตรา ควรตรวจก่อนส่งใหม่เพื่อประทับตรารุ่นปัจจุบัน`,
        en: `older seal (${check.seal.method}) matches the plan: the plan is unchanged since it was checked on ${when.en}, but this kind of seal does not cover the framework stored in the workbook, nor the seal's own time and framework; check before sending again for a seal that does`,
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
