import type { Bilingual } from "../schema/common";

/** Share of the weight earned at levels 1…5, in percent (FY2567: 20…100; FY2565–66: 60…100). */
export type Ladder = readonly [number, number, number, number, number];

export const DEFAULT_LADDER: Ladder = [20, 40, 60, 80, 100];

export type LadderCheck = { ok: true; ladder: Ladder } | { ok: false; problem: Bilingual };

export function checkLadder(values: readonly unknown[]): LadderCheck {
  const nums = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  if (values.length !== 5 || nums.length !== 5) {
    return { ok: false, problem: { th: "ขั้นร้อยละต้องเป็นตัวเลข ๕ ค่า", en: "a ladder is five numbers" } };
  }
  if (!nums.every((v, i) => v >= 0 && (i === 0 || v > (nums[i - 1] as number)))) {
    return {
      ok: false,
      problem: {
        th: `ขั้นร้อยละต้องเพิ่มขึ้นทุกระดับ: ${nums.join(", ")}`,
        en: `a ladder must increase at every level: ${nums.join(", ")}`,
      },
    };
  }
  return { ok: true, ladder: nums as unknown as Ladder };
}

/**
 * Share of the weight, in percent, at points p: the ladder value at whole levels, linear in
 * between, 0 at level 0 (a level not reached scores nothing).
 */
export function shareAt(points: number, ladder: Ladder): number {
  const p = Math.min(5, Math.max(0, points));
  const whole = Math.floor(p);
  const below = whole === 0 ? 0 : (ladder[whole - 1] as number);
  if (whole >= 5) return ladder[4];
  const above = ladder[whole] as number;
  return below + (p - whole) * (above - below);
}
