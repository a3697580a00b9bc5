import { z } from "zod";
import { toNumeric } from "../thai/number";

/** A Thai text with its English counterpart: every user-visible string comes as a pair. */
export const Bilingual = z.object({ th: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof Bilingual>;

/**
 * A field that should hold a number but may arrive as Thai-digit text ("๑๐ คะแนน").
 * Unreadable text is kept as text — validation reports it (NOT_A_NUMBER) instead of losing it.
 * A missing key reads as null like an empty cell (zod 4 needs `.optional()` to let it be absent).
 */
export const Numeric = z
  .union([z.number(), z.string(), z.null(), z.undefined()])
  .optional()
  .transform((v): number | string | null => toNumeric(v));
export type Numeric = z.infer<typeof Numeric>;

/** A number that must be one (years, versions): Thai digits accepted, anything else refused. */
export const StrictNumber = z
  .union([z.number(), z.string()])
  .transform((v) => toNumeric(v))
  .pipe(z.number({ error: "ต้องเป็นตัวเลข / must be a number" }));

/** Free text: null or missing reads as "", so later code never meets undefined. */
export const Text = z
  .union([z.string(), z.number(), z.null(), z.undefined()])
  .optional()
  .transform((v) => (v === null || v === undefined ? "" : String(v)));

export const isNumber = (v: Numeric | undefined): v is number => typeof v === "number";
