// kpi frameworks: the shipped frameworks; and the central office's own year: `new` starts next
// year's framework file from an existing one, `check` says everything wrong with a file, `show`
// prints a framework (shipped or a file) with its calendar and focus issues.
import { extname } from "node:path";
import type { Command } from "commander";
import { FRAMEWORKS } from "../../core/frameworks/shipped";
import { dateLabel, deadlineName } from "../../core/frameworks/calendar";
import { checkFramework } from "../../core/frameworks/check";
import { focusComponentOf, responsibleName } from "../../core/frameworks/focus";
import { nextFramework, type AgencyKind } from "../../core/frameworks/nextYear";
import type { Component, Framework } from "../../core/schema/framework";
import { toThaiDigits } from "../../core/thai/digits";
import { toNumeric } from "../../core/thai/number";
import { CliError, parseLang, type Lang } from "../lang";
import type { Io } from "../io";
import { problemLines, readFrameworkJson, resolveFramework } from "../readPlan";
import { writeOutput } from "../output";

function lines(c: Component, depth: number, lang: Lang): string[] {
  const pad = "  ".repeat(depth + 1);
  const count = lang === "th" ? `${c.kpiCount} ตัวชี้วัด` : `${c.kpiCount} KPI${c.kpiCount === 1 ? "" : "s"}`;
  const flags = [c.joint ? (lang === "th" ? "บูรณาการ" : "joint") : "", c.shared ? (lang === "th" ? "ใช้ร่วมกันทุกหน่วยงาน" : "shared") : ""]
    .filter(Boolean)
    .join(", ");
  const row = `${pad}${c.code.padEnd(6)}${String(c.weight).padStart(5)}  ${count.padEnd(14)}${c.name[lang]}${flags ? ` (${flags})` : ""}`;
  return [row, ...(c.children ?? []).flatMap((k) => lines(k, depth + 1, lang))];
}

const heading = (fw: Framework, lang: Lang): string => `${fw.id}  ${fw.name[lang]}  (${lang === "th" ? "ขั้นร้อยละ" : "ladder"} ${fw.ladder.join("/")})`;

/** A framework as `kpi frameworks show` prints it: components, calendar, focus issues. */
function showLines(fw: Framework, lang: Lang): string[] {
  const out = [heading(fw, lang), ...fw.components.flatMap((c) => lines(c, 0, lang))];
  const cal = fw.calendar;
  if (cal && (cal.milestones.length > 0 || cal.deadlines.length > 0)) {
    out.push("", lang === "th" ? "ปฏิทิน" : "Calendar");
    for (const m of cal.milestones) {
      const when = m.to && m.to !== m.from ? `${dateLabel(m.from)[lang]} – ${dateLabel(m.to)[lang]}` : dateLabel(m.from)[lang];
      out.push(`  ${when.padEnd(26)}${m.activity[lang]}`);
    }
    for (const d of cal.deadlines) out.push(`  ${dateLabel(d.date)[lang].padEnd(26)}${lang === "th" ? "กำหนดส่ง: " : "deadline: "}${deadlineName(d)[lang]}`);
  }
  const issues = fw.focusIssues ?? [];
  if (issues.length > 0) {
    const comp = focusComponentOf(fw);
    out.push("", lang === "th" ? `ประเด็นมุ่งเน้นการพัฒนา (ตัวชี้วัดองค์ประกอบที่ ${comp})` : `Focus issues (KPIs of component ${comp})`);
    for (const i of issues) {
      out.push(`  ${lang === "th" ? "ประเด็นที่" : "issue"} ${lang === "th" ? toThaiDigits(i.no) : i.no}  ${i.heading}`);
      i.supportingKpis.forEach((k, j) => {
        const who = k.responsible.map((r) => responsibleName(r)[lang]).join(", ");
        out.push(`    ${i.no}.${j + 1}  ${k.name} · ${k.target} · ${who}`);
      });
    }
  }
  return out;
}

function parseYear(text: string): number {
  const v = toNumeric(text);
  if (typeof v !== "number" || !Number.isInteger(v) || v < 2500 || v > 2700) {
    throw new CliError(`--year ต้องเป็นปีงบประมาณ พ.ศ. เช่น 2568: "${text}" / --year must be a BE fiscal year such as 2568: "${text}"`, 2);
  }
  return v;
}

function parseKind(text: string | undefined): AgencyKind | undefined {
  if (text === undefined || text === "bureau" || text === "district") return text;
  throw new CliError(`--kind ต้องเป็น bureau หรือ district: "${text}" / --kind must be bureau or district: "${text}"`, 2);
}

export function registerFrameworks(program: Command, io: Io, setExit: (code: number) => void): void {
  const frameworks = program
    .command("frameworks")
    .description("กรอบการประเมินที่มีพร้อมองค์ประกอบและน้ำหนัก และกรอบของปีใหม่ / the frameworks with their components and weights, and next year's")
    .option("--json", "พิมพ์เป็น JSON / print as JSON")
    .option("--lang <th|en>", "ภาษา / language", "th")
    .action((opts: { json?: boolean; lang?: string }) => {
      const lang = parseLang(opts.lang);
      if (opts.json) {
        io.out(JSON.stringify(FRAMEWORKS, null, 2));
        return;
      }
      for (const fw of FRAMEWORKS) {
        io.out(heading(fw, lang));
        for (const c of fw.components) for (const l of lines(c, 0, lang)) io.out(l);
        io.out("");
      }
    });

  frameworks
    .command("show")
    .description("แสดงกรอบการประเมิน (รหัสหรือไฟล์) พร้อมปฏิทินและประเด็นมุ่งเน้น / show a framework (an id or a file) with its calendar and focus issues")
    .argument("<framework>", "รหัสกรอบ เช่น bma-2566-bureau หรือไฟล์ .json / a framework id such as bma-2566-bureau, or a .json file")
    .option("--json", "พิมพ์กรอบเป็น JSON / print the framework as JSON")
    .option("--lang <th|en>", "ภาษา / language", "th")
    .action((spec: string, _opts: unknown, cmd: Command) => {
      // --json and --lang are also options of `kpi frameworks`, which takes them wherever they stand.
      const opts = cmd.optsWithGlobals<{ json?: boolean; lang?: string }>();
      const lang = parseLang(opts.lang);
      const fw = resolveFramework(spec);
      if (opts.json) io.out(JSON.stringify(fw, null, 2));
      else for (const l of showLines(fw, lang)) io.out(l);
    });

  frameworks
    .command("new")
    .description("เริ่มกรอบการประเมินของปีใหม่จากกรอบที่มี / start next year's framework file from an existing one")
    .requiredOption("--from <framework>", "กรอบที่ใช้เป็นต้นแบบ (รหัสหรือไฟล์ .json) / the framework to start from (an id or a .json file)")
    .requiredOption("--year <BE>", "ปีงบประมาณ พ.ศ. ของกรอบใหม่ / the new framework's BE fiscal year")
    .option("--kind <bureau|district>", "ประเภทหน่วยงาน (ค่าเดิมตามต้นแบบ) / the agency kind (default: the original's)")
    .requiredOption("-o, --output <file.json>", "ไฟล์กรอบที่จะสร้าง / the framework file to write")
    .option("--force", "เขียนทับไฟล์ที่มีอยู่ / replace an existing file")
    .action(async (opts: { from: string; year: string; kind?: string; output: string; force?: boolean }) => {
      if (extname(opts.output).toLowerCase() !== ".json") {
        throw new CliError(`-o ต้องเป็นไฟล์ .json: ${opts.output} / -o must name a .json file: ${opts.output}`, 2);
      }
      const from = resolveFramework(opts.from);
      const next = nextFramework(from, parseYear(opts.year), parseKind(opts.kind));
      await writeOutput(opts.output, `${JSON.stringify(next, null, 2)}\n`, { force: opts.force === true });
      io.out(
        `สร้างกรอบ ${next.id} จาก ${from.id} ที่ ${opts.output} แล้ว แก้ไของค์ประกอบ น้ำหนัก ปฏิทิน และประเด็นมุ่งเน้น แล้วตรวจด้วย kpi frameworks check / ` +
          `wrote ${next.id} (from ${from.id}) to ${opts.output}: edit its components, weights, calendar and focus issues, then run kpi frameworks check`,
      );
    });

  frameworks
    .command("check")
    .description("ตรวจไฟล์กรอบการประเมิน / check a framework file")
    .argument("<file.json>", "ไฟล์กรอบการประเมิน / the framework file")
    .option("--json", "พิมพ์ผลเป็น JSON / print { problems } as JSON")
    .action((path: string, _opts: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<{ json?: boolean }>();
      const { framework, problems } = checkFramework(readFrameworkJson(path));
      if (opts.json) {
        io.out(JSON.stringify({ id: framework?.id ?? null, problems }, null, 2));
      } else if (problems.length === 0) {
        io.out(`${path}: ${framework?.id} ใช้ได้ ไม่พบปัญหา / ${framework?.id} is valid, no problems found`);
      } else {
        io.out(`${path}: พบปัญหา ${toThaiDigits(problems.length)} รายการ / ${problems.length} problem${problems.length === 1 ? "" : "s"} found`);
        for (const l of problemLines(problems)) io.out(l);
      }
      setExit(problems.length > 0 ? 1 : 0);
    });
}
