// Searching the basket: past KPIs ranked by how alike they are to the words typed. Each KPI's
// name (most), target and definition are split into words (segment.ts) and weighted by TF-IDF —
// a word few KPIs use ("มูลฝอย") counts more than one most use ("ระดับความสำเร็จ") — and compared
// with the query by cosine similarity; letter pairs of the name add a little, so a misspelt or
// garbled word still finds its KPI.
import { resolveAgency } from "../agencies";
import { isWithin } from "../frameworks";
import { nameSimilarity } from "../import/similarity";
import type { BasketKpi } from "./format";
import { words } from "./segment";

export interface BasketFilter {
  /** A name, abbreviation or district's short name. */
  agency?: string | undefined;
  /** Fiscal years (BE). */
  years?: readonly number[] | undefined;
  /** A component code; its sub-components match too ("1" finds 1.1). */
  component?: string | undefined;
}

export interface BasketHit {
  entry: BasketKpi;
  /** 0…1. */
  similarity: number;
  /** The query's words found in the KPI. */
  matched: string[];
}

const FIELDS: readonly [keyof BasketKpi, number][] = [
  ["name", 1],
  ["target", 0.35],
  ["definition", 0.25],
];
const WORDS_SHARE = 0.85;

/**
 * Thai function words (of, in, that, and, to, for, by, with…): in every other KPI name, they
 * tell KPIs apart no more than spaces do.
 */
const STOP_WORDS = new Set(["การ", "ความ", "ของ", "ใน", "ที่", "และ", "ให้", "ได้", "มี", "เป็น", "จาก", "กับ", "โดย", "เพื่อ", "ตาม", "ต่อ", "แก่", "แห่ง", "ซึ่ง", "ด้วย", "หรือ", "นั้น", "นี้", "จะ", "ว่า", "อย่าง", "ไป", "มา", "ถึง", "ทั้ง"]);

const telling = (text: string): string[] => words(text).filter((w) => !STOP_WORDS.has(w));

type Vector = Map<string, number>;

function termWeights(entry: BasketKpi): Vector {
  const tf: Vector = new Map();
  for (const [field, weight] of FIELDS) {
    const value = entry[field];
    if (typeof value !== "string") continue;
    for (const w of telling(value)) tf.set(w, (tf.get(w) ?? 0) + weight);
  }
  return tf;
}

function norm(v: Vector): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

/** Newest year first, then by agency and KPI id: a stable order for equals. */
const byRecency = (a: BasketKpi, b: BasketKpi): number => b.year - a.year || a.agency.localeCompare(b.agency, "th") || a.id.localeCompare(b.id, "th", { numeric: true });

export function matchesFilter(entry: BasketKpi, filter: BasketFilter): boolean {
  if (filter.agency && resolveAgency(filter.agency) !== resolveAgency(entry.agency)) return false;
  if (filter.years && filter.years.length > 0 && !filter.years.includes(entry.year)) return false;
  if (filter.component && !isWithin(entry.component, filter.component.trim())) return false;
  return true;
}

/**
 * The KPIs of `entries` that pass `filter`, most alike to `query` first (then newest year first).
 * An empty query lists them all, newest first. KPIs sharing no word and hardly a letter pair
 * with the query are left out.
 */
export function searchBasket(entries: readonly BasketKpi[], query: string, filter: BasketFilter = {}, limit = 20): BasketHit[] {
  const pool = entries.filter((e) => matchesFilter(e, filter));
  const q = [...new Set(telling(query))];
  if (q.length === 0) {
    return pool
      .sort(byRecency)
      .slice(0, limit)
      .map((entry) => ({ entry, similarity: 0, matched: [] }));
  }
  const docs = pool.map((entry) => ({ entry, tf: termWeights(entry) }));
  const df = new Map<string, number>();
  for (const d of docs) for (const w of d.tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  const idf = (w: string): number => Math.log(1 + n / (df.get(w) ?? 0.5));
  const qv: Vector = new Map(q.map((w) => [w, idf(w)]));
  const qn = norm(qv);
  const hits: BasketHit[] = [];
  for (const d of docs) {
    const dv: Vector = new Map([...d.tf].map(([w, tf]) => [w, tf * idf(w)]));
    let dot = 0;
    const matched: string[] = [];
    for (const [w, x] of qv) {
      const y = dv.get(w);
      if (y === undefined) continue;
      dot += x * y;
      matched.push(w);
    }
    const dn = norm(dv);
    const cosine = dn === 0 || qn === 0 ? 0 : dot / (dn * qn);
    const letters = nameSimilarity(query, d.entry.name);
    const similarity = WORDS_SHARE * cosine + (1 - WORDS_SHARE) * letters;
    if (matched.length === 0 && letters < 0.5) continue;
    hits.push({ entry: d.entry, similarity, matched });
  }
  return hits.sort((a, b) => b.similarity - a.similarity || byRecency(a.entry, b.entry)).slice(0, limit);
}
