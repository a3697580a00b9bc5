// Every string the task pane shows, Thai and English. Messages about the plan itself (findings,
// read problems, seal checks) come with their own Thai/English pair from the core and the layout;
// these are the pane's words: Thai in the start-up bundle (thStrings.ts), English fetched when it
// is needed (enStrings.ts), some 0.8 KB gzip that a Thai Office never downloads.
import { th, type Strings } from "./thStrings";

export type { Strings } from "./thStrings";
export type Lang = "th" | "en";

/** The module path typed as a plain string (as in loadActions.ts: webpack still sees the literal). */
type Path = string;

let en: Strings | null = null;
let loadingEn: Promise<Strings> | null = null;

/** The pane's words in a language: Thai always; English once loadStrings("en") has fetched them, Thai until then. */
export const stringsFor = (lang: Lang): Strings => (lang === "en" && en) || th;

/** Whether the words of a language are here (stringsFor gives them). */
export const hasStrings = (lang: Lang): boolean => lang === "th" || en !== null;

/** Fetches the words of a language, once (English is a chunk of its own; Thai is always here). */
export function loadStrings(lang: Lang): Promise<Strings> {
  if (lang === "th") return Promise.resolve(th);
  loadingEn ??= (import(/* webpackChunkName: "strings-en" */ "./enStrings" as Path) as Promise<typeof import("./enStrings")>).then(
    (m) => (en = m.en),
    (e: unknown) => {
      // A failed download can be retried.
      loadingEn = null;
      throw e;
    },
  );
  return loadingEn;
}

/** Office's display language → the pane's: Thai for "th…", English otherwise. */
export const langOf = (displayLanguage: string | undefined): Lang => ((displayLanguage ?? "").toLowerCase().startsWith("th") ? "th" : "en");

/** A time of day as people read it: "10:05 น." / "10:05". */
export function clock(date: Date, lang: Lang): string {
  const hm = `${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}`;
  return lang === "th" ? `${hm} น.` : hm;
}

/** A number for the pane: up to 3 decimals, no trailing zeros. */
export const num = (v: number): string => String(Math.round(v * 1000) / 1000);
