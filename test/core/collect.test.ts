// The core of kpi collect over plans already read: which file counts for which agency, who sent
// nothing, lateness against the due day in Bangkok, plans of another year or framework, the round
// scored, and ranks (ties share one; incomplete plans are not ranked and say what is missing).
import { BUREAUS, DISTRICT_OFFICES } from "../../src/core/agencies";
import { chooseFramework, collect, collectionProblems, statusRows } from "../../src/core/collect/collect";
import { calendarDue, daysLate, parseDueDate } from "../../src/core/collect/due";
import { competitionRanks } from "../../src/core/collect/rank";
import { planForRound } from "../../src/core/collect/round";
import type { ReceivedFile } from "../../src/core/collect/types";
import { findFramework } from "../../src/core/frameworks/shipped";
import type { Framework } from "../../src/core/schema/framework";
import { parsePlan, type Plan } from "../../src/core/schema/plan";
import { planReport } from "../../src/core/scoring/report";
import { agencyPlan } from "../helpers/inbox";
import { clone, framework2567 } from "../helpers/plan";

const FW = framework2567();
const at = (iso: string): number => new Date(iso).getTime();
const ON_TIME = at("2024-05-20T10:00:00+07:00");

function received(file: string, plan: Plan, modified = ON_TIME, o: { framework?: Framework; seal?: "intact" | "changed" | "none" | null; errors?: number } = {}): ReceivedFile {
  const findings = Array.from({ length: o.errors ?? 0 }, (_, i) => ({ code: "WEIGHT_TOTAL", severity: "error" as const, message: { th: "ผิด", en: "wrong" }, where: { kpi: `1.1-${i}` }, source: "rule" }));
  return { file, modified, read: { ok: true, plan, framework: o.framework ?? FW, findings, seal: o.seal === undefined ? "intact" : o.seal } };
}

const unreadable = (file: string): ReceivedFile => ({ file, modified: ON_TIME, read: { ok: false, reason: "อ่านไม่ได้ / cannot read" } });

describe("which file counts for which agency", () => {
  it("matches an agency written as an abbreviation, and by the file's name when the plan names none", () => {
    const c = collect([received("a.xlsx", agencyPlan("สนน.")), received("สำนักอนามัย.xlsx", agencyPlan(""))], FW);
    expect(c.agencies.map((a) => a.agency).sort()).toEqual(["สำนักการระบายน้ำ", "สำนักอนามัย"]);
    expect(c.missing.map((m) => m.agency.name)).not.toContain("สำนักการระบายน้ำ");
  });

  it("matches a district written by its short name against the district offices of a district framework", () => {
    const district = findFramework("bma-2566-district") as Framework;
    const plan = (agency: string): Plan => ({ ...agencyPlan(agency), framework: district.id, fiscalYear: 2566 });
    const c = collect([received("x.json", plan("บางรัก"), ON_TIME, { framework: district }), received("y.json", plan("เขตดุสิต"), ON_TIME, { framework: district })], district);
    expect(c.agencies.map((a) => a.agency).sort()).toEqual(["สำนักงานเขตดุสิต", "สำนักงานเขตบางรัก"]);
    expect(c.missing).toHaveLength(DISTRICT_OFFICES.length - 2);
    expect(c.missing.every((m) => m.agency.kind === "district")).toBe(true);
  });

  it("counts the newest of two files of one agency and lists both", () => {
    const c = collect([received("old.xlsx", agencyPlan("สำนักการศึกษา"), at("2024-05-01T10:00:00+07:00")), received("new.xlsx", agencyPlan("สนศ.", 1), at("2024-05-02T10:00:00+07:00"))], FW);
    const counted = c.files.find((f) => f.role === "counted");
    const old = c.files.find((f) => f.role === "superseded");
    expect(counted).toMatchObject({ file: "new.xlsx", agency: "สำนักการศึกษา", duplicates: ["old.xlsx"] });
    expect(old).toMatchObject({ file: "old.xlsx", duplicates: ["new.xlsx"] });
    expect(old?.note?.en).toBe("a duplicate; the newer file counts: new.xlsx");
    expect(c.agencies).toHaveLength(1);
  });

  it("does not count plans of another fiscal year or framework, and lists their agency as missing with the file", () => {
    const other = { ...agencyPlan("สำนักเทศกิจ"), fiscalYear: 2566 };
    const fw2566 = findFramework("bma-2566-bureau") as Framework;
    const c = collect([received("old-year.json", other), received("other-fw.json", { ...agencyPlan("สำนักการคลัง"), framework: fw2566.id }, ON_TIME, { framework: fw2566 })], FW);
    expect(c.files.map((f) => [f.file, f.role])).toEqual([
      ["old-year.json", "other-year"],
      ["other-fw.json", "other-framework"],
    ]);
    expect(c.missing.find((m) => m.agency.name === "สำนักเทศกิจ")?.received).toEqual(["old-year.json"]);
    expect(c.missing).toHaveLength(BUREAUS.length);
  });

  it("lists unreadable files last, and agencies that sent nothing in the agency list's order", () => {
    const c = collect([unreadable("junk.xlsx"), received("b.xlsx", agencyPlan("สำนักการแพทย์"))], FW);
    const rows = statusRows(c);
    expect(rows[rows.length - 1]).toMatchObject({ kind: "file", status: { file: "junk.xlsx", role: "unreadable" } });
    const names = rows.flatMap((r) => (r.kind === "missing" ? [r.missing.agency.name] : r.status.agency ? [r.status.agency] : []));
    expect(names).toEqual(BUREAUS.map((b) => b.name));
    expect(c.unreadable).toEqual([{ file: "junk.xlsx", reason: "อ่านไม่ได้ / cannot read" }]);
  });

  it("takes the framework most plans use when none is given", () => {
    const fw2566 = findFramework("bma-2566-bureau") as Framework;
    const list = [received("a", agencyPlan("สนศ.")), received("b", agencyPlan("สนอ.")), received("c", { ...agencyPlan("สนพ."), framework: fw2566.id }, ON_TIME, { framework: fw2566 })];
    expect(chooseFramework(list, undefined)).toEqual({ framework: FW, source: "most-plans" });
    expect(chooseFramework(list, fw2566)).toEqual({ framework: fw2566, source: "given" });
    expect(chooseFramework([unreadable("x")], undefined)).toBeNull();
  });
});

describe("late, against the due day in Bangkok", () => {
  it("reads the due date as ISO (CE or BE) or as Thai writes it", () => {
    expect(parseDueDate("2024-05-31")).toBe("2024-05-31");
    expect(parseDueDate("2567-05-31")).toBe("2024-05-31");
    expect(parseDueDate("๓๑ พ.ค. ๒๕๖๗")).toBe("2024-05-31");
    expect(parseDueDate("31 พฤษภาคม 2567")).toBe("2024-05-31");
    expect(parseDueDate("2024-02-30")).toBeNull();
    expect(parseDueDate("soon")).toBeNull();
  });

  it("is on time until midnight at the end of the due day in Bangkok, then a day late per day begun", () => {
    expect(daysLate(at("2024-05-31T23:59:59+07:00"), "2024-05-31")).toBe(0);
    expect(daysLate(at("2024-06-01T00:00:00+07:00"), "2024-05-31")).toBe(1);
    expect(daysLate(at("2024-06-02T00:00:01+07:00"), "2024-05-31")).toBe(2);
  });

  it("defaults to the framework calendar's submission deadline; a round's results to that round's deadline", () => {
    const fw2566 = findFramework("bma-2566-bureau") as Framework;
    expect(calendarDue(fw2566, undefined)).toMatchObject({ date: "2022-05-05", source: "calendar" });
    expect(calendarDue(fw2566, "mid")).toBeNull();
    const c = collect([received("a.json", { ...agencyPlan("สนศ."), framework: fw2566.id, fiscalYear: 2566 }, at("2022-05-06T08:00:00+07:00"), { framework: fw2566 })], fw2566);
    expect(c.due).toMatchObject({ date: "2022-05-05", source: "calendar" });
    expect(c.files[0]?.daysLate).toBe(1);
    expect(collect([received("a.json", agencyPlan("สนศ."))], FW).files[0]?.daysLate).toBeNull();
  });

  it("uses the date given over the calendar's", () => {
    const c = collect([received("a", agencyPlan("สนศ."), at("2024-06-03T09:00:00+07:00"))], FW, { due: "2024-05-31" });
    expect(c.due).toEqual({ date: "2024-05-31", source: "given" });
    expect(c.agencies[0]?.status.daysLate).toBe(3);
  });
});

describe("scores and ranks", () => {
  it("gives every component and the total as the core's report does", () => {
    const plan = agencyPlan("สนศ.", 1);
    const c = collect([received("a", plan)], FW);
    expect(c.agencies[0]?.report).toEqual(planReport(plan, FW));
    // 1.1-1 reached level 3 instead of 5: 6 points of 10, two fewer than the plan of variant 0.
    expect(c.agencies[0]?.report.total).toBeCloseTo(79.47 - 4, 9);
  });

  it("ranks complete plans by total, equal totals sharing a rank (1, 2, 3, 3, 5), and leaves incomplete ones unranked saying what is missing", () => {
    const incomplete = clone(agencyPlan("สำนักการคลัง"));
    delete (incomplete.kpis.find((k) => k.id === "1.2-1") as { result?: unknown }).result;
    const c = collect(
      [
        received("a", agencyPlan("สนศ.", 0)),
        received("b", agencyPlan("สนอ.", 1)),
        received("c", agencyPlan("สนพ.", 1)),
        received("d", agencyPlan("สนน.", 2)),
        received("e", agencyPlan("สนท.", 3)),
        received("f", incomplete),
      ],
      FW,
    );
    expect(c.agencies.map((a) => [a.agency, a.rank, Number(a.report.total.toFixed(9))])).toEqual([
      ["สำนักการศึกษา", 1, 79.47],
      ["สำนักการระบายน้ำ", 2, 77.47],
      ["สำนักอนามัย", 3, 75.47],
      ["สำนักการแพทย์", 3, 75.47],
      ["สำนักเทศกิจ", 5, 75.17],
      ["สำนักการคลัง", null, 67.47],
    ]);
    expect(c.agencies[5]).toMatchObject({ complete: false, missing: ["1.2-1"] });
  });

  it("ties totals that differ only by the rounding of sums", () => {
    expect(competitionRanks([0.1 + 0.2, 0.3, 0.29])).toEqual([1, 1, 3]);
  });

  it("does not rank a total above 100", () => {
    const over = clone(agencyPlan("สนศ."));
    for (const k of over.kpis) if (k.component === "2") k.weight = 40;
    const c = collect([received("a", over)], FW);
    expect(c.agencies[0]?.rank).toBeNull();
    expect(c.agencies[0]?.invalidTotal?.en).toMatch(/above the full 100/);
  });

  it("scores the mid-year round from results.mid", () => {
    const input = clone(agencyPlan("สนศ.")) as Plan;
    const withMid = parsePlan({ ...input, kpis: input.kpis.map((k) => ({ ...k, results: { mid: { value: k.id === "1.1-1" ? 2 : (k.result?.value ?? 0) } } })) });
    if (!withMid.ok) throw new Error("plan");
    expect(planForRound(withMid.plan, "mid").kpis.find((k) => k.id === "1.1-1")?.result).toEqual({ value: 2 });
    const mid = collect([received("a", withMid.plan)], FW, { round: "mid" });
    const end = collect([received("a", withMid.plan)], FW);
    expect(end.agencies[0]?.report.total).toBeCloseTo(79.47, 9);
    expect(mid.agencies[0]?.report.total).toBeCloseTo(79.47 - 6, 9);
    expect(mid.round).toBe("mid");
  });
});

describe("what keeps a collection from being complete", () => {
  it("names missing, late, invalid, unsealed and unreadable; nothing when all is well", () => {
    const all = BUREAUS.map((b, i) => received(`${i}.xlsx`, agencyPlan(b.name)));
    expect(collectionProblems(collect(all, FW, { due: "2024-05-31" }))).toEqual([]);
    const broken = [
      ...all.slice(1, 4),
      received("late.xlsx", agencyPlan(BUREAUS[4]!.name), at("2024-06-05T10:00:00+07:00")),
      received("errors.xlsx", agencyPlan(BUREAUS[5]!.name), ON_TIME, { errors: 2 }),
      received("open.xlsx", agencyPlan(BUREAUS[6]!.name), ON_TIME, { seal: "none" }),
      received("json.json", agencyPlan(BUREAUS[7]!.name), ON_TIME, { seal: null }),
      unreadable("x.xlsx"),
    ];
    expect(collectionProblems(collect(broken, FW, { due: "2024-05-31" })).map((p) => p.en)).toEqual([
      `no plan from ${BUREAUS.length - 7} agencies`,
      "1 late",
      "1 with errors",
      "2 not sealed or changed since sealed",
      "1 file unreadable",
    ]);
  });
});
