import { extname } from "node:path";
import type { Command } from "commander";
import { resolveAgency } from "../../core/agencies";
import type { Plan } from "../../core/schema/plan";
import { toThaiDigits } from "../../core/thai/digits";
import { DATA_SHEET_IDS } from "../../layout/sheets";
import { templatePlan } from "../../layout/templatePlan";
import { CliError } from "../lang";
import { issueLine } from "../print";
import { loadPlan, readIssuesOf, resolveFramework, SHEET_OPTION } from "../readPlan";
import { guardOutput, writeOutput } from "../output";
import type { Io } from "../io";
import { templateBytes, templatesForAgencies, type WorkbookOptions } from "./templates";

interface TemplateOptions {
  framework?: string;
  agency?: string;
  agencies?: string;
  from?: string;
  output: string;
  force?: boolean;
  font?: string;
  sheet?: string;
}

function workbookOptions(opts: TemplateOptions): WorkbookOptions {
  if (opts.font !== "TH Sarabun New" && opts.font !== "TH SarabunPSK") {
    throw new CliError(`--font ต้องเป็น "TH Sarabun New" หรือ "TH SarabunPSK" / --font must be "TH Sarabun New" or "TH SarabunPSK"`, 2);
  }
  return { font: opts.font };
}

export function registerTemplate(program: Command, io: Io): void {
  program
    .command("template")
    .description("สร้างสมุดงานแม่แบบ (.xlsx) ตามกรอบการประเมิน หนึ่งหน่วยงานหรือทุกหน่วยงาน / write a template workbook (.xlsx) for a framework, for one agency or for every agency")
    .option(
      "--framework <id|file>",
      "กรอบการประเมิน เช่น bma-2567-bureau (ดู kpi frameworks) หรือไฟล์ .json; กับ --from ไม่ระบุก็ได้ ใช้กรอบของแผนนั้น / the framework, e.g. bma-2567-bureau (see kpi frameworks), or a .json file; with --from, the plan's own by default",
    )
    .option("--agency <name>", "ชื่อหน่วยงาน / the agency's name")
    .option("--agencies <all|list.txt>", "ทุกหน่วยงานตามประเภทของกรอบ หรือรายชื่อในไฟล์ (บรรทัดละหนึ่งชื่อหรือตัวย่อ) แล้ว -o เป็นโฟลเดอร์ / every agency of the framework's kind, or those listed in a file (one name or abbreviation a line); -o is then a folder")
    .option("--from <plan>", "เริ่มจากแผนนี้ (.json หรือ .xlsx) / start from this plan (.json or .xlsx)")
    .option(...SHEET_OPTION)
    .requiredOption("-o, --output <plan.xlsx|folder>", "ไฟล์สมุดงานที่จะสร้าง (โฟลเดอร์เมื่อใช้ --agencies) / the workbook to write (a folder with --agencies)")
    .option("--force", "เขียนทับไฟล์ที่มีอยู่ / replace existing files")
    .option("--font <name>", "แบบอักษร: \"TH Sarabun New\" หรือ \"TH SarabunPSK\" / the font", "TH Sarabun New")
    .action(async (opts: TemplateOptions) => {
      if (opts.framework === undefined && opts.from === undefined) {
        throw new CliError("ระบุ --framework กรอบการประเมิน (ดู kpi frameworks) หรือ --from แผนที่จะเริ่ม / give the framework with --framework (see kpi frameworks), or a plan to start from with --from", 2);
      }
      const options = workbookOptions(opts);
      if (opts.agencies !== undefined && opts.agency !== undefined) {
        throw new CliError("ใช้ --agency หรือ --agencies อย่างใดอย่างหนึ่ง / give --agency or --agencies, not both", 2);
      }
      if (opts.sheet !== undefined && opts.from === undefined) throw new CliError("--sheet ใช้กับ --from เท่านั้น / --sheet goes with --from only", 2);
      let from: Plan | undefined;
      // Without --framework, a plan's own: a workbook's stored framework, a JSON plan's by its id.
      let framework = opts.framework === undefined ? undefined : resolveFramework(opts.framework);
      if (opts.from) {
        const loaded = await loadPlan(opts.from, { framework: opts.framework, sheet: opts.sheet, warn: io.err });
        for (const issue of readIssuesOf(loaded)) io.err(issueLine(issue));
        from = loaded.plan;
        framework ??= loaded.framework;
      }
      if (!framework) throw new CliError("ระบุ --framework / give --framework", 2);
      if (opts.agencies !== undefined) {
        await templatesForAgencies({ framework, list: opts.agencies, folder: opts.output, force: opts.force === true, from, options }, io);
        return;
      }
      if (extname(opts.output).toLowerCase() !== ".xlsx") {
        throw new CliError(`-o ต้องเป็นไฟล์ .xlsx: ${opts.output} / -o must name an .xlsx file: ${opts.output}`, 2);
      }
      guardOutput(opts.output, opts.force);
      // An abbreviation or short name (สนน., เขตบางรัก) becomes the agency's full name (which the
      // line below prints); spaces around it, which no one sees there, are left out saying so.
      const given = opts.agency ?? from?.agency ?? "";
      const agency = resolveAgency(given);
      if (agency.trim() === "") throw new CliError("ระบุ --agency ชื่อหน่วยงาน หรือ --agencies / give the agency with --agency, or --agencies", 2);
      if (given.trim() !== given) io.err(`หน่วยงาน "${given}" เขียนลงแม่แบบเป็น "${agency}" (ตัดช่องว่างหน้าหลัง) / agency "${given}" written into the template as "${agency}" (spaces around it left out)`);
      const plan = templatePlan(framework, from ? { agency, from } : { agency });
      const { bytes, result } = await templateBytes(plan, framework, options);
      await writeOutput(opts.output, bytes, { force: opts.force });
      const n = plan.kpis.length;
      io.out(
        `สร้างแม่แบบ ${opts.output}: ${plan.agency} ${framework.id} ตัวชี้วัด ${toThaiDigits(n)} ตัว แผ่นงาน ${DATA_SHEET_IDS.map((id) => result.sheets[id]).join(", ")} / ` +
          `wrote template ${opts.output}: ${plan.agency}, ${framework.id}, ${n} KPI${n === 1 ? "" : "s"}`,
      );
    });
}
