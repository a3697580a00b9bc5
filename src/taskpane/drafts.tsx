// What the user typed into a screen outlives the screen: leaving the Import step and coming back
// must not lose a pasted form. Drafts live in the pane (one store per Pane), not in the workbook.
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";

type DraftStore = Map<string, unknown>;

const DraftsContext = createContext<DraftStore | null>(null);

export function DraftsProvider({ children }: { children: ReactNode }): JSX.Element {
  const store = useRef<DraftStore>(new Map());
  return <DraftsContext.Provider value={store.current}>{children}</DraftsContext.Provider>;
}

/**
 * Like useState, but the value is kept under `key` for the life of the pane, so a screen that
 * unmounts and mounts again starts where the user left it. Without a DraftsProvider it is plain state.
 */
export function useDraft<T>(key: string, initial: T): [T, (value: T) => void] {
  const store = useContext(DraftsContext);
  const [value, setValue] = useState<T>(() => (store?.has(key) ? (store.get(key) as T) : initial));
  const set = useCallback(
    (next: T) => {
      store?.set(key, next);
      setValue(next);
    },
    [store, key],
  );
  return [value, set];
}
