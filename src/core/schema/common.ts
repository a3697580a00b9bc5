// zod/mini: the same schemas as classic zod (one core underneath, same issues, paths and
// messages) in a tree-shakable functional API, so the task pane's start-up bundle carries a few KB
// of zod instead of ~25 KB gzip. The English messages of schema problems are switched on by the
// front-ends that show them (schemaMessages.ts), not here: the pane's start-up never shows one.
import * as z from "zod/mini";
import { toNumeric } from "../thai/number";

/** A Thai text with its English counterpart: every user-visible string comes as a pair. */
export const Bilingual = z.object({ th: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
export type Bilingual = z.infer<typeof Bilingual>;

/**
 * A field that should hold a number but may arrive as Thai-digit text ("๑๐ คะแนน").
 * Unreadable text is kept as text — validation reports it (NOT_A_NUMBER) instead of losing it.
 * A missing key reads as null like an empty cell (zod 4 needs `.optional()` to let it be absent).
 */
export const Numeric = z.pipe(
  z.optional(z.union([z.number(), z.string(), z.null(), z.undefined()])),
  z.transform((v: number | string | null | undefined): number | string | null => toNumeric(v)),
);
export type Numeric = z.infer<typeof Numeric>;

/** A number that must be one (years, versions): Thai digits accepted, anything else refused. */
export const StrictNumber = z.pipe(
  z.pipe(
    z.union([z.number(), z.string()]),
    z.transform((v: number | string) => toNumeric(v)),
  ),
  z.number({ error: "ต้องเป็นตัวเลข / must be a number" }),
);

/** Free text: null or missing reads as "", so later code never meets undefined. */
export const Text = z.pipe(
  z.optional(z.union([z.string(), z.number(), z.null(), z.undefined()])),
  z.transform((v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v))),
);


/** The evaluation rounds of a year: mid-year (ระยะครึ่งปี, six months) and year-end (ระยะสิ้นปีงบประมาณ). */
export const RoundId = z.enum(["mid", "end"]);
export type RoundId = z.infer<typeof RoundId>;
