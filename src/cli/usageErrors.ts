// Commander's own usage errors (a required option left out, an unknown option or command, too many
// arguments) are English only; every message of `kpi` is Thai first. Each known one gets its Thai
// beside commander's English; one this list does not know is printed as commander says it.
import { toThaiDigits } from "../core/thai/digits";

/** [commander's English, after "error: ", the Thai for it] — the patterns commander 13 prints
 * (node_modules/commander/lib/command.js, the `error(message, { code: "commander.…" })` calls). */
const USAGE_ERRORS: readonly [RegExp, (...m: string[]) => string][] = [
  [/^missing required argument '(.+)'$/, (name) => `ขาดค่าที่ต้องระบุ '${name}'`],
  [/^option '(.+)' argument missing$/, (flags) => `ตัวเลือก '${flags}' ต้องตามด้วยค่า`],
  [/^required option '(.+)' not specified$/, (flags) => `ต้องระบุตัวเลือก '${flags}'`],
  [/^(.+) cannot be used with (.+)$/, (a, b) => `ใช้ ${a} พร้อมกับ ${b} ไม่ได้`],
  [/^unknown option '([^']+)'(?:\s*\(Did you mean (.+)\?\))?$/s, (flag, hint) => `ไม่รู้จักตัวเลือก '${flag}'${hint ? ` (หมายถึง ${hint} หรือไม่)` : ""}`],
  [
    /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (command, expected, got) => `ค่าที่ให้มามากเกินไป${command ? `สำหรับคำสั่ง '${command}'` : ""} รับได้ ${toThaiDigits(expected)} ค่า แต่ได้ ${toThaiDigits(got)} ค่า`,
  ],
  [/^unknown command '([^']+)'(?:\s*\(Did you mean (.+)\?\))?$/s, (name, hint) => `ไม่รู้จักคำสั่ง '${name}'${hint ? ` (หมายถึง ${hint} หรือไม่)` : ""}`],
];

/** Commander's error line, Thai first: "ต้องระบุตัวเลือก '-o …' / error: required option '-o …' not specified". */
export function bilingualUsageError(text: string): string {
  const english = text.trim();
  const body = english.replace(/^error:\s*/, "");
  for (const [pattern, thai] of USAGE_ERRORS) {
    const m = pattern.exec(body);
    if (m) return `${thai(...m.slice(1).map((g) => g ?? ""))} / ${english.replace(/\n\s*/g, " ")}\n`;
  }
  return text;
}
