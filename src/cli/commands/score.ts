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
      const ladderCheck = checkLadder(opts.ladder ? numberListArg("--ladder", opts.ladder) : [...DEFAULT_LADDER]);
      if (!ladderCheck.ok) throw new CliError(`--ladder: ${ladderCheck.problem.th} / ${ladderCheck.problem.en}`, 2);
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
