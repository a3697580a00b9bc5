import { link, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { Command } from "commander";
import { decodeText, importPlanText, type ImportReport } from "../../core/import";
import type { Framework } from "../../core/schema/framework";
import { parsePlan, type Plan, type PlanInput } from "../../core/schema/plan";
import { toThaiDigits } from "../../core/thai/digits";
import { hasErrors } from "../../core/validation/validate";
import type { Finding } from "../../core/validation/finding";
import { findingLine, summaryLine } from "../print";
import { CliError, parseLang, type Lang } from "../lang";
import { readInput, type Io } from "../io";

interface ImportOptions {
  output?: string;
  framework?: string;
  force?: boolean;
  json?: boolean;
  strict?: boolean;
  lang?: string;
}

type Writer = (input: PlanInput, plan: Plan, framework: Framework | null) => Promise<Uint8Array | string>;

/** Output formats by extension: the plan as read (nulls where the document is silent), or a workbook. */
const WRITERS: Record<string, Writer> = {
  ".json": async (input) => `${JSON.stringify(input, null, 2)}\n`,
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
  const [{ XlsxWorkbook }, { insertTemplate }] = await Promise.all([import("../../xlsx/workbook.js"), import("../../template/insert.js")]);
  const workbook = XlsxWorkbook.create();
  await insertTemplate(workbook, plan, framework);
  return new Uint8Array(await workbook.toBuffer());
}

const LABELS = {
  th: {
    recognised: "ส่วนที่อ่านได้",
    skipped: "บรรทัดที่ไม่ได้ใช้",
    disagreements: "ข้อมูลที่ระบุไม่ตรงกัน",
    notes: "หมายเหตุ",
    findings: "ผลการตรวจแผน",
    none: "ไม่มี",
    line: "บรรทัด",
    wrote: "เขียนแผนลงไฟล์",
    dryRun: "ยังไม่ได้เขียนไฟล์ ใช้ -o plan.json หรือ -o plan.xlsx เพื่อบันทึกแผน",
    noFramework: "ไม่ได้ตรวจแผน เพราะไม่มีกรอบการประเมินสำหรับแผนนี้",
    kpis: "ตัวชี้วัด",
  },
  en: {
    recognised: "recognised",
    skipped: "lines not used",
    disagreements: "disagreements",
    notes: "notes",
    findings: "validation",
    none: "none",
    line: "line",
    wrote: "plan written to",
    dryRun: "no file written; use -o plan.json or -o plan.xlsx to save the plan",
    noFramework: "not validated: no framework is known for this plan",
    kpis: "KPIs",
  },
} as const;

const n = (v: number, lang: Lang): string => (lang === "th" ? toThaiDigits(v) : String(v));
const cut = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The report as the user reads it: sections, unused lines, disagreements, notes, findings. */
export function reportLines(report: ImportReport, findings: readonly Finding[] | null, lang: Lang): string[] {
  const l = LABELS[lang];
  const at = (from: number, to?: number): string => `${l.line} ${n(from, lang)}${to !== undefined && to !== from ? `–${n(to, lang)}` : ""}`;
  const out: string[] = [];
  out.push(`${l.recognised}:`);
  if (report.recognised.length === 0) out.push(`  ${l.none}`);
  for (const r of report.recognised) out.push(`  ${at(r.from, r.to).padEnd(16)} ${r.kpi ? `${r.kpi.padEnd(7)} ` : ""}${r.what[lang]}`);
  out.push(`${l.skipped}:`);
  if (report.skipped.length === 0) out.push(`  ${l.none}`);
  for (const s of report.skipped) out.push(`  ${at(s.line).padEnd(16)} "${cut(s.text, 60)}" — ${s.reason[lang]}`);
  out.push(`${l.disagreements}:`);
  if (report.disagreements.length === 0) out.push(`  ${l.none}`);
  for (const d of report.disagreements) out.push(`  ${at(d.lines[0] ?? 0).padEnd(16)} ${cut(d.message[lang], 220)}`);
  if (report.notes.length > 0) {
    out.push(`${l.notes}:`);
    for (const x of report.notes) out.push(`  ${(x.line ? at(x.line) : "").padEnd(16)} ${x.message[lang]}`);
  }
  if (findings) {
    out.push(`${l.findings}: ${summaryLine(findings, lang)}`);
    for (const f of findings) out.push(`  ${findingLine(f, lang)}`);
  } else out.push(`${l.findings}: ${l.noFramework}`);
  return out;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the whole file or nothing: the bytes go to a temporary file next to the target, which
 * is then linked (no overwrite) or renamed (--force) into place.
 */
export async function writeWhole(path: string, data: Uint8Array | string, overwrite: boolean): Promise<void> {
  const target = resolve(path);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  await writeFile(tmp, data, { flag: "wx" });
  try {
    if (overwrite) {
      await rename(tmp, target);
      return;
    }
    try {
      await link(tmp, target);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST") throw e;
      // A file system without hard links: check, then rename.
      if (await exists(target)) throw Object.assign(new Error("exists"), { code: "EEXIST" });
      await rename(tmp, target);
      return;
    }
    await unlink(tmp);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

export function registerImport(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("import")
    .description("นำเข้าแผนจากข้อความของแบบฟอร์มตัวชี้วัด (คัดลอกจาก Word/PDF) / import a plan from the text of the KPI forms (copied out of Word/PDF)")
    .argument("<file>", "ไฟล์ข้อความ (.txt) / the text file (.txt)")
    .option("-o, --output <plan.json|plan.xlsx>", "เขียนแผนลงไฟล์ JSON หรือสมุดงาน Excel / write the plan as JSON or as an Excel workbook")
    .option("--framework <id>", "ใช้กรอบการประเมินนี้แทนที่อนุมานจากเอกสาร / use this framework instead of the one inferred from the document")
    .option("--force", "เขียนทับไฟล์ผลลัพธ์ที่มีอยู่ / overwrite an existing output file")
    .option("--json", "พิมพ์แผน รายงาน และผลการตรวจเป็น JSON / print the plan, the report and the findings as JSON")
    .option("--strict", "จบด้วยรหัส 1 เมื่อผลการตรวจมีข้อผิดพลาด / exit with code 1 when validation finds errors")
    .option("--lang <th|en>", "ภาษาของรายงาน / language of the report", "th")
    .action(async (path: string, opts: ImportOptions) => {
      const lang = parseLang(opts.lang);
      const output = opts.output;
      const writer = output === undefined ? undefined : WRITERS[extname(output).toLowerCase()];
      if (output !== undefined && !writer) {
        throw new CliError(`เขียนได้เฉพาะไฟล์ .json หรือ .xlsx: ${output} / can only write .json or .xlsx files: ${output}`, 2);
      }
      if (output !== undefined && !opts.force && (await exists(output))) {
        throw new CliError(`มีไฟล์ ${output} อยู่แล้ว ใช้ --force เพื่อเขียนทับ / ${output} exists; use --force to overwrite it`, 2);
      }
      const bytes = await readInput(path);
      const result = importPlanText(decodeText(bytes).text, opts.framework ? { framework: opts.framework } : {});
      if (!result.ok) {
        if (opts.json) io.out(JSON.stringify({ ok: false, error: result.error, report: result.report }, null, 2));
        throw new CliError(`${path}: ${result.error.message.th} / ${result.error.message.en}`, 2);
      }
      const parsed = parsePlan(result.plan);
      if (!parsed.ok) throw new CliError(`${path}: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`, 70);
      const findings = result.framework ? result.findings : null;
      if (output !== undefined && writer) {
        const data = await writer(result.plan, parsed.plan, result.framework);
        try {
          await writeWhole(output, data, opts.force === true);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code ?? String(e);
          if (code === "EEXIST") throw new CliError(`มีไฟล์ ${output} อยู่แล้ว ใช้ --force เพื่อเขียนทับ / ${output} exists; use --force to overwrite it`, 2);
          throw new CliError(`เขียนไฟล์ ${output} ไม่ได้ (${code}) / cannot write ${output} (${code})`, 2);
        }
      }
      if (opts.json) {
        io.out(JSON.stringify({ ok: true, plan: result.plan, report: result.report, findings: result.findings }, null, 2));
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
