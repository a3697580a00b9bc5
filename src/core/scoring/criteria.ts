import type { Bilingual } from "../schema/common";

export type Direction = "ascending" | "descending";

/** Five criteria c1…c5, the result needed for 1…5 points, strictly monotonic. */
export type Criteria = readonly [number, number, number, number, number];

export type CriteriaCheck =
  | { ok: true; criteria: Criteria; direction: Direction }
  | { ok: false; problem: Bilingual };

/** Checks that criteria are five finite numbers, strictly ascending or strictly descending. */
export function checkCriteria(values: readonly unknown[]): CriteriaCheck {
  if (values.length !== 5) {
    return fail(`ต้องมีเกณฑ์ ๕ ค่า แต่มี ${values.length} ค่า`, `expected 5 criteria, got ${values.length}`);
  }
  const nums: number[] = [];
  for (const [i, v] of values.entries()) {
    if (typeof v !== "number" || !Number.isFinite(v)) {
      return fail(`เกณฑ์ระดับ ${i + 1} ไม่ใช่ตัวเลข`, `criterion for level ${i + 1} is not a number`);
    }
    nums.push(v);
  }
  const up = nums.every((v, i) => i === 0 || v > (nums[i - 1] as number));
  const down = nums.every((v, i) => i === 0 || v < (nums[i - 1] as number));
  if (!up && !down) {
    return fail(
      `เกณฑ์ต้องเพิ่มขึ้นหรือลดลงอย่างเคร่งครัด: ${nums.join(", ")}`,
      `criteria must be strictly ascending or strictly descending: ${nums.join(", ")}`,
    );
  }
  return { ok: true, criteria: nums as unknown as Criteria, direction: up ? "ascending" : "descending" };
}

function fail(th: string, en: string): CriteriaCheck {
  return { ok: false, problem: { th, en } };
}
