// fast-check arbitraries that damage a plan: replace or delete any node of the tree with junk.
// Used to prove that reading and validating never throw, whatever a workbook or a file holds.
import fc from "fast-check";
import { clone } from "./plan";

export type Path = readonly (string | number)[];

/** Every node below the root (objects, arrays and leaves), parents before children. */
export function nodePaths(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => {
    const here = [...path, key];
    return [here, ...nodePaths((value as Record<string | number, unknown>)[key], here)];
  });
}

/** Values a careless cell or a broken import might hold. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, "", "  ", "-", "abc", "๑๐", "ร้อยละ ๙๘.๗๗", "๑-๒", "๑๐ หรือ ๒๐", 0, -1, 5, 7, 2566, 1e12, true, [], {}),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, { year: 2567, month: 10 }, [1, 2, 3], { level: 5 }),
  fc.anything({ maxDepth: 2 }),
);

/** What a spreadsheet cell can hold: text, a number or nothing. Most such plans still parse. */
export const cellJunk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, "", "-", "abc", "๑๐", "ร้อยละ ๙๘.๗๗", "๑-๒", 0, -1, 5, 7, 100, 2566, 2567),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.string({ maxLength: 8 }),
);

export interface Mutation {
  /** Picks the node: an index into nodePaths of the plan as it is at that moment. */
  at: number;
  remove: boolean;
  value: unknown;
}

export const mutation = (values: fc.Arbitrary<unknown> = junk): fc.Arbitrary<Mutation> =>
  fc.record({ at: fc.nat(), remove: fc.boolean(), value: values });

/** A copy of `base` with the mutations applied one after the other. */
export function mutate<T>(base: T, mutations: readonly Mutation[]): T {
  const copy = clone(base);
  for (const m of mutations) {
    const paths = nodePaths(copy);
    const path = paths[m.at % Math.max(paths.length, 1)];
    if (!path) break;
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy);
    const key = path[path.length - 1] as string | number;
    const target = parent as Record<string | number, unknown>;
    if (m.remove && Array.isArray(parent)) parent.splice(Number(key), 1);
    else if (m.remove) delete target[key];
    // A copy: the junk constants are shared objects, and one put in twice could end up holding
    // itself (a cycle no plan read from a file or a workbook can have).
    else target[key] = m.value !== null && typeof m.value === "object" ? clone(m.value) : m.value;
  }
  return copy;
}

/** Plans derived from `base` by one to `max` mutations with `values` (any junk by default). */
export function mutatedPlans<T>(base: T, max = 6, values: fc.Arbitrary<unknown> = junk): fc.Arbitrary<T> {
  return fc.array(mutation(values), { minLength: 1, maxLength: max }).map((ms) => mutate(base, ms));
}
