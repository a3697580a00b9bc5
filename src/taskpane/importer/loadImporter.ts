// Loads the importer chunk (the text-of-the-forms importer with its vocabulary, about as large as
// the rest of the domain code) the first time the Import screen opens, never at start-up. This
// module belongs to the engine chunk, so the importer chunk leaves out everything the engine
// already holds (core schemas, frameworks, validation, layout).
import type { Importer } from "./types";

/** The module path typed as a plain string (as in loadEngine.ts: webpack still sees the literal). */
type Path = string;

let loading: Promise<Importer> | null = null;

export function loadImporter(): Promise<Importer> {
  loading ??= (import(/* webpackChunkName: "importer" */ "./importer" as Path) as Promise<{ importer: Importer }>).then(
    (m) => m.importer,
    (e: unknown) => {
      // A failed download can be retried.
      loading = null;
      throw e;
    },
  );
  return loading;
}
