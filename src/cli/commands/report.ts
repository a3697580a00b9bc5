import type { Command } from "commander";
import { formatScore } from "../../core/scoring/round";
import { planReport, type ComponentReport } from "../../core/scoring/report";
import { toThaiDigits } from "../../core/thai/digits";
import { checkAnyPlan, checkTemplate } from "../../template/check";
import { parseLang, type Lang } from "../lang";
import { issueLine } from "../print";
import { loadPlan, readIssuesOf } from "../readPlan";
import type { Io } from "../io";

interface ReportOptions {
  framework?: string;
  json?: boolean;
  lang?: string;
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
    .action(async (path: string, opts: ReportOptions) => {
      const lang = parseLang(opts.lang);
      const loaded = await loadPlan(path, { framework: opts.framework });
      for (const issue of readIssuesOf(loaded)) io.err(issueLine(issue));
      const { plan, framework } = loaded;
      const report = planReport(plan, framework);
      // Scores of a plan with errors are not to be trusted: say so, and exit 1 as validate would.
      const errors = (loaded.source === "workbook" ? checkTemplate(loaded.template) : checkAnyPlan({ plan, framework })).errors;
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
      if (opts.json) {
        io.out(
          JSON.stringify(
            { components: report.components.map(toJson), total: report.total, selfTotal: report.selfTotal, unscored: report.unscored },
            null,
            2,
          ),
        );
        return;
      }
      const head = lang === "th" ? ["องค์ประกอบ / ตัวชี้วัด", "น้ำหนัก", "กรรมการ", "ตนเอง"] : ["component / KPI", "weight", "committee", "self"];
      io.out(`${plan.agency} · ${framework.id}`);
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
