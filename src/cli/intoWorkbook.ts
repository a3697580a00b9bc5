// `kpi import result.txt --into plan.xlsx`: a result form's results, texts, mid-year criteria and
// sign-off written into the template workbook itself. The workbook is read by the one read
// (loadPlan), the form merged into its plan as into a JSON plan (mergeResults; a KPI the workbook
// has no row for is reported, never added), and only the cells that change are written
// (resultCells), each where the read found its field. A cell someone typed something else into is
// a conflict: without --force nothing is written (exit 1). Formulas are never written; the values
// the evaluation sheet's formulas show are refreshed, so that a program that does not recalculate
// shows the new scores. The workbook goes back to its own path in one step (writeOutput), and
// only if exceljs can write back everything it holds, or --force says to go on without the rest.
// Loaded with import(): it brings exceljs.
import { mergeResults, type MergeEntry } from "../core/import";
import type { Bilingual, RoundId } from "../core/schema/common";
import { parsePlan, type Plan } from "../core/schema/plan";
import { toThaiDigits } from "../core/thai/digits";
import { evaluationFormulaValues } from "../layout/formulaValues";
import { checkSeal, sealMessage, type SealCheck } from "../seal/seal";
import { readTemplate, sheetsToRead } from "../template/read";
import { resultCells, type CellChange, type ResultCells } from "../template/resultCells";
import { quoteSheet } from "../workbook/a1";
import { CELL_TEXT_MAX, type CellValue } from "../workbook/model";
import { TextTooLongError } from "../layout/render/tooLong";
import { partsLost } from "../xlsx/parts";
import { CliError, type Lang } from "./lang";
import { writeOutput } from "./output";
import { loadPlan } from "./readPlan";

export interface IntoWorkbook {
  cells: ResultCells;
  /** The form's KPIs with no row in the workbook: not written. */
  unmatched: MergeEntry[];
  /** What stopped the write without --force: cells typed otherwise, or parts exceljs cannot write back. */
  blocked: "conflicts" | "parts" | null;
  /** Parts of the file that writing it again loses (written anyway with --force). */
  lost: string[];
  written: boolean;
  /** The seal of a sealed workbook after the write (changed: check and seal it again in the pane). */
  seal: SealCheck | null;
}

/** Puts the form's round into the workbook at `path` (in place); see the top of this file. */
export interface IntoOptions {
  /** The form's values replace different ones already typed (else such conflicts write nothing). */
  force: boolean;
  /** --sheet: which template of a workbook holding several. */
  sheet?: string | undefined;
  /** Told which template was read when the workbook holds several. */
  warn?: (line: string) => void;
}

export async function importIntoWorkbook(path: string, form: Plan, round: RoundId, { force, sheet, warn }: IntoOptions): Promise<IntoWorkbook> {
  const loaded = await loadPlan(path, { writable: true, sheet, ...(warn ? { warn } : {}) });
  if (loaded.source !== "workbook" || !loaded.file) throw new Error("a workbook opened to be written was expected");
  const { template, file } = loaded;
  const merged = mergeResults(template.plan, form, round, true, { addMissing: false });
  if (!merged.ok) throw new CliError(`${path}: ${merged.message.th} / ${merged.message.en}`, 2);
  const after = parsePlan(merged.plan);
  if (!after.ok) throw new Error(`the merged plan does not parse: ${after.problems.map((p) => `${p.path} ${p.message}`).join("; ")}`);
  const grids = await file.workbook.readSheets(sheetsToRead(template.meta));
  const cells = resultCells(template, grids, after.plan, round);
  const out: IntoWorkbook = { cells, unmatched: merged.entries.filter((e) => e.outcome === "unmatched"), blocked: null, lost: [], written: false, seal: null };
  const changes = [...cells.writes, ...(force ? cells.conflicts : [])];
  if (cells.conflicts.length > 0 && !force) return { ...out, blocked: "conflicts" };
  if (changes.length === 0) return out;
  // A form's text can be longer than a cell holds (a workbook's own cannot): refused whole, exit 2.
  const long = changes.flatMap((c) => (typeof c.value === "string" && c.value.length > CELL_TEXT_MAX ? [{ sheet: c.sheet, cell: c.cell, length: c.value.length, field: c.what }] : []));
  if (long.length > 0) throw new CliError(new TextTooLongError(long, "workbook").message, 2);

  for (const c of changes) await file.workbook.writeCells(c.sheet, c.cell, [[c.value]]);
  const written = await readTemplate(file.workbook, { metaSheet: template.meta.metaSheet });
  const evaluation = template.meta.sheets.evaluation;
  const grid = (await file.workbook.readSheets([evaluation])).get(evaluation);
  if (grid) file.workbook.setFormulaValues(evaluation, evaluationFormulaValues(grid, written.plan, written.framework));
  const bytes = await file.workbook.toBuffer();
  const lost = await partsLost(file.bytes, bytes);
  if (lost.length > 0 && !force) return { ...out, lost, blocked: "parts" };
  await writeOutput(path, bytes, { force: true });
  return { ...out, lost, written: true, seal: template.seal ? await checkSeal({ plan: written.plan, frameworkJson: written.meta.frameworkJson }, template.seal) : null };
}

// ---- what the user reads ------------------------------------------------------------------------

const LABELS = {
  th: {
    put: "ใส่ลงสมุดงาน",
    none: "ไม่มี",
    conflicts: "ค่าที่ต่างจากที่มีในสมุดงาน จึงไม่ได้เขียน (สมุดงาน → แบบรายงาน)",
    replaced: "ค่าในสมุดงานที่ถูกแทนที่ด้วยค่าของแบบรายงาน (สมุดงาน → แบบรายงาน)",
    unmatched: "ไม่พบในสมุดงาน จึงไม่ได้เขียน",
    formulas: "เซลล์เป็นสูตร จึงไม่เขียนทับ",
    missing: "สมุดงานไม่มีที่สำหรับข้อมูลนี้ จึงไม่ได้เขียน",
    lost: "ส่วนของไฟล์ที่จะหายไปเมื่อเขียนใหม่",
    wrote: (n: number, path: string) => `เขียนลงสมุดงาน ${path} แล้ว ${toThaiDigits(n)} เซลล์`,
    nothing: "ไม่มีค่าใหม่ให้ใส่ สมุดงานไม่ถูกแก้ไข",
  },
  en: {
    put: "put into the workbook",
    none: "none",
    conflicts: "values that differ from the workbook's, so nothing was written (workbook → form)",
    replaced: "the workbook's values replaced by the form's (workbook → form)",
    unmatched: "not found in the workbook, so not written",
    formulas: "cells holding a formula, never written over",
    missing: "no place for this in the workbook, so not written",
    lost: "parts of the file that writing it again would lose",
    wrote: (n: number, path: string) => `wrote ${n} cell${n === 1 ? "" : "s"} into ${path}`,
    nothing: "no new value to put in; the workbook was not changed",
  },
} as const;

const cut = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function shown(v: CellValue, lang: Lang): string {
  if (v === null || v === "") return "–";
  const text = cut(String(v).replace(/\s+/g, " "), 50);
  return lang === "th" ? toThaiDigits(text) : text;
}

const at = (c: { sheet: string; cell: string }): string => `${quoteSheet(c.sheet)}!${c.cell}`;

/** The report of the write, after the import's own. */
export function intoWorkbookLines(r: IntoWorkbook, path: string, lang: Lang): string[] {
  const l = LABELS[lang];
  const list = (title: string, lines: string[]): string[] => (lines.length === 0 ? [] : [`${title}:`, ...lines.map((x) => `  ${x}`)]);
  const put = r.blocked ? [] : r.cells.writes;
  const out = [`${l.put}:`, ...(put.length === 0 ? [`  ${l.none}`] : put.map((c) => `  ${at(c).padEnd(22)} ${c.what[lang]}: ${shown(c.value, lang)}`))];
  out.push(...list(r.written ? l.replaced : l.conflicts, r.cells.conflicts.map((c) => `${at(c).padEnd(22)} ${c.what[lang]}: ${shown(c.old, lang)} → ${shown(c.value, lang)}`)));
  out.push(...list(l.unmatched, r.unmatched.map((e) => e.message[lang])));
  out.push(...list(l.formulas, r.cells.formulas.map((c: CellChange) => `${at(c).padEnd(22)} ${c.what[lang]}: ${shown(c.value, lang)}`)));
  out.push(...list(l.missing, r.cells.missing.map((c) => `${c.what[lang]}: ${shown(c.value, lang)}`)));
  out.push(...list(l.lost, r.lost));
  if (r.written) out.push(l.wrote(put.length + r.cells.conflicts.length, path));
  else if (!r.blocked) out.push(l.nothing);
  if (r.written && r.seal && r.seal.status !== "none") out.push(sealLine(r.seal)[lang]);
  return out;
}

/** A sealed workbook's seal after the write: changed, so it must be checked and sealed again. */
function sealLine(seal: SealCheck): Bilingual {
  const m = sealMessage(seal);
  if (seal.status !== "changed") return m;
  return {
    th: `${m.th} (นำผลเข้าแล้ว ตรวจก่อนส่งและประทับตราใหม่ในแผงงาน)`,
    en: `${m.en} (the results went in: check it and seal it again in the task pane)`,
  };
}

/** Why nothing was written, in Thai and English, for standard error; null when it was or had nothing to write. */
export function blockedMessage(r: IntoWorkbook, path: string): string | null {
  if (r.blocked === "conflicts") {
    const n = r.cells.conflicts.length;
    return `ไม่ได้เขียน ${path}: ${toThaiDigits(n)} เซลล์มีค่าที่ต่างจากแบบรายงาน (ใช้ --force ให้ค่าของแบบรายงานแทนที่) / nothing written to ${path}: ${n} cell${n === 1 ? " holds" : "s hold"} a value other than the form's (use --force to let the form's values replace them)`;
  }
  if (r.blocked === "parts") {
    const list = r.lost.join(", ");
    return `ไม่ได้เขียน ${path}: โปรแกรมเขียนส่วนเหล่านี้ของไฟล์กลับไม่ได้ ${list} (ใช้ --force เพื่อเขียนโดยไม่มีส่วนเหล่านี้) / nothing written to ${path}: this program cannot write back these parts of the file: ${list} (use --force to write it without them)`;
  }
  return null;
}
