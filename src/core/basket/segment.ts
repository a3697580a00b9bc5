// Words of a Thai text. Thai is written without spaces between words, so the words come from the
// platform's dictionary-based word segmenter (Intl.Segmenter, ICU: Node, Chromium/WebView2,
// Safari/WKWebView 14.1+); where a platform has none, runs of Thai letters fall back to
// overlapping letter pairs, which still find shared words, less precisely.
import { toArabicDigits } from "../thai/digits";

type WordSegmenter = { segment(text: string): Iterable<{ segment: string; isWordLike?: boolean }> };

type SegmenterClass = new (locale: string, options: { granularity: "word" }) => WordSegmenter;
const Segmenter = (Intl as { Segmenter?: SegmenterClass }).Segmenter;

// Made on first use: building ICU's Thai dictionary costs tens of milliseconds that every `kpi`
// command would otherwise pay at start-up (main registers the basket command).
let made: WordSegmenter | null | undefined;
const segmenter = (): WordSegmenter | null => (made ??= Segmenter ? new Segmenter("th", { granularity: "word" }) : null);

/** Whether words come from a real word segmenter (else letter pairs). */
export const hasWordSegmenter = Segmenter !== undefined;

const normalise = (text: string): string => toArabicDigits(text.normalize("NFC")).toLowerCase();

const WORDLIKE = /[\p{L}\p{N}]/u;

function fallback(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
    if (!/[\u0E00-\u0E7F]/.test(run) || run.length < 3) {
      out.push(run);
      continue;
    }
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

/** The words of `text`, lower-case, Thai digits as Arabic ones; punctuation and spaces left out. */
export function words(text: string): string[] {
  const t = normalise(text);
  const words = segmenter();
  if (!words) return fallback(t);
  const out: string[] = [];
  for (const s of words.segment(t)) if (s.isWordLike ?? WORDLIKE.test(s.segment)) out.push(s.segment);
  return out;
}
