import { extname, resolve } from "node:path";
import type { Command } from "commander";
import { decodeText, importPlanText, KIND_NAMES, mergeResults, type ImportReport, type ResultsReport } from "../../core/import";
import { formatScore } from "../../core/scoring/round";
import type { Framework } from "../../core/schema/framework";
import { parsePlan, type Plan, type PlanInput } from "../../core/schema/plan";
import { toThaiDigits } from "../../core/thai/digits";
import { hasErrors } from "../../core/validation/validate";
import type { Finding } from "../../core/validation/finding";
import { findingLine, summaryLine } from "../print";
import { CliError, parseLang, type Lang } from "../lang";
import { readInput, type Io } from "../io";
import { guardOutput, writeOutput } from "../output";
import { resolveFramework, SHEET_OPTION } from "../readPlan";
import { templateBytes } from "./templates";

interface ImportOptions {
  output?: string;
  into?: string;
  sheet?: string;
  framework?: string;
  force?: boolean;
  json?: boolean;
  strict?: boolean;
  lang?: string;
}

type Writer = (input: PlanInput, plan: Plan, framework: Framework | null) => Promise<Uint8Array | string>;

/**
 * Output formats by extension: kpi-plan JSON as `kpi export` writes it (the plan parsed: a link of
 * the strategy chain the document leaves blank is left out, not written as null), or a workbook.
 */
const WRITERS: Record<string, Writer> = {
  ".json": async (_input, plan) => `${JSON.stringify(plan, null, 2)}\n`,
  ".xlsx": async (_input, plan, framework) => xlsxBytes(plan, framework),
};

/** The plan as a workbook: the template inserted into a new workbook by the .xlsx adapter. */
async function xlsxBytes(plan: Plan, framework: Framework | null): Promise<Uint8Array> {
  if (!framework) {
    throw new CliError(
      `ไม่มีกรอบการประเมิน "${plan.framework}" จึงสร้างสมุดงานไม่ได้ ให้ระบุ --framework / no framework "${plan.framework}" is known, so no workbook can be made; pass --framework`,
      2,
    );
  }
  return (await templateBytes(plan, framework, { font: "TH Sarabun New" })).bytes;
}

const LABELS = {
  th: {
    recognised: "ส่วนที่อ่านได้",
    skipped: "บรรทัดที่ไม่ได้ใช้",
    disagreements: "ข้อมูลที่ระบุไม่ตรงกัน",
    notes: "หมายเหตุ",
    findings: "ผลการตรวจแผน",
    resultFindings: "ผลการตรวจผลการประเมิน (ตรวจเฉพาะผล เพราะแบบรายงานผลไม่มีนิยาม คำอธิบายเกณฑ์ และแผนปฏิบัติการ ตรวจทั้งแผนด้วย kpi validate)",
    none: "ไม่มี",
    line: "บรรทัด",
    wrote: "เขียนแผนลงไฟล์",
    dryRun: "ยังไม่ได้เขียนไฟล์ ใช้ -o plan.json หรือ -o plan.xlsx เพื่อบันทึกแผน",
    noFramework: "ไม่ได้ตรวจแผน เพราะไม่มีกรอบการประเมินสำหรับแผนนี้",
    kpis: "ตัวชี้วัด",
    kind: "เอกสาร",
    results: (round: string) => `ผลการประเมิน${round === "mid" ? "ระยะครึ่งปี" : "ระยะสิ้นปี"} (ผลของคณะกรรมการ · ผลประเมินตนเอง · คะแนนที่พิมพ์ → คะแนนที่คิดใหม่)`,
    total: "คะแนนรวม (เต็ม ๑๐๐): คิดใหม่",
    printed: "พิมพ์ไว้",
    selfTotal: "คะแนนประเมินตนเองรวม: คิดใหม่",
    differences: (n: number) => (n === 0 ? "คะแนนที่พิมพ์ตรงกับที่คิดใหม่ทุกรายการ" : `คะแนนที่พิมพ์ไม่ตรงกับที่คิดใหม่ ${toThaiDigits(n)} รายการ (ดูข้อมูลที่ระบุไม่ตรงกัน)`),
    merged: "นำผลเข้าแผน",
    reviews: "ข้อความของผู้ประเมินรายองค์ประกอบ",
    intoWrote: "เขียนแผนที่มีผลแล้วลงไฟล์",
    intoNothing: "ไม่มีผลใหม่ให้นำเข้า แผนไม่ถูกแก้ไข",
  },
  en: {
    recognised: "recognised",
    skipped: "lines not used",
    disagreements: "disagreements",
    notes: "notes",
    findings: "validation",
    resultFindings: "validation of the results only (a result form carries no definitions, level descriptions or action plan; kpi validate checks the whole plan)",
    none: "none",
    line: "line",
    wrote: "plan written to",
    dryRun: "no file written; use -o plan.json or -o plan.xlsx to save the plan",
    noFramework: "not validated: no framework is known for this plan",
    kpis: "KPIs",
    kind: "document",
    results: (round: string) => `${round === "mid" ? "mid-year" : "year-end"} results (committee · self-assessed · score printed → recomputed)`,
    total: "total (out of 100): recomputed",
    printed: "printed",
    selfTotal: "self-assessed total: recomputed",
    differences: (n: number) => (n === 0 ? "every printed score equals the recomputed one" : `${n} printed score${n === 1 ? " differs" : "s differ"} from the recomputed one (see disagreements)`),
    merged: "results put into the plan",
    reviews: "evaluators' texts per component",
    intoWrote: "plan with results written to",
    intoNothing: "no new result to put in; the plan was not changed",
  },
} as const;

const n = (v: number, lang: Lang): string => (lang === "th" ? toThaiDigits(v) : String(v));
const cut = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The report as the user reads it: sections, unused lines, disagreements, notes, findings. */
export function reportLines(report: ImportReport, findings: readonly Finding[] | null, lang: Lang): string[] {
  const l = LABELS[lang];
  const at = (from: number, to?: number): string => `${l.line} ${n(from, lang)}${to !== undefined && to !== from ? `–${n(to, lang)}` : ""}`;
  const out: string[] = [];
  const kindAt = report.kindLines.length > 0 ? ` (${at(report.kindLines[0] as number)})` : "";
  out.push(`${l.kind}: ${KIND_NAMES[report.kind][lang]}${kindAt}`);
  if (report.results) out.push(...resultLines(report.results, lang));
  out.push(`${l.recognised}:`);
  if (report.recognised.length === 0) out.push(`  ${l.none}`);
  for (const r of report.recognised) out.push(`  ${at(r.from, r.to).padEnd(16)} ${r.kpi ? `${r.kpi.padEnd(7)} ` : ""}${r.what[lang]}`);
  out.push(`${l.skipped}:`);
  if (report.skipped.length === 0) out.push(`  ${l.none}`);
  for (const s of report.skipped) out.push(`  ${at(s.line, s.to).padEnd(16)} "${cut(s.text, 60)}" — ${s.reason[lang]}`);
  out.push(`${l.disagreements}:`);
  if (report.disagreements.length === 0) out.push(`  ${l.none}`);
  for (const d of report.disagreements) out.push(`  ${at(d.lines[0] ?? 0).padEnd(16)} ${cut(d.message[lang], 220)}`);
  if (report.notes.length > 0) {
    out.push(`${l.notes}:`);
    for (const x of report.notes) out.push(`  ${(x.line ? at(x.line) : "").padEnd(16)} ${x.message[lang]}`);
  }
  // A result form is checked by the result rules only: "no problems" must not read as the whole plan's.
  const checked = report.results ? l.resultFindings : l.findings;
  if (findings) {
    out.push(`${checked}: ${summaryLine(findings, lang)}`);
    for (const f of findings) out.push(`  ${findingLine(f, lang)}`);
  } else out.push(`${checked}: ${l.noFramework}`);
  return out;
}

/** Per KPI the committee's and self-assessed results, the printed score beside the recomputed one, and the totals. */
function resultLines(r: ResultsReport, lang: Lang): string[] {
  const l = LABELS[lang];
  const show = (v: number | null): string => (v === null ? "–" : lang === "th" ? toThaiDigits(String(Math.round(v * 1000) / 1000)) : String(Math.round(v * 1000) / 1000));
  const score = (v: number | null): string => (v === null ? "–" : lang === "th" ? toThaiDigits(formatScore(v)) : formatScore(v));
  const out = [`${l.results(r.round)}:`];
  for (const k of r.kpis) {
    out.push(`  ${k.id.padEnd(7)} ${show(k.result).padStart(7)} · ${show(k.self).padStart(7)} · ${score(k.printed)} → ${score(k.score)}  ${cut(k.name, 60)}`);
  }
  out.push(`  ${l.total} ${score(r.total)} · ${l.printed} ${score(r.printedTotal)}`);
  if (r.selfTotal !== null) out.push(`  ${l.selfTotal} ${score(r.selfTotal)} · ${l.printed} ${score(r.printedSelfTotal)}`);
  out.push(`  ${l.differences(r.checks.filter((c) => !c.same).length)}`);
  return out;
}

/**
 * `kpi import result.txt --into plan.json [-o out.json] [--force]`: the results of a result form go
 * into an existing plan (in place, or to -o); a result already there stays unless --force.
 * `--into plan.xlsx`: into the template workbook itself, cell by cell (see ../intoWorkbook.ts).
 */
async function importInto(path: string, opts: ImportOptions, io: Io, setExit: (code: number) => void, lang: Lang): Promise<void> {
  const into = opts.into as string;
  const ext = extname(into).toLowerCase();
  if (ext !== ".json" && ext !== ".xlsx") throw new CliError(`--into ต้องเป็นแผน .json หรือสมุดงาน .xlsx: ${into} / --into takes a .json plan or an .xlsx workbook: ${into}`, 2);
  const output = opts.output ?? into;
  if (ext === ".xlsx" && resolve(output) !== resolve(into)) {
    throw new CliError(
      `--into ${into} เขียนลงสมุดงานนั้นเอง จึงไม่ใช้ -o (คัดลอกสมุดงานไว้ก่อนหากต้องการเก็บฉบับเดิม) / --into ${into} writes into that workbook itself, so -o is not taken (copy the workbook first to keep the original)`,
      2,
    );
  }
  if (ext === ".json" && extname(output).toLowerCase() !== ".json") throw new CliError(`-o กับ --into ต้องเป็นไฟล์ .json: ${output} / with --into, -o must be a .json file: ${output}`, 2);
  if (ext === ".json" && opts.output !== undefined) guardOutput(opts.output, opts.force);
  const target = ext === ".json" ? await readJsonTarget(into) : null;
  const result = importPlanText(decodeText(await readInput(path)).text, opts.framework ? { framework: resolveFramework(opts.framework) } : {});
  if (!result.ok) throw new CliError(`${path}: ${result.error.message.th} / ${result.error.message.en}`, 2);
  const round = result.report.results?.round;
  if (result.report.kind !== "result" || !round) {
    throw new CliError(`${path}: --into ใช้กับแบบรายงานผลการประเมินเท่านั้น (เอกสารนี้เป็น${KIND_NAMES[result.report.kind].th}) / --into takes a result form (this document is ${KIND_NAMES[result.report.kind].en})`, 2);
  }
  const parsed = parsePlan(result.plan);
  if (!parsed.ok) throw new CliError(`${path}: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`, 70);
  const findings = result.framework ? result.findings : null;
  if (ext === ".xlsx") {
    const { importIntoWorkbook, intoWorkbookLines, blockedMessage } = await import("../intoWorkbook.js");
    const r = await importIntoWorkbook(into, parsed.plan, round, { force: opts.force === true, sheet: opts.sheet, warn: io.err });
    if (opts.json) io.out(JSON.stringify({ ok: true, written: r.written, blocked: r.blocked, cells: r.cells, unmatched: r.unmatched, lost: r.lost, seal: r.seal?.status ?? null, report: result.report }, null, 2));
    else for (const line of [...reportLines(result.report, findings, lang), ...intoWorkbookLines(r, into, lang)]) io.out(line);
    const blocked = blockedMessage(r, into);
    if (blocked) io.err(blocked);
    const { formulas, missing } = r.cells;
    // Nothing written for a conflict, or some of the form left out: exit 1.
    setExit(blocked || r.unmatched.length > 0 || formulas.length > 0 || missing.length > 0 ? 1 : 0);
    return;
  }
  const merged = mergeResults(target, parsed.plan, round, opts.force === true);
  if (!merged.ok) throw new CliError(`${into}: ${merged.message.th} / ${merged.message.en}`, 2);
  const put = (o: string): boolean => o === "written" || o === "replaced" || o === "added";
  const changed = merged.entries.some((e) => put(e.outcome)) || merged.reviews.some((r) => put(r.outcome)) || merged.criteria.some((c) => put(c.outcome));
  // Nothing to put in: the plan file stays exactly as it was. In place, the plan is replaced whole.
  if (changed) await writeOutput(output, `${JSON.stringify(merged.plan, null, 2)}\n`, { force: opts.output === undefined || opts.force === true });
  const l = LABELS[lang];
  if (opts.json) {
    io.out(JSON.stringify({ ok: true, entries: merged.entries, reviews: merged.reviews, criteria: merged.criteria, report: result.report }, null, 2));
  } else {
    for (const line of reportLines(result.report, findings, lang)) io.out(line);
    io.out(`${l.merged}:`);
    for (const e of [...merged.entries, ...merged.criteria]) io.out(`  ${e.message[lang]}`);
    io.out(`${l.reviews}: ${merged.reviews.map((r) => `${lang === "th" ? toThaiDigits(r.component) : r.component} ${r.outcome}`).join(", ") || l.none}`);
    io.out(changed ? `${l.intoWrote} ${output}` : l.intoNothing);
  }
  // Results left out (kept without --force, or no KPI to put them in) are findings: exit 1.
  const leftOut = merged.entries.some((e) => e.outcome === "kept" || e.outcome === "unmatched") || merged.reviews.some((r) => r.outcome === "kept") || merged.criteria.some((c) => c.outcome === "kept");
  setExit(leftOut ? 1 : 0);
}

/** The JSON plan --into names, as it is on disk. */
async function readJsonTarget(into: string): Promise<unknown> {
  try {
    return JSON.parse(new TextDecoder().decode(await readInput(into)));
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${into}: อ่าน JSON ไม่ได้ (${(e as Error).message}) / not readable JSON (${(e as Error).message})`, 2);
  }
}

export function registerImport(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("import")
    .description("นำเข้าแผนจากข้อความของแบบฟอร์มตัวชี้วัด (คัดลอกจาก Word/PDF) / import a plan from the text of the KPI forms (copied out of Word/PDF)")
    .argument("<file>", "ไฟล์ข้อความ (.txt) / the text file (.txt)")
    .option("-o, --output <plan.json|plan.xlsx>", "เขียนแผนลงไฟล์ JSON หรือสมุดงาน Excel / write the plan as JSON or as an Excel workbook")
    .option("--into <plan.json|plan.xlsx>", "นำผลจากแบบรายงานผลการประเมินเข้าแผนหรือสมุดงานที่มีอยู่ของหน่วยงานและปีเดียวกัน / put a result form's results into an existing plan or workbook of the same agency and year")
    .option(...SHEET_OPTION)
    .option("--framework <id|file>", "ใช้กรอบการประเมินนี้ (รหัสหรือไฟล์ .json) แทนที่อนุมานจากเอกสาร / use this framework (an id or a .json file) instead of the one inferred from the document")
    .option("--force", "เขียนทับไฟล์ผลลัพธ์ที่มีอยู่ และกับ --into ให้ค่าของแบบรายงานแทนที่ค่าเดิม / overwrite an existing output file; with --into, the form's values replace the ones there")
    .option("--json", "พิมพ์แผน รายงาน และผลการตรวจเป็น JSON / print the plan, the report and the findings as JSON")
    .option("--strict", "จบด้วยรหัส 1 เมื่อผลการตรวจมีข้อผิดพลาด / exit with code 1 when validation finds errors")
    .option("--lang <th|en>", "ภาษาของรายงาน / language of the report", "th")
    .action(async (path: string, opts: ImportOptions) => {
      const lang = parseLang(opts.lang);
      const output = opts.output;
      if (opts.sheet !== undefined && extname(opts.into ?? "").toLowerCase() !== ".xlsx") {
        throw new CliError("--sheet ใช้กับ --into สมุดงาน .xlsx เท่านั้น / --sheet goes with --into a .xlsx workbook only", 2);
      }
      if (opts.into !== undefined) return importInto(path, opts, io, setExit, lang);
      const writer = output === undefined ? undefined : WRITERS[extname(output).toLowerCase()];
      if (output !== undefined && !writer) {
        throw new CliError(`เขียนได้เฉพาะไฟล์ .json หรือ .xlsx: ${output} / can only write .json or .xlsx files: ${output}`, 2);
      }
      if (output !== undefined) guardOutput(output, opts.force);
      const bytes = await readInput(path);
      const result = importPlanText(decodeText(bytes).text, opts.framework ? { framework: resolveFramework(opts.framework) } : {});
      if (!result.ok) {
        if (opts.json) io.out(JSON.stringify({ ok: false, error: result.error, report: result.report }, null, 2));
        throw new CliError(`${path}: ${result.error.message.th} / ${result.error.message.en}`, 2);
      }
      const parsed = parsePlan(result.plan);
      if (!parsed.ok) throw new CliError(`${path}: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`, 70);
      const findings = result.framework ? result.findings : null;
      if (output !== undefined && writer) {
        await writeOutput(output, await writer(result.plan, parsed.plan, result.framework), { force: opts.force });
      }
      if (opts.json) {
        io.out(JSON.stringify({ ok: true, plan: parsed.plan, report: result.report, findings: result.findings }, null, 2));
      } else {
        const plan = parsed.plan;
        const l = LABELS[lang];
        const year = lang === "th" ? toThaiDigits(plan.fiscalYear) : String(plan.fiscalYear);
        io.out(`${plan.agency || path} · ${plan.framework} · ${year} · ${n(plan.kpis.length, lang)} ${l.kpis}`);
        for (const line of reportLines(result.report, findings, lang)) io.out(line);
        io.out(output !== undefined ? `${l.wrote} ${output}` : l.dryRun);
      }
      setExit(opts.strict && findings && hasErrors(findings) ? 1 : 0);
    });
}
