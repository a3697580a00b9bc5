// Sheet 4, the evaluators' review: per round and (sub-)component the reasons for the score,
// strengths, weaknesses, suggestions for development and who signed (name, position, office,
// date), as the official result form prints them. A row for every leaf component of the
// framework in every round, then any review the plan holds for another component.
import { findComponent, leafComponents } from "../../core/frameworks";
import type { RoundId } from "../../core/schema/common";
import type { Framework } from "../../core/schema/framework";
import type { Plan, Review } from "../../core/schema/plan";
import { thaiDate } from "../../core/thai/calendar";
import { toThaiDigits } from "../../core/thai/digits";
import type { SheetRender } from "../../workbook/model";
import { rangeAddress } from "../../workbook/a1";
import { FIRST_DATA_ROW, reviewColumns, ROUND_LABELS } from "../layout";
import { addTable, finish, SheetBuilder, textCell, titleBlock } from "./builder";
import type { Ctx } from "./context";

/** The rows of the sheet in order: a round, a component and the plan's review of them, if any. */
export function reviewRows(plan: Plan, framework: Framework, rounds: readonly RoundId[]): { round: RoundId; component: string; review: Review | undefined }[] {
  const reviews = plan.reviews ?? [];
  const used = new Set<Review>();
  const rows: { round: RoundId; component: string; review: Review | undefined }[] = [];
  for (const round of rounds) {
    for (const c of leafComponents(framework)) {
      const review = reviews.find((r) => !used.has(r) && r.round === round && r.component === c.code);
      if (review) used.add(review);
      rows.push({ round, component: c.code, review });
    }
    for (const review of reviews) {
      if (review.round !== round || used.has(review)) continue;
      used.add(review);
      rows.push({ round, component: review.component, review });
    }
  }
  return rows;
}

/** A sign-off date as the forms write it (BE, Thai digits); a date that is not ISO stays as it was read. */
export const signoffDateText = (date: string): string => thaiDate(date) ?? date;

export function renderReviews(ctx: Ctx): SheetRender {
  const b = new SheetBuilder(ctx.sheets.reviews, reviewColumns());
  titleBlock(b, ctx, "reviews");
  let row = FIRST_DATA_ROW;
  let previous: RoundId | null = null;
  for (const { round, component, review } of reviewRows(ctx.plan, ctx.framework, ctx.rounds)) {
    const c = findComponent(ctx.framework, component);
    b.set(row, "round", ROUND_LABELS[round]);
    b.set(row, "component", component);
    b.set(row, "name", c ? `${toThaiDigits(c.code)} ${c.name.th}` : null);
    b.set(row, "reasons", textCell(review?.reasons));
    b.set(row, "strengths", textCell(review?.strengths));
    b.set(row, "weaknesses", textCell(review?.weaknesses));
    b.set(row, "suggestions", textCell(review?.suggestions));
    const s = review?.signoff;
    b.set(row, "signName", textCell(s?.name));
    b.set(row, "signPosition", textCell(s?.position));
    b.set(row, "signOrganisation", textCell(s?.organisation));
    b.set(row, "signDate", textCell(s?.date === undefined ? undefined : signoffDateText(s.date)));
    // A medium line where the next round starts.
    if (previous !== null && previous !== round) b.style(rangeAddress(row, 0, row, b.lastColumn), { topBorder: "medium" });
    previous = round;
    row++;
  }
  const lastRow = row - 1;
  addTable(b, ctx.tables.reviews, lastRow);
  return finish(b, "reviews", ctx, lastRow);
}
