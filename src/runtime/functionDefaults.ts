// Defaults the custom functions use when a call leaves the ladder out: the workbook's framework.
//
// The functions bundle and the task-pane bundle run in the same shared runtime but are separate
// webpack bundles, so each gets its own copy of this module. The state therefore lives on one
// global slot (Symbol.for is shared across bundles); both copies read and write the same object.
// Everything here is synchronous: a custom function only ever reads the current value.
import { checkLadder, DEFAULT_LADDER, type Ladder, type LadderCheck } from "../core/scoring/ladder";

export interface FunctionDefaults {
  /** Share of the weight at levels 1…5, in percent. */
  readonly ladder: Ladder;
  /** Points for a numeric result worse than c1 (the framework's floor). */
  readonly floor: number;
  /** The framework the defaults came from, or null for the built-in 20…100. */
  readonly frameworkId: string | null;
}

const BUILT_IN: FunctionDefaults = Object.freeze({ ladder: DEFAULT_LADDER, floor: 0, frameworkId: null });
const SLOT = Symbol.for("kpi-addin.functions.defaults");

type Holder = { [SLOT]?: FunctionDefaults };

/** The defaults in force now. */
export function getDefaults(): FunctionDefaults {
  return (globalThis as Holder)[SLOT] ?? BUILT_IN;
}

/**
 * Sets the ladder (and floor) used when a call leaves the ladder out. Returns the ladder check;
 * an invalid ladder leaves the defaults unchanged. Call it when the workbook's framework is known.
 */
export function setDefaultLadder(
  ladder: readonly unknown[],
  options: { floor?: number; frameworkId?: string | null } = {},
): LadderCheck {
  const check = checkLadder(ladder);
  if (!check.ok) return check;
  const floor = options.floor ?? 0;
  if (!Number.isFinite(floor) || floor < 0 || floor > 1) {
    return { ok: false, problem: { th: "ค่าขั้นต่ำต้องอยู่ระหว่าง ๐ ถึง ๑", en: "the floor must be between 0 and 1" } };
  }
  (globalThis as Holder)[SLOT] = Object.freeze({
    ladder: Object.freeze([...check.ladder]) as unknown as Ladder,
    floor,
    frameworkId: options.frameworkId ?? null,
  });
  return check;
}

/** Back to the built-in 20…100 ladder with floor 0. */
export function resetDefaults(): void {
  delete (globalThis as Holder)[SLOT];
}
