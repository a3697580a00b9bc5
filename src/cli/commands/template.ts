import { extname } from "node:path";
import type { Command } from "commander";
import { resolveAgency } from "../../core/agencies";
import { findFramework, FRAMEWORKS } from "../../core/frameworks";
import type { Plan } from "../../core/schema/plan";
import { toThaiDigits } from "../../core/thai/digits";
import { DATA_SHEET_IDS } from "../../layout/sheets";
import { templatePlan } from "../../layout/templatePlan";
import { CliError } from "../lang";
import { issueLine } from "../print";
import { loadPlan, readIssuesOf } from "../readPlan";
import { guardOutput, writeOutput } from "../output";
import type { Io } from "../io";

interface TemplateOptions {
  framework: string;
  agency?: string;
  from?: string;
  output: string;
  force?: boolean;
  font?: string;
  scoreFunction?: string;
}

export function registerTemplate(program: Command, io: Io): void {
  program
    .command("template")
    .description("สร้างสมุดงานแม่แบบ (.xlsx) ตามกรอบการประเมิน / write a template workbook (.xlsx) for a framework")
    .requiredOption("--framework <id>", "กรอบการประเมิน เช่น bma-2567-bureau (ดู kpi frameworks) / the framework, e.g. bma-2567-bureau (see kpi frameworks)")
    .option("--agency <name>", "ชื่อหน่วยงาน / the agency's name")
    .option("--from <plan>", "เริ่มจากแผนนี้ (.json หรือ .xlsx) / start from this plan (.json or .xlsx)")
    .requiredOption("-o, --output <plan.xlsx>", "ไฟล์สมุดงานที่จะสร้าง / the workbook to write")
    .option("--force", "เขียนทับไฟล์ที่มีอยู่ / replace an existing file")
    .option("--font <name>", "แบบอักษร: \"TH Sarabun New\" หรือ \"TH SarabunPSK\" / the font", "TH Sarabun New")
    .option("--score-function <lambda|addin>", "สูตรคะแนน: KPISCORE (ไม่ต้องใช้ add-in) หรือ KPI.SCORE / score formula: KPISCORE (no add-in needed) or KPI.SCORE", "lambda")
    .action(async (opts: TemplateOptions) => {
      const framework = findFramework(opts.framework);
      if (!framework) {
        const known = FRAMEWORKS.map((f) => f.id).join(", ");
        throw new CliError(`ไม่รู้จักกรอบการประเมิน "${opts.framework}" (มี ${known}) / unknown framework "${opts.framework}" (known: ${known})`, 2);
      }
      if (extname(opts.output).toLowerCase() !== ".xlsx") {
        throw new CliError(`-o ต้องเป็นไฟล์ .xlsx: ${opts.output} / -o must name an .xlsx file: ${opts.output}`, 2);
      }
      if (opts.font !== "TH Sarabun New" && opts.font !== "TH SarabunPSK") {
        throw new CliError(`--font ต้องเป็น "TH Sarabun New" หรือ "TH SarabunPSK" / --font must be "TH Sarabun New" or "TH SarabunPSK"`, 2);
      }
      if (opts.scoreFunction !== "lambda" && opts.scoreFunction !== "addin") {
        throw new CliError(`--score-function ต้องเป็น lambda หรือ addin / --score-function must be lambda or addin`, 2);
      }
      guardOutput(opts.output, opts.force);
      let from: Plan | undefined;
      if (opts.from) {
        const loaded = await loadPlan(opts.from);
        for (const issue of readIssuesOf(loaded)) io.err(issueLine(issue));
        from = loaded.plan;
      }
      // An abbreviation or short name (สนน., เขตบางรัก) becomes the agency's full name.
      const agency = resolveAgency(opts.agency ?? from?.agency ?? "");
      if (agency.trim() === "") throw new CliError("ระบุ --agency ชื่อหน่วยงาน / give the agency with --agency", 2);
      const plan = templatePlan(framework, from ? { agency, from } : { agency });
      // exceljs and the sheet renderer load here, not when `kpi` starts.
      const [{ XlsxWorkbook }, { insertTemplate }] = await Promise.all([import("../../xlsx/workbook.js"), import("../../template/insert.js")]);
      const workbook = XlsxWorkbook.create();
      const result = await insertTemplate(workbook, plan, framework, { font: opts.font, scoreFunction: opts.scoreFunction });
      await writeOutput(opts.output, await workbook.toBuffer(), { force: opts.force });
      const n = plan.kpis.length;
      io.out(
        `สร้างแม่แบบ ${opts.output}: ${plan.agency} ${framework.id} ตัวชี้วัด ${toThaiDigits(n)} ตัว แผ่นงาน ${DATA_SHEET_IDS.map((id) => result.sheets[id]).join(", ")} / ` +
          `wrote template ${opts.output}: ${plan.agency}, ${framework.id}, ${n} KPI${n === 1 ? "" : "s"}`,
      );
    });
}
