import type { Command } from "commander";
import { checkCriteria } from "../../core/scoring/criteria";
import { checkLadder, DEFAULT_LADDER } from "../../core/scoring/ladder";
import { formatScore } from "../../core/scoring/round";
import { scoreResult } from "../../core/scoring/score";
import { numberArg, numberListArg } from "../args";
import { CliError } from "../lang";
import type { Io } from "../io";

interface ScoreOptions {
  criteria?: string;
  weight: string;
  ladder?: string;
  outOf100?: boolean;
  json?: boolean;
}

function refuse(th: string, en: string): never {
  throw new CliError(`${th} / ${en}`, 2);
}

export function registerScore(program: Command, io: Io): void {
  program
    .command("score")
    .description("คะแนนถ่วงน้ำหนักของผลการดำเนินงาน / the weighted score of one result")
    .argument("<result>", "ผลการดำเนินงาน (ระดับที่ทำได้ถ้าไม่มี --criteria) / the result (the level reached without --criteria)")
    .option("--criteria <c1,c2,c3,c4,c5>", "เกณฑ์สำหรับ ๑…๕ คะแนน / the result needed for 1…5 points")
    .requiredOption("--weight <W>", "น้ำหนักของตัวชี้วัด / the KPI's weight")
    .option("--ladder <l1,…,l5>", "ร้อยละของน้ำหนักที่ระดับ ๑…๕ / share of the weight at levels 1…5", "20,40,60,80,100")
    .option("--out-of-100", "ผลเป็นคะแนนเต็ม ๑๐๐ (นวัตกรรม) / the result is a 0–100 score (innovation)")
    .option("--json", "พิมพ์ JSON ไม่ปัดเศษ / print unrounded JSON")
    .action((resultText: string, opts: ScoreOptions) => {
      const result = numberArg("result", resultText);
      const weight = numberArg("--weight", opts.weight);
      // A weight is a KPI's part of the plan's 100 points; beyond that the arithmetic is meaningless.
      if (weight < 0 || weight > 100) refuse(`--weight ต้องอยู่ระหว่าง ๐ ถึง ๑๐๐ ได้รับ ${opts.weight}`, `--weight must lie between 0 and 100, got ${opts.weight}`);
      const ladderCheck = checkLadder(opts.ladder ? numberListArg("--ladder", opts.ladder) : [...DEFAULT_LADDER]);
      if (!ladderCheck.ok) throw new CliError(`--ladder: ${ladderCheck.problem.th} / ${ladderCheck.problem.en}`, 2);
      if (ladderCheck.ladder[4] > 100) refuse("--ladder: ขั้นร้อยละต้องไม่เกิน ๑๐๐", "--ladder: a step is a share of the weight and cannot exceed 100");
      if (opts.criteria === undefined && !opts.outOf100 && (result < 0 || result > 5)) {
        refuse(`ระดับที่ทำได้ต้องอยู่ระหว่าง ๐ ถึง ๕ ได้รับ ${resultText} (ใช้ --criteria สำหรับผลที่เป็นค่าวัด)`, `the level reached must lie between 0 and 5, got ${resultText} (use --criteria for a measured result)`);
      }
      if (opts.outOf100 && (result < 0 || result > 100)) refuse(`คะแนนเต็ม ๑๐๐ ต้องอยู่ระหว่าง ๐ ถึง ๑๐๐ ได้รับ ${resultText}`, `a score out of 100 must lie between 0 and 100, got ${resultText}`);
      let criteria: number[] | undefined;
      if (opts.criteria !== undefined) {
        criteria = numberListArg("--criteria", opts.criteria);
        const check = checkCriteria(criteria);
        if (!check.ok) throw new CliError(`--criteria: ${check.problem.th} / ${check.problem.en}`, 2);
      }
      const outcome = scoreResult({
        kind: opts.outOf100 ? "score100" : criteria ? "numeric" : "milestone",
        result,
        weight,
        ladder: ladderCheck.ladder,
        criteria,
      });
      if (!outcome.ok) throw new CliError(`${outcome.problem.th} / ${outcome.problem.en}`, 2);
      io.out(opts.json ? JSON.stringify(outcome.value) : formatScore(outcome.value.score));
    });
}
