// The custom functions' own behaviour around the core: argument reading, defaults, explanations.
import { readFive, readCell, single } from "../../src/functions/args";
import * as kernel from "../../src/functions/kernel";
import { bilingual, CRITERIA, MAX_MESSAGE_LENGTH } from "../../src/functions/messages";
import { getDefaults, resetDefaults, setDefaultLadder } from "../../src/runtime/functionDefaults";
import { applyWorkbookFramework, FRAMEWORK_NAME } from "../../src/runtime/workbookFramework";
import { onViewRequest, requestedView, requestView } from "../../src/runtime/viewRequests";

const CRITERIA_UP = [[92, 94, 96, 98, 100]];
const CRITERIA_DOWN = [[200], [190], [180], [170], [160]];
const value = <T>(o: kernel.Outcome<T>): T => {
  if (!o.ok) throw new Error(o.message);
  return o.value;
};
const message = (o: { ok: true } | { ok: false; message: string }): string => (o.ok ? "" : o.message);

afterEach(() => resetDefaults());

describe("reading arguments", () => {
  it("reads numbers, Thai-digit text and blanks; everything else is bad", () => {
    expect(readCell(98.77)).toEqual({ kind: "number", value: 98.77 });
    expect(readCell("ร้อยละ ๙๘.๗๗")).toEqual({ kind: "number", value: 98.77 });
    expect(readCell(" ")).toEqual({ kind: "blank" });
    expect(readCell(null)).toEqual({ kind: "blank" });
    for (const bad of [Number.NaN, Infinity, true, "ไม่มี", "10 หรือ 20", {}, []]) expect(readCell(bad).kind).toBe("bad");
  });

  it("takes a 1×1 range as a single value and refuses a larger one", () => {
    expect(single([[5]], CRITERIA)).toEqual({ ok: true, value: 5 });
    expect(single(5, CRITERIA)).toEqual({ ok: true, value: 5 });
    expect(single([[1, 2]], CRITERIA).ok).toBe(false);
  });

  it("reads five values from a row, a column or an array, and knows a blank range", () => {
    expect(readFive([[1, 2, 3, 4, 5]], CRITERIA)).toEqual({ ok: true, kind: "values", values: [1, 2, 3, 4, 5] });
    expect(readFive([["๑"], ["๒"], [3], [4], [5]], CRITERIA)).toEqual({ ok: true, kind: "values", values: [1, 2, 3, 4, 5] });
    expect(readFive([1, 2, 3, 4, 5], CRITERIA)).toEqual({ ok: true, kind: "values", values: [1, 2, 3, 4, 5] });
    expect(readFive([["", null, "", " ", null]], CRITERIA)).toEqual({ ok: true, kind: "blank" });
    expect(readFive(undefined, CRITERIA)).toEqual({ ok: true, kind: "blank" });
    expect(readFive([[]], CRITERIA)).toEqual({ ok: true, kind: "blank" });
    expect(message(readFive([[1, 2], [3, 4, 5]], CRITERIA))).toMatch(/got ragged/);
    expect(message(readFive([[1, [2], 3, 4, 5]], CRITERIA))).toMatch(/got nested/);
    expect(message(readFive(7, CRITERIA))).toMatch(/got 1×1/);
    const blank = readFive([[1, 2, null, 4, 5]], CRITERIA);
    expect(blank.ok ? "" : blank.kind).toBe("notAvailable");
  });
});

describe("messages", () => {
  it("are Thai first, then English, and never longer than Excel shows", () => {
    expect(message(kernel.score("x", CRITERIA_UP, 10))).toBe("ผลการดำเนินงานไม่ใช่ตัวเลข: «x» / the result is not a number: «x»");
    expect(bilingual({ th: "ก".repeat(300), en: "a" }).length).toBe(MAX_MESSAGE_LENGTH);
    expect(message(kernel.score("x".repeat(1000), CRITERIA_UP, 10)).length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  });
});

describe("defaults from the workbook's framework", () => {
  it("use 20…100 until a ladder is set, then the framework's ladder", () => {
    expect(value(kernel.score(3, null, 10))).toBe(6);
    expect(setDefaultLadder([60, 70, 80, 90, 100], { frameworkId: "bma-2566-bureau" }).ok).toBe(true);
    expect(getDefaults().frameworkId).toBe("bma-2566-bureau");
    expect(value(kernel.score(1, null, 25))).toBe(15);
    expect(value(kernel.share(1))).toBe(60);
    expect(value(kernel.score(1, null, 25, [[20, 40, 60, 80, 100]]))).toBe(5); // an explicit ladder wins
  });

  it("refuse a bad ladder or floor and keep the old defaults", () => {
    expect(setDefaultLadder([20, 10, 60, 80, 100]).ok).toBe(false);
    expect(setDefaultLadder([20, 40, 60, 80, 100], { floor: 2 }).ok).toBe(false);
    expect(getDefaults().ladder).toEqual([20, 40, 60, 80, 100]);
  });

  it("apply the floor to numeric results worse than c1", () => {
    setDefaultLadder([20, 40, 60, 80, 100], { floor: 0.5 });
    expect(value(kernel.points(50, CRITERIA_UP))).toBe(0.5);
    expect(value(kernel.score(50, CRITERIA_UP, 10))).toBe(1);
  });

  describe("applyWorkbookFramework", () => {
    const find = (id: string) => (id === "bma-2566-bureau" ? { ladder: [60, 70, 80, 90, 100], floor: 0 } : undefined);
    /** A fake Excel context holding one workbook name, counting syncs and recalculations. */
    function fakeRun(name: { type: string; value: unknown; cell?: unknown } | null) {
      const log = { syncs: 0, calculations: [] as string[] };
      const context = {
        workbook: {
          names: {
            getItemOrNullObject: (n: string) => ({
              isNullObject: name === null || n !== FRAMEWORK_NAME,
              type: name?.type,
              value: name?.value,
              load: () => undefined,
              getRange: () => ({ values: [[name?.cell]], load: () => undefined }),
            }),
          },
          application: { calculate: (type: string) => void log.calculations.push(type) },
        },
        sync: async () => void log.syncs++,
      };
      const run = <T>(batch: (c: Excel.RequestContext) => Promise<T>): Promise<T> => batch(context as unknown as Excel.RequestContext);
      return { run, log };
    }

    it("reads a text constant, sets the ladder and recalculates once", async () => {
      const { run, log } = fakeRun({ type: "String", value: "bma-2566-bureau" });
      await expect(applyWorkbookFramework(find, run)).resolves.toBe("bma-2566-bureau");
      expect(getDefaults().ladder).toEqual([60, 70, 80, 90, 100]);
      expect(log.calculations).toEqual(["Full"]);
    });

    it("reads the id from a cell the name refers to, and skips the recalculation when nothing changed", async () => {
      setDefaultLadder([60, 70, 80, 90, 100]);
      const { run, log } = fakeRun({ type: "Range", value: "=Meta!$B$2", cell: "bma-2566-bureau" });
      await expect(applyWorkbookFramework(find, run)).resolves.toBe("bma-2566-bureau");
      expect(log.calculations).toEqual([]);
    });

    it("leaves the defaults alone without a name, with an unknown framework or without Excel", async () => {
      await expect(applyWorkbookFramework(find, fakeRun(null).run)).resolves.toBeNull();
      await expect(applyWorkbookFramework(find, fakeRun({ type: "String", value: "bma-2599" }).run)).resolves.toBeNull();
      const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
      await expect(applyWorkbookFramework(find, () => Promise.reject(new Error("no Excel")))).resolves.toBeNull();
      warn.mockRestore();
      expect(getDefaults().frameworkId).toBeNull();
    });
  });
});

describe("KPI.EXPLAIN", () => {
  const explain = (...args: unknown[]): string => value(kernel.explain(...(args as Parameters<typeof kernel.explain>)));

  it("shows the interpolation, in Thai by default and in English on request", () => {
    expect(explain(98.77, CRITERIA_UP, 10)).toBe("คะแนน 4 + (98.77 − 98) / (100 − 98) = 4.385 → ร้อยละ 87.70 × น้ำหนัก 10 = 8.770");
    for (const en of [true, 1, "en", "English", [["EN"]]]) {
      expect(explain(98.77, CRITERIA_UP, 10, null, en)).toBe("4 + (98.77 − 98) / (100 − 98) = 4.385 → 87.70 % × 10 = 8.770");
    }
    for (const th of [false, 0, "th", "", null, "ไทย"]) expect(explain(98.77, CRITERIA_UP, 10, null, th)).toMatch(/^คะแนน/);
  });

  it("explains lower-is-better criteria, results beyond c5 or short of c1, and negative numbers", () => {
    expect(explain(185, CRITERIA_DOWN, 20, null, "en")).toBe("2 + (185 − 190) / (180 − 190) = 2.500 → 50.00 % × 20 = 10.000");
    expect(explain(150, CRITERIA_DOWN, 20, null, "en")).toBe("150 ≤ 160 → 5 → 100.00 % × 20 = 20.000");
    expect(explain(250, CRITERIA_DOWN, 20, null, "en")).toBe("250 > 200 → 0 → 0.00 % × 20 = 0.000");
    expect(explain(101, CRITERIA_UP, 10, null, "en")).toBe("101 ≥ 100 → 5 → 100.00 % × 10 = 10.000");
    expect(explain(-7, [[-10, -8, -6, -4, -2]], 10, null, "en")).toBe("2 + (−7 − (−8)) / (−6 − (−8)) = 2.500 → 50.00 % × 10 = 5.000");
  });

  it("explains a milestone KPI, capping levels outside 0…5", () => {
    expect(explain(3, null, 10, null, "en")).toBe("level 3 → 60.00 % × 10 = 6.000");
    expect(explain(7, null, 10)).toBe("ระดับ 7 → 5 → ร้อยละ 100.00 × น้ำหนัก 10 = 10.000");
    expect(explain("๒", [["", "", "", "", ""]], 25, [[60, 70, 80, 90, 100]], "en")).toBe("level 2 → 70.00 % × 25 = 17.500");
  });

  it("is blank for a blank result and fails like KPI.SCORE otherwise", () => {
    expect(explain(null, CRITERIA_UP, 10)).toBe("");
    expect(message(kernel.explain(98, CRITERIA_UP, -1))).toMatch(/non-negative/);
    expect(message(kernel.explain(98, CRITERIA_UP, 10, null, "fr"))).toMatch(/language must be/);
  });
});

describe("KPI.LEVEL, KPI.SHARE, KPI.NUMBER", () => {
  it("give the whole level, the share and the number", () => {
    expect(value(kernel.level(98.77, CRITERIA_UP))).toBe(4);
    expect(value(kernel.level(3.9, null))).toBe(3);
    expect(value(kernel.level(-2, null))).toBe(0);
    expect(value(kernel.share(4.385))).toBeCloseTo(87.7, 12);
    expect(value(kernel.share("๐"))).toBe(0);
    expect(message(kernel.share(-0.1))).toMatch(/between 0 and 5/);
    expect(value(kernel.number("๑,๕๐๐,๐๐๐.- บาท"))).toBe(1_500_000);
    expect(value(kernel.number(42))).toBe(42);
    expect(message(kernel.number(true))).toMatch(/no single number/);
  });
});

describe("ribbon view requests", () => {
  it("remember the last view and tell listeners", () => {
    const seen: string[] = [];
    (globalThis as { window?: unknown }).window = globalThis;
    const target = new EventTarget();
    Object.assign(globalThis, {
      addEventListener: target.addEventListener.bind(target),
      removeEventListener: target.removeEventListener.bind(target),
      dispatchEvent: target.dispatchEvent.bind(target),
    });
    const stop = onViewRequest((v) => seen.push(v));
    requestView("send");
    stop();
    requestView("send");
    expect(seen).toEqual(["send"]);
    expect(requestedView()).toBe("send");
  });
});
