// kpi frameworks check's rules, each on a file that breaks it (and only it), and the schema's
// problems with their JSON paths in Thai and English.
import { findFramework } from "../../../src/core/frameworks/shipped";
import { checkFramework, parseFramework, type FrameworkProblem, type FrameworkRule } from "../../../src/core/frameworks/check";

type Raw = Record<string, unknown> & { components: Record<string, unknown>[] };

/** The shipped FY2566 bureau framework as a file's JSON, to break. */
const file = (): Raw => JSON.parse(JSON.stringify(findFramework("bma-2566-bureau"))) as Raw;

const problems = (raw: unknown): FrameworkProblem[] => checkFramework(raw).problems;
const only = (raw: unknown): [FrameworkRule, string][] => problems(raw).map((p) => [p.rule, p.path]);

describe("kpi frameworks check, rule by rule", () => {
  it("finds nothing wrong with the shipped frameworks", () => {
    for (const id of ["bma-2567-bureau", "bma-2566-bureau", "bma-2566-district", "bma-2565-bureau"]) {
      expect([id, problems(JSON.parse(JSON.stringify(findFramework(id))))]).toEqual([id, []]);
    }
  });

  it("children's weights that do not sum to their parent", () => {
    const f = file();
    const kids = (f.components[3] as { children: { weight: number }[] }).children;
    (kids[0] as { weight: number }).weight = 15;
    const found = problems(f);
    expect(found.map((p) => [p.rule, p.path])).toContainEqual(["SCHEMA", "components[3]"]);
    const p = found.find((x) => x.path === "components[3]") as FrameworkProblem;
    expect(p.message.en).toMatch(/children of 5 weigh 25, not 20/);
    expect(p.message.th).toMatch(/องค์ประกอบย่อยของ 5 มีน้ำหนักรวม 25/);
  });

  it("a total that is not 100", () => {
    const f = file();
    (f.components[0] as { weight: number }).weight = 40;
    const found = problems(f);
    expect(found.map((p) => [p.rule, p.path])).toEqual([["SCHEMA", "components"]]);
    expect(found[0]?.message).toEqual({ th: "น้ำหนักรวม 90 ไม่ใช่ ๑๐๐", en: "weights sum to 90, not 100" });
  });

  it("a KPI count below 1", () => {
    const f = file();
    (f.components[1] as { kpiCount: number }).kpiCount = 0;
    expect(only(f)).toEqual([["KPI_COUNT", "components[1].kpiCount"]]);
  });

  it("a ladder that is not five rising shares ending at 100", () => {
    expect(only({ ...file(), ladder: [60, 70, 70, 90, 100] })).toEqual([["SCHEMA", "ladder"]]);
    expect(only({ ...file(), ladder: [60, 70, 80, 90, 95] })).toEqual([["SCHEMA", "ladder"]]);
    expect(new Set(only({ ...file(), ladder: [60, 70, 80, 100] }).map((x) => x.join(" ")))).toEqual(new Set(["SCHEMA ladder"]));
    expect(problems({ ...file(), ladder: [60, 70, 80, 90, 95] })[0]?.message.th).toMatch(/ระดับ ๕ ต้องได้ร้อยละ ๑๐๐/);
  });

  it("a standard KPI whose rubric disagrees with its weight", () => {
    const f = file();
    const innovation = f.components[2] as { standardKpis: { rubric: { kind: string; descriptions: string[] } }[] };
    const rubric = (innovation.standardKpis[0] as { rubric: { kind: string; descriptions: string[] } }).rubric;
    rubric.kind = "milestone";
    rubric.descriptions = ["ได้ ๖ คะแนน", "ได้ ๗ คะแนน", "ได้ ๘ คะแนน", "ได้ ๙ คะแนน", "ได้ ๑๕ คะแนน"];
    const found = problems(f);
    expect(found.map((p) => [p.rule, p.path])).toEqual([["STANDARD_RUBRIC", "components[2].standardKpis[0].rubric.descriptions[4]"]]);
    expect(found[0]?.message.en).toMatch(/states 15 points, but weight 10 × 100 % = 10 points/);

    const twice = file();
    const shared = twice.components[2] as { standardKpis: unknown[] };
    shared.standardKpis = [shared.standardKpis[0], shared.standardKpis[0]];
    expect(only(twice)).toEqual([["STANDARD_RUBRIC", "components[2].standardKpis"]]);
  });

  it("a calendar date outside the cycle, and a step that ends before it starts", () => {
    const f = file() as Raw & { calendar: { deadlines: { date: string }[]; milestones: { from: string; to?: string }[] } };
    (f.calendar.deadlines[0] as { date: string }).date = "2565-05-05"; // a BE year typed as CE
    const found = problems(f);
    expect(found.map((p) => [p.rule, p.path])).toEqual([["CALENDAR_DATE", "calendar.deadlines[0].date"]]);
    expect(found[0]?.message.en).toMatch(/outside the FY2566 cycle \(2022-01-01 to 2023-12-31\)/);

    const g = file() as typeof f;
    const m = g.calendar.milestones[5] as { from: string; to?: string };
    m.to = "2022-03";
    expect(only(g)).toEqual([["CALENDAR_DATE", "calendar.milestones[5].to"]]);
  });

  it("a responsible agency that is not in the agency list", () => {
    const f = file() as Raw & { focusIssues: { supportingKpis: { responsible: string[] }[] }[] };
    (f.focusIssues[2]?.supportingKpis[1] as { responsible: string[] }).responsible = ["สสส.", "สปก."];
    const found = problems(f);
    expect(found.map((p) => [p.rule, p.path])).toEqual([["RESPONSIBLE_AGENCY", "focusIssues[2].supportingKpis[1].responsible[1]"]]);
    expect(found[0]?.message.th).toMatch(/ไม่รู้จักหน่วยงาน "สปก\."/);
  });

  it("an id that does not match its year and kind", () => {
    expect(only({ ...file(), id: "bma-2568-bureau" })).toEqual([["FRAMEWORK_ID", "id"]]);
    expect(only({ ...file(), agencyKind: "district" })).toEqual([["FRAMEWORK_ID", "id"]]);
  });

  it("a focus component the framework lacks, and a focus issue number used twice", () => {
    expect(only({ ...file(), focusComponent: "3" })).toEqual([["FOCUS_COMPONENT", "focusComponent"]]);
    const f = file() as Raw & { focusIssues: { no: number }[] };
    (f.focusIssues[1] as { no: number }).no = 1;
    expect(only(f)).toEqual([["FOCUS_COMPONENT", "focusIssues[1].no"]]);
  });

  it("finds every problem in one pass: a broken calendar does not hide the weights", () => {
    const f = file() as Raw & { calendar: { deadlines: { date: string }[] } };
    (f.components[0] as { weight: number }).weight = 40;
    (f.calendar.deadlines[0] as { date: string }).date = "5 พ.ค. 2565";
    (f.components[1] as { kpiCount: number }).kpiCount = 0;
    f.id = "bma-2566-bureaux";
    const rules = only(f);
    expect(rules).toEqual(
      expect.arrayContaining([
        ["SCHEMA", "calendar.deadlines[0].date"],
        ["SCHEMA", "components"],
        ["KPI_COUNT", "components[1].kpiCount"],
        ["FRAMEWORK_ID", "id"],
      ]),
    );
  });
});

describe("parseFramework (what --framework <file> runs)", () => {
  it("reports every schema problem with its path, in Thai and English", () => {
    const f = file() as Raw;
    delete f.ladder;
    f.agencyKind = "office";
    (f.components[0] as { code: string }).code = "x";
    const r = parseFramework(f);
    expect(r.framework).toBeNull();
    expect(r.problems.map((p) => p.path).sort()).toEqual(["agencyKind", "components[0].code", "ladder"]);
    for (const p of r.problems) {
      expect(p.message.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(p.message.en).toMatch(/[a-z]/);
    }
  });

  it("accepts a valid file and keeps no problems", () => {
    const r = parseFramework(file());
    expect(r.problems).toEqual([]);
    expect(r.framework?.id).toBe("bma-2566-bureau");
  });
});
