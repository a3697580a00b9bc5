import type { Command } from "commander";
import { hasErrors, validatePlan } from "../../core/validation/validate";
import { findingLine, summaryLine } from "../print";
import { parseLang } from "../lang";
import { loadPlan, resolveFramework } from "../readPlan";
import type { Io } from "../io";

interface ValidateOptions {
  framework?: string;
  json?: boolean;
  lang?: string;
}

export function registerValidate(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("validate")
    .description("ตรวจแผนตัวชี้วัดตามกรอบการประเมิน / check a plan against its framework")
    .argument("<plan>", "ไฟล์แผน (.json) / the plan file (.json)")
    .option("--framework <id>", "ใช้กรอบการประเมินนี้แทนที่ระบุในแผน / use this framework instead of the plan's")
    .option("--json", "พิมพ์ผลเป็น JSON / print { findings } as JSON")
    .option("--lang <th|en>", "ภาษาของข้อความ / language of the messages", "th")
    .action(async (path: string, opts: ValidateOptions) => {
      const lang = parseLang(opts.lang);
      const { plan, locate } = await loadPlan(path);
      const framework = resolveFramework(plan, opts.framework);
      const findings = validatePlan(plan, framework, locate ? { locate } : {});
      if (opts.json) {
        io.out(JSON.stringify({ findings }, null, 2));
      } else {
        io.out(`${plan.agency || path} · ${framework.id} · ${summaryLine(findings, lang)}`);
        for (const f of findings) io.out(findingLine(f, lang));
      }
      setExit(hasErrors(findings) ? 1 : 0);
    });
}
