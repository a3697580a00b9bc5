// What the user typed into a screen outlives the screen: leaving the Import step and coming back
// must not lose a pasted form. What was typed lives in the pane (one store per Pane), not in the workbook.
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";

type KeptInputStore = Map<string, unknown>;

const KeptInputContext = createContext<KeptInputStore | null>(null);

export function KeptInputProvider({ children }: { children: ReactNode }): JSX.Element {
  const store = useRef<KeptInputStore>(new Map());
  return <KeptInputContext.Provider value={store.current}>{children}</KeptInputContext.Provider>;
}

/**
 * Like useState, but the value is kept under `key` for the life of the pane, so a screen that
 * unmounts and mounts again starts where the user left it. Without a KeptInputProvider it is plain state.
 */
export function useKeptInput<T>(key: string, initial: T): [T, (value: T) => void] {
  const store = useContext(KeptInputContext);
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
