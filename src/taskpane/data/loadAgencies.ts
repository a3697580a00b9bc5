// The agency list (names, abbreviations, English names: ~2 KB gzip) in a chunk of its own, fetched
// when the user reaches the agency field (focus or typing) — not at start-up. Until it arrives the
// field takes the name as typed, which is what it does for any agency missing from the list.
import type * as Agencies from "../../core/agencies";

/** The module path typed as a plain string (as in loadEngine.ts: webpack still sees the literal). */
type Path = string;

export type AgencyList = typeof Agencies;

let loaded: AgencyList | null = null;
let pending: Promise<AgencyList> | null = null;

/** The list, when it has arrived. */
export const agencyList = (): AgencyList | null => loaded;

export function loadAgencies(): Promise<AgencyList> {
  pending ??= (import(/* webpackChunkName: "agencies" */ "../../core/agencies" as Path) as Promise<AgencyList>).then(
    (m) => (loaded = m),
    (e: unknown) => {
      pending = null; // a failed download can be retried
      throw e;
    },
  );
  return pending;
}
