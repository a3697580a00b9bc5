// Checking a framework file the central office edited: first the schema (every problem, each with
// its JSON path and a Thai and English message) — what `--framework <file>` needs before a file is
// used — then the rules a usable year's framework keeps (`kpi frameworks check`). Each rule reads
// the part of the file it needs, parsed on its own, so a broken calendar does not hide a weight
// problem: every problem is found in one pass.
import * as z from "zod/mini";
import type { Bilingual } from "../schema/common";
import { Component, Framework, Ladder } from "../schema/framework";
import { Calendar, FocusIssue } from "../schema/year";
import { toThaiDigits } from "../thai/digits";
import { toNumeric } from "../thai/number";
import { cycleOf, daySpan } from "./calendar";
import { knownResponsible } from "./focus";

export const FRAMEWORK_RULES = [
  "SCHEMA",
  "KPI_COUNT",
  "STANDARD_RUBRIC",
  "CALENDAR_DATE",
  "RESPONSIBLE_AGENCY",
  "FOCUS_COMPONENT",
  "FRAMEWORK_ID",
] as const;
export type FrameworkRule = (typeof FRAMEWORK_RULES)[number];

export interface FrameworkProblem {
  rule: FrameworkRule;
  /** Where in the file: "components[0].children[1].weight", "" for the whole file. */
  path: string;
  message: Bilingual;
}

export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((s, p) => (typeof p === "number" ? `${s}[${p}]` : s === "" ? String(p) : `${s}.${String(p)}`), "");

/** zod's own wording, in Thai beside the English it gives; a message already "ไทย / English" is split. */
function schemaMessage(issue: z.core.$ZodIssue): Bilingual {
  const both = / \/ /.exec(issue.message);
  if (both) return { th: issue.message.slice(0, both.index), en: issue.message.slice(both.index + 3) };
  const en = issue.message;
  switch (issue.code) {
    case "invalid_type":
      return { th: issue.input === undefined ? "ยังไม่มีค่านี้ (ต้องมี)" : `ชนิดข้อมูลไม่ถูกต้อง ต้องเป็น ${issue.expected}`, en };
    case "too_small":
      return { th: `น้อยเกินไป (อย่างน้อย ${toThaiDigits(String(issue.minimum))}${issue.origin === "array" ? " รายการ" : issue.origin === "string" ? " ตัวอักษร" : ""})`, en };
    case "too_big":
      return { th: `มากเกินไป (ไม่เกิน ${toThaiDigits(String(issue.maximum))})`, en };
    case "invalid_value":
      return { th: `ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: ${issue.values.map(String).join(", ")}`, en };
    case "invalid_format":
      return { th: "รูปแบบไม่ถูกต้อง", en };
    case "unrecognized_keys":
      return { th: `ไม่รู้จักคีย์ ${issue.keys.join(", ")}`, en };
    default:
      return { th: "ค่าไม่ถูกต้อง", en };
  }
}

export interface FrameworkParse {
  framework: Framework | null;
  problems: FrameworkProblem[];
}

/** The schema's verdict on a framework file: the framework, or every problem with its path. */
export function parseFramework(raw: unknown): FrameworkParse {
  const r = Framework.safeParse(raw);
  if (r.success) return { framework: r.data, problems: [] };
  return { framework: null, problems: r.error.issues.map((i) => ({ rule: "SCHEMA", path: formatPath(i.path), message: schemaMessage(i) })) };
}

/** The parts of a file the rules read, each parsed on its own; a part that does not parse is left out. */
interface Parts {
  id?: string;
  fiscalYear?: number;
  agencyKind?: string;
  ladder?: number[];
  components?: Component[];
  focusComponent?: string;
  focusIssues?: FocusIssue[];
  calendar?: Calendar;
}

function partsOf(raw: unknown): Parts {
  const o = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const part = <T>(schema: z.ZodMiniType<T>, value: unknown): T | undefined => {
    const r = schema.safeParse(value);
    return r.success ? r.data : undefined;
  };
  const year = toNumeric(o.fiscalYear as never);
  const out: Parts = {};
  if (typeof o.id === "string") out.id = o.id;
  if (typeof year === "number") out.fiscalYear = year;
  if (typeof o.agencyKind === "string") out.agencyKind = o.agencyKind;
  if (typeof o.focusComponent === "string") out.focusComponent = o.focusComponent;
  const ladder = part(Ladder, o.ladder);
  const components = part(z.array(Component), o.components);
  const focusIssues = part(z.array(FocusIssue), o.focusIssues);
  const calendar = part(Calendar, o.calendar);
  if (ladder) out.ladder = ladder;
  if (components) out.components = components;
  if (focusIssues) out.focusIssues = focusIssues;
  if (calendar) out.calendar = calendar;
  return out;
}

type Check = (parts: Parts) => FrameworkProblem[];

const n = (v: number | string): string => toThaiDigits(String(v));

function walk(list: readonly Component[], path: (string | number)[], visit: (c: Component, path: (string | number)[]) => void): void {
  list.forEach((c, i) => {
    const here = [...path, i];
    visit(c, here);
    walk(c.children ?? [], [...here, "children"], visit);
  });
}

const kpiCount: Check = ({ components }) => {
  const out: FrameworkProblem[] = [];
  walk(components ?? [], ["components"], (c, path) => {
    if (c.kpiCount >= 1) return;
    out.push({
      rule: "KPI_COUNT",
      path: formatPath([...path, "kpiCount"]),
      message: {
        th: `องค์ประกอบที่ ${c.code} มีจำนวนตัวชี้วัด ${n(c.kpiCount)} ต้องมีอย่างน้อย ๑ ตัวชี้วัด`,
        en: `component ${c.code} holds ${c.kpiCount} KPIs; it needs at least 1`,
      },
    });
  });
  return out;
};

/** Points a description states ("๒ คะแนน", "2.5 คะแนน"), or null. */
function statedPoints(text: string): number | null {
  const m = /([0-9๐-๙]+(?:[.,][0-9๐-๙]+)?)\s*คะแนน/.exec(text);
  if (!m) return null;
  const v = toNumeric(m[1] as string);
  return typeof v === "number" ? v : null;
}

const standardRubric: Check = ({ components, ladder }) => {
  const out: FrameworkProblem[] = [];
  walk(components ?? [], ["components"], (c, path) => {
    const list = c.standardKpis ?? [];
    if (list.length === 0) return;
    if ((c.children ?? []).length === 0 && list.length !== c.kpiCount) {
      out.push({
        rule: "STANDARD_RUBRIC",
        path: formatPath([...path, "standardKpis"]),
        message: {
          th: `องค์ประกอบที่ ${c.code} กำหนดตัวชี้วัดมาตรฐาน ${n(list.length)} ตัว แต่มีจำนวนตัวชี้วัด ${n(c.kpiCount)} น้ำหนัก ${n(c.weight)} จึงแบ่งให้ตัวชี้วัดละ ${n(c.weight / list.length)} ไม่ตรงกับกรอบ`,
          en: `component ${c.code} prescribes ${list.length} standard KPIs but holds ${c.kpiCount}: its weight ${c.weight} would be split ${c.weight / list.length} each, not as the framework counts`,
        },
      });
    }
    const weight = c.weight / list.length;
    list.forEach((k, i) => {
      const at = [...path, "standardKpis", i, "rubric"];
      const criteria = k.rubric.criteria;
      if (criteria) {
        const up = criteria.every((v, j) => j === 0 || v > (criteria[j - 1] as number));
        const down = criteria.every((v, j) => j === 0 || v < (criteria[j - 1] as number));
        if (!up && !down) {
          out.push({
            rule: "STANDARD_RUBRIC",
            path: formatPath([...at, "criteria"]),
            message: {
              th: `เกณฑ์ของตัวชี้วัดมาตรฐาน "${k.name}" (${n(criteria.join(", "))}) ต้องเพิ่มขึ้นหรือลดลงทุกระดับ`,
              en: `the criteria of standard KPI "${k.name}" (${criteria.join(", ")}) must rise or fall at every level`,
            },
          });
        }
      }
      if (k.rubric.kind === "score100" || !ladder) return;
      k.rubric.descriptions.forEach((d, level) => {
        const stated = statedPoints(d);
        const expected = (weight * (ladder[level] as number)) / 100;
        if (stated === null || Math.abs(stated - expected) < 1e-9) return;
        out.push({
          rule: "STANDARD_RUBRIC",
          path: formatPath([...at, "descriptions", level]),
          message: {
            th: `ระดับ ${n(level + 1)} ของตัวชี้วัดมาตรฐาน "${k.name}" ระบุ ${n(stated)} คะแนน แต่น้ำหนัก ${n(weight)} × ร้อยละ ${n(ladder[level] as number)} = ${n(expected)} คะแนน`,
            en: `level ${level + 1} of standard KPI "${k.name}" states ${stated} points, but weight ${weight} × ${ladder[level]} % = ${expected} points`,
          },
        });
      });
    });
  });
  return out;
};

const calendarDates: Check = ({ calendar, fiscalYear }) => {
  if (!calendar || fiscalYear === undefined) return [];
  const cycle = cycleOf(fiscalYear);
  const out: FrameworkProblem[] = [];
  const check = (iso: string, path: (string | number)[]): void => {
    const { first, last } = daySpan(iso);
    if (first >= cycle.from && last <= cycle.to) return;
    out.push({
      rule: "CALENDAR_DATE",
      path: formatPath(path),
      message: {
        th: `วันที่ ${iso} อยู่นอกรอบการประเมินปีงบประมาณ ${n(fiscalYear)} (${cycle.from} ถึง ${cycle.to}) วันที่ในไฟล์เป็น ค.ศ. แบบ YYYY-MM-DD`,
        en: `date ${iso} lies outside the FY${fiscalYear} cycle (${cycle.from} to ${cycle.to}); dates are Common Era, YYYY-MM-DD`,
      },
    });
  };
  calendar.milestones.forEach((m, i) => {
    check(m.from, ["calendar", "milestones", i, "from"]);
    if (m.to === undefined) return;
    check(m.to, ["calendar", "milestones", i, "to"]);
    if (daySpan(m.to).last < daySpan(m.from).first) {
      out.push({
        rule: "CALENDAR_DATE",
        path: formatPath(["calendar", "milestones", i, "to"]),
        message: { th: `สิ้นสุด ${m.to} ก่อนเริ่ม ${m.from}`, en: `it ends (${m.to}) before it starts (${m.from})` },
      });
    }
  });
  calendar.deadlines.forEach((d, i) => check(d.date, ["calendar", "deadlines", i, "date"]));
  return out;
};

const responsibleAgencies: Check = ({ focusIssues }) => {
  const out: FrameworkProblem[] = [];
  (focusIssues ?? []).forEach((issue, i) =>
    issue.supportingKpis.forEach((k, j) =>
      k.responsible.forEach((token, r) => {
        if (knownResponsible(token)) return;
        out.push({
          rule: "RESPONSIBLE_AGENCY",
          path: formatPath(["focusIssues", i, "supportingKpis", j, "responsible", r]),
          message: {
            th: `ไม่รู้จักหน่วยงาน "${token}" (ประเด็นที่ ${n(issue.no)} ตัวชี้วัดสนับสนุนที่ ${n(j + 1)}) ใช้ชื่อเต็มหรือตัวย่อในรายชื่อหน่วยงาน เช่น สพส. สนข. หรือ ทุกหน่วยงาน`,
            en: `unknown agency "${token}" (focus issue ${issue.no}, supporting KPI ${j + 1}); use a name or abbreviation of the agency list, e.g. สพส., สนข. or ทุกหน่วยงาน`,
          },
        });
      }),
    ),
  );
  return out;
};

const focusComponent: Check = ({ focusComponent: code, focusIssues, components }) => {
  const out: FrameworkProblem[] = [];
  const issues = focusIssues ?? [];
  const seen = new Set<number>();
  issues.forEach((issue, i) => {
    if (seen.has(issue.no)) {
      out.push({ rule: "FOCUS_COMPONENT", path: formatPath(["focusIssues", i, "no"]), message: { th: `เลขประเด็น ${n(issue.no)} ซ้ำ`, en: `focus issue number ${issue.no} is used twice` } });
    }
    seen.add(issue.no);
  });
  if (issues.length === 0 || !components) return out;
  const want = code ?? "1";
  const codes: string[] = [];
  walk(components, [], (c) => codes.push(c.code));
  if (!codes.includes(want)) {
    out.push({
      rule: "FOCUS_COMPONENT",
      path: "focusComponent",
      message: {
        th: `ตัวชี้วัดของประเด็นมุ่งเน้นจะเพิ่มในองค์ประกอบที่ ${want} แต่กรอบนี้ไม่มีองค์ประกอบนั้น (มี ${codes.join(", ")}) ระบุ focusComponent`,
        en: `focus-issue KPIs go into component ${want}, which this framework lacks (it has ${codes.join(", ")}); set focusComponent`,
      },
    });
  }
  return out;
};

const frameworkId: Check = ({ id, fiscalYear, agencyKind }) => {
  if (id === undefined || fiscalYear === undefined || (agencyKind !== "bureau" && agencyKind !== "district")) return [];
  const expected = `bma-${fiscalYear}-${agencyKind}`;
  if (id === expected) return [];
  return [
    {
      rule: "FRAMEWORK_ID",
      path: "id",
      message: {
        th: `รหัส "${id}" ไม่ตรงกับปีงบประมาณ ${n(fiscalYear)} และประเภท ${agencyKind === "bureau" ? "สำนัก" : "สำนักงานเขต"} (ควรเป็น "${expected}")`,
        en: `id "${id}" does not match fiscal year ${fiscalYear} and kind ${agencyKind} (expected "${expected}")`,
      },
    },
  ];
};

const CHECKS: readonly Check[] = [kpiCount, standardRubric, calendarDates, responsibleAgencies, focusComponent, frameworkId];

/**
 * Everything wrong with a framework file: the schema's problems, then the rules' (KPI count,
 * standard KPI rubric against weight, calendar dates in the cycle, responsible agencies known,
 * the focus component, the id against year and kind). No problems means it can be used.
 */
export function checkFramework(raw: unknown): FrameworkParse {
  const parsed = parseFramework(raw);
  const parts = partsOf(raw);
  return { framework: parsed.framework, problems: [...parsed.problems, ...CHECKS.flatMap((c) => c(parts))] };
}
