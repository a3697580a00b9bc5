// The status of every file and agency of a collection (see types.ts): which plan counts for each
// agency (the newest of its files), which are of another fiscal year or framework, which agencies
// of the framework's kind sent nothing, how late each file is, and the scores and ranks.
import { AGENCIES, findAgency, type Agency } from "../agencies";
import type { Bilingual } from "../schema/common";
import type { Framework } from "../schema/framework";
import type { RoundId } from "../schema/plan";
import { formatScore } from "../scoring/round";
import { planReport, type ComponentReport, type PlanReport } from "../scoring/report";
import { toThaiDigits } from "../thai/digits";
import { calendarDue, daysLate, type Due } from "./due";
import { competitionRanks } from "./rank";
import { planForRound } from "./round";
import type { AgencyScores, Collection, FileRole, FileStatus, MissingAgency, ReadPlan, ReceivedFile } from "./types";

export interface CollectOptions {
  /** The collection's framework (--framework); else the one most plans name. */
  framework?: Framework | undefined;
  /** The round whose results are scored; the year-end results when not given. */
  round?: RoundId | undefined;
  /** The due date (--due), ISO; else the framework calendar's deadline. */
  due?: string | undefined;
}

/** A total above this is no score out of 100 (the tolerance absorbs the rounding of sums). */
const FULL = 100 + 1e-9;

/** The collection's framework: the one given, else the one most readable plans were checked against. */
export function chooseFramework(received: readonly ReceivedFile[], given: Framework | undefined): { framework: Framework; source: Collection["frameworkSource"] } | null {
  if (given) return { framework: given, source: "given" };
  const counts = new Map<string, { framework: Framework; n: number }>();
  for (const r of received) {
    if (!r.read.ok) continue;
    const id = r.read.framework.id;
    const c = counts.get(id);
    if (c) c.n++;
    else counts.set(id, { framework: r.read.framework, n: 1 });
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n || b.framework.fiscalYear - a.framework.fiscalYear || a.framework.id.localeCompare(b.framework.id))[0];
  return best ? { framework: best.framework, source: "most-plans" } : null;
}

/** "สำนักการศึกษา.xlsx", "ไฟล์/สนศ-2567.json" → "สำนักการศึกษา", "สนศ" (the name a file was saved under). */
function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.[^.]+$/, "").replace(/[\s_\-–.]*(?:\d{4}|[๐-๙]{4})?$/, "");
}

/** The agency a plan names (an abbreviation or a district's short name resolved); a plan naming none, by its file's name. */
function identify(named: string, file: string): { name: string; known: Agency | null } {
  const known = findAgency(named) ?? (named.trim() === "" ? findAgency(baseName(file)) : undefined);
  if (known) return { name: known.name, known };
  return { name: named.trim() || baseName(file), known: null };
}

const ORDER = new Map(AGENCIES.map((a, i) => [a.name, i]));
const byAgency = (a: string, b: string): number => (ORDER.get(a) ?? AGENCIES.length) - (ORDER.get(b) ?? AGENCIES.length) || a.localeCompare(b, "th");
const ROLE_ORDER: FileRole[] = ["counted", "superseded", "other-year", "other-framework", "unreadable"];
const byFile = (a: FileStatus, b: FileStatus): number => a.file.localeCompare(b.file, "th");

const th = (n: number | string): string => toThaiDigits(n);

function readStatus(r: ReceivedFile, read: ReadPlan, role: FileRole, due: Due | null): FileStatus {
  const who = identify(read.plan.agency, r.file);
  const errors = read.findings.filter((f) => f.severity === "error").length;
  return {
    file: r.file,
    modified: r.modified,
    role,
    agency: who.name,
    known: who.known,
    framework: read.framework.id,
    fiscalYear: read.plan.fiscalYear,
    seal: read.seal,
    errors,
    warnings: read.findings.length - errors,
    readIssues: read.findings.filter((f) => f.source === "read").length,
    daysLate: due ? daysLate(r.modified, due.date) : null,
    duplicates: [],
    note: null,
  };
}

function unreadableStatus(r: ReceivedFile): FileStatus {
  return {
    file: r.file,
    modified: r.modified,
    role: "unreadable",
    agency: null,
    known: null,
    framework: null,
    fiscalYear: null,
    seal: null,
    errors: 0,
    warnings: 0,
    readIssues: 0,
    daysLate: null,
    duplicates: [],
    note: null,
  };
}

const list = (files: readonly string[]): string => files.join(", ");

/** Collects what was received against a framework (see the top of this file). */
export function collect(received: readonly ReceivedFile[], framework: Framework, options: CollectOptions & { frameworkSource?: Collection["frameworkSource"] } = {}): Collection {
  const round = options.round ?? "end";
  const due: Due | null = options.due ? { date: options.due, source: "given" } : calendarDue(framework, options.round);
  const fiscalYear = framework.fiscalYear;
  const statuses: FileStatus[] = [];
  const candidates = new Map<string, { r: ReceivedFile; read: ReadPlan }[]>();

  for (const r of received) {
    if (!r.read.ok) {
      statuses.push(unreadableStatus(r));
      continue;
    }
    const read = r.read;
    if (read.plan.fiscalYear !== fiscalYear) {
      const s = readStatus(r, read, "other-year", due);
      s.note = {
        th: `แผนปีงบประมาณ ${th(read.plan.fiscalYear)} ไม่ใช่ปี ${th(fiscalYear)} ที่รวบรวม`,
        en: `a plan for fiscal year ${read.plan.fiscalYear}, not ${fiscalYear}, the year collected`,
      };
      statuses.push(s);
    } else if (read.framework.id !== framework.id) {
      const s = readStatus(r, read, "other-framework", due);
      s.note = { th: `แผนตามกรอบ ${read.framework.id} ไม่ใช่ ${framework.id} ที่รวบรวม`, en: `a plan for framework ${read.framework.id}, not ${framework.id}, the one collected` };
      statuses.push(s);
    } else {
      const name = identify(read.plan.agency, r.file).name;
      const group = candidates.get(name) ?? [];
      group.push({ r, read });
      candidates.set(name, group);
    }
  }

  const scored: AgencyScores[] = [];
  for (const [agency, group] of candidates) {
    // The newest file counts; files of the same time, the last by name.
    group.sort((a, b) => b.r.modified - a.r.modified || b.r.file.localeCompare(a.r.file));
    const [newest, ...older] = group as [{ r: ReceivedFile; read: ReadPlan }, ...{ r: ReceivedFile; read: ReadPlan }[]];
    const counted = readStatus(newest.r, newest.read, "counted", due);
    counted.duplicates = older.map((o) => o.r.file);
    const notes: Bilingual[] = [];
    if (older.length > 0) {
      notes.push({
        th: `ได้รับ ${th(group.length)} ไฟล์ ใช้ไฟล์ล่าสุดนี้ (ไฟล์เก่ากว่า: ${list(counted.duplicates)})`,
        en: `${group.length} files received; this newest one counts (older: ${list(counted.duplicates)})`,
      });
    }
    if (!counted.known) notes.push({ th: "ไม่มีชื่อหน่วยงานนี้ในรายชื่อหน่วยงาน", en: "the agency is not on the agency list" });
    if (notes.length > 0) counted.note = { th: notes.map((n) => n.th).join("; "), en: notes.map((n) => n.en).join("; ") };
    statuses.push(counted);
    for (const o of older) {
      const s = readStatus(o.r, o.read, "superseded", due);
      s.duplicates = [newest.r.file];
      s.note = { th: `ซ้ำ ใช้ไฟล์ที่ใหม่กว่า: ${newest.r.file}`, en: `a duplicate; the newer file counts: ${newest.r.file}` };
      statuses.push(s);
    }
    scored.push(scoresOf(agency, counted, newest.read, round));
  }

  rankAgencies(scored);
  const countedNames = new Set(scored.map((s) => s.agency));
  const missing: MissingAgency[] = AGENCIES.filter((a) => a.kind === framework.agencyKind && !countedNames.has(a.name)).map((agency) => ({
    agency,
    received: statuses.filter((s) => s.agency === agency.name && s.role !== "counted").map((s) => s.file),
  }));

  statuses.sort((a, b) => {
    if (a.agency === null || b.agency === null) return (a.agency === null ? 1 : 0) - (b.agency === null ? 1 : 0) || byFile(a, b);
    return byAgency(a.agency, b.agency) || ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || byFile(a, b);
  });

  return {
    framework,
    frameworkSource: options.frameworkSource ?? (options.framework ? "given" : "most-plans"),
    fiscalYear,
    round,
    roundGiven: options.round !== undefined,
    due,
    files: statuses,
    agencies: scored,
    missing,
    unreadable: received.flatMap((r) => (r.read.ok ? [] : [{ file: r.file, reason: r.read.reason }])).sort((a, b) => a.file.localeCompare(b.file, "th")),
  };
}

function scoresOf(agency: string, status: FileStatus, read: ReadPlan, round: RoundId): AgencyScores {
  const report = planReport(planForRound(read.plan, round), read.framework);
  const missing = report.unscored.filter((id, i, all) => all.indexOf(id) === i);
  let invalidTotal: Bilingual | null = null;
  if (!Number.isFinite(report.total)) {
    invalidTotal = { th: "คะแนนรวมคำนวณไม่ได้ (ตัวเลขใหญ่เกินไป)", en: "the total cannot be computed (the numbers are too large)" };
  } else if (report.total > FULL) {
    const shown = formatScore(report.total);
    invalidTotal = { th: `คะแนนรวม ${th(shown)} เกินคะแนนเต็ม ๑๐๐ (น้ำหนักหรือเกณฑ์ในแผนผิด)`, en: `the total ${shown} is above the full 100 (the plan's weights or criteria are wrong)` };
  }
  return {
    agency,
    known: status.known,
    status,
    plan: read.plan,
    framework: read.framework,
    report,
    complete: missing.length === 0,
    missing,
    invalidTotal,
    rank: null,
    findings: read.findings,
  };
}

/**
 * Ranks the plans whose results are complete, without errors (their scores could be wrong) and
 * with a valid total — ties share a rank — and orders every agency: ranked first.
 */
function rankAgencies(scored: AgencyScores[]): void {
  const ranked = scored.filter((s) => s.complete && s.invalidTotal === null && s.status.errors === 0);
  competitionRanks(ranked.map((s) => s.report.total)).forEach((rank, i) => {
    (ranked[i] as AgencyScores).rank = rank;
  });
  scored.sort((a, b) => {
    if (a.rank !== null && b.rank !== null) return a.rank - b.rank || byAgency(a.agency, b.agency);
    if (a.rank !== null || b.rank !== null) return a.rank !== null ? -1 : 1;
    return byAgency(a.agency, b.agency);
  });
}

/** A row of the status table: a file, or an agency from which nothing arrived. */
export type StatusRow = { kind: "file"; status: FileStatus } | { kind: "missing"; missing: MissingAgency };

/** Files and agencies that sent nothing, in the order of the agency list; unreadable files last. */
export function statusRows(c: Collection): StatusRow[] {
  const rows: StatusRow[] = [...c.files.map((status) => ({ kind: "file" as const, status })), ...c.missing.map((missing) => ({ kind: "missing" as const, missing }))];
  const agencyOf = (r: StatusRow): string | null => (r.kind === "file" ? r.status.agency : r.missing.agency.name);
  // Stable: files keep their order among themselves, a missing agency goes where its name sorts.
  return rows
    .map((r, i) => ({ r, i }))
    .sort((x, y) => {
      const a = agencyOf(x.r);
      const b = agencyOf(y.r);
      if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0) || x.i - y.i;
      return byAgency(a, b) || x.i - y.i;
    })
    .map((x) => x.r);
}

/** What keeps a collection from being complete: nothing for exit 0, else one line per kind of problem. */
export function collectionProblems(c: Collection): Bilingual[] {
  const out: Bilingual[] = [];
  const n = (items: readonly unknown[]): string => th(items.length);
  const counted = c.agencies.map((a) => a.status);
  if (c.missing.length > 0) out.push({ th: `ยังไม่ได้รับแผนจาก ${n(c.missing)} หน่วยงาน`, en: `no plan from ${c.missing.length} agenc${c.missing.length === 1 ? "y" : "ies"}` });
  const late = counted.filter((s) => (s.daysLate ?? 0) > 0);
  if (late.length > 0) out.push({ th: `ส่งช้า ${n(late)} หน่วยงาน`, en: `${late.length} late` });
  const invalid = counted.filter((s) => s.errors > 0);
  if (invalid.length > 0) out.push({ th: `แผนมีข้อผิดพลาด ${n(invalid)} หน่วยงาน`, en: `${invalid.length} with errors` });
  const unsealed = counted.filter((s) => s.seal !== "intact");
  if (unsealed.length > 0) out.push({ th: `ไม่มีตราตรวจสอบหรือตราไม่ตรง ${n(unsealed)} หน่วยงาน`, en: `${unsealed.length} not sealed or changed since sealed` });
  if (c.unreadable.length > 0) out.push({ th: `อ่านไม่ได้ ${n(c.unreadable)} ไฟล์`, en: `${c.unreadable.length} file${c.unreadable.length === 1 ? "" : "s"} unreadable` });
  return out;
}

/** A plan report's components and sub-components by code. */
export function reportsByCode(report: PlanReport): Map<string, ComponentReport> {
  const out = new Map<string, ComponentReport>();
  const walk = (r: ComponentReport): void => {
    out.set(r.code, r);
    r.children.forEach(walk);
  };
  report.components.forEach(walk);
  return out;
}
