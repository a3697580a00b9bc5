import { extname } from "node:path";
import type { Command } from "commander";
import { CliError } from "../lang";
import { issueLine } from "../print";
import { loadPlan, readIssuesOf, SHEET_OPTION } from "../readPlan";
import type { Io } from "../io";
import { guardOutput, writeOutput } from "../output";

interface ExportOptions {
  output?: string;
  force?: boolean;
  sheet?: string;
}

export function registerExport(program: Command, io: Io): void {
  program
    .command("export")
    .description("อ่านแผนจากสมุดงานเป็น JSON (kpi-plan) / read the plan of a workbook as kpi-plan JSON")
    .argument("<plan>", "สมุดงาน (.xlsx) หรือแผน (.json) / the workbook (.xlsx) or plan (.json)")
    .option("-o, --output <plan.json>", "ไฟล์ JSON ที่จะเขียน (ไม่ระบุ = พิมพ์ออกทางหน้าจอ) / the JSON file to write (default: standard output)")
    .option("--force", "เขียนทับไฟล์ที่มีอยู่ / replace an existing file")
    .option(...SHEET_OPTION)
    .action(async (path: string, opts: ExportOptions) => {
      if (opts.output !== undefined && extname(opts.output).toLowerCase() !== ".json") {
        throw new CliError(`-o ต้องเป็นไฟล์ .json: ${opts.output} / -o must name a .json file: ${opts.output}`, 2);
      }
      if (opts.output !== undefined) guardOutput(opts.output, opts.force);
      const loaded = await loadPlan(path, { sheet: opts.sheet, warn: io.err });
      for (const issue of readIssuesOf(loaded)) io.err(issueLine(issue));
      const text = `${JSON.stringify(loaded.plan, null, 2)}\n`;
      if (opts.output === undefined) {
        io.out(text.trimEnd());
        return;
      }
      await writeOutput(opts.output, text, { force: opts.force });
      io.out(`เขียน ${opts.output} แล้ว / wrote ${opts.output}`);
    });
}
