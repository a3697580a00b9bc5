// kpi template --agencies all|list.txt -o folder: one template per agency, named by agency — the
// bureaus and offices for a bureau framework, the 50 district offices for a district one — each
// listing the focus-issue KPIs the agency is responsible for. Nothing is written when a file
// exists without --force; a progress bar on a terminal; one summary line at the end.
import { existsSync, statSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { AGENCIES, findAgency, resolveAgency } from "../../core/agencies";
import type { Framework } from "../../core/schema/framework";
import type { InsertResult } from "../../template/insert";
import type { Plan } from "../../core/schema/plan";
import { toThaiDigits } from "../../core/thai/digits";
import { templatePlan } from "../../layout/templatePlan";
import { CliError } from "../lang";
import type { Io } from "../io";
import { progressBar } from "../progress";
import { writeOutput } from "../output";

export interface BulkRequest {
  framework: Framework;
  /** "all", or a file with one agency name or abbreviation a line. */
  list: string;
  folder: string;
  force: boolean;
  from?: Plan | undefined;
  options: WorkbookOptions;
}

export interface WorkbookOptions {
  font: "TH Sarabun New" | "TH SarabunPSK";
}

/**
 * The template workbook of a plan, as .xlsx bytes; exceljs and the renderer load here, not when
 * `kpi` starts. A text longer than a cell holds is bad input (exit 2), naming the KPI and field.
 */
export async function templateBytes(plan: Plan, framework: Framework, options: WorkbookOptions): Promise<{ bytes: Uint8Array; result: InsertResult }> {
  const [{ XlsxWorkbook }, { insertTemplate }, { TextTooLongError }] = await Promise.all([
    import("../../xlsx/workbook.js"),
    import("../../template/insert.js"),
    import("../../layout/render/tooLong.js"),
  ]);
  const workbook = XlsxWorkbook.create();
  try {
    const result = await insertTemplate(workbook, plan, framework, options);
    return { bytes: await workbook.toBuffer(), result };
  } catch (e) {
    throw e instanceof TextTooLongError ? new CliError(e.message, 2) : e;
  }
}

/** A file name for an agency: its name, without the characters file systems refuse. */
export const fileNameOf = (agency: string): string => `${agency.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").trim()}.xlsx`;

/** The agencies a list names: every agency of the framework's kind, or a file's lines (blank and # lines skipped). */
async function agenciesOf(list: string, framework: Framework, io: Io): Promise<string[]> {
  if (list === "all") return AGENCIES.filter((a) => a.kind === framework.agencyKind).map((a) => a.name);
  let text: string;
  try {
    text = (await readFile(list, "utf8")).replace(/^\uFEFF/, "");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new CliError(`อ่านรายชื่อหน่วยงาน ${list} ไม่ได้ (${code}) ใช้ --agencies all หรือไฟล์ที่มีชื่อบรรทัดละหนึ่งหน่วยงาน / cannot read the agency list ${list} (${code}); use --agencies all or a file with one agency a line`, 2);
  }
  const out: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const typed = line.trim();
    if (typed === "" || typed.startsWith("#")) return;
    const name = resolveAgency(typed);
    if (!findAgency(name)) io.err(`! ${list}:${i + 1} "${typed}" ไม่อยู่ในรายชื่อหน่วยงาน จึงใช้ตามที่พิมพ์ / "${typed}" is not in the agency list; used as written`);
    if (out.includes(name)) io.err(`! ${list}:${i + 1} "${typed}" ซ้ำ ข้ามไป / "${typed}" is listed twice; skipped`);
    else out.push(name);
  });
  if (out.length === 0) throw new CliError(`${list} ไม่มีชื่อหน่วยงาน / ${list} names no agency`, 2);
  return out;
}

export async function templatesForAgencies(req: BulkRequest, io: Io): Promise<void> {
  const started = Date.now();
  const { framework, folder } = req;
  if (existsSync(folder) && !statSync(folder).isDirectory()) {
    throw new CliError(`-o ต้องเป็นโฟลเดอร์เมื่อใช้ --agencies: ${folder} เป็นไฟล์ / with --agencies, -o must be a folder: ${folder} is a file`, 2);
  }
  const agencies = await agenciesOf(req.list, framework, io);
  const targets = agencies.map((agency) => ({ agency, path: join(folder, fileNameOf(agency)) }));
  const names = new Set<string>();
  for (const t of targets) {
    if (names.has(t.path)) throw new CliError(`ชื่อไฟล์ ${t.path} ซ้ำกัน / two agencies would be written to ${t.path}`, 2);
    names.add(t.path);
  }
  // All or nothing: an existing file stops the run before anything is written.
  const taken = req.force ? [] : targets.filter((t) => existsSync(t.path)).map((t) => t.path);
  if (taken.length > 0) {
    throw new CliError(
      `มีไฟล์อยู่แล้ว ${toThaiDigits(taken.length)} ไฟล์ จึงไม่เขียนทับ (ใช้ --force ถ้าต้องการแทนที่): ${taken.join(", ")} / ` +
        `${taken.length} file${taken.length === 1 ? "" : "s"} exist; nothing was written (use --force to replace them): ${taken.join(", ")}`,
      2,
    );
  }
  await mkdir(folder, { recursive: true });
  const progress = await progressBar(targets.length, io);
  try {
    for (const t of targets) {
      const plan = templatePlan(framework, req.from ? { agency: t.agency, from: req.from } : { agency: t.agency });
      const { bytes } = await templateBytes(plan, framework, req.options);
      await writeOutput(t.path, bytes, { force: req.force });
      progress.tick(t.agency);
    }
  } finally {
    progress.stop();
  }
  const n = targets.length;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  io.out(
    `สร้างแม่แบบ ${toThaiDigits(n)} ไฟล์ใน ${folder} (${framework.id}) ใช้เวลา ${toThaiDigits(seconds)} วินาที / ` +
      `wrote ${n} template${n === 1 ? "" : "s"} to ${folder} (${framework.id}) in ${seconds} s`,
  );
}
