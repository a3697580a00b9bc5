import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { allComponents, leafComponents } from "../../src/core/frameworks";
import { FRAMEWORKS } from "../../src/core/frameworks/shipped";
import { Framework, type Component } from "../../src/core/schema/framework";
import { parsePlan } from "../../src/core/schema/plan";
import { at, expectFindings, findingsOf } from "../helpers/findings";
import { kpiOf, levelOf, parsed, validPlan } from "../helpers/plan";

const FRAMEWORK_DIR = join(__dirname, "../../src/core/frameworks");

/** The problems parsePlan reports for an input, as "path: message" lines. */
function problemsOf(input: unknown): string[] {
  const r = parsePlan(input);
  if (r.ok) throw new Error("parsePlan accepted the input");
  return r.problems.map((p) => `${p.path}: ${p.message}`);
}

describe("parsePlan", () => {
  it("reads numbers written as Thai-digit text, with or without units", () => {
    const input = validPlan();
    input.fiscalYear = "๒๕๖๗";
    kpiOf(input, "1.1-1").weight = "๑๐";
    kpiOf(input, "1.2-1").weight = "๒๐ คะแนน";
    levelOf(input, "1.1-3", 5).criterion = "ร้อยละ ๑๐๐";
    kpiOf(input, "1.1-1").baseline = [{ year: "พ.ศ. ๒๕๖๖", text: "ระดับ ๕" }];
    const plan = parsed(input);
    expect(plan.fiscalYear).toBe(2567);
    expect(plan.kpis.find((k) => k.id === "1.1-1")?.weight).toBe(10);
    expect(plan.kpis.find((k) => k.id === "1.2-1")?.weight).toBe(20);
    expect(plan.kpis.find((k) => k.id === "1.1-1")?.baseline).toEqual([{ year: 2566, text: "ระดับ ๕" }]);
    expect(plan.kpis.find((k) => k.id === "1.1-3")?.rubric?.levels[4]?.criterion).toBe(100);
  });

  it("reads null as a missing key wherever a field is optional, as most exporters write it", () => {
    const input = validPlan() as unknown as Record<string, unknown> & { kpis: Record<string, unknown>[] };
    const k = input.kpis[0] as Record<string, unknown>;
    k.result = null;
    k.unit = null;
    k.rubric = null;
    k.alignment = null;
    input.budgetTotal = null;
    input.reviews = null;
    const plan = parsed(input as never);
    const kpi = plan.kpis[0];
    expect(kpi && "result" in kpi).toBe(false);
    expect(kpi && "unit" in kpi).toBe(false);
    expect(kpi && "rubric" in kpi).toBe(false);
    expect(kpi?.alignment).toEqual({});
    expect("budgetTotal" in plan).toBe(false);
    expect("reviews" in plan).toBe(false);
    // A required field that is null is still refused, by name.
    expect(problemsOf({ ...input, framework: null })).toEqual([expect.stringMatching(/^framework: /)]);
  });

  it("reads results per round: results.end is the year-end result, results.mid the mid-year one", () => {
    const input = validPlan();
    const k = kpiOf(input, "1.1-1") as Record<string, unknown>;
    delete k.result;
    k.results = { mid: { value: "๓" }, end: { value: 5, self: 5 } };
    const kpi = parsed(input).kpis.find((x) => x.id === "1.1-1");
    expect(kpi?.result).toEqual({ value: 5, self: 5 });
    expect(kpi?.results).toEqual({ mid: { value: 3 } });

    k.result = { value: 4 };
    expect(problemsOf(input)).toEqual([expect.stringMatching(/^kpis\[0\]\.results\.end: .*differs from result/)]);
    k.result = { value: 5, self: 5 };
    expect(parsed(input).kpis.find((x) => x.id === "1.1-1")?.results).toEqual({ mid: { value: 3 } });
  });

  it("reads the evaluators' review of a component per round, with the sign-off", () => {
    const input = validPlan() as unknown as Record<string, unknown>;
    input.reviews = [
      { round: "end", component: "1.1", reasons: "ดำเนินการครบ", strengths: null, signoff: { name: "นางสาว ก", position: "นักวิเคราะห์", date: "2024-10-15" } },
    ];
    const plan = parsed(input as never);
    expect(plan.reviews).toEqual([
      { round: "end", component: "1.1", reasons: "ดำเนินการครบ", signoff: { name: "นางสาว ก", position: "นักวิเคราะห์", date: "2024-10-15" } },
    ]);
    input.reviews = [{ round: "q3", component: "1.1" }];
    expect(problemsOf(input)).toEqual([expect.stringMatching(/^reviews\[0\]\.round: /)]);
  });

  it("keeps unreadable numeric text as text, for validation to report", () => {
    const input = validPlan();
    kpiOf(input, "1.1-2").weight = "สิบคะแนน";
    const plan = parsed(input);
    expect(plan.kpis.find((k) => k.id === "1.1-2")?.weight).toBe("สิบคะแนน");
    expectFindings(findingsOf(input)).toInclude([{ code: "NOT_A_NUMBER", where: at.kpi("1.1-2", "weight") }]);
  });

  it("reads a missing text or number field as blank, so validation can say what is missing", () => {
    const input = validPlan();
    const k = kpiOf(input, "1.3-1");
    delete k.definition;
    delete levelOf(input, "1.3-1", 1).criterion;
    const plan = parsed(input);
    const kpi = plan.kpis.find((x) => x.id === "1.3-1");
    expect(kpi?.definition).toBe("");
    expect(kpi?.rubric?.levels[0]?.criterion).toBeNull();
    expectFindings(findingsOf(input)).toEqual([{ code: "KPI_FIELD_MISSING", where: at.kpi("1.3-1", "definition") }]);
  });

  it("fills defaults for lists an agency may leave out", () => {
    const input = validPlan();
    const k = kpiOf(input, "1.1-1");
    delete k.baseline;
    delete k.partners;
    delete input.actionPlan;
    const plan = parsed(input);
    expect(plan.actionPlan).toEqual([]);
    expect(plan.kpis[0]).toMatchObject({ baseline: [], partners: [], alignment: expect.any(Object) });
  });

  it.each([
    ["not a plan at all", "", []],
    ["another format", "format", { ...validPlan(), format: "kpi-framework" }],
    ["a newer version", "version", { ...validPlan(), version: 2 }],
    ["KPIs that are no list", "kpis", { ...validPlan(), kpis: { "1.1-1": {} } }],
    ["a fiscal year in words", "fiscalYear", { ...validPlan(), fiscalYear: "ปีนี้" }],
  ])("rejects %s, saying where (at %j)", (_, path, input) => {
    expect(problemsOf(input)).toContainEqual(expect.stringMatching(new RegExp(`^${path}: \\S`)));
  });

  it("rejects a KPI without an id or with an unknown rubric kind, with its path", () => {
    const input = validPlan();
    delete (kpiOf(input, "1.1-2") as { id?: string }).id;
    const rubric = kpiOf(input, "1.3-1").rubric;
    if (rubric) (rubric as { kind: string }).kind = "ladder";
    expect(problemsOf(input)).toEqual([expect.stringMatching(/^kpis\[1\]\.id: /), expect.stringMatching(/^kpis\[4\]\.rubric\.kind: /)]);
  });

  it("never throws, whatever it is given", () => {
    for (const input of [undefined, null, 0, "kpi-plan", [], { format: "kpi-plan" }, { kpis: [null] }]) {
      expect(parsePlan(input).ok).toBe(false);
    }
  });
});

describe("the shipped frameworks", () => {
  const files = readdirSync(FRAMEWORK_DIR).filter((f) => f.endsWith(".json"));

  it("are every JSON file of the frameworks folder, each one loaded", () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    const ids = files.map((f) => (JSON.parse(readFileSync(join(FRAMEWORK_DIR, f), "utf8")) as { id: string }).id);
    expect(FRAMEWORKS.map((fw) => fw.id).sort()).toEqual(ids.sort());
    expect(files.map((f) => f.replace(/\.json$/, "")).sort()).toEqual(ids.sort());
  });

  describe.each(FRAMEWORKS.map((fw) => [fw.id, fw] as const))("%s", (_, fw) => {
    it("parses from its file", () => {
      const file = JSON.parse(readFileSync(join(FRAMEWORK_DIR, `${fw.id}.json`), "utf8")) as unknown;
      expect(Framework.safeParse(file).success).toBe(true);
    });

    it("weighs 100 in all, each parent the sum of its children in weight and KPI count", () => {
      expect(fw.components.reduce((s, c) => s + c.weight, 0)).toBe(100);
      expect(leafComponents(fw).reduce((s, c) => s + c.weight, 0)).toBe(100);
      for (const c of allComponents(fw)) {
        const kids: Component[] = c.children ?? [];
        if (kids.length === 0) continue;
        expect([c.code, kids.reduce((s, k) => s + k.weight, 0)]).toEqual([c.code, c.weight]);
        expect([c.code, kids.reduce((s, k) => s + k.kpiCount, 0)]).toEqual([c.code, c.kpiCount]);
      }
    });

    it("has a ladder of five increasing shares ending at 100 %", () => {
      expect(fw.ladder).toHaveLength(5);
      expect([...fw.ladder].sort((a, b) => a - b)).toEqual([...fw.ladder]);
      expect(fw.ladder[4]).toBe(100);
    });

    it("prescribes as many standard KPIs as each shared leaf holds", () => {
      for (const c of leafComponents(fw).filter((x) => x.shared)) {
        expect([c.code, c.standardKpis?.length]).toEqual([c.code, c.kpiCount]);
      }
    });
  });
});

describe("a broken framework", () => {
  const good = JSON.parse(readFileSync(join(FRAMEWORK_DIR, "bma-2567-bureau.json"), "utf8")) as Record<string, unknown> & {
    components: { weight: number; children?: { weight: number; kpiCount: number; code: string }[] }[];
  };
  const messagesOf = (fw: unknown): string[] => {
    const r = Framework.safeParse(fw);
    expect(r.success).toBe(false);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };

  it("is rejected when its components do not weigh 100", () => {
    const fw = structuredClone(good);
    (fw.components[0] as { weight: number }).weight = 60;
    expect(messagesOf(fw)).toContainEqual(expect.stringMatching(/weights sum to 90, not 100/));
  });

  it("is rejected when children do not add up to their parent, naming the parent", () => {
    const fw = structuredClone(good);
    const kid = fw.components[0]?.children?.[0];
    if (kid) kid.kpiCount = 4;
    expect(messagesOf(fw)).toContainEqual(expect.stringMatching(/children of 1 hold 7 KPIs, not 6/));
  });

  it("is rejected for a ladder that does not increase or end at 100, or a repeated code", () => {
    expect(messagesOf({ ...good, ladder: [20, 40, 40, 80, 100] })).toContainEqual(expect.stringMatching(/^ladder: .*ladder must increase/));
    expect(messagesOf({ ...good, ladder: [20, 40, 60, 80, 90] })).toContainEqual(expect.stringMatching(/level 5 earns 100/));
    const fw = structuredClone(good);
    const kids = fw.components[0]?.children;
    if (kids?.[1]) kids[1].code = "1.1";
    expect(messagesOf(fw)).toContainEqual(expect.stringMatching(/duplicate code 1\.1/));
  });
});
