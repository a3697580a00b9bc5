// How alike two names are, to match a detail page, a rubric title or an action-plan title to a
// KPI when the documents word the same KPI differently ("ตอบโจทย์" / "ต่อบริษัท").
import { keyOf } from "./text";

/** Letters and digits only: spaces, quotes and punctuation do not make names different. */
export const nameKey = (text: string): string => keyOf(text).replace(/[^\p{L}\p{N}\p{M}]/gu, "").toLowerCase();

interface Grams {
  counts: Map<string, number>;
  size: number;
}

// Matching compares every page, rubric and plan title with every KPI name: the bigrams of a
// text are computed once. The cache only remembers; results do not depend on it.
const CACHE = new Map<string, Grams>();
const CACHE_MAX = 4000;

function grams(text: string): Grams {
  const hit = CACHE.get(text);
  if (hit) return hit;
  const key = nameKey(text);
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < key.length; i++) {
    const g = key.slice(i, i + 2);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  const out = { counts, size: Math.max(0, key.length - 1) };
  if (CACHE.size >= CACHE_MAX) CACHE.clear();
  CACHE.set(text, out);
  return out;
}

function shared(a: Grams, b: Grams): number {
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let n = 0;
  for (const [g, c] of small.counts) n += Math.min(c, large.counts.get(g) ?? 0);
  return n;
}

/** Dice coefficient of character bigrams, 0…1: for two names of the same KPI. */
export function nameSimilarity(a: string, b: string): number {
  const x = grams(a);
  const y = grams(b);
  const total = x.size + y.size;
  if (total === 0) return 0;
  return (2 * shared(x, y)) / total;
}

/** Share of the name's bigrams found in a longer title ("แผนปฏิบัติการ<name> ปี ๒๕๖๗"), 0…1. */
export function containment(name: string, title: string): number {
  const n = grams(name);
  return n.size === 0 ? 0 : shared(n, grams(title)) / n.size;
}

/** The better of the two measures: titles may add words around a name or be a name. */
export const titleSimilarity = (name: string, title: string): number =>
  Math.max(nameSimilarity(name, title), containment(name, title), containment(title, name) * 0.9);

/** Names equal once whitespace is ignored (line-wrap spaces do not count as a disagreement). */
export const sameIgnoringSpaces = (a: string, b: string): boolean => keyOf(a).replace(/\s+/g, "") === keyOf(b).replace(/\s+/g, "");
