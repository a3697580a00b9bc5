// What components reach through context: the workbook (port + session, never Office.js itself),
// the engine (domain code, its own chunk) and the language. Tests give the providers an in-memory
// workbook and the engine module itself.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { WorkbookPort } from "../workbook/port";
import type { Engine } from "./engine";
import type { WorkbookSession } from "../workbook/session";
import { STRINGS, type Lang, type Strings } from "./i18n/strings";

export interface PaneHost {
  port: WorkbookPort;
  session: WorkbookSession;
}

const HostContext = createContext<PaneHost | null>(null);
const EngineContext = createContext<Engine | null>(null);

export function EngineProvider({ engine, children }: { engine: Engine; children: ReactNode }): JSX.Element {
  return <EngineContext.Provider value={engine}>{children}</EngineContext.Provider>;
}

/** The engine (core, layout, checker, adapters), loaded before the pane renders. */
export function useEngine(): Engine {
  const engine = useContext(EngineContext);
  if (!engine) throw new Error("useEngine: no EngineProvider above this component");
  return engine;
}

export function HostProvider({ host, children }: { host: PaneHost; children: ReactNode }): JSX.Element {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

export function useHost(): PaneHost {
  const host = useContext(HostContext);
  if (!host) throw new Error("useHost: no HostProvider above this component");
  return host;
}

export interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Strings;
}

const LangContext = createContext<LangState | null>(null);

export function LangProvider({ initial, children }: { initial: Lang; children: ReactNode }): JSX.Element {
  const [lang, setLang] = useState<Lang>(initial);
  useEffect(() => {
    if (typeof document !== "undefined") document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang, t: STRINGS[lang] }), [lang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangState {
  const state = useContext(LangContext);
  if (!state) throw new Error("useLang: no LangProvider above this component");
  return state;
}
