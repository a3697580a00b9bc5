// State of the start screen: the framework chosen by fiscal year and agency kind, and the agency
// typed or picked (abbreviations resolved to the full name), from which the pane makes a new plan.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { AgencyKind } from "../../../core/agencies";
import { agencyList, loadAgencies, type AgencyList } from "../../data/loadAgencies";
import { useLang } from "../../context";
import { useKeptInput } from "../../keptInput";
import type { StartScreenProps, StartScreenState } from "./StartScreen.types";

const KINDS: AgencyKind[] = ["bureau", "district"];

export function useStartScreen(props: StartScreenProps): StartScreenState {
  const { t, lang } = useLang();
  const years = useMemo(() => [...new Set(props.frameworks.map((f) => f.fiscalYear))].sort((a, b) => b - a), [props.frameworks]);
  // What the user chose or typed survives a visit to another step.
  const [year, setYearState] = useKeptInput<number>("start.year", years[0] ?? 0);
  const [kind, setKind] = useKeptInput<AgencyKind>("start.kind", "bureau");
  const [agency, setAgencyText] = useKeptInput("start.agency", "");
  const [submitted, setSubmitted] = useState(false);
  const uid = useId();
  // The agency list arrives when the user reaches the agency field (see loadAgencies.ts).
  const [list, setList] = useState<AgencyList | null>(agencyList);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const wantAgencies = useCallback((): void => {
    if (list) return;
    loadAgencies().then(
      (l) => mounted.current && setList(l),
      () => undefined, // names are then taken as typed
    );
  }, [list]);
  const setAgency = (text: string): void => {
    wantAgencies();
    setAgencyText(text);
  };

  const kinds = KINDS.map((k) => ({ kind: k, available: props.frameworks.some((f) => f.fiscalYear === year && f.agencyKind === k) }));
  const framework = props.frameworks.find((f) => f.fiscalYear === year && f.agencyKind === kind) ?? null;
  const resolvedName = list ? list.resolveAgency(agency) : agency.trim();
  const suggestions = useMemo(() => (list ? list.agenciesFor(kind) : []), [list, kind]);

  const setYear = (y: number): void => {
    setYearState(y);
    // Keep a kind the new year has; else take the first it has.
    if (!props.frameworks.some((f) => f.fiscalYear === y && f.agencyKind === kind)) {
      const first = props.frameworks.find((f) => f.fiscalYear === y);
      if (first) setKind(first.agencyKind);
    }
  };

  const submit = (): void => {
    setSubmitted(true);
    if (!framework || resolvedName === "" || props.busy) return;
    if (list) {
      props.onCreate(framework.id, resolvedName);
      return;
    }
    // Submitted before the list arrived: resolve an abbreviation with it, else take the name as typed.
    loadAgencies().then(
      (l) => props.onCreate(framework.id, l.resolveAgency(agency)),
      () => props.onCreate(framework.id, resolvedName),
    );
  };

  return {
    t,
    lang,
    years,
    year,
    setYear,
    kinds,
    kind,
    setKind,
    framework,
    agency,
    setAgency,
    wantAgencies,
    resolved: resolvedName !== "" && resolvedName !== agency.trim() ? resolvedName : null,
    suggestions,
    agencyError: submitted && resolvedName === "" ? t.agencyRequired : null,
    submit,
    busy: props.busy,
    inserted: props.inserted ? props.inserted[lang] : null,
    templates: props.templates,
    activeMeta: props.activeMeta,
    onOpen: props.onOpen,
    onImport: props.onImport ?? null,
    ids: { agency: `${uid}-agency`, agencies: `${uid}-agencies`, heading: "heading-start", existing: `${uid}-existing` },
  };
}
