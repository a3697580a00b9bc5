import type { Command } from "commander";
import { checkAnyPlan, checkTemplate, type PlanCheckResult } from "../../template/check";
import type { PlanFinding } from "../../template/findings";
import { findingLine, summaryLine } from "../print";
import { CliError, parseLang } from "../lang";
import { loadPlan, SHEET_OPTION } from "../readPlan";
import type { SealReport } from "../seal";
import type { Io } from "../io";

interface ValidateOptions {
  framework?: string;
  json?: boolean;
  lang?: string;
  requireSeal?: boolean;
  sheet?: string;
}

/** A finding as `--json` prints it: without the pane's React key. */
const forJson = ({ key: _key, ...f }: PlanFinding): Omit<PlanFinding, "key"> => f;

export function registerValidate(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("validate")
    .description("ตรวจแผนตัวชี้วัดตามกรอบการประเมิน / check a plan against its framework")
    .argument("<plan>", "ไฟล์แผน (.json หรือ .xlsx) / the plan file (.json or .xlsx)")
    .option("--framework <id|file>", "ใช้กรอบการประเมินนี้ (รหัสหรือไฟล์ .json) แทนที่ระบุในแผน / use this framework (an id or a .json file) instead of the plan's")
    .option("--json", "พิมพ์ผลเป็น JSON / print { findings } as JSON ({ findings, seal } for a workbook)")
    .option("--require-seal", "ไม่ผ่านถ้าสมุดงานไม่มีตราตรวจสอบที่ตรงกับแผน / fail unless the workbook's seal matches its plan")
    .option(...SHEET_OPTION)
    .option("--lang <th|en>", "ภาษาของข้อความ / language of the messages", "th")
    .action(async (path: string, opts: ValidateOptions) => {
      const lang = parseLang(opts.lang);
      const loaded = await loadPlan(path, { framework: opts.framework, sheet: opts.sheet, warn: io.err });
      if (opts.requireSeal === true && loaded.source === "json") {
        throw new CliError(
          `--require-seal ใช้กับสมุดงาน (.xlsx) ที่ผ่าน "ตรวจก่อนส่ง" เท่านั้น แผน JSON ${path} ไม่มีตราตรวจสอบ / ` +
            `--require-seal needs a workbook (.xlsx) sealed by "check before sending": the JSON plan ${path} carries no seal`,
          2,
        );
      }
      // The same check, in the same order, as the task pane's: rules and cells that could not be read.
      let check: PlanCheckResult;
      let seal: SealReport | null = null;
      if (loaded.source === "workbook") {
        const result = await checkTemplate(loaded.template);
        seal = await (await import("../seal.js")).sealReport(loaded.template, result);
        check = result;
      } else {
        check = checkAnyPlan({ plan: loaded.plan, framework: loaded.framework });
      }
      if (opts.json) {
        const findings = check.findings.map(forJson);
        io.out(JSON.stringify(seal ? { findings, seal } : { findings }, null, 2));
      } else {
        io.out(`${loaded.plan.agency || path} · ${loaded.framework.id} · ${summaryLine(check.findings, lang)}`);
        if (seal) io.out((await import("../seal.js")).sealLine(seal, lang));
        for (const f of check.findings) io.out(findingLine(f, lang));
      }
      // Only a seal of the current method that matches: an older seal covers the plan alone.
      const sealFails = opts.requireSeal === true && seal?.status !== "intact";
      if (sealFails && seal) io.err(`✗ --require-seal: ${seal.message.th} / ${seal.message.en}`);
      setExit(check.errors > 0 || sealFails ? 1 : 0);
    });
}
