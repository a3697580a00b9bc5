// What components reach through context: the workbook (its ports, never Office.js itself), the
// services (domain code, a chunk of its own) and the language. Tests give the providers an in-memory
// workbook and the engine module itself.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { WorkbookPort } from "../workbook/port";
import type { LivePort, MarksPort, OutputPort, SelectionPort } from "../workbook/ports";
import type { Services } from "./services";
import { STRINGS, type Lang, type Strings } from "./i18n/strings";

/** The open workbook, through its ports (src/workbook/port.ts, ports.ts). */
export interface PaneHost {
  workbook: WorkbookPort;
  live: LivePort;
  marks: MarksPort;
  selection: SelectionPort;
  output: OutputPort;
  /** The UI language of Office ("th-TH", "en-US"…). */
  displayLanguage: string;
}

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
