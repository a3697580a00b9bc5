import type { Bilingual } from "../core/schema/common";

export type Lang = "th" | "en";

export function parseLang(value: string | undefined): Lang {
  if (value === undefined) return "th";
  if (value === "th" || value === "en") return value;
  throw new CliError(`--lang ต้องเป็น th หรือ en / --lang must be th or en (got "${value}")`, 2);
}

export const pick = (text: Bilingual, lang: Lang): string => text[lang];

/** An error the user caused: printed without a stack, with the exit code it carries. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = "CliError";
  }
}
