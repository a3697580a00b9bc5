// Loads the KPI basket's reading and search (src/core/basket) the first time a basket file is
// opened, never at start-up. This module belongs to the services chunk, so the basket chunk
// leaves out everything the services already hold (zod, schemas, frameworks, agencies): the
// basket screen's own chunk is its controls and words only.
import type { parseBasket, searchBasket } from "../../core/basket";

export interface BasketEngine {
  parseBasket: typeof parseBasket;
  searchBasket: typeof searchBasket;
}

/** The module path typed as a plain string (as in loadImporter.ts: webpack still sees the literal). */
type Path = string;

let loading: Promise<BasketEngine> | null = null;

export function loadBasket(): Promise<BasketEngine> {
  loading ??= (import(/* webpackChunkName: "basket" */ "./engine" as Path) as Promise<{ engine: BasketEngine }>).then(
    (m) => m.engine,
    (e: unknown) => {
      // A failed download can be retried.
      loading = null;
      throw e;
    },
  );
  return loading;
}
