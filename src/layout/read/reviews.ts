// Sheet 4, the evaluators' review: per round and (sub-)component the texts and the sign-off, as
// typed. A date is read in any way the forms write it ("๒๕ เมษายน ๒๕๖๗", "25/4/2567", "3 พ.ค. 67")
// and kept as ISO 8601; one that cannot be read is kept as typed, with a warning.
import type { RoundId } from "../../core/schema/common";
import { isoDate } from "../../core/thai/calendar";
import type { CellValue } from "../../workbook/model";
import { reviewColumns } from "../layout";
import { parseRound } from "../text";
import type { CellRef, ReadIssue } from "../types";
import { isBlank, tableColumns, textOf, type Sheet } from "./cells";
import { readIssue } from "./issues";

const TEXTS = ["reasons", "strengths", "weaknesses", "suggestions"] as const;
const SIGNOFF = { signName: "name", signPosition: "position", signOrganisation: "organisation", signDate: "date" } as const;

export interface ReviewsRead {
  reviews: Record<string, unknown>[];
  /**
   * Where each round's review of a component is typed: `reviews.<round>.signoff` (its name cell),
   * and each part, `reviews.<round>.reasons` … `reviews.<round>.signoff.date`.
   */
  positions: { component: string; field: string; at: CellRef }[];
}

/** Days from Excel's day 0 (1899-12-30) to 1970-01-01. */
const EXCEL_EPOCH = 25569;

/** A date cell: text as the forms write it, or a date Excel converted (a BE year typed as CE is taken back). */
function dateOf(v: CellValue): string | null {
  if (typeof v === "number" && Number.isFinite(v) && v > 0) {
    const d = new Date(Math.round((v - EXCEL_EPOCH) * 86_400_000));
    const year = d.getUTCFullYear() > 2400 ? d.getUTCFullYear() - 543 : d.getUTCFullYear();
    return `${year}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
  }
  return isoDate(textOf(v));
}

export function readReviews(sheet: Sheet | null, issues: ReadIssue[]): ReviewsRead {
  const out: ReviewsRead = { reviews: [], positions: [] };
  if (!sheet) return out;
  const table = tableColumns(sheet, reviewColumns(), "component", issues);
  if (!table) return out;
  const { headerRow, cols } = table;
  const get = (r: number, k: string): CellValue => sheet.typed(r, cols.get(k));
  for (let r = headerRow + 1; r < sheet.rowCount; r++) {
    const roundCell = textOf(sheet.value(r, cols.get("round"))).trim();
    const round: RoundId | null = parseRound(roundCell);
    const component = sheet.code(r, cols.get("component"));
    const signCol = cols.get("signName");
    if (round !== null && component !== "") {
      if (signCol !== undefined) out.positions.push({ component, field: `reviews.${round}.signoff`, at: sheet.ref(r, signCol) });
      const parts: [string, string][] = [...TEXTS.map((k): [string, string] => [k, k]), ...Object.entries(SIGNOFF).map(([k, f]): [string, string] => [k, `signoff.${f}`])];
      for (const [k, field] of parts) {
        const c = cols.get(k);
        if (c !== undefined) out.positions.push({ component, field: `reviews.${round}.${field}`, at: sheet.ref(r, c) });
      }
    }
    const typed = [...TEXTS, ...Object.keys(SIGNOFF)].some((k) => !isBlank(get(r, k)));
    if (!typed) continue;
    if (round === null) {
      issues.push(readIssue("ROUND_UNKNOWN", sheet.ref(r, cols.get("round") ?? 0), { value: roundCell }));
      continue;
    }
    if (component === "") {
      issues.push(readIssue("REVIEW_WITHOUT_COMPONENT", sheet.ref(r, cols.get("component") ?? 0)));
      continue;
    }
    const review: Record<string, unknown> = { round, component };
    for (const k of TEXTS) {
      const text = textOf(get(r, k));
      if (text !== "") review[k] = text;
    }
    if (Object.keys(SIGNOFF).some((k) => !isBlank(get(r, k)))) {
      const signoff: Record<string, unknown> = { name: textOf(get(r, "signName")), position: textOf(get(r, "signPosition")) };
      const organisation = textOf(get(r, "signOrganisation"));
      if (organisation !== "") signoff.organisation = organisation;
      const dateCell = get(r, "signDate");
      const date = isBlank(dateCell) ? "" : dateOf(dateCell);
      if (date === null) {
        issues.push(readIssue("DATE_UNREADABLE", sheet.ref(r, cols.get("signDate") ?? 0), { value: textOf(dateCell) }));
      }
      signoff.date = date ?? textOf(dateCell);
      review.signoff = signoff;
    }
    out.reviews.push(review);
  }
  return out;
}
