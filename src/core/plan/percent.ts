// Whether a KPI counts in percent — the result and the criteria are percentages (ร้อยละ 92…100 of
// the budget disbursed) — from what the plan says of it: its unit, target or name. Thai has no
// case, so only "percent" needs /i.
const PERCENT_WORDS = ["ร้อยละ", "เปอร์เซ็นต์", "%"];

/** Whether a text names a percentage. */
export const saysPercent = (t: unknown): boolean => typeof t === "string" && (PERCENT_WORDS.some((w) => t.includes(w)) || /percent/i.test(t));

/** Whether the KPI's unit, target or name says it counts in percent (a KPI of a plan, or one being read). */
export const countsPercent = (k: { readonly [field: string]: unknown }): boolean => saysPercent(k.unit) || saysPercent(k.target) || saysPercent(k.name);
