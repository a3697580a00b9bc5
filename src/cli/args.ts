import { toThaiDigits } from "../core/thai/digits";
import { toNumeric } from "../core/thai/number";
import { CliError } from "./lang";

/** A number typed on the command line, Thai digits accepted ("๙๘.๗๗"). */
export function numberArg(name: string, raw: string): number {
  const v = toNumeric(raw);
  if (typeof v !== "number") {
    throw new CliError(`${name} ต้องเป็นตัวเลข ได้รับ "${raw}" / ${name} must be a number, got "${raw}"`, 2);
  }
  return v;
}

/**
 * "92,94,96,98,100" or "๙๒,๙๔,…" → numbers; each item must be a number. An empty item
 * ("92,,94") is refused, not skipped: the user meant something there.
 */
export function numberListArg(name: string, raw: string): number[] {
  return raw
    .trim()
    .split(/\s*[,;]\s*|\s+/)
    .map((s, i) => {
      if (s === "") throw new CliError(`${name}: รายการที่ ${toThaiDigits(i + 1)} ว่าง ใน "${raw}" / ${name}: item ${i + 1} is empty in "${raw}"`, 2);
      return numberArg(`${name} (${i + 1})`, s);
    });
}
