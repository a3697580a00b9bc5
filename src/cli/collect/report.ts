// What kpi collect prints: --json for other systems (the whole collection, scores unrounded), or
// for people one line per agency whose plan counts, the files not counted, the agencies from
// which nothing arrived, the files that could not be read and what keeps the collection from
// being complete, in Thai or English (--lang).
import { collectionProblems } from "../../core/collect/collect";
import { dateLabel } from "../../core/frameworks/calendar";
import { missingNote, ROLE_LABELS, sealLabel } from "../../core/collect/labels";
import type { AgencyScores, Collection, FileStatus } from "../../core/collect/types";
import { formatScore } from "../../core/scoring/round";
import { toThaiDigits } from "../../core/thai/digits";
import { toJson } from "../commands/report";
import type { Lang } from "../lang";

const iso = (ms: number): string => new Date(ms).toISOString();

/** What a file's status says, as --json prints it (for a counted plan, its agency's too). */
function statusJson(s: FileStatus): Record<string, unknown> {
  return {
    file: s.file,
    framework: s.framework,
    fiscalYear: s.fiscalYear,
    seal: s.role === "unreadable" ? null : (s.seal ?? "json"),
    errors: s.errors,
    warnings: s.warnings,
    readIssues: s.readIssues,
    late: s.daysLate === null ? null : s.daysLate > 0,
    daysLate: s.daysLate,
    fileTime: iso(s.modified),
    duplicates: s.duplicates,
  };
}

const fileJson = (s: FileStatus): Record<string, unknown> => ({ ...statusJson(s), status: s.role, agency: s.agency, note: s.note });

function agencyJson(a: AgencyScores): Record<string, unknown> {
  return {
    agency: a.agency,
    ...(a.known?.abbr ? { abbreviation: a.known.abbr } : {}),
    known: a.known !== null,
    ...statusJson(a.status),
    total: a.report.total,
    selfTotal: a.report.selfTotal,
    rank: a.rank,
    complete: a.complete,
    missing: a.missing,
    ...(a.invalidTotal ? { invalidTotal: a.invalidTotal } : {}),
    components: a.report.components.map(toJson),
  };
}

export function collectionJson(c: Collection): Record<string, unknown> {
  return {
    format: "kpi-collection",
    version: 1,
    framework: { id: c.framework.id, name: c.framework.name, fiscalYear: c.fiscalYear, agencyKind: c.framework.agencyKind, chosen: c.frameworkSource },
    round: c.round,
    due: c.due,
    agencies: c.agencies.map(agencyJson),
    files: c.files.map(fileJson),
    missing: c.missing.map((m) => m.agency.name),
    unreadable: c.unreadable,
    problems: collectionProblems(c),
  };
}

const n = (v: number, lang: Lang): string => (lang === "th" ? toThaiDigits(v) : String(v));
const pick = (b: { th: string; en: string }, lang: Lang): string => b[lang];
const score = (v: number): string => (Number.isFinite(v) ? formatScore(v) : "–");

/** One line per agency whose plan counts: ✓ when valid, sealed and on time, else ✗; then what is wrong. */
function agencyLine(a: AgencyScores, lang: Lang): string {
  const s = a.status;
  const ok = s.errors === 0 && s.seal === "intact" && !((s.daysLate ?? 0) > 0);
  const parts = [
    pick(sealLabel(s.seal), lang),
    lang === "th" ? `ข้อผิดพลาด ${n(s.errors, lang)} คำเตือน ${n(s.warnings, lang)}` : `${s.errors} error${s.errors === 1 ? "" : "s"}, ${s.warnings} warning${s.warnings === 1 ? "" : "s"}`,
  ];
  if (s.readIssues > 0) parts.push(lang === "th" ? `อ่านเซลล์ไม่ได้ ${n(s.readIssues, lang)}` : `${s.readIssues} read issue${s.readIssues === 1 ? "" : "s"}`);
  if ((s.daysLate ?? 0) > 0) parts.push(lang === "th" ? `ส่งช้า ${n(s.daysLate as number, lang)} วัน` : `${s.daysLate} day${s.daysLate === 1 ? "" : "s"} late`);
  if (s.duplicates.length > 0) parts.push(lang === "th" ? `ไฟล์ซ้ำ ${n(s.duplicates.length, lang)}` : `${s.duplicates.length} older cop${s.duplicates.length === 1 ? "y" : "ies"}`);
  const total = lang === "th" ? `รวม ${score(a.report.total)} (ตนเอง ${score(a.report.selfTotal)})` : `total ${score(a.report.total)} (self ${score(a.report.selfTotal)})`;
  const rank = a.rank !== null ? (lang === "th" ? `อันดับ ${n(a.rank, lang)}` : `rank ${a.rank}`) : (lang === "th" ? "ไม่จัดอันดับ" : "not ranked");
  return `${ok ? "✓" : "✗"} ${a.agency} · ${s.file} · ${parts.join(", ")} · ${total} · ${rank}`;
}

export function collectionLines(c: Collection, lang: Lang, written: readonly string[], skipped: readonly string[]): string[] {
  const out: string[] = [];
  const fy = lang === "th" ? `ปีงบประมาณ ${toThaiDigits(c.fiscalYear)}` : `fiscal year ${c.fiscalYear}`;
  const round = c.round === "mid" ? (lang === "th" ? "ผลรอบครึ่งปี" : "mid-year results") : lang === "th" ? "ผลรอบสิ้นปี" : "year-end results";
  const due = c.due
    ? `${lang === "th" ? "กำหนดส่ง" : "due"} ${dateLabel(c.due.date)[lang]}${c.due.source === "calendar" ? (lang === "th" ? " (ปฏิทินของกรอบ)" : " (framework calendar)") : ""}`
    : lang === "th" ? "ไม่มีกำหนดส่ง" : "no due date";
  const chosen = c.frameworkSource === "most-plans" ? (lang === "th" ? " (กรอบที่แผนส่วนใหญ่ใช้)" : " (the framework most plans use)") : "";
  out.push(`${c.framework.id}${chosen} · ${fy} · ${round} · ${due}`);
  for (const a of c.agencies) {
    out.push(agencyLine(a, lang));
    const missing = missingNote(a);
    if (missing) out.push(`    ${pick(missing, lang)}`);
  }
  const notCounted = c.files.filter((f) => f.role !== "counted" && f.role !== "unreadable");
  if (notCounted.length > 0) {
    out.push(lang === "th" ? `ไม่นับ (${n(notCounted.length, lang)}):` : `not counted (${notCounted.length}):`);
    for (const f of notCounted) out.push(`  · ${f.file} — ${pick(ROLE_LABELS[f.role], lang)}${f.note ? `: ${pick(f.note, lang)}` : ""}`);
  }
  if (c.missing.length > 0) {
    out.push(lang === "th" ? `ไม่ได้ส่ง (${n(c.missing.length, lang)}): ${c.missing.map((m) => m.agency.name).join(", ")}` : `nothing from (${c.missing.length}): ${c.missing.map((m) => m.agency.name).join(", ")}`);
  }
  if (c.unreadable.length > 0) {
    out.push(lang === "th" ? `อ่านไม่ได้ (${n(c.unreadable.length, lang)}):` : `unreadable (${c.unreadable.length}):`);
    for (const u of c.unreadable) out.push(`  ✗ ${u.file} — ${u.reason}`);
  }
  if (skipped.length > 0) {
    out.push(lang === "th" ? `ข้ามไฟล์ที่ไม่ใช่แผน (${n(skipped.length, lang)}): ${skipped.join(", ")}` : `skipped, not plans (${skipped.length}): ${skipped.join(", ")}`);
  }
  const problems = collectionProblems(c);
  out.push(problems.length === 0 ? (lang === "th" ? "ครบถ้วน: ทุกหน่วยงานส่งแผนที่ถูกต้องและประทับตราแล้ว ตรงเวลา" : "complete: every agency sent a valid, sealed plan on time") : problems.map((p) => p[lang]).join(" · "));
  for (const w of written) out.push(lang === "th" ? `เขียน ${w}` : `wrote ${w}`);
  return out;
}
