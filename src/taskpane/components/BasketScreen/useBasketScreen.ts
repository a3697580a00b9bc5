// State of the KPI basket screen: the basket file opened (read in the browser as the command line
// reads it: JSON Lines), the past KPIs most alike to the words typed, and adding one as a new KPI
// row of the open plan — into its own component when the plan's framework has it as a negotiated
// component, else the framework's focus component — never over a row that holds something.
import { useId, useMemo, useState } from "react";
import type { BasketKpi } from "../../../core/basket/format";
import { focusComponentOf } from "../../../core/frameworks/focus";
import { toThaiDigits } from "../../../core/thai/digits";
import type { BasketEngine } from "../../basket/loadBasket";
import { useLang, useServices } from "../../context";
import { useAddKpiRow } from "../../hooks/useAddKpiRow";
import { BASKET_STRINGS } from "../../i18n/basketStrings";
import { errorText } from "../CheckScreen/useCheckScreen";
import type { BasketItem, BasketScreenProps, BasketScreenState } from "./BasketScreen.types";

const squash = (s: string): string => s.replace(/\s+/g, "").toLowerCase();

/** A file's text as UTF-8, through FileReader (every WebView has it; Blob.text() not every one). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsText(file, "utf-8");
  });
}
const LIMIT = 20;

export function useBasketScreen({ check, metaSheet }: BasketScreenProps): BasketScreenState {
  const { t: core, lang } = useLang();
  const t = useMemo(() => ({ ...core, ...BASKET_STRINGS[lang] }), [core, lang]);
  const services = useServices();
  const { formatScore } = services.scores;
  const [engine, setEngine] = useState<BasketEngine | null>(null);
  const fileInputId = useId();
  const [basket, setBasket] = useState<{ file: string; entries: BasketKpi[]; skipped: number } | { file: string; error: string } | null>(null);
  const [query, setQuery] = useState("");
  const [component, setComponent] = useState("");
  const adding = useAddKpiRow(check, metaSheet, t.addFailed);
  const r = check.result;
  const framework = r?.framework;
  const plan = r?.plan;

  const openFile = (file: File): void => {
    adding.clear();
    void Promise.all([readText(file), services.loadBasket()]).then(
      ([text, loaded]) => {
        setEngine(() => loaded);
        const parsed = loaded.parseBasket(text);
        if (parsed.entries.length === 0 && parsed.problems.length > 0) {
          const p = parsed.problems[0] as (typeof parsed.problems)[number];
          setBasket({ file: file.name, error: `${p.line}: ${p.message[lang]}` });
        } else setBasket({ file: file.name, entries: parsed.entries, skipped: parsed.problems.length });
      },
      (e: unknown) => setBasket({ file: file.name, error: errorText(e) ?? "" }),
    );
  };

  const entries = basket && "entries" in basket ? basket.entries : [];
  const d = (v: number | string): string => (lang === "th" ? toThaiDigits(v) : String(v));
  let loaded: BasketScreenState["loaded"] = null;
  if (basket && "error" in basket) loaded = { intent: "error", text: t.unreadable(basket.file, basket.error) };
  else if (basket) {
    const years = [...new Set(entries.map((e) => e.year))].sort();
    const span = years.length === 0 ? "-" : years.length === 1 ? d(years[0] as number) : `${d(years[0] as number)}–${d(years[years.length - 1] as number)}`;
    loaded = { intent: basket.skipped > 0 ? "warning" : "info", text: `${t.loaded(entries.length, span, basket.file)}${basket.skipped > 0 ? ` · ${t.skippedLines(basket.skipped)}` : ""}` };
  }

  // Where a KPI goes in this plan: its own component if negotiated here, else the focus component.
  const leaves = useMemo(() => {
    const out = new Map<string, boolean>();
    const walk = (list: NonNullable<typeof framework>["components"]): void => {
      for (const c of list) {
        if ((c.children ?? []).length === 0) out.set(c.code, c.shared !== true);
        else walk(c.children ?? []);
      }
    };
    if (framework) walk(framework.components);
    return out;
  }, [framework]);
  const targetOf = (e: BasketKpi): string => (leaves.get(e.component) ? e.component : framework ? focusComponentOf(framework) : "1");

  const add = (e: BasketKpi): Promise<void> => {
    const details = {
      ...(e.unit ? { unit: e.unit } : {}),
      ...(e.definition ? { definition: e.definition } : {}),
      ...(e.method ? { method: e.method } : {}),
      ...(e.evidence ? { evidence: e.evidence } : {}),
    };
    return adding.add({ name: e.name, target: e.target, component: e.component, details });
  };

  const hits = useMemo(() => (engine ? engine.searchBasket(entries, query, { component: component || undefined }, LIMIT) : []), [engine, entries, query, component]);
  const items: BasketItem[] = hits.map((h, i) => {
    const e = h.entry;
    const present = plan?.kpis.find((k) => squash(k.name) === squash(e.name));
    const result = e.result === null ? t.noResult : t.resultLabel(String(e.result), e.score === null ? "-" : formatScore(e.score));
    return {
      key: `${e.year}|${e.framework}|${e.agency}|${e.id}|${i}`,
      name: e.name,
      meta: t.hitMeta(d(e.year), e.agency, e.component),
      figures: t.hitFigures(e.target || "-", e.weight === null ? "-" : String(e.weight), result),
      similarity: query.trim() === "" ? null : t.similarity(Math.round(h.similarity * 100)),
      component: targetOf(e),
      presentAs: present ? present.id : null,
      add: () => void add(e),
    };
  });
  const components = [...new Set(entries.map((e) => e.component))].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  return {
    t,
    headingId: "heading-basket",
    fileInputId,
    loaded,
    hasBasket: entries.length > 0,
    query,
    setQuery,
    components,
    component,
    setComponent,
    openFile,
    items,
    empty: entries.length > 0 && items.length === 0 ? t.noHits : null,
    busy: adding.busy,
    outcome: adding.outcome,
  };
}
