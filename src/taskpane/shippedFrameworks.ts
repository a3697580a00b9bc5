// The shipped frameworks as the task pane needs them. At start-up only their list
// (registry.index.ts: id, year, kind, name, ladder, floor and digest), for the Start and Import
// screens and the custom functions' defaults. The frameworks themselves (registry.evaluation.ts,
// some 2.5 KB gzip, each parsed by the schema) are fetched only for a workbook that stores none, or
// whose stored framework is not the shipped one of its id: nearly every workbook stores the very
// framework that is shipped, and its digest says so.
import { SHIPPED_INDEX, type ShippedEntry } from "../core/frameworks/registry.index";
import type { Framework } from "../core/schema/framework";
import type { TemplateMeta } from "../layout/read";
import { frameworkDigest } from "../seal/frameworkDigest";
import { storedFramework, type ShippedLookup } from "../template/readCore";

/** A framework as the Start and Import screens offer it. */
export type OfferedFramework = Pick<Framework, "id" | "fiscalYear" | "agencyKind" | "name">;

/** The module path typed as a plain string (as in loadActions.ts: webpack still sees the literal). */
type Path = string;

export const shippedList: readonly ShippedEntry[] = SHIPPED_INDEX;

export const findShipped = (id: string): ShippedEntry | undefined => SHIPPED_INDEX.find((f) => f.id === id);

let loading: Promise<ShippedLookup> | null = null;

/** The shipped frameworks (registry.evaluation.ts), fetched once, in a chunk of their own. */
export function loadShippedFrameworks(): Promise<ShippedLookup> {
  loading ??= (
    import(/* webpackChunkName: "frameworks" */ "../core/frameworks/evaluation" as Path) as Promise<typeof import("../core/frameworks/evaluation")>
  ).then(
    (m) => m.findEvaluationFramework,
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
    last = { json, shipped: entry ? frameworkDigest(stored).then((d) => d === entry.digest) : Promise.resolve(false) };
  }
  return last.shipped;
}

/**
 * What the one read needs of the shipped frameworks for this metadata: when the workbook stores
 * the shipped framework of the id its metadata records (same digest), that stored framework stands
 * for the shipped one — the read asks only for that id, and finds no difference, as it would with
 * the shipped one. Otherwise the shipped frameworks, fetched (`load`).
 */
export async function shippedFor(meta: TemplateMeta | null, load: () => Promise<ShippedLookup> = loadShippedFrameworks): Promise<ShippedLookup> {
  const json = meta?.frameworkJson;
  const stored = json ? storedFramework(json) : null;
  if (json && stored && stored.id === meta.framework && (await isShipped(json, stored))) return (id) => (id === stored.id ? stored : undefined);
  return load();
}
