// The shipped frameworks as the task pane needs them. At start-up only their list
// (registry.index.ts: id, year, kind, name, ladder, floor and digest), for the Start and Import
// screens and the custom functions' defaults. The frameworks themselves (registry.evaluation.ts,
// each parsed by the schema) and the comparison with them (differences.ts), some 3 KB gzip, are
// fetched only for a workbook that stores no framework, or whose stored framework is not the
// shipped one of its id: nearly every workbook stores the very framework that is shipped, and its
// digest says so.
import { SHIPPED_INDEX, type ShippedEntry } from "../core/frameworks/registry.index";
import type { Framework } from "../core/schema/framework";
import type { TemplateMeta } from "../layout/read";
import { canonicalJson } from "../core/canonicalJson";
import { evaluationPart } from "../core/frameworks/evaluationPart";
import { frameworkDigest } from "../seal/frameworkDigest";
import { storedFramework, type ShippedFrameworks } from "../template/readCore";

/** A framework as the Start and Import screens offer it. */
export type OfferedFramework = Pick<Framework, "id" | "fiscalYear" | "agencyKind" | "name">;

/** The module path typed as a plain string (as in loadActions.ts: webpack still sees the literal). */
type Path = string;

export const shippedList: readonly ShippedEntry[] = SHIPPED_INDEX;

export const findShipped = (id: string): ShippedEntry | undefined => SHIPPED_INDEX.find((f) => f.id === id);

let loading: Promise<ShippedFrameworks> | null = null;

/** The shipped frameworks and the comparison with them (core/frameworks/evaluation.ts), fetched once, in a chunk of their own. */
export function loadShippedFrameworks(): Promise<ShippedFrameworks> {
  loading ??= (
    import(/* webpackChunkName: "frameworks" */ "../core/frameworks/evaluation" as Path) as Promise<typeof import("../core/frameworks/evaluation")>
  ).then(
    (m) => m.SHIPPED_FRAMEWORKS,
    (e: unknown) => {
      // A failed download can be retried.
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** Whether the last stored framework asked about (by its JSON text) is the shipped one of its id. */
let last: { json: string; shipped: Promise<boolean> } | null = null;

function isShipped(json: string, stored: Framework): Promise<boolean> {
  if (last?.json !== json) {
    const entry = findShipped(stored.id);
    // Without a digest (no Web Crypto), the shipped frameworks are fetched and compared whole.
    last = { json, shipped: entry ? frameworkDigest(stored).then((d) => d === entry.digest, () => false) : Promise.resolve(false) };
  }
  return last.shipped;
}

/**
 * The stored framework standing for the shipped one of its id, which it is (same digest): the read
 * asks only for the id the metadata records, and compares the framework with itself. Should it ever
 * compare two others, it is told whether they define the same evaluation, without the details.
 */
function standIn(stored: Framework): ShippedFrameworks {
  return {
    find: (id) => (id === stored.id ? stored : undefined),
    differences: (a, b) =>
      canonicalJson(evaluationPart(a)) === canonicalJson(evaluationPart(b)) ? [] : [{ th: "กรอบการประเมิน", en: "the framework" }],
  };
}

/**
 * What the one read needs of the shipped frameworks for this metadata: when the workbook stores
 * the shipped framework of the id its metadata records (same digest), that stored framework stands
 * in for it; otherwise the shipped frameworks, fetched (`load`).
 */
export async function shippedFor(meta: TemplateMeta | null, load: () => Promise<ShippedFrameworks> = loadShippedFrameworks): Promise<ShippedFrameworks> {
  const json = meta?.frameworkJson;
  const stored = json ? storedFramework(json) : null;
  if (json && stored && stored.id === meta.framework && (await isShipped(json, stored))) return standIn(stored);
  return load();
}
