// Weight used vs required per component, as the panel shows it: short names ("1.1 Function
// Base"), "used / required" and what is missing or too much.
import type { Component } from "../../../core/schema/framework";
import type { WeightStatus } from "../../../core/plan/weights";
import { useLang } from "../../context";
import { num, type Lang, type Strings } from "../../i18n/strings";
import type { WeightPanelProps, WeightPanelState, WeightView } from "./WeightPanel.types";

/** "1.1 Function Base": the English name in brackets of the Thai name, else the name. */
export function shortName(code: string, name: Component["name"], lang: Lang): string {
  if (lang === "en") return `${code} ${name.en.split(":")[0]}`;
  const bracket = /\(([^()]+)\)\s*$/.exec(name.th);
  return `${code} ${bracket ? name.th.replace(bracket[0], "").trim() : name.th}`;
}

function view(t: Strings, key: string, label: string, depth: number, used: number, required: number, status: WeightStatus): WeightView {
  const state = status === "ok" ? t.weightOk : status === "under" ? t.weightUnder(num(required - used)) : t.weightOver(num(used - required));
  return {
    key,
    label,
    depth,
    used,
    required,
    text: `${num(used)} / ${num(required)}`,
    state,
    status,
    name: t.weightMeter(label, num(used), num(required), state),
    share: required > 0 ? Math.max(0, Math.min(100, (used / required) * 100)) : 0,
  };
}

export function useWeightPanel({ weights }: WeightPanelProps): WeightPanelState {
  const { t, lang } = useLang();
  if (!weights) return { t, rows: [], total: null };
  return {
    t,
    rows: weights.rows.map((w) => view(t, w.code, shortName(w.code, w.name, lang), w.depth, w.used, w.required, w.status)),
    total: view(t, "total", t.weightsTotal, 0, weights.total.used, weights.total.required, weights.total.status),
  };
}
