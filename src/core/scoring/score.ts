import type { Bilingual } from "../schema/common";
import type { RubricKind } from "../schema/framework";
import { checkCriteria } from "./criteria";
import { shareAt, type Ladder } from "./ladder";
import { MAX_POINTS, milestonePoints, pointsFor } from "./points";

export interface KpiScore {
  /** Points 0…5 (for score100 KPIs: the score / 20). */
  points: number;
  /** Share of the weight earned, in percent. */
  share: number;
  /** Weighted score: share / 100 × weight. */
  score: number;
}

export type ScoreOutcome = { ok: true; value: KpiScore } | { ok: false; problem: Bilingual };

export interface ScoreInput {
  kind: RubricKind;
  result: number;
  weight: number;
  ladder: Ladder;
  /** Result needed for 1…5 points; numeric KPIs only. */
  criteria?: readonly unknown[] | undefined;
  /** Points for a numeric result worse than c1 (the framework's floor, 0 by default). */
  floor?: number | undefined;
}

/** The weighted score of one result, or the reason it cannot be computed. Never throws. */
export function scoreResult(input: ScoreInput): ScoreOutcome {
  const { kind, result, weight, ladder } = input;
  if (!Number.isFinite(result)) return problem("ผลการดำเนินงานไม่ใช่ตัวเลข", "the result is not a number");
  if (!Number.isFinite(weight) || weight < 0) {
    return problem("น้ำหนักต้องเป็นตัวเลขไม่ติดลบ", "the weight must be a non-negative number");
  }
  let points: number;
  if (kind === "score100") {
    const share = Math.min(100, Math.max(0, result));
    return finite({ points: (share / 100) * MAX_POINTS, share, score: (share / 100) * weight });
  }
  if (kind === "milestone") {
    points = milestonePoints(result);
  } else {
    const check = checkCriteria(input.criteria ?? []);
    if (!check.ok) return { ok: false, problem: check.problem };
    points = pointsFor(result, check.criteria, input.floor ?? 0);
  }
  const share = shareAt(points, ladder);
  return finite({ points, share, score: (share / 100) * weight });
}

/** Criteria near the limits of a double can make Infinity − Infinity: say so rather than give NaN. */
function finite(value: KpiScore): ScoreOutcome {
  if (Number.isFinite(value.points) && Number.isFinite(value.share) && Number.isFinite(value.score)) return { ok: true, value };
  return problem("คำนวณคะแนนไม่ได้ เพราะตัวเลขใหญ่หรือเล็กเกินไป", "the score cannot be computed: the numbers are too large or too small");
}

function problem(th: string, en: string): ScoreOutcome {
  return { ok: false, problem: { th, en } };
}
