// kpi collect: reads every plan file it is given — one after another, or with --jobs in worker
// threads, each file within a time and memory limit — never stopping at one that cannot be read,
// then works out the status of every
// file and agency, the scores and ranks (src/core/collect), and writes what was asked: the
// consolidated workbook (-o), the scores as CSV (--csv), the KPI basket (--basket), and prints
// the collection (--json, or lines for people). Exit 0 when every expected agency sent a valid,
// sealed plan on time; 1 when something is missing, late, invalid, unsealed or unreadable; 2 when
// the input cannot be read at all (or the command is misused).
import { availableParallelism } from "node:os";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { basketEntries } from "../../core/basket/entries";
import { mergeBasket, parseBasket, serializeBasket, type BasketKpi } from "../../core/basket/format";
import { chooseFramework, collect, collectionProblems } from "../../core/collect/collect";
import { parseDueDate } from "../../core/collect/due";
import type { ReceivedFile } from "../../core/collect/types";
import type { RoundId } from "../../core/schema/plan";
import { toThaiDigits } from "../../core/thai/digits";
import type { Io } from "../io";
import { readPool, type IsolatedOutcome, type IsolatedRequest } from "../isolatedRead";
import { CliError, parseLang } from "../lang";
import { guardOutput, writeOutput } from "../output";
import { progressBar } from "../progress";
import { resolveFramework } from "../readPlan";
import { scoresCsv } from "./csv";
import { gatherFiles } from "./files";
import { collectionJson, collectionLines } from "./report";

/** The options of kpi collect, as commander gives them. */
export interface CollectOptions {
  framework?: string;
  due?: string;
  round?: string;
  output?: string;
  json?: boolean;
  csv?: string;
  basket?: string;
  lang?: string;
  recursive?: boolean;
  force?: boolean;
  jobs?: string;
}

function parseRound(value: string | undefined): RoundId | undefined {
  if (value === undefined || value === "mid" || value === "end") return value;
  throw new CliError(`--round ต้องเป็น mid หรือ end / --round must be mid or end (got "${value}")`, 2);
}

/**
 * Worker threads to read with. By default none: one file after another in this thread was the
 * faster on this 2-core machine (npm run bench -- collect): a thread first loads the reader and
 * warms up (about a second before its first file), which reading 77 files in two threads does not
 * win back unless a core stands idle. --jobs N reads in N threads, each file within a time and
 * memory limit (isolatedRead.ts); "auto" is one thread per core.
 */
function parseThreads(value: string | undefined): number {
  if (value === undefined) return 0;
  if (value === "auto") return Math.max(1, availableParallelism());
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new CliError(`--jobs ต้องเป็นจำนวนเต็ม 0–64 หรือ auto / --jobs must be a whole number 0–64 or auto (got "${value}")`, 2);
  return n;
}

/** The basket file's KPIs so far (none when it does not exist yet); exit 2 when it is no basket. */
async function readBasket(path: string): Promise<BasketKpi[]> {
  if (!existsSync(path)) return [];
  const basket = parseBasket(await readFile(path, "utf8"));
  if (basket.problems.length > 0) {
    const lines = basket.problems.slice(0, 10).map((p) => `  ${path}:${p.line}: ${p.message.th} / ${p.message.en}`);
    throw new CliError(`${path} ไม่ใช่ตะกร้าตัวชี้วัดที่อ่านได้ จึงไม่เพิ่มลงไป / ${path} is not a readable KPI basket; nothing was added:\n${lines.join("\n")}`, 2);
  }
  return basket.entries;
}

/** Reads every file: in `threads` worker threads, or with 0 one after another in this process. */
async function readAll(requests: readonly IsolatedRequest[], threads: number, onRead: (index: number, outcome: IsolatedOutcome) => void): Promise<IsolatedOutcome[]> {
  if (threads > 0) return readPool(requests, { threads, onRead });
  const { readPlanFile } = await import("../planRead.js");
  const out: IsolatedOutcome[] = [];
  for (const r of requests) {
    const outcome = await readPlanFile(r);
    out.push(outcome);
    onRead(out.length - 1, outcome);
  }
  return out;
}

export async function runCollect(paths: readonly string[], opts: CollectOptions, io: Io): Promise<number> {
  const lang = parseLang(opts.lang);
  const round = parseRound(opts.round);
  let due: string | undefined;
  if (opts.due !== undefined) {
    const parsed = parseDueDate(opts.due);
    if (!parsed) throw new CliError(`--due "${opts.due}" ไม่ใช่วันที่ (ใช้ 2024-05-31 หรือ "31 พ.ค. 2567") / --due "${opts.due}" is no date (use 2024-05-31 or "31 พ.ค. 2567")`, 2);
    due = parsed;
  }
  if (opts.output !== undefined) {
    if (extname(opts.output).toLowerCase() !== ".xlsx") throw new CliError(`-o ต้องเป็นไฟล์ .xlsx: ${opts.output} / -o must name an .xlsx file: ${opts.output}`, 2);
    guardOutput(opts.output, opts.force);
  }
  if (opts.csv !== undefined) guardOutput(opts.csv, opts.force);
  const basketBefore = opts.basket === undefined ? null : await readBasket(opts.basket);
  const given = opts.framework === undefined ? undefined : resolveFramework(opts.framework);
  const threads = parseThreads(opts.jobs);
  const { files, skipped } = await gatherFiles(paths, opts.recursive === true);

  const requests: IsolatedRequest[] = files.map((f) => ({ path: f.path, planFramework: opts.framework }));
  const progress = await progressBar(files.length, io);
  let outcomes: IsolatedOutcome[];
  try {
    outcomes = await readAll(requests, threads, (i) => progress.tick(files[i]?.path ?? ""));
  } finally {
    progress.stop();
  }
  const received: ReceivedFile[] = files.map((f, i) => {
    const o = outcomes[i] as IsolatedOutcome;
    // One line per reason, for the status sheet and the list (a JSON file's schema problems are several).
    if (!o.ok) return { file: f.path, modified: f.modified, read: { ok: false, reason: o.reason.replace(/:?\s*\n\s*/g, (m) => (m.startsWith(":") ? ": " : "; ")) } };
    const seal = o.read.seal ? o.read.seal.status : null;
    return { file: f.path, modified: f.modified, read: { ok: true, plan: o.read.plan, framework: o.read.checkedAgainst, findings: o.read.findings, seal } };
  });
  const chosen = chooseFramework(received, given);
  if (!chosen) {
    for (const r of received) if (!r.read.ok) io.err(`✗ ${r.read.reason}`);
    const total = received.length;
    throw new CliError(
      `ไม่มีไฟล์ใดใน ${toThaiDigits(total)} ไฟล์ที่อ่านเป็นแผนได้ (ระบุ --framework เพื่อดูรายชื่อหน่วยงานที่ยังไม่ได้ส่ง) / none of the ${total} file${total === 1 ? "" : "s"} could be read as a plan (give --framework to list the agencies that sent nothing)`,
      2,
    );
  }
  const collection = collect(received, chosen.framework, { round, due, frameworkSource: chosen.source });
  const now = new Date();
  const written: string[] = [];

  if (opts.output !== undefined) {
    const [{ XlsxWorkbook }, { renderConsolidated }, { TextTooLongError }] = await Promise.all([
      import("../../xlsx/workbook.js"),
      import("../../summary/consolidated/index.js"),
      import("../../layout/render/tooLong.js"),
    ]);
    let rendered;
    try {
      rendered = renderConsolidated(collection, { generatedAt: now });
    } catch (e) {
      // A text longer than a cell holds came from a plan (a JSON plan's texts are unbounded): bad input.
      throw e instanceof TextTooLongError ? new CliError(e.message, 2) : e;
    }
    const { model, charts } = rendered;
    const wb = XlsxWorkbook.create();
    await wb.addSheets(model);
    wb.addCharts(charts);
    await writeOutput(opts.output, await wb.toBuffer(), { force: opts.force });
    written.push(opts.output);
  }
  if (opts.csv !== undefined) {
    await writeOutput(opts.csv, scoresCsv(collection), { force: opts.force });
    written.push(opts.csv);
  }
  if (opts.basket !== undefined && basketBefore !== null) {
    const added = basketEntries(collection, now);
    // The basket grows in place: the whole file or nothing, the KPIs of other years kept.
    await writeOutput(opts.basket, serializeBasket(mergeBasket(basketBefore, added)), { force: true });
    written.push(opts.basket);
  }

  if (opts.json) io.out(JSON.stringify(collectionJson(collection), null, 2));
  else for (const line of collectionLines(collection, lang, written, skipped)) io.out(line);

  if (!received.some((r) => r.read.ok)) return 2;
  return collectionProblems(collection).length > 0 ? 1 : 0;
}
