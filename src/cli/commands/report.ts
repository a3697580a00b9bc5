import { extname } from "node:path";
import type { Command } from "commander";
import { latestRound, roundName } from "../../core/plan/rounds";
import { RoundId } from "../../core/schema/common";
import { formatScore } from "../../core/scoring/round";
import type { Framework } from "../../core/schema/framework";
import type { Plan } from "../../core/schema/plan";
import { planReport, type ComponentReport } from "../../core/scoring/report";
import { toThaiDigits } from "../../core/thai/digits";
import { checkAnyPlan, checkTemplate } from "../../template/check";
import { CliError, parseLang, type Lang } from "../lang";
import { issueLine } from "../print";
import { loadPlan, readIssuesOf, SHEET_OPTION } from "../readPlan";
import type { Io } from "../io";
import { guardOutput, writeOutput } from "../output";

interface ReportOptions {
  framework?: string;
  json?: boolean;
  lang?: string;
  round?: string;
  form?: boolean;
  output?: string;
  force?: boolean;
  sheet?: string;
}

/** --round: mid or end, else exit 2. */
function parseRound(value: string): RoundId {
  const r = RoundId.safeParse(value);
  if (!r.success) throw new CliError(`--round ต้องเป็น mid (ครึ่งปี) หรือ end (สิ้นปี) / --round must be mid or end (got "${value}")`, 2);
  return r.data;
}

/** A component as `report --json` and `collect --json` print it: unrounded. */
export interface ComponentJson {
  code: string;
  name: string;
  nameEn: string;
  weight: number;
  score: number;
  selfScore: number;
  children: ComponentJson[];
  kpis: ComponentReport["kpis"];
}

export function toJson(c: ComponentReport): ComponentJson {
  return {
    code: c.code,
    name: c.name.th,
    nameEn: c.name.en,
    weight: c.weight,
    score: c.score,
    selfScore: c.selfScore,
    children: c.children.map(toJson),
    kpis: c.kpis,
  };
}

// A sum that overflowed prints as a dash, never as NaN or Infinity.
const score = (v: number | null): string => (v === null || !Number.isFinite(v) ? "–" : formatScore(v));

/** Above this a total is no score out of 100 (the tolerance absorbs rounding of the sums). */
const FULL = 100 + 1e-9;

/** What is wrong with a total, in words, or null when it is a score out of 100. */
function totalProblem(label: { th: string; en: string }, total: number): string | null {
  if (!Number.isFinite(total)) return `✗ ${label.th} คำนวณไม่ได้ (ตัวเลขใหญ่เกินไป) / the ${label.en} cannot be computed (the numbers are too large)`;
  if (total > FULL) {
    const shown = formatScore(total);
    return `✗ ${label.th} ${toThaiDigits(shown)} เกินคะแนนเต็ม ๑๐๐ จึงไม่ใช่คะแนนที่ใช้ได้ (น้ำหนักหรือเกณฑ์ในแผนผิด) / the ${label.en} ${shown} is above the full 100, so it is no valid score (the plan's weights or criteria are wrong)`;
  }
  return null;
}
const cut = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function lines(c: ComponentReport, depth: number, lang: Lang): string[] {
  const pad = "  ".repeat(depth);
  const head = `${pad}${c.code} ${cut(c.name[lang], 52 - pad.length)}`.padEnd(60);
  const own = `${head}${String(c.weight).padStart(8)}${score(c.score).padStart(10)}${score(c.selfScore).padStart(10)}`;
  const kpis = c.kpis.map((k) => {
    const label = `${pad}  ${k.id} ${cut(k.name, 48 - pad.length)}`.padEnd(60);
    return `${label}${String(k.weight ?? "–").padStart(8)}${score(k.score).padStart(10)}${score(k.selfScore).padStart(10)}`;
  });
  return [own, ...kpis, ...c.children.flatMap((child) => lines(child, depth + 1, lang))];
}

export function registerReport(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("report")
    .description("คะแนนรายองค์ประกอบและคะแนนรวม / scores per component and the total out of 100")
    .argument("<plan>", "ไฟล์แผนที่มีผลการดำเนินงาน / a plan file with results")
    .option("--framework <id|file>", "ใช้กรอบการประเมินนี้ (รหัสหรือไฟล์ .json) แทนที่ระบุในแผน / use this framework (an id or a .json file) instead of the plan's")
    .option("--json", "พิมพ์ JSON ไม่ปัดเศษ / print unrounded JSON")
    .option("--lang <th|en>", "ภาษา / language", "th")
    .option("--round <mid|end>", "รอบการประเมิน: mid (ครึ่งปี) หรือ end (สิ้นปี); ไม่ระบุ = รอบล่าสุดที่มีผล / the round: mid or end (default: the latest round with results)")
    .option("--form", "เขียนแบบสรุปผลคะแนนการตรวจติดตามประเมินผลของรอบนั้นเป็นไฟล์ .xlsx (-o) / write the round's official result form as an .xlsx file (-o)")
    .option("-o, --output <result.xlsx>", "ไฟล์แบบสรุปผลที่จะเขียน (กับ --form) / the result form to write (with --form)")
    .option("--force", "เขียนทับไฟล์ที่มีอยู่ / replace an existing file")
    .option(...SHEET_OPTION)
    .action(async (path: string, opts: ReportOptions) => {
      const lang = parseLang(opts.lang);
      const asked = opts.round === undefined ? undefined : parseRound(opts.round);
      if (opts.form && (opts.output === undefined || extname(opts.output).toLowerCase() !== ".xlsx")) {
        throw new CliError(`--form ต้องมี -o ไฟล์ .xlsx / --form needs -o naming an .xlsx file`, 2);
      }
      if (!opts.form && opts.output !== undefined) throw new CliError(`-o ใช้กับ --form เท่านั้น / -o goes with --form only`, 2);
      if (opts.form && opts.output) guardOutput(opts.output, opts.force);
      const loaded = await loadPlan(path, { framework: opts.framework, sheet: opts.sheet, warn: io.err });
      for (const issue of readIssuesOf(loaded)) io.err(issueLine(issue));
      const { plan, framework } = loaded;
      const round = asked ?? latestRound(plan, framework);
      const name = roundName(framework, round);
      const report = planReport(plan, framework, round);
      // Scores of a plan with errors are not to be trusted: say so, and exit 1 as validate would.
      const errors = (loaded.source === "workbook" ? await checkTemplate(loaded.template) : checkAnyPlan({ plan, framework })).errors;
      const warnings = [
        ...(errors > 0
          ? [`✗ แผนมีข้อผิดพลาด ${toThaiDigits(errors)} รายการ คะแนนอาจไม่ถูกต้อง (ดู kpi validate) / the plan has ${errors} error${errors === 1 ? "" : "s"}; these scores may be wrong (see kpi validate)`]
          : []),
        ...[totalProblem({ th: "คะแนนรวม", en: "total" }, report.total), totalProblem({ th: "คะแนนรวมจากการประเมินตนเอง", en: "self-assessed total" }, report.selfTotal)].filter(
          (w): w is string => w !== null,
        ),
      ];
      for (const w of warnings) io.err(w);
      setExit(warnings.length > 0 ? 1 : 0);
      if (opts.form && opts.output) {
        await writeForm(plan, framework, round, opts.output, opts.force);
        io.out(`เขียนแบบสรุปผลคะแนน${name.th} ${opts.output} แล้ว / wrote the ${name.en} result form ${opts.output}`);
        return;
      }
      if (opts.json) {
        io.out(
          JSON.stringify(
            { round, components: report.components.map(toJson), total: report.total, selfTotal: report.selfTotal, unscored: report.unscored },
            null,
            2,
          ),
        );
        return;
      }
      const head = lang === "th" ? ["องค์ประกอบ / ตัวชี้วัด", "น้ำหนัก", "กรรมการ", "ตนเอง"] : ["component / KPI", "weight", "committee", "self"];
      io.out(`${plan.agency} · ${framework.id} · ${name[lang]}`);
      io.out(`${(head[0] as string).padEnd(60)}${(head[1] as string).padStart(8)}${(head[2] as string).padStart(10)}${(head[3] as string).padStart(10)}`);
      for (const c of report.components) for (const l of lines(c, 0, lang)) io.out(l);
      // "out of 100" only for totals that are scores out of 100.
      const valid = (t: number): boolean => Number.isFinite(t) && t <= FULL;
      const totalLabel = valid(report.total) && valid(report.selfTotal) ? (lang === "th" ? "รวม (เต็ม ๑๐๐)" : "total (out of 100)") : lang === "th" ? "รวม (ใช้ไม่ได้ ดูข้อความข้างต้น)" : "total (not valid, see above)";
      io.out(`${totalLabel.padEnd(60)}${"100".padStart(8)}${score(report.total).padStart(10)}${score(report.selfTotal).padStart(10)}`);
      if (report.unscored.length > 0) {
        io.out(
          lang === "th"
            ? `ยังไม่มีผลการดำเนินงาน: ${report.unscored.join(", ")}`
            : `no usable result yet: ${report.unscored.join(", ")}`,
        );
      }
    });
}

/** The round's result form, alone in a new workbook: exceljs and the summaries load only here. */
async function writeForm(plan: Plan, framework: Framework, round: RoundId, output: string, force: boolean | undefined): Promise<void> {
  const [{ XlsxWorkbook }, { renderForm }, { DEFAULT_SUMMARY_NAMES }, { TextTooLongError }] = await Promise.all([
    import("../../xlsx/workbook.js"),
    import("../../summary/form.js"),
    import("../../summary/types.js"),
    import("../../layout/render/tooLong.js"),
  ]);
  const workbook = XlsxWorkbook.create();
  let sheet;
  try {
    sheet = renderForm({ plan, framework, template: "", generatedAt: new Date() }, round, DEFAULT_SUMMARY_NAMES.forms[round]);
  } catch (e) {
    // A text longer than a cell holds is the plan's (bad input, exit 2); nothing is written.
    throw e instanceof TextTooLongError ? new CliError(e.message, 2) : e;
  }
  await workbook.addSheets({ sheets: [sheet], names: [] });
  await writeOutput(output, await workbook.toBuffer(), { force });
}
