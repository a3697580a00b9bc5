// How alike two names are, to match a detail page, a rubric title or an action-plan title to a
// KPI when the documents word the same KPI differently ("ตอบโจทย์" / "ต่อบริษัท").
import { keyOf } from "./text";

/** Letters and digits only: spaces, quotes and punctuation do not make names different. */
export const nameKey = (text: string): string => keyOf(text).replace(/[^\p{L}\p{N}\p{M}]/gu, "").toLowerCase();

function bigrams(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const g = text.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

function shared(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [g, c] of a) n += Math.min(c, b.get(g) ?? 0);
  return n;
}

const size = (m: Map<string, number>): number => [...m.values()].reduce((s, v) => s + v, 0);

/** Dice coefficient of character bigrams, 0…1: for two names of the same KPI. */
export function nameSimilarity(a: string, b: string): number {
  const x = nameKey(a);
  const y = nameKey(b);
  if (x === "" || y === "") return 0;
  if (x === y) return 1;
  const bx = bigrams(x);
  const by = bigrams(y);
  const total = size(bx) + size(by);
  return total === 0 ? 0 : (2 * shared(bx, by)) / total;
}

/** Share of the name's bigrams found in a longer title ("แผนปฏิบัติการ<name> ปี ๒๕๖๗"), 0…1. */
export function containment(name: string, title: string): number {
  const bn = bigrams(nameKey(name));
  const n = size(bn);
  return n === 0 ? 0 : shared(bn, bigrams(nameKey(title))) / n;
}

/** The better of the two measures: titles may add words around a name or be a name. */
export const titleSimilarity = (name: string, title: string): number =>
  Math.max(nameSimilarity(name, title), containment(name, title), containment(title, name) * 0.9);

/** Names equal once whitespace is ignored (line-wrap spaces do not count as a disagreement). */
export const sameIgnoringSpaces = (a: string, b: string): boolean => keyOf(a).replace(/\s+/g, "") === keyOf(b).replace(/\s+/g, "");
