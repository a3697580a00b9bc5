// What a framework file says about its year beyond the components: the development focus issues
// (ประเด็นมุ่งเน้นการพัฒนา) with their supporting KPIs and responsible agencies, and the calendar
// of the negotiation cycle with the deadlines agencies work to (seed 004). Both optional: a
// framework without them is checked and scored as before.
import * as z from "zod/mini";
import { Bilingual } from "./common";

const nonEmpty = (): z.ZodMiniString => z.string().check(z.minLength(1));

/** A supporting KPI (ตัวชี้วัดสนับสนุน): name, target text, responsible agencies as the memo writes them ("สพส.", "สนข."). */
export const SupportingKpi = z.object({
  name: nonEmpty(),
  target: nonEmpty(),
  responsible: z.array(nonEmpty()).check(z.minLength(1)),
});
export type SupportingKpi = z.infer<typeof SupportingKpi>;

/** A sub-goal of a focus issue ("๑.๑ ทุกคนได้รับการศึกษา…") and the measures listed under it. */
export const SubGoal = z.object({
  code: nonEmpty(),
  text: nonEmpty(),
  measures: z._default(z.array(nonEmpty()), []),
});
export type SubGoal = z.infer<typeof SubGoal>;

export const FocusIssue = z.object({
  /** 1, 2, … as the memo numbers them: what a KPI's "focus issue" column holds. */
  no: z.number().check(z.int(), z.positive()),
  /** The BMA strategy it serves, as the memo heads it: "ยุทธศาสตร์ที่ ๓ การลดความเหลื่อมล้ำ…". */
  heading: nonEmpty(),
  subGoals: z._default(z.array(SubGoal), []),
  /** หน่วยงานที่เกี่ยวข้อง, as written ("สำนักพัฒนาสังคม", "สำนักงานเขต ๕๐ เขต"). */
  relatedAgencies: z._default(z.array(nonEmpty()), []),
  supportingKpis: z._default(z.array(SupportingKpi), []),
});
export type FocusIssue = z.infer<typeof FocusIssue>;

/** "2022-05" (a month) or "2022-05-05" (a day), Common Era, as ISO 8601 writes them. */
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function realDate(text: string): boolean {
  const m = DAY.exec(text) ?? MONTH.exec(text);
  if (!m) return false;
  const [year, month, day = 1] = m.slice(1).map(Number) as [number, number, number?];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const isoDay = z.string().check(z.regex(DAY, "ต้องเป็นวันที่ ค.ศ. แบบ YYYY-MM-DD / must be a Common Era date YYYY-MM-DD"), z.refine(realDate, "ไม่มีวันที่นี้ / no such date"));
const isoMonthOrDay = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}(-\d{2})?$/, "ต้องเป็นเดือนหรือวันที่ ค.ศ. แบบ YYYY-MM หรือ YYYY-MM-DD / must be a Common Era month YYYY-MM or date YYYY-MM-DD"),
    z.refine(realDate, "ไม่มีเดือนหรือวันที่นี้ / no such month or date"),
  );

/** A step of the cycle: from a month (or day) to another, what is done and, if the memo says, what comes of it. */
export const Milestone = z.object({
  from: isoMonthOrDay,
  to: z.optional(isoMonthOrDay),
  activity: Bilingual,
  outcome: z.optional(Bilingual),
});
export type Milestone = z.infer<typeof Milestone>;

/** The deadlines that matter to agencies; `kpi collect` marks files received after `submission` late. */
export const DeadlineKind = z.enum(["submission", "midYear", "yearEnd", "other"]);
export type DeadlineKind = z.infer<typeof DeadlineKind>;

export const Deadline = z.object({
  kind: DeadlineKind,
  date: isoDay,
  /** What is due; without it the kind's own words are shown. */
  name: z.optional(Bilingual),
});
export type Deadline = z.infer<typeof Deadline>;

export const Calendar = z.object({
  milestones: z._default(z.array(Milestone), []),
  deadlines: z._default(z.array(Deadline), []),
});
export type Calendar = z.infer<typeof Calendar>;

/** The fields a framework file may add for its year (spread into the framework schema). */
export const YEAR_FIELDS = {
  /** The component whose KPIs should serve a focus issue: "1" unless the framework says otherwise. */
  focusComponent: z.optional(z.string().check(z.regex(/^\d+(\.\d+)*$/, "component code like 1 or 1.2"))),
  focusIssues: z.optional(z.array(FocusIssue)),
  calendar: z.optional(Calendar),
};
