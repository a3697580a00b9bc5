// The calendar of a framework's year: the cycle its dates must lie in, dates in Thai (BE) and
// English, the next deadline and the days left to it, and the calendar moved to another year.
// Dates are ISO 8601 in the Common Era ("2022-05-05", a month "2022-05"), as the file stores them.
import type { Bilingual } from "../schema/common";
import type { Calendar, Deadline, DeadlineKind } from "../schema/year";
import { toThaiDigits } from "../thai/digits";
import { BE_OFFSET, monthName } from "../thai/calendar";

/**
 * The negotiation cycle of fiscal year `fiscalYear` (BE): from 1 January of the calendar year
 * before the fiscal year starts (the focus issues are drafted in January, seed 004) to 31 December
 * after it ends (year-end results), as ISO dates. FY2566 (Oct 2022 – Sep 2023): 2022-01-01 … 2023-12-31.
 */
export function cycleOf(fiscalYear: number): { from: string; to: string } {
  const ce = fiscalYear - BE_OFFSET;
  return { from: `${ce - 1}-01-01`, to: `${ce}-12-31` };
}

/** The first and last day a month or day stands for: "2022-05" → 2022-05-01 … 2022-05-31. */
export function daySpan(iso: string): { first: string; last: string } {
  if (iso.length > 7) return { first: iso, last: iso };
  const [y, m] = iso.split("-").map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${iso}-01`, last: `${iso}-${String(days).padStart(2, "0")}` };
}

/** "2022-05-05" → ๕ พฤษภาคม ๒๕๖๕ / 5 May 2022; "2022-05" → พฤษภาคม ๒๕๖๕ / May 2022. */
export function dateLabel(iso: string): Bilingual {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number?];
  const month = monthName(m);
  const be = toThaiDigits(y + BE_OFFSET);
  return d === undefined
    ? { th: `${month.full} ${be}`, en: `${month.en} ${y}` }
    : { th: `${toThaiDigits(d)} ${month.full} ${be}`, en: `${d} ${month.en} ${y}` };
}

const KIND_NAMES: Record<DeadlineKind, Bilingual> = {
  submission: { th: "ส่งตัวชี้วัดให้สำนักยุทธศาสตร์และประเมินผล", en: "KPIs submitted to the Strategy and Evaluation Department" },
  midYear: { th: "ส่งผลการดำเนินงานรอบครึ่งปี", en: "mid-year results due" },
  yearEnd: { th: "ส่งผลการดำเนินงานรอบสิ้นปีงบประมาณ", en: "year-end results due" },
  other: { th: "กำหนดส่ง", en: "deadline" },
};

/** What a deadline is for: its own name, else its kind's words. */
export const deadlineName = (d: Deadline): Bilingual => d.name ?? KIND_NAMES[d.kind];

const dayNumber = (iso: string): number => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

/** Today as the ISO date of the local calendar (the pane's clock). */
export function isoToday(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface NextDeadline {
  deadline: Deadline;
  /** 0 on the day itself. */
  daysLeft: number;
}

/** The first deadline on or after `today` (ISO date), or null when the calendar has none left. */
export function nextDeadline(calendar: Calendar | undefined, today: string): NextDeadline | null {
  const t = dayNumber(today);
  let best: NextDeadline | null = null;
  for (const d of calendar?.deadlines ?? []) {
    const left = dayNumber(d.date) - t;
    if (left >= 0 && (best === null || left < best.daysLeft)) best = { deadline: d, daysLeft: left };
  }
  return best;
}

/** "อีก ๑๒ วัน" / "12 days left"; the day itself is "วันนี้" / "today". */
export function daysLeftLabel(days: number): Bilingual {
  if (days === 0) return { th: "วันนี้", en: "today" };
  return { th: `อีก ${toThaiDigits(days)} วัน`, en: `${days} day${days === 1 ? "" : "s"} left` };
}

/** An ISO month or date `years` later; 29 February becomes the 28th in a common year. */
export function shiftIso(iso: string, years: number): string {
  const [y, ...rest] = iso.split("-");
  const moved = `${Number(y) + years}-${rest.join("-")}`;
  if (rest.length === 2 && rest[0] === "02" && rest[1] === "29") {
    const year = Number(y) + years;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    if (!leap) return `${year}-02-28`;
  }
  return moved;
}

/** Every date of the calendar `years` later. */
export function shiftCalendar(calendar: Calendar, years: number): Calendar {
  return {
    milestones: calendar.milestones.map((m) => ({ ...m, from: shiftIso(m.from, years), ...(m.to === undefined ? {} : { to: shiftIso(m.to, years) }) })),
    deadlines: calendar.deadlines.map((d) => ({ ...d, date: shiftIso(d.date, years) })),
  };
}
