import * as z from "zod/mini";
import { Bilingual, RoundId, StrictNumber } from "./common";
import { YEAR_FIELDS } from "./year";

export const RubricKind = z.enum(["milestone", "numeric", "score100"]);
export type RubricKind = z.infer<typeof RubricKind>;

/** A KPI every agency shares, prefilled from the framework (budget disbursement, innovation…). */
export const StandardKpi = z.object({
  name: z.string().check(z.minLength(1)),
  target: z.string().check(z.minLength(1)),
  unit: z.optional(z.string()),
  definition: z.string().check(z.minLength(1)),
  method: z.string().check(z.minLength(1)),
  evidence: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  evaluator: z.optional(z.string()),
  rubric: z.object({
    kind: RubricKind,
    /** Result needed for 1…5 points, numeric rubrics only. */
    criteria: z.optional(z.array(z.number()).check(z.length(5))),
    /** What each level 1…5 requires, in words. */
    descriptions: z.array(z.string().check(z.minLength(1))).check(z.length(5)),
    /** Criteria of a round that differs from the year-end one (mid-year), level 1 first. */
    rounds: z.optional(z.object({ mid: z.optional(z.object({ criteria: z.array(z.number()).check(z.length(5)) })) })),
  }),
});
export type StandardKpi = z.infer<typeof StandardKpi>;

export interface Component {
  code: string;
  name: Bilingual;
  weight: number;
  kpiCount: number;
  joint?: boolean | undefined;
  shared?: boolean | undefined;
  evaluator?: string | undefined;
  standardKpis?: StandardKpi[] | undefined;
  children?: Component[] | undefined;
}

export const Component: z.ZodMiniType<Component> = z.lazy(() =>
  z.object({
    code: z.string().check(z.regex(/^\d+(\.\d+)*$/, "component code like 1 or 1.2")),
    name: Bilingual,
    weight: z.number().check(z.positive()),
    kpiCount: z.number().check(z.int(), z.nonnegative()),
    /** Joint KPIs must name the partner agencies and their roles. */
    joint: z.optional(z.boolean()),
    /** Common to every agency, not negotiated: its KPIs come from `standardKpis`. */
    shared: z.optional(z.boolean()),
    evaluator: z.optional(z.string()),
    standardKpis: z.optional(z.array(StandardKpi)),
    children: z.optional(z.array(Component)),
  }),
);

export const Ladder = z
  .array(z.number().check(z.positive()))
  .check(
    z.length(5),
    z.refine((l: number[]) => l.every((v, i) => i === 0 || v > (l[i - 1] as number)), "ขั้นร้อยละต้องเพิ่มขึ้นทุกระดับ / ladder must increase"),
    z.refine((l: number[]) => l[4] === 100, "ระดับ ๕ ต้องได้ร้อยละ ๑๐๐ / level 5 earns 100 %"),
  );

/** An evaluation round of the year, in the order the rounds take place. */
export const FrameworkRound = z.object({ id: RoundId, name: Bilingual });
export type FrameworkRound = z.infer<typeof FrameworkRound>;

/** BMA evaluates every year at mid-year (six months) and at year-end: the rounds a framework has unless it says otherwise. */
export const DEFAULT_ROUNDS: readonly FrameworkRound[] = [
  { id: "mid", name: { th: "ระยะครึ่งปีงบประมาณ (รอบ ๖ เดือน)", en: "mid-year (six months)" } },
  { id: "end", name: { th: "ระยะสิ้นปีงบประมาณ", en: "year-end" } },
];

const Rounds = z
  .array(FrameworkRound)
  .check(
    z.minLength(1),
    z.refine((r: FrameworkRound[]) => new Set(r.map((x) => x.id)).size === r.length, "รอบการประเมินแต่ละรอบมีได้ครั้งเดียว / each round once"),
  );

const FrameworkFields = z.object({
  format: z.literal("kpi-framework"),
  version: z.literal(1),
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  fiscalYear: StrictNumber,
  agencyKind: z.enum(["bureau", "district"]),
  name: Bilingual,
  /** Share of the weight earned at levels 1…5, in percent. */
  ladder: Ladder,
  /** The evaluation rounds of the year, in order (mid-year, year-end). */
  rounds: z._default(Rounds, () => DEFAULT_ROUNDS.map((r) => ({ ...r, name: { ...r.name } }))),
  /** Points for a numeric result worse than the first criterion (the sources never show it). */
  floor: z._default(z.number().check(z.gte(0), z.lte(1)), 0),
  sources: z._default(z.array(z.string()), []),
  notes: z._default(z.array(z.string()), []),
  components: z.array(Component).check(z.minLength(1)),
  // The year's focus issues and calendar (year.ts).
  ...YEAR_FIELDS,
});

export const Framework = FrameworkFields.check(
  z.superRefine((fw: z.infer<typeof FrameworkFields>, ctx) => {
    const total = fw.components.reduce((s, c) => s + c.weight, 0);
    if (Math.abs(total - 100) > 1e-9) {
      ctx.addIssue({ code: "custom", path: ["components"], message: `น้ำหนักรวม ${total} ไม่ใช่ ๑๐๐ / weights sum to ${total}, not 100` });
    }
    const seen = new Set<string>();
    const walk = (list: Component[], path: (string | number)[]): void => {
      list.forEach((c, i) => {
        const here = [...path, i];
        if (seen.has(c.code)) ctx.addIssue({ code: "custom", path: here, message: `รหัสองค์ประกอบ ${c.code} ซ้ำ / duplicate code ${c.code}` });
        seen.add(c.code);
        const kids = c.children ?? [];
        if (kids.length === 0) return;
        const w = kids.reduce((s, k) => s + k.weight, 0);
        const n = kids.reduce((s, k) => s + k.kpiCount, 0);
        if (Math.abs(w - c.weight) > 1e-9) {
          ctx.addIssue({ code: "custom", path: here, message: `องค์ประกอบย่อยของ ${c.code} มีน้ำหนักรวม ${w} ไม่ใช่ ${c.weight} / children of ${c.code} weigh ${w}, not ${c.weight}` });
        }
        if (n !== c.kpiCount) {
          ctx.addIssue({ code: "custom", path: here, message: `องค์ประกอบย่อยของ ${c.code} มี ${n} ตัวชี้วัด ไม่ใช่ ${c.kpiCount} / children of ${c.code} hold ${n} KPIs, not ${c.kpiCount}` });
        }
        walk(kids, [...here, "children"]);
      });
    };
    walk(fw.components, ["components"]);
  }, { when: (payload) => !payload.issues.some((i) => i.path?.[0] === "components") }),
);
export type Framework = z.infer<typeof Framework>;
