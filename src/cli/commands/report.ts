import type { Command } from "commander";
import { formatScore } from "../../core/scoring/round";
import { planReport, type ComponentReport } from "../../core/scoring/report";
import { parseLang, type Lang } from "../lang";
import { issueLine } from "../print";
import { loadPlan, readIssuesOf } from "../readPlan";
import type { Io } from "../io";

interface ReportOptions {
  framework?: string;
  json?: boolean;
  lang?: string;
}

interface ComponentJson {
  code: string;
  name: string;
  nameEn: string;
  weight: number;
  score: number;
  selfScore: number;
  children: ComponentJson[];
  kpis: ComponentReport["kpis"];
}

function toJson(c: ComponentReport): ComponentJson {
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

const score = (v: number | null): string => (v === null ? "–" : formatScore(v));
const cut = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function lines(c: ComponentReport, depth: number, lang: Lang): string[] {
  const pad = "  ".repeat(depth);
  const head = `${pad}${c.code} ${cut(c.name[lang], 52 - pad.length)}`.padEnd(60);
  const own = `${head}${String(c.weight).padStart(8)}${formatScore(c.score).padStart(10)}${formatScore(c.selfScore).padStart(10)}`;
  const kpis = c.kpis.map((k) => {
    const label = `${pad}  ${k.id} ${cut(k.name, 48 - pad.length)}`.padEnd(60);
    return `${label}${String(k.weight ?? "–").padStart(8)}${score(k.score).padStart(10)}${score(k.selfScore).padStart(10)}`;
  });
  return [own, ...kpis, ...c.children.flatMap((child) => lines(child, depth + 1, lang))];
}

export function registerReport(program: Command, io: Io): void {
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
      io.out(`${(lang === "th" ? "รวม (เต็ม ๑๐๐)" : "total (out of 100)").padEnd(60)}${"100".padStart(8)}${formatScore(report.total).padStart(10)}${formatScore(report.selfTotal).padStart(10)}`);
      if (report.unscored.length > 0) {
        io.out(
          lang === "th"
            ? `ยังไม่มีผลการดำเนินงาน: ${report.unscored.join(", ")}`
            : `no usable result yet: ${report.unscored.join(", ")}`,
        );
      }
    });
}
