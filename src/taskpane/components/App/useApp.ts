// The pane's state: the plan open in the workbook, its live check, the seal and the summaries,
// which screen shows, and the ribbon's "check before sending" request.
import { useCallback, useEffect, useRef, useState } from "react";
import { onViewRequest, requestedView } from "../../../runtime/viewRequests";
import { useServices, useLang } from "../../context";
import { useLiveCheck } from "../../hooks/useLiveCheck";
import { useSeal } from "../../hooks/useSeal";
import { useSummaries } from "../../hooks/useSummaries";
import { useWorkbookPlan } from "../../hooks/useWorkbookPlan";
import type { AppProps, AppState } from "./App.types";
import { SCREENS, VIEWS, type View } from "./screens";

export function useApp(props: AppProps): AppState {
  const { t, lang, setLang } = useLang();
  const services = useServices();
  const FRAMEWORKS = services.frameworks.all;
  const applyFrameworkToFunctions = services.functions.applyFramework;
  const plan = useWorkbookPlan();
  const meta = plan.active?.meta ?? null;
  const check = useLiveCheck(meta, props.debounceMs === undefined ? {} : { debounceMs: props.debounceMs });
  const seal = useSeal(check, meta, props.now);
  const summaries = useSummaries(check, meta, props.now);
  const [view, setView] = useState<View | null>(null);
  /** The insert's message stays on the check screen until the next move. */
  const [notice, setNotice] = useState(false);
  /** The ribbon asked for "check before sending": run it once the plan has been checked. */
  const ribbon = useRef(requestedView() === "send");
  const focusHeading = useRef(false);

  const go = useCallback((v: View) => {
    focusHeading.current = true;
    setNotice(false);
    setView(v);
  }, []);

  // First screen: the check when the workbook holds a plan, else start.
  useEffect(() => {
    if (plan.status !== "ready" || view !== null) return;
    setView(plan.active ? (ribbon.current ? "send" : "check") : "start");
  }, [plan.status, plan.active, view]);

  // The ribbon button while the pane is open.
  useEffect(
    () =>
      onViewRequest((v) => {
        if (v !== "send") return;
        ribbon.current = true;
        go("send");
      }),
    [go],
  );

  const { run } = seal;
  useEffect(() => {
    if (!ribbon.current || !meta || !check.result || seal.status === "checking") return;
    ribbon.current = false;
    void run();
  }, [meta, check.result, seal.status, run]);

  // The open plan's framework gives the custom functions their default ladder.
  const framework = check.result?.framework;
  useEffect(() => {
    if (framework) applyFrameworkToFunctions(framework);
  }, [framework, applyFrameworkToFunctions]);

  // Errors found by the check before sending: show the list.
  useEffect(() => {
    if (seal.status === "errors") go("check");
  }, [seal.status, go]);

  // Moving between screens puts the keyboard focus on the new screen's heading.
  useEffect(() => {
    if (!focusHeading.current || view === null) return undefined;
    focusHeading.current = false;
    const id = `heading-${view}`;
    const heading = document.getElementById(id);
    if (heading) {
      heading.focus();
      return undefined;
    }
    // A screen in a chunk of its own (lazyScreens.tsx) appears once its chunk has arrived.
    const observer = new MutationObserver(() => {
      const h = document.getElementById(id);
      if (!h) return;
      observer.disconnect();
      h.focus();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [view]);

  /** After an insert: the check screen, with what the insert did. */
  const afterInsert = useCallback(
    (ok: boolean): boolean => {
      if (ok) {
        go("check");
        setNotice(true);
      }
      return ok;
    },
    [go],
  );
  const insert = useCallback<AppState["insert"]>(async (p, framework) => afterInsert(await plan.insert(p, framework)), [plan, afterInsert]);
  const create = useCallback<AppState["create"]>(async (frameworkId, agency) => afterInsert(await plan.create(frameworkId, agency)), [plan, afterInsert]);

  const open = useCallback(
    (m: string) => {
      plan.open(m);
      go("check");
    },
    [plan, go],
  );

  const active = plan.active;
  return {
    t,
    lang,
    setLang,
    view,
    go,
    nav: VIEWS.map((v) => ({ view: v, label: SCREENS[v].label(t), disabled: SCREENS[v].needsPlan && !active })),
    frameworks: props.frameworks ?? FRAMEWORKS,
    plan,
    check,
    seal,
    summaries,
    openLabel: active ? t.openPlanLabel(active.agency || t.unnamedAgency, active.fiscalYear === null ? "?" : String(active.fiscalYear)) : null,
    insert,
    create,
    open,
    notice: notice && view === "check" && plan.inserted ? plan.inserted[lang] : null,
  };
}
