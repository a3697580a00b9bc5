// kpi basket search: past KPIs from the KPI basket (ตะกร้าตัวชี้วัด) that kpi collect --basket
// grows year by year, ranked by how alike they are to the words typed (Thai split into words by
// the platform's word segmenter), for the committee replacing a weak KPI with one used before.
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { parseBasket } from "../../core/basket/format";
import { searchBasket, type BasketHit } from "../../core/basket/search";
import { hasWordSegmenter } from "../../core/basket/segment";
import { formatScore } from "../../core/scoring/round";
import { toArabicDigits, toThaiDigits } from "../../core/thai/digits";
import { numberArg } from "../args";
import type { Io } from "../io";
import { CliError, parseLang, type Lang } from "../lang";

interface SearchOptions {
  basket: string;
  agency?: string;
  year?: string;
  component?: string;
  limit?: string;
  json?: boolean;
  lang?: string;
}

function years(raw: string | undefined): number[] | undefined {
  if (raw === undefined) return undefined;
  return toArabicDigits(raw)
    .split(/[\s,]+/)
    .filter(Boolean)
    .flatMap((part) => {
      const range = /^(\d{4})-(\d{4})$/.exec(part);
      if (range) {
        const [a, b] = [Number(range[1]), Number(range[2])].sort((x, y) => x - y) as [number, number];
        return Array.from({ length: b - a + 1 }, (_, i) => a + i);
      }
      const y = numberArg("--year", part);
      if (!Number.isInteger(y) || y < 2400) throw new CliError(`--year ต้องเป็นปีงบประมาณ พ.ศ. เช่น 2566 / --year must be a Buddhist Era fiscal year such as 2566 (got "${part}")`, 2);
      return [y];
    });
}

function hitLine(h: BasketHit, i: number, lang: Lang): string {
  const e = h.entry;
  const d = (v: number | string): string => (lang === "th" ? toThaiDigits(v) : String(v));
  const pct = `${Math.round(h.similarity * 100)}%`;
  const result =
    e.result === null
      ? lang === "th" ? "ยังไม่มีผล" : "no result"
      : lang === "th"
        ? `ผล ${e.result}${e.score === null ? "" : ` คะแนน ${formatScore(e.score)}`}`
        : `result ${e.result}${e.score === null ? "" : `, score ${formatScore(e.score)}`}`;
  const head = lang === "th" ? `${d(i + 1)}. ${pct} ปี ${d(e.year)}` : `${i + 1}. ${pct} FY${e.year}`;
  const target = lang === "th" ? `เป้าหมาย ${e.target || "-"}` : `target ${e.target || "-"}`;
  const weight = lang === "th" ? `น้ำหนัก ${e.weight ?? "-"}` : `weight ${e.weight ?? "-"}`;
  return `${head} · ${e.agency} · ${e.component} ${e.id} · ${e.name} · ${target} · ${weight} · ${result}`;
}

export function registerBasket(program: Command, io: Io, setExit: (code: number) => void): void {
  const basket = program.command("basket").description("ตะกร้าตัวชี้วัด: ตัวชี้วัดที่เคยใช้ในปีก่อน / the KPI basket: KPIs used in past years");
  basket
    .command("search")
    .description("ค้นตัวชี้วัดในตะกร้าที่ใกล้เคียงกับคำที่พิมพ์ / find past KPIs alike to the words typed")
    .argument("[words]", "คำที่ค้น (ไม่ระบุ: ทั้งหมด ปีล่าสุดก่อน) / the words (none: all, newest first)", "")
    .requiredOption("--basket <file>", "ไฟล์ตะกร้าตัวชี้วัด (.jsonl จาก kpi collect --basket) / the basket file (.jsonl, from kpi collect --basket)")
    .option("--agency <name>", "เฉพาะหน่วยงานนี้ (ชื่อหรือตัวย่อ) / only this agency (a name or abbreviation)")
    .option("--year <BE>", "เฉพาะปีงบประมาณ เช่น 2566 หรือ 2565-2566 / only these fiscal years, e.g. 2566 or 2565-2566")
    .option("--component <code>", "เฉพาะองค์ประกอบนี้และองค์ประกอบย่อย เช่น 1 / only this component and its sub-components, e.g. 1")
    .option("--limit <n>", "จำนวนผลสูงสุด / at most this many", "10")
    .option("--json", "พิมพ์ผลเป็น JSON / print JSON")
    .option("--lang <th|en>", "ภาษา / language", "th")
    .action(async (words: string, opts: SearchOptions) => {
      const lang = parseLang(opts.lang);
      const limit = numberArg("--limit", opts.limit ?? "10");
      if (!Number.isInteger(limit) || limit < 1) throw new CliError(`--limit ต้องเป็นจำนวนเต็มบวก / --limit must be a positive whole number`, 2);
      let text: string;
      try {
        text = await readFile(opts.basket, "utf8");
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? String(e);
        throw new CliError(`อ่านตะกร้า ${opts.basket} ไม่ได้ (${code}) / cannot read the basket ${opts.basket} (${code})`, 2);
      }
      const parsed = parseBasket(text);
      const fatal = parsed.problems.find((p) => p.line === 1 && parsed.entries.length === 0);
      if (fatal) throw new CliError(`${opts.basket}:${fatal.line}: ${fatal.message.th} / ${fatal.message.en}`, 2);
      for (const p of parsed.problems) io.err(`! ${opts.basket}:${p.line}: ${p.message.th} / ${p.message.en}`);
      const hits = searchBasket(parsed.entries, words, { agency: opts.agency, years: years(opts.year), component: opts.component }, limit);
      if (opts.json) {
        io.out(JSON.stringify({ segmenter: hasWordSegmenter ? "Intl.Segmenter" : "letter pairs", hits: hits.map((h) => ({ similarity: h.similarity, matched: h.matched, ...h.entry })) }, null, 2));
      } else if (hits.length === 0) {
        io.out(lang === "th" ? "ไม่พบตัวชี้วัดที่ใกล้เคียง" : "no KPI alike found");
      } else {
        hits.forEach((h, i) => io.out(hitLine(h, i, lang)));
      }
      setExit(hits.length > 0 ? 0 : 1);
    });
}
