// State of the start screen: the framework chosen by fiscal year and agency kind, the agency typed
// or picked (abbreviations resolved to the full name), and the new plan it makes.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { Framework } from "../../../core/schema/framework";
import type { Plan } from "../../../core/schema/plan";
import type { AgencyKind } from "../../../core/agencies";
import { agencyList, loadAgencies, type AgencyList } from "../../data/loadAgencies";
import { useServices, useLang } from "../../context";
import { useDraft } from "../../drafts";
import type { Services } from "../../services";
import type { StartScreenProps, StartScreenState } from "./StartScreen.types";

const KINDS: AgencyKind[] = ["bureau", "district"];

/** A new plan: the framework's shared components prefilled with their standard KPIs. */
export function newPlan(standardKpis: Services["frameworks"]["standardKpis"], framework: Framework, agency: string): Plan {
  return {
    format: "kpi-plan",
    version: 1,
    framework: framework.id,
    agency,
    fiscalYear: framework.fiscalYear,
    kpis: standardKpis(framework),
    actionPlan: [],
  };
}

export function useStartScreen(props: StartScreenProps): StartScreenState {
  const { t, lang } = useLang();
  const { standardKpis } = useServices().frameworks;
  const years = useMemo(() => [...new Set(props.frameworks.map((f) => f.fiscalYear))].sort((a, b) => b - a), [props.frameworks]);
  // What the user chose or typed survives a visit to another step.
  const [year, setYearState] = useDraft<number>("start.year", years[0] ?? 0);
  const [kind, setKind] = useDraft<AgencyKind>("start.kind", "bureau");
  const [agency, setAgencyText] = useDraft("start.agency", "");
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
      props.onInsert(newPlan(standardKpis, framework, resolvedName), framework);
      return;
    }
    // Submitted before the list arrived: resolve an abbreviation with it, else take the name as typed.
    loadAgencies().then(
      (l) => props.onInsert(newPlan(standardKpis, framework, l.resolveAgency(agency)), framework),
      () => props.onInsert(newPlan(standardKpis, framework, resolvedName), framework),
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
