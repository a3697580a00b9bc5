// The KPI basket (ตะกร้าตัวชี้วัด) as a file: JSON Lines, a header line with the format and its
// version, then one KPI a line — a single UTF-8 text file the central office keeps, emails and
// diffs, that grows year by year, and that the task pane reads in the browser as the command line
// reads it in Node (no native module). Lines are sorted (year, agency, component, id) so that a
// new year's collection shows as added lines.
//
//   {"format":"kpi-basket","version":1}
//   {"year":2566,"framework":"bma-2566-bureau","agency":"สำนักการศึกษา","component":"1","id":"1-1","name":"…",…}
import * as z from "zod/mini";
import { Text } from "../schema/common";
import { Rubric, RoundId } from "../schema/plan";

export const BASKET_FORMAT = "kpi-basket";
export const BASKET_VERSION = 1;

const num = z.nullable(z.number());

/** One past KPI: where it was used, what it asked, what came of it. */
export const BasketKpi = z.object({
  /** Fiscal year, Buddhist Era. */
  year: z.number().check(z.int()),
  framework: z.string().check(z.minLength(1)),
  agency: z.string().check(z.minLength(1)),
  component: z.string(),
  /** The component's Thai name in that year's framework. */
  componentName: z.optional(Text),
  id: z.string(),
  name: z.string().check(z.minLength(1)),
  target: Text,
  unit: z.optional(Text),
  weight: num,
  rubric: z.optional(Rubric),
  definition: z.optional(Text),
  method: z.optional(Text),
  evidence: z.optional(z.array(z.string())),
  /** The round whose results are recorded. */
  round: RoundId,
  /** The committee's result and weighted score; the agency's own beside them. */
  result: num,
  score: num,
  self: z.optional(num),
  selfScore: z.optional(num),
  focusIssue: z.optional(z.number()),
  /** The focus issue's heading in that year's framework. */
  focusIssueName: z.optional(Text),
  /** When it was collected, ISO 8601. */
  collected: z.string(),
});
export type BasketKpi = z.infer<typeof BasketKpi>;

const Header = z.object({ format: z.literal(BASKET_FORMAT), version: z.literal(BASKET_VERSION) });

export interface BasketProblem {
  /** 1-based line of the file. */
  line: number;
  message: { th: string; en: string };
}

export interface Basket {
  entries: BasketKpi[];
  problems: BasketProblem[];
}

/** Reads a basket file's text; every line that is not a KPI is a problem with its line number. */
export function parseBasket(text: string): Basket {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const entries: BasketKpi[] = [];
  const problems: BasketProblem[] = [];
  let headerSeen = false;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      problems.push({ line: i + 1, message: { th: "ไม่ใช่ JSON", en: "not JSON" } });
      return;
    }
    if (!headerSeen) {
      headerSeen = true;
      if (!Header.safeParse(json).success) {
        problems.push({ line: i + 1, message: { th: `บรรทัดแรกต้องเป็น {"format":"${BASKET_FORMAT}","version":${BASKET_VERSION}}`, en: `the first line must be {"format":"${BASKET_FORMAT}","version":${BASKET_VERSION}}` } });
      }
      return;
    }
    const parsed = BasketKpi.safeParse(json);
    if (parsed.success) entries.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      const where = issue?.path.map(String).join(".") || "(line)";
      problems.push({ line: i + 1, message: { th: `ไม่ใช่ตัวชี้วัดในตะกร้า: ${where} ${issue?.message ?? ""}`.trim(), en: `not a basket KPI: ${where} ${issue?.message ?? ""}`.trim() } });
    }
  });
  if (!headerSeen) problems.push({ line: 1, message: { th: "ไฟล์ว่าง ไม่ใช่ตะกร้าตัวชี้วัด", en: "the file is empty: no KPI basket" } });
  return { entries, problems };
}

const key = (e: BasketKpi): string[] => [String(e.year).padStart(6, "0"), e.agency, e.framework, e.component, e.id];

function compare(a: BasketKpi, b: BasketKpi): number {
  const x = key(a);
  const y = key(b);
  for (let i = 0; i < x.length; i++) {
    const c = (x[i] as string).localeCompare(y[i] as string, "th", { numeric: true });
    if (c !== 0) return c;
  }
  return 0;
}

/** The keys of a line in the order the schema lists them, whatever order an entry was built in. */
const KEYS = Object.keys(BasketKpi.shape) as (keyof BasketKpi)[];

const ordered = (e: BasketKpi): Record<string, unknown> => Object.fromEntries(KEYS.filter((k) => e[k] !== undefined).map((k) => [k, e[k]]));

/** The file's text: the header, then one KPI a line in a stable order, keys as the schema lists them. */
export function serializeBasket(entries: readonly BasketKpi[]): string {
  const lines = [...entries].sort(compare).map((e) => JSON.stringify(ordered(e)));
  return `${[JSON.stringify({ format: BASKET_FORMAT, version: BASKET_VERSION }), ...lines].join("\n")}\n`;
}

/**
 * The basket with `incoming` added: an agency's KPIs of a year and framework collected again
 * replace the ones collected before (its latest plan counts), all other years stay.
 */
export function mergeBasket(existing: readonly BasketKpi[], incoming: readonly BasketKpi[]): BasketKpi[] {
  const plan = (e: BasketKpi): string => `${e.year}\u0000${e.framework}\u0000${e.agency}`;
  const replaced = new Set(incoming.map(plan));
  return [...existing.filter((e) => !replaced.has(plan(e))), ...incoming];
}
