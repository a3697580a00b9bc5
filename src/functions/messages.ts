// Every message the custom functions show, Thai first then English, in one catalogue keyed by code.
// Excel shows a custom message only for #VALUE! and #N/A, in the cell's error menu; Microsoft
// documents no length limit for it, so messages are kept short and capped at 255 characters,
// the limit Excel applies to most other user-visible strings (names' comments, descriptions).
import type { Bilingual } from "../core/schema/common";

/** #VALUE!: a value of the wrong kind. #N/A: a required value is missing. */
export type ErrorKind = "invalidValue" | "notAvailable";

export interface Failure {
  ok: false;
  kind: ErrorKind;
  message: string;
}

export const MAX_MESSAGE_LENGTH = 255;

const quote = (value: unknown): string => {
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "number" || typeof value === "boolean") text = String(value);
  else if (Array.isArray(value)) text = "[…]";
  else if (value === null || value === undefined) text = "";
  else text = "?";
  return `«${text.length > 24 ? `${text.slice(0, 23)}…` : text}»`;
};

const CATALOGUE = {
  RESULT_NOT_NUMBER: (v: unknown) => ({ th: `ผลการดำเนินงานไม่ใช่ตัวเลข: ${quote(v)}`, en: `the result is not a number: ${quote(v)}` }),
  POINTS_NOT_NUMBER: (v: unknown) => ({ th: `คะแนนไม่ใช่ตัวเลข: ${quote(v)}`, en: `the points are not a number: ${quote(v)}` }),
  POINTS_OUT_OF_RANGE: (v: unknown) => ({ th: `คะแนนต้องอยู่ระหว่าง ๐ ถึง ๕: ${quote(v)}`, en: `points must be between 0 and 5: ${quote(v)}` }),
  WEIGHT_BLANK: () => ({ th: "ยังไม่ได้ใส่น้ำหนัก", en: "the weight is blank" }),
  WEIGHT_NOT_NUMBER: (v: unknown) => ({ th: `น้ำหนักไม่ใช่ตัวเลข: ${quote(v)}`, en: `the weight is not a number: ${quote(v)}` }),
  NOT_SINGLE: (what: Bilingual) => ({ th: `${what.th}ต้องเป็นค่าเดียว ไม่ใช่ช่วง`, en: `${what.en} must be a single value, not a range` }),
  NOT_A_LINE: (what: Bilingual, shape: string) => ({
    th: `${what.th}ต้องเป็น ๕ ช่องในแถวเดียวหรือคอลัมน์เดียว (ได้ ${shape})`,
    en: `${what.en} must be 5 cells in one row or one column (got ${shape})`,
  }),
  CELL_BLANK: (what: Bilingual, level: number) => ({ th: `${what.th}ระดับ ${level} ว่าง`, en: `${what.en} for level ${level} is blank` }),
  TEXT_NO_NUMBER: (v: unknown) => ({ th: `ไม่พบตัวเลขเดียวในข้อความ ${quote(v)}`, en: `no single number in the text ${quote(v)}` }),
  LANGUAGE_FLAG: (v: unknown) => ({
    th: `ภาษาต้องเป็น FALSE/"th" (ไทย) หรือ TRUE/"en" (อังกฤษ): ${quote(v)}`,
    en: `language must be FALSE/"th" (Thai) or TRUE/"en" (English): ${quote(v)}`,
  }),
  INTERNAL: () => ({ th: "เกิดข้อผิดพลาดภายในของ add-in", en: "internal error in the add-in" }),
} satisfies Record<string, (...args: never[]) => Bilingual>;

export type MessageCode = keyof typeof CATALOGUE;

/** What is being read, for messages: "เกณฑ์" / "criteria". */
export const CRITERIA: Bilingual = { th: "เกณฑ์", en: "criteria" };
export const LADDER: Bilingual = { th: "ขั้นร้อยละ", en: "the ladder" };
export const RESULT: Bilingual = { th: "ผลการดำเนินงาน", en: "the result" };
export const WEIGHT: Bilingual = { th: "น้ำหนัก", en: "the weight" };
export const POINTS: Bilingual = { th: "คะแนน", en: "the points" };

/** "ไทย / English", capped at MAX_MESSAGE_LENGTH. */
export function bilingual(text: Bilingual): string {
  const full = `${text.th} / ${text.en}`;
  return full.length <= MAX_MESSAGE_LENGTH ? full : `${full.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}

export function fail<C extends MessageCode>(
  kind: ErrorKind,
  code: C,
  ...args: Parameters<(typeof CATALOGUE)[C]>
): Failure {
  const make = CATALOGUE[code] as (...a: unknown[]) => Bilingual;
  return { ok: false, kind, message: bilingual(make(...args)) };
}

/** A problem reported by the core (already bilingual) as a #VALUE! failure. */
export function fromCore(problem: Bilingual): Failure {
  return { ok: false, kind: "invalidValue", message: bilingual(problem) };
}
