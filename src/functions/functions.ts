// Excel custom functions =KPI.SCORE(), =KPI.POINTS(), … (namespace KPI, set in manifest.xml).
//
// functions.json is generated from the JSDoc below by CustomFunctionsMetadataPlugin, which also
// appends `CustomFunctions.associate("SCORE", score)` … to this file in the bundle. Ids and names
// are ASCII (Thai names with combining marks are rejected by the metadata tool); the Thai and
// English meaning lives in the descriptions. Parameter types are plain `unknown` / `unknown[][]`
// on purpose: the tool maps them to "any", so every value reaches us and is validated in
// kernel.ts, instead of Excel rejecting Thai-digit text before the function runs.
//
// Every function is synchronous and cheap, never calls the network, and never lets an exception
// escape: a Failure becomes `CustomFunctions.Error` (#VALUE! or #N/A with a Thai/English message).
import * as kernel from "./kernel";
import { fail, type ErrorKind, type Failure } from "./messages";

interface CustomFunctionsRuntime {
  Error?: new (code: string, message?: string) => Error;
  ErrorCode?: Record<ErrorKind, string>;
}

const ERROR_CELL: Record<ErrorKind, string> = { invalidValue: "#VALUE!", notAvailable: "#N/A" };

/** Used only where the custom-functions runtime is absent (a plain browser, unit tests). */
export class OfflineFunctionError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "OfflineFunctionError";
  }
}

/** The runtime's Error class is defined after office.js loads its host script: look it up late. */
function toExcelError(failure: Failure): Error {
  const runtime = (globalThis as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;
  const code = runtime?.ErrorCode?.[failure.kind] ?? ERROR_CELL[failure.kind];
  return runtime?.Error ? new runtime.Error(code, failure.message) : new OfflineFunctionError(code, failure.message);
}

function settle<T>(run: () => kernel.Outcome<T>): T {
  let outcome: kernel.Outcome<T>;
  try {
    outcome = run();
  } catch {
    outcome = fail("invalidValue", "INTERNAL");
  }
  if (outcome.ok) return outcome.value;
  throw toExcelError(outcome);
}

/**
 * คะแนนถ่วงน้ำหนักของตัวชี้วัด / The weighted score of a KPI: share of the weight earned × weight.
 * @customfunction SCORE SCORE
 * @param result ผลการดำเนินงาน (ตัวเลขหรือข้อความเลขไทย; ว่าง = ว่าง) / The result (a number or Thai-digit text; blank gives blank).
 * @param criteria เกณฑ์ระดับ ๑–๕ ช่วง ๑×๕ หรือ ๕×๑; เว้นว่าง = ตัวชี้วัดระดับความสำเร็จ / Criteria for levels 1–5, a 1×5 or 5×1 range; blank = milestone KPI (result is the level).
 * @param weight น้ำหนักของตัวชี้วัด (ไม่ติดลบ) / The KPI's weight (not negative).
 * @param [ladder] ขั้นร้อยละของระดับ ๑–๕; ไม่ใส่ = ตามกรอบการประเมินของไฟล์ หรือ 20–100 / Share at levels 1–5 in %; default: the workbook's framework, else 20…100.
 * @returns คะแนนถ่วงน้ำหนัก / The weighted score.
 */
export function score(result: unknown, criteria: unknown[][], weight: unknown, ladder?: unknown[][]): number | string {
  return settle(() => kernel.score(result, criteria, weight, ladder));
}

/**
 * คะแนน ๐–๕ เทียบบัญญัติไตรยางศ์ระหว่างเกณฑ์ / Points 0–5, interpolated between the criteria (98.77 on 92…100 → 4.385).
 * @customfunction POINTS POINTS
 * @param result ผลการดำเนินงาน / The result.
 * @param criteria เกณฑ์ระดับ ๑–๕ (๑×๕ หรือ ๕×๑); เว้นว่าง = ผลคือระดับ / Criteria for levels 1–5 (1×5 or 5×1); blank = the result is the level.
 * @returns คะแนน ๐–๕ / Points 0–5.
 */
export function points(result: unknown, criteria: unknown[][]): number | string {
  return settle(() => kernel.points(result, criteria));
}

/**
 * ระดับเต็มที่ทำได้ ๐–๕ / The whole level reached, 0–5.
 * @customfunction LEVEL LEVEL
 * @param result ผลการดำเนินงาน / The result.
 * @param criteria เกณฑ์ระดับ ๑–๕ (๑×๕ หรือ ๕×๑); เว้นว่าง = ผลคือระดับ / Criteria for levels 1–5 (1×5 or 5×1); blank = the result is the level.
 * @returns ระดับ ๐–๕ / Level 0–5.
 */
export function level(result: unknown, criteria: unknown[][]): number | string {
  return settle(() => kernel.level(result, criteria));
}

/**
 * ร้อยละของน้ำหนักที่ได้ตามคะแนน / The share of the weight earned at the given points, in percent.
 * @customfunction SHARE SHARE
 * @param points คะแนน ๐–๕ / Points 0–5.
 * @param [ladder] ขั้นร้อยละของระดับ ๑–๕; ไม่ใส่ = ตามกรอบการประเมินของไฟล์ หรือ 20–100 / Share at levels 1–5 in %; default: the workbook's framework, else 20…100.
 * @returns ร้อยละของน้ำหนัก / Share of the weight, in percent.
 */
export function share(points: unknown, ladder?: unknown[][]): number | string {
  return settle(() => kernel.share(points, ladder));
}

/**
 * ตัวเลขในข้อความไทยหรืออารบิก ("ร้อยละ ๙๘.๗๗" → 98.77) / The number in a Thai or Arabic text.
 * @customfunction NUMBER NUMBER
 * @param text ข้อความที่มีตัวเลขหนึ่งค่า / A text holding one number.
 * @returns ตัวเลข / The number.
 */
export function number(text: unknown): number | string {
  return settle(() => kernel.number(text));
}

/**
 * วิธีคิดคะแนนเป็นข้อความ สำหรับเขียนเหตุผลประกอบ / The working of the score in words, for the reasons given with a score.
 * @customfunction EXPLAIN EXPLAIN
 * @param result ผลการดำเนินงาน / The result.
 * @param criteria เกณฑ์ระดับ ๑–๕ (๑×๕ หรือ ๕×๑); เว้นว่าง = ผลคือระดับ / Criteria for levels 1–5 (1×5 or 5×1); blank = the result is the level.
 * @param weight น้ำหนักของตัวชี้วัด / The KPI's weight.
 * @param [ladder] ขั้นร้อยละของระดับ ๑–๕; ไม่ใส่ = ตามกรอบการประเมินของไฟล์ / Share at levels 1–5 in %; default: the workbook's framework.
 * @param [english] TRUE หรือ "en" = ภาษาอังกฤษ; ไม่ใส่ = ภาษาไทย / TRUE or "en" for English; default Thai.
 * @returns วิธีคิดคะแนน / The working.
 */
export function explain(result: unknown, criteria: unknown[][], weight: unknown, ladder?: unknown[][], english?: unknown): string {
  return settle(() => kernel.explain(result, criteria, weight, ladder, english));
}
