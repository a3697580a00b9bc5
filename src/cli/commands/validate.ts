import { extname } from "node:path";
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
  requireSeal?: boolean;
}

export function registerValidate(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("validate")
    .description("ตรวจแผนตัวชี้วัดตามกรอบการประเมิน / check a plan against its framework")
    .argument("<plan>", "ไฟล์แผน (.json หรือ .xlsx) / the plan file (.json or .xlsx)")
    .option("--framework <id>", "ใช้กรอบการประเมินนี้แทนที่ระบุในแผน / use this framework instead of the plan's")
    .option("--json", "พิมพ์ผลเป็น JSON / print { findings } as JSON ({ findings, issues, seal } for a workbook)")
    .option("--require-seal", "ไม่ผ่านถ้าสมุดงานไม่มีตราตรวจสอบที่ตรงกับแผน / fail unless the workbook's seal matches its plan")
    .option("--lang <th|en>", "ภาษาของข้อความ / language of the messages", "th")
    .action(async (path: string, opts: ValidateOptions) => {
      const lang = parseLang(opts.lang);
      const { plan, locate, issues, seal: readSeal } = await loadPlan(path);
      const framework = resolveFramework(plan, opts.framework);
      const findings = validatePlan(plan, framework, locate ? { locate } : {});
      // A workbook carries the seal of "check before sending": say whether it still matches.
      const xlsx = extname(path).toLowerCase() === ".xlsx";
      const sealing = readSeal ? await import("../seal.js") : null;
      const seal = readSeal ? await readSeal() : null;
      // Cells that could not be read are listed with the findings, first: they explain some of them.
      const unread = issues ?? [];
      if (opts.json) {
        io.out(JSON.stringify(xlsx ? { findings, issues: unread, seal } : { findings }, null, 2));
      } else {
        io.out(`${plan.agency || path} · ${framework.id} · ${summaryLine([...unread, ...findings], lang)}`);
        if (sealing && seal) io.out(sealing.sealLine(seal, lang));
        for (const f of [...unread, ...findings]) io.out(findingLine(f, lang));
      }
      const sealFails = opts.requireSeal === true && seal?.status !== "intact";
      const unreadErrors = unread.some((i) => i.severity === "error");
      setExit(hasErrors(findings) || unreadErrors || sealFails ? 1 : 0);
    });
}
