// The importer: the text of the official KPI forms (as copied out of Word or PDF) → kpi-plan.
// Pure: a string in, a plan and a report out; the command line and the task pane read files.
import { assemble } from "./assemble";
import { classifyDocument } from "./kind";
import { inspectText, tokenize, type Line } from "./lines";
import { MSG } from "./messages";
import { recognise } from "./recognise";
import { importResultForm } from "./result";
import type { ImportOptions, ImportReport, ImportResult } from "./types";

export * from "./types";
export { decodeText } from "./decode";
export { classifyDocument, KIND_NAMES, type Classification } from "./kind";

/** A KPI table header whose cells lost their tabs: "ที่ ชื่อตัวชี้วัด … เป้าหมาย น้ำหนัก". */
const looksLikeKpiHeader = (line: Line): boolean => /ชื่อตัวชี้วัด/.test(line.compact) && /เป้าหมาย/.test(line.compact) && /น้ำหนัก/.test(line.compact);

const emptyReport = (lines: number): ImportReport => ({
  kind: "other",
  kindLines: [],
  recognised: [],
  skipped: [],
  disagreements: [],
  notes: [],
  stats: { lines, pages: 0, kpis: 0, rubrics: 0, steps: 0, dropped: 0 },
});

/**
 * Reads the text of the KPI forms and returns the plan, the validation findings and a report
 * of what was recognised, skipped and contradictory. Never throws: bad input is an error value.
 */
export function importPlanText(text: string, options: ImportOptions = {}): ImportResult {
  const problem = inspectText(text);
  if (problem) {
    const message = problem.code === "EMPTY" ? MSG.empty() : MSG.binary();
    return { ok: false, error: { code: problem.code, message }, report: emptyReport(text === "" ? 0 : text.split(/\r\n|\r|\n/).length) };
  }
  try {
    const lines = tokenize(text);
    const cls = classifyDocument(lines);
    if (cls.kind === "result") return importResultForm(lines, cls, options);
    if (cls.kind === "memo") {
      // A memo or guideline is read, not turned into KPIs: its focus issues and calendar are no plan.
      return { ok: false, error: { code: "MEMO", message: MSG.memo() }, report: { ...emptyReport(lines.length), kind: "memo", kindLines: cls.evidence } };
    }
    const result = assemble(recognise(lines), options, cls);
    if (!result.ok && result.error.code === "NOT_A_KPI_DOCUMENT" && !text.includes("\t") && lines.some(looksLikeKpiHeader)) {
      return { ...result, error: { code: "NO_TABS", message: MSG.noTabs() } };
    }
    return result;
  } catch (e) {
    // A defect must not cost the user a crash: say what happened, keep the input untouched.
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: {
        code: "INTERNAL",
        message: { th: `นำเข้าไม่สำเร็จเพราะข้อผิดพลาดภายใน: ${detail}`, en: `the import failed on an internal error: ${detail}` },
      },
      report: emptyReport(text.split(/\r\n|\r|\n/).length),
    };
  }
}

export { mergeResults, type CriteriaEntry, type MergeEntry, type MergeOptions, type MergeResult } from "./merge";
