// Ribbon commands that open the task pane on a given view. The commands bundle and the task-pane
// bundle share the runtime but not their modules, so the request travels through one global
// slot (read when the pane starts) and a window event (heard while the pane is running).

/** Views a ribbon button can ask for. "send": ตรวจก่อนส่ง / check before sending. */
export type PaneView = "send";

export const VIEW_EVENT = "kpi-addin:view";
const SLOT = Symbol.for("kpi-addin.commands.view");

type Holder = { [SLOT]?: PaneView };

export function requestView(view: PaneView): void {
  (globalThis as Holder)[SLOT] = view;
  if (typeof window !== "undefined" && typeof CustomEvent === "function") {
    window.dispatchEvent(new CustomEvent<PaneView>(VIEW_EVENT, { detail: view }));
  }
}

/** The view last asked for, if any; the pane calls this once when it starts. */
export function requestedView(): PaneView | undefined {
  return (globalThis as Holder)[SLOT];
}

/** Calls `listener` on every later request; returns the unsubscribe function. */
export function onViewRequest(listener: (view: PaneView) => void): () => void {
  if (typeof window === "undefined") return () => undefined;
  const handler = (event: Event): void => listener((event as CustomEvent<PaneView>).detail);
  window.addEventListener(VIEW_EVENT, handler);
  return () => window.removeEventListener(VIEW_EVENT, handler);
}
