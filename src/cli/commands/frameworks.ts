import type { Command } from "commander";
import { FRAMEWORKS } from "../../core/frameworks";
import type { Component } from "../../core/schema/framework";
import { parseLang, type Lang } from "../lang";
import type { Io } from "../io";

function lines(c: Component, depth: number, lang: Lang): string[] {
  const pad = "  ".repeat(depth + 1);
  const count = lang === "th" ? `${c.kpiCount} ตัวชี้วัด` : `${c.kpiCount} KPI${c.kpiCount === 1 ? "" : "s"}`;
  const flags = [c.joint ? (lang === "th" ? "บูรณาการ" : "joint") : "", c.shared ? (lang === "th" ? "ใช้ร่วมกันทุกหน่วยงาน" : "shared") : ""]
    .filter(Boolean)
    .join(", ");
  const row = `${pad}${c.code.padEnd(6)}${String(c.weight).padStart(5)}  ${count.padEnd(14)}${c.name[lang]}${flags ? ` (${flags})` : ""}`;
  return [row, ...(c.children ?? []).flatMap((k) => lines(k, depth + 1, lang))];
}

export function registerFrameworks(program: Command, io: Io): void {
  program
    .command("frameworks")
    .description("กรอบการประเมินที่มีพร้อมองค์ประกอบและน้ำหนัก / the frameworks with their components and weights")
    .option("--json", "พิมพ์เป็น JSON / print as JSON")
    .option("--lang <th|en>", "ภาษา / language", "th")
    .action((opts: { json?: boolean; lang?: string }) => {
      const lang = parseLang(opts.lang);
      if (opts.json) {
        io.out(JSON.stringify(FRAMEWORKS, null, 2));
        return;
      }
      for (const fw of FRAMEWORKS) {
        io.out(`${fw.id}  ${fw.name[lang]}  (${lang === "th" ? "ขั้นร้อยละ" : "ladder"} ${fw.ladder.join("/")})`);
        for (const c of fw.components) for (const l of lines(c, 0, lang)) io.out(l);
        io.out("");
      }
    });
}
