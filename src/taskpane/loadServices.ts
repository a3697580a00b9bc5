// Loads the services chunk once; the pane's entry starts this before Office.onReady resolves, so
// the download overlaps Office's own start-up.
import type { Services } from "./services";

let loading: Promise<Services> | null = null;

/** The module path typed as a plain string (TypeScript's node16 rules want an extension; webpack
 * still sees the literal and splits the chunk). */
type Path = string;

export function loadServices(): Promise<Services> {
  loading ??= (import(/* webpackChunkName: "services" */ "./services" as Path) as Promise<{ services: Services }>).then((m) => m.services);
  return loading;
}
