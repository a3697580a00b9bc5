// State of the Import screen: the text and its preview as people read them — the framework
// (found or chosen), the agency (editable, abbreviations resolved), the KPIs by component with
// weights and rubric levels, the plan check, disagreements and unused lines with line numbers.
import { useEffect, useId, useMemo, useState } from "react";
import { agenciesFor, resolveAgency } from "../../../core/agencies";
import { useLang } from "../../context";
import { useKeptInput } from "../../keptInput";
import { IMPORT_STRINGS } from "../../i18n/importStrings";
import { useImport } from "../../hooks/useImport";
import { num } from "../../i18n/strings";
import { formatScore } from "../../../core/scoring/round";
import { errorText } from "../CheckScreen/useCheckScreen";
import { shortName } from "../WeightPanel/useWeightPanel";
import type { ComponentLines, FindingLine, ImportScreenProps, ImportScreenState, PreviewView, ReportLine } from "./ImportScreen.types";

/** Text longer than `max` characters ends in "…". */
const cut = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function useImportScreen(props: ImportScreenProps): ImportScreenState {
  const { t: core, lang } = useLang();
  const t = useMemo(() => ({ ...core, ...IMPORT_STRINGS[lang] }), [core, lang]);
  const imp = useImport();
  const uid = useId();
  const [agencyEdit, setAgencyEdit] = useKeptInput<string | null>("import.agency", null);
  const [submitted, setSubmitted] = useState(false);
  const p = imp.preview;

  // New text, new agency: what the text says until the user edits it.
  useEffect(() => {
    setAgencyEdit(null);
    setSubmitted(false);
  }, [imp.text]);

  const ok = p?.ok ? p : null;
  const known = ok?.framework ?? null;

  let framework: ImportScreenState["framework"] = null;
  if (ok || (p && !p.ok && p.needsFramework)) {
    const value = known ? known.id : "";
    framework = {
      value,
      options: props.frameworks.map((f) => ({ id: f.id, label: f.name[lang] })),
      hint: !known ? t.frameworkNeeded : ok?.inferred ? t.frameworkFound : t.frameworkChosen,
      missing: !known,
    };
  }

  let error: ImportScreenState["error"] = null;
  if (p && !p.ok) {
    // The importer words "no fiscal year" for the command line (--framework): the pane offers the choice.
    const text = p.code === "NO_FISCAL_YEAR" ? t.importNoYear : p.message ? p.message[lang] : t.importInvalidPlan(p.detail ?? "");
    const hint = p.needsFramework ? t.importChooseFramework : p.code === "EMPTY" || p.code === "BINARY" ? t.importPasteHint : null;
    error = { title: t.importFailedTitle, text, hint };
  }

  let preview: PreviewView | null = null;
  if (ok) {
    const typed = agencyEdit ?? ok.agency;
    const resolved = resolveAgency(typed);
    const components = ok.components.map((c): ComponentLines => {
      const name = c.name ? shortName(c.code, c.name, lang) : c.code;
      const status = c.required === null ? "unknown" : Math.abs(c.used - c.required) < 1e-9 ? "ok" : c.used < c.required ? "under" : "over";
      return {
        code: c.code,
        title: t.previewComponent(name, num(c.used), c.required === null ? null : num(c.required), t.previewCount(c.kpis.length, c.count)),
        status,
        kpis: c.kpis.map((k) => ({
          id: k.id,
          name: k.name,
          meta: `${t.previewKpiWeight(k.weight === null ? null : num(k.weight))} · ${t.previewKpiLevels(k.levels)}`,
        })),
      };
    });
    const errors = ok.findings.filter((f) => f.severity === "error").length;
    const warnings = ok.findings.length - errors;
    const findings = [...ok.findings]
      .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1))
      .map((f, i): FindingLine => {
        // The message names its KPI itself.
        const severity = f.severity === "error" ? t.severityError : t.severityWarning;
        return { key: `${i}|${f.code}`, severity: f.severity, text: `${severity}: ${f.message[lang]}`, code: f.code };
      });
    const lines = (list: readonly number[]): string => t.previewLine(list.map(String).join(", "));
    const score = (v: number | null): string => (v === null ? "–" : formatScore(v));
    const value = (v: number | null): string => (v === null ? "–" : num(Math.round(v * 1000) / 1000));
    const r = ok.results;
    preview = {
      summary: t.previewSummary(resolved || t.unnamedAgency, String(ok.fiscalYear), ok.kpiCount),
      kind: t.previewKind(t.kindNames[ok.kind] ?? ok.kind),
      results: r
        ? {
            heading: t.previewResults(r.round),
            kpis: r.kpis.map((k) => ({ key: k.id, title: `${k.id} ${k.name}`, text: t.previewResultLine(value(k.result), k.self === null ? null : value(k.self), score(k.printed), score(k.computed)) })),
            total: t.previewTotal(score(r.total), score(r.printedTotal)),
            selfTotal: r.selfTotal === null ? null : t.previewSelfTotal(score(r.selfTotal), score(r.printedSelfTotal)),
            scores: r.differences === 0 ? t.previewScoresSame : t.previewScoresDiffer(r.differences),
            differ: r.differences > 0,
          }
        : null,
      agency: typed,
      resolved: resolved !== "" && resolved !== typed.trim() ? resolved : null,
      agencyError: submitted && resolved === "" ? t.agencyRequired : null,
      suggestions: agenciesFor(known?.agencyKind ?? "bureau"),
      components,
      standard: known && ok.standardCount > 0 ? t.previewStandard(ok.standardCount) : null,
      findingsSummary:
        errors + warnings === 0 ? t.findingsNone : [errors > 0 ? t.groupErrors(errors) : null, warnings > 0 ? t.groupWarnings(warnings) : null].filter(Boolean).join(" · "),
      findings,
      disagreements: ok.disagreements.map((d, i): ReportLine => ({ key: `d${i}`, where: lines(d.lines), text: d.message[lang] })),
      skipped: ok.skipped.map((s, i): ReportLine => ({ key: `s${i}`, where: lines([s.line]), text: `“${cut(s.text, 90)}” — ${s.reason[lang]}` })),
      notes: ok.notes.map((n, i): ReportLine => ({ key: `n${i}`, where: n.line ? lines([n.line]) : "", text: n.message[lang] })),
      canInsert: known !== null && !props.busy,
    };
  }

  const sel = imp.selection;
  let selectionMessage: ImportScreenState["selectionMessage"] = null;
  if (sel.status === "read") selectionMessage = { intent: "info", text: t.importSelectionRead(sel.rows) };
  else if (sel.status === "empty") selectionMessage = { intent: "warning", text: t.importSelectionEmpty };
  else if (sel.status === "failed") selectionMessage = { intent: "error", text: t.importSelectionFailed(errorText(sel.error) ?? "") };

  const ready = imp.status === "ready";
  return {
    t,
    lang,
    ids: {
      heading: "heading-import",
      text: `${uid}-text`,
      textHint: `${uid}-text-hint`,
      preview: `${uid}-preview`,
      agencies: `${uid}-agencies`,
      kpis: `${uid}-kpis`,
      results: `${uid}-results`,
      findings: `${uid}-findings`,
      disagreements: `${uid}-disagreements`,
      skipped: `${uid}-skipped`,
      notes: `${uid}-notes`,
    },
    loading: imp.status === "loading",
    loadError: imp.status === "failed" ? t.failed(errorText(imp.loadError) ?? "") : null,
    reload: imp.reload,
    text: imp.text,
    setText: imp.setText,
    onTextKeyDown: (e) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && ready) {
        e.preventDefault();
        imp.run();
      }
    },
    canRun: ready,
    run: () => void imp.run(),
    fromSelection: () => void imp.fromSelection(),
    readingSelection: sel.status === "reading",
    selectionMessage,
    error,
    framework,
    setFramework: (id) => imp.chooseFramework(id === "" ? null : id),
    preview,
    setAgency: setAgencyEdit,
    insert: () => {
      setSubmitted(true);
      if (!ok || !known || props.busy) return;
      const agency = resolveAgency(agencyEdit ?? ok.agency);
      if (agency === "") return;
      props.onInsert({ ...ok.plan, agency }, known);
    },
    busy: props.busy,
  };
}
