// Loads the engine chunk once; the pane's entry starts this before Office.onReady resolves, so
// the download overlaps Office's own start-up.
import type { Engine } from "./engine";

let loading: Promise<Engine> | null = null;

/** The module path typed as a plain string (TypeScript's node16 rules want an extension; webpack
 * still sees the literal and splits the chunk). */
type Path = string;

export function loadEngine(): Promise<Engine> {
  loading ??= (import(/* webpackChunkName: "engine" */ "./engine" as Path) as Promise<{ engine: Engine }>).then((m) => m.engine);
  return loading;
}
