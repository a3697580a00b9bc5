// What components reach through context: the workbook (its ports, never Office.js itself), the
// services (domain code, a chunk of its own) and the language. Tests give the providers an in-memory
// workbook and the engine module itself.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { PaneHost } from "./paneHost";
import type { Services } from "./services";
import { hasStrings, loadStrings, stringsFor, type Lang, type Strings } from "./i18n/strings";

export type { PaneHost } from "./paneHost";

const HostContext = createContext<PaneHost | null>(null);
const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }): JSX.Element {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The domain services (core, layout, check, adapters), loaded before the pane renders. */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices: no ServicesProvider above this component");
  return services;
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

/**
 * The pane's language: the one asked for once its words are here (English is fetched the first
 * time it is asked for), Thai until then, and Thai if they cannot be fetched (asking again retries).
 */
export function LangProvider({ initial, children }: { initial: Lang; children: ReactNode }): JSX.Element {
  const [wanted, setWanted] = useState<Lang>(initial);
  const [asked, setAsked] = useState(0);
  const [arrived, setArrived] = useState(0);
  useEffect(() => {
    if (hasStrings(wanted)) return undefined;
    let live = true;
    loadStrings(wanted).then(
      () => live && setArrived((n) => n + 1),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, asked]);
  const lang: Lang = hasStrings(wanted) ? wanted : "th";
  useEffect(() => {
    if (typeof document !== "undefined") document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((l: Lang) => {
    setWanted(l);
    setAsked((n) => n + 1);
  }, []);
  // `arrived` re-renders once the words of the language asked for are here.
  const value = useMemo(() => ({ lang, setLang, t: stringsFor(lang) }), [lang, setLang, arrived]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangState {
  const state = useContext(LangContext);
  if (!state) throw new Error("useLang: no LangProvider above this component");
  return state;
}
