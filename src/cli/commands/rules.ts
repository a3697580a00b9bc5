// kpi rules: the validation rules every check applies (the pane's and kpi validate's), with the
// code a finding carries, its severity and what it asks — for the central office answering
// "what does DUPLICATE_ID mean", and for other systems reading findings (--json).
import type { Command } from "commander";
import { CATALOGUE } from "../../core/validation/catalogue";
import { RULE_DESCRIPTIONS } from "../../core/validation/descriptions";
import { RULE_CODES } from "../../core/validation/finding";
import type { Io } from "../io";
import { parseLang } from "../lang";

const SEVERITY = { error: { th: "ข้อผิดพลาด", en: "error" }, warning: { th: "คำเตือน", en: "warning" } } as const;

export function registerRules(program: Command, io: Io): void {
  program
    .command("rules")
    .description("กฎการตรวจแผนทุกข้อ: รหัส ความรุนแรง และสิ่งที่ตรวจ / every validation rule: its code, severity and what it checks")
    .option("--json", "พิมพ์ JSON / print JSON")
    .option("--lang <th|en>", "ภาษา / language", "th")
    .action((opts: { json?: boolean; lang?: string }) => {
      const lang = parseLang(opts.lang);
      const rules = RULE_CODES.map((code) => ({ code, severity: CATALOGUE[code].severity, rule: RULE_DESCRIPTIONS[code] }));
      if (opts.json) {
        io.out(JSON.stringify(rules, null, 2));
        return;
      }
      const width = Math.max(...RULE_CODES.map((c) => c.length));
      for (const r of rules) io.out(`${r.code.padEnd(width)}  ${SEVERITY[r.severity][lang].padEnd(10)}  ${r.rule[lang]}`);
    });
}
