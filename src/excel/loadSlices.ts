// The slice reader (slices.ts) as a chunk of its own: only very large plans need it.

/** The module path typed as a plain string (as in src/taskpane/loadEngine.ts: webpack still sees the literal). */
type Path = string;

export const slices = (): Promise<typeof import("./slices")> =>
  import(/* webpackChunkName: "excel-slices" */ "./slices" as Path) as Promise<typeof import("./slices")>;
