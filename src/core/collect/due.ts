// When files were due: a date given on the command line (ISO, or Thai as the forms write it), else
// the framework calendar's deadline for what is being collected — the KPIs themselves (submission)
// or a round's results. A file is late when it was last changed after the end of that day in
// Bangkok (UTC+7, no daylight saving).
import { deadlineName } from "../frameworks/calendar";
import { isoDate } from "../import/result/values";
import type { Bilingual } from "../schema/common";
import type { Framework } from "../schema/framework";
import type { RoundId } from "../schema/plan";
import type { DeadlineKind } from "../schema/year";
import { toArabicDigits } from "../thai/digits";

const DAY_MS = 86_400_000;
const BANGKOK_MS = 7 * 3_600_000;

export interface Due {
  /** ISO date (Common Era). */
  date: string;
  /** Given on the command line, or the framework calendar's deadline. */
  source: "given" | "calendar";
  /** What was due, for a deadline of the calendar. */
  name?: Bilingual;
}

/**
 * "2024-05-05" (a year past 2400 is Buddhist Era: "2567-05-05"), "5 พ.ค. 2567", "๕ พฤษภาคม ๒๕๖๗",
 * "5/5/2567" → ISO date; null when the text is no date.
 */
export function parseDueDate(text: string): string | null {
  const t = toArabicDigits(text).trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (!iso) return isoDate(t);
  const year = Number(iso[1]);
  const ce = year > 2400 ? year - 543 : year;
  const month = Number(iso[2]);
  const day = Number(iso[3]);
  const d = new Date(Date.UTC(ce, month - 1, day));
  if (d.getUTCFullYear() !== ce || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(ce).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The calendar deadline of what is collected: the KPIs (no round), the mid-year or the year-end results. */
const KIND_OF: Record<RoundId | "plans", DeadlineKind> = { plans: "submission", mid: "midYear", end: "yearEnd" };

export function calendarDue(framework: Framework, round: RoundId | undefined): Due | null {
  const kind = KIND_OF[round ?? "plans"];
  const deadline = (framework.calendar?.deadlines ?? []).filter((d) => d.kind === kind).sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  return deadline ? { date: deadline.date, source: "calendar", name: deadlineName(deadline) } : null;
}

/** The first moment after the due day, in Bangkok, as milliseconds since the epoch. */
export function dueEnd(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d + 1) - BANGKOK_MS;
}

/** Whole days late (1 on the day after the due day); 0 when on time. */
export function daysLate(modified: number, due: string): number {
  const end = dueEnd(due);
  return modified < end ? 0 : Math.floor((modified - end) / DAY_MS) + 1;
}
