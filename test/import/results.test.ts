// Result forms: the kind and round, results per KPI, reviews with the sign-off, printed scores
// against recomputed ones, and `kpi import result.txt --into plan.json` (--into plan.xlsx:
// intoWorkbook.test.ts).
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import type { Io } from "../../src/cli/io";
import { importPlanText, mergeResults } from "../../src/core/import";
import { isoDate } from "../../src/core/import/result/values";
import { parsePlan, type Plan } from "../../src/core/schema/plan";
import { SHARED } from "./accuracy";
import { imported, lines, withoutResults } from "./helpers";

const SAMPLES = join(SHARED, "samples");
const MID = join(SAMPLES, "result-2567-midyear-health.txt");
const END = join(SAMPLES, "result-2567-yearend-education.txt");
const text = (path: string): string => readFileSync(path, "utf8");

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

describe("a year-end result form", () => {
  const r = imported(text(END));

  it("is said to be a result form of the year-end round", () => {
    expect(r.report.kind).toBe("result");
    expect(r.report.results?.round).toBe("end");
  });

  it("puts the committee's and the self-assessed results into result, with the evaluators' reason", () => {
    const k = r.parsed.kpis.find((x) => x.id === "1.1-2");
    expect(k?.result).toMatchObject({ value: 4, self: 5, score: 8, selfScore: 10 });
    expect(k?.result?.note).toMatch(/^หน่วยงานประเมินตนเองระดับ 5/);
    expect(k?.results).toBeUndefined();
  });

  it("reads decimal commas as the form means them (100,000 = 100; 7,000 systems = 7)", () => {
    expect(r.parsed.kpis.find((x) => x.id === "1.1-3")?.result?.value).toBe(100);
    expect(r.parsed.kpis.find((x) => x.id === "3.1-1")?.result?.value).toBe(7);
    expect(r.parsed.kpis.find((x) => x.id === "3.2-1")?.rubric?.levels.map((l) => l.criterion)).toEqual([92, 94, 96, 98, 100]);
  });

  it("recomputes the total beside the printed one", () => {
    expect(r.report.results?.total).toBeCloseTo(92.5029, 4);
    expect(r.report.results?.printedTotal).toBe(92.503);
    expect(r.report.results?.checks.every((c) => c.same)).toBe(true);
  });

  it("keeps each sub-component's texts and sign-off, the date in the Common Era", () => {
    const review = r.parsed.reviews?.find((x) => x.component === "3.2");
    expect(review?.round).toBe("end");
    expect(review?.signoff).toEqual({ name: "นางสาวรุ่งนภา มีสุข", position: "หัวหน้ากลุ่มติดตามและประเมินผล 3", date: "2024-11-04" });
    expect(r.parsed.reviews?.find((x) => x.component === "2")?.signoff?.organisation).toBe("กองพัฒนาระบบราชการกรุงเทพมหานคร สำนักงาน ก.ก.");
  });
});

describe("a mid-year result form", () => {
  const r = imported(text(MID));

  it("puts the results into results.mid, never into the year-end result", () => {
    expect(r.report.results?.round).toBe("mid");
    const k = r.parsed.kpis.find((x) => x.id === "1.2-1");
    expect(k?.results?.mid).toMatchObject({ value: 33.62, score: 13.104 });
    expect(k?.result).toBeUndefined();
    expect(r.parsed.reviews?.every((x) => x.round === "mid")).toBe(true);
  });

  it("takes the KPI's code from the second line of a wrapped name and the full name from its page", () => {
    const k = r.parsed.kpis.find((x) => x.id === "1.1-1");
    expect(k?.name).toBe("ระดับความสำเร็จในการยกระดับศูนย์บริการสาธารณสุขให้ผ่านเกณฑ์มาตรฐานหน่วยบริการปฐมภูมิ");
    expect(k?.results?.mid?.value).toBe(3);
    expect(r.parsed.kpis.find((x) => x.id === "1.3-2")?.results?.mid?.value).toBe(0);
  });

  it("recomputes 60.081 as the form prints it", () => {
    expect(Math.round((r.report.results?.total ?? 0) * 1000) / 1000).toBe(60.081);
    expect(r.report.results?.printedTotal).toBe(60.081);
  });
});

describe("printed scores that do not recompute", () => {
  it("are each reported with their line", () => {
    const wrong = text(END).replace("ระดับ 4 ⇥ 8,000".replace(/ ⇥ /g, "\t"), "ระดับ 4\t9,000");
    const r = importPlanText(wrong);
    expect(r.ok).toBe(true);
    const d = r.report.disagreements.filter((x) => x.field === "score");
    expect(d.map((x) => [x.kpi ?? x.component ?? "total", x.lines[0]])).toEqual(expect.arrayContaining([["1.1-2", 9]]));
    expect(d.find((x) => x.kpi === "1.1-2")?.message.en).toContain("printed is 9.000 but recomputes to 8.000");
    expect(r.report.results?.checks.filter((c) => !c.same).length).toBeGreaterThanOrEqual(1);
  });
});

describe("sign-off dates", () => {
  it.each([
    ["25 เมษายน 2567", "2024-04-25"],
    ["๒๖ เมษายน ๒๕๖๗", "2024-04-26"],
    ["29/4/2567", "2024-04-29"],
    ["30 เม.ย. 2567", "2024-04-30"],
    ["3 พ.ค. 67", "2024-05-03"],
    ["4 / 11 / 67", "2024-11-04"],
    ["31 กุมภาพันธ์ 2567", null],
    ["ยังไม่ลงวันที่", null],
  ])("%s → %s", (raw, iso) => {
    expect(isoDate(raw)).toBe(iso);
  });
});

describe("a result form built from its parts alone", () => {
  it("reads a page without a summary table", () => {
    const doc = lines(
      "แบบสรุปผลคะแนนการตรวจติดตามประเมินผลการปฏิบัติราชการ",
      "ของหน่วยงานสังกัดกรุงเทพมหานคร ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (ระยะสิ้นปีงบประมาณ)",
      "ชื่อหน่วยงานผู้รับการประเมิน : สำนักการโยธา",
      "องค์ประกอบที่ 1 : การประเมินประสิทธิผลการดำเนินงาน (Performance Base)",
      "1.1 ประสิทธิภาพในการดำเนินงานภารกิจหลัก (Function Base)",
      ["ตัวชี้วัด", "ผลการดำเนินงาน", "คะแนนที่ได้"],
      ["1. ระดับความสำเร็จในการซ่อมผิวจราจร", "ระดับ 4", "8"],
      "■ เหตุผลของคะแนน",
      "ตัวชี้วัดที่ 1 : ซ่อมได้ตามแผน",
      "เจ้าหน้าที่ผู้สรุปผลการตรวจติดตามประเมินผล :",
      "(นายสมชาย ใจดี)",
      "ตำแหน่ง นักวิเคราะห์นโยบายและแผน",
      "วัน/เดือน/ปี ๑๕ ตุลาคม ๒๕๖๗",
    );
    const r = imported(doc);
    expect(r.report.kind).toBe("result");
    expect(r.parsed.agency).toBe("สำนักการโยธา");
    expect(r.parsed.kpis.map((k) => [k.id, k.name, k.result?.value, k.result?.note])).toEqual([["1.1-1", "ระดับความสำเร็จในการซ่อมผิวจราจร", 4, "ซ่อมได้ตามแผน"]]);
    expect(r.parsed.reviews?.[0]?.signoff?.date).toBe("2024-10-15");
  });
});

describe("mergeResults: the results of a form into an existing plan", () => {
  const form = imported(text(END)).parsed;
  const base = (): Plan => {
    const p = withoutResults(form);
    p.kpis = p.kpis.filter((k) => !k.component.startsWith("3"));
    // The plan words a KPI in full where the form shortens it.
    (p.kpis[1] as Plan["kpis"][number]).name = "ระดับความสำเร็จในการจัดการเรียนรู้ภาษาอังกฤษเพื่อการสื่อสารโดยครูเจ้าของภาษา";
    (p.kpis[1] as Plan["kpis"][number]).id = "1.1-9";
    return p;
  };

  it("matches KPIs by component and name, adds shared components the plan leaves out, and keeps other fields", () => {
    const target = { ...base(), note: "kept as written" };
    const m = mergeResults(target, form, "end", false);
    if (!m.ok) throw new Error(m.message.en);
    expect(m.plan.note).toBe("kept as written");
    const merged = parsePlan(m.plan);
    if (!merged.ok) throw new Error("invalid");
    expect(merged.plan.kpis.find((k) => k.id === "1.1-9")?.result).toMatchObject({ value: 4, self: 5 });
    expect(m.entries.filter((e) => e.outcome === "added").map((e) => e.to)).toEqual(["3.1-1", "3.2-1"]);
    expect(merged.plan.reviews?.map((r) => r.component)).toEqual(["1.1", "1.2", "1.3", "2", "3.1", "3.2"]);
  });

  it("never replaces a result already there without force", () => {
    const target = base();
    (target.kpis[0] as Plan["kpis"][number]).result = { value: 3, note: "typed by the evaluator" };
    const kept = mergeResults(target, form, "end", false);
    if (!kept.ok) throw new Error("merge");
    expect((kept.plan.kpis as Plan["kpis"])[0]?.result).toEqual({ value: 3, note: "typed by the evaluator" });
    expect(kept.entries[0]?.outcome).toBe("kept");
    const forced = mergeResults(target, form, "end", true);
    if (!forced.ok) throw new Error("merge");
    expect((forced.plan.kpis as Plan["kpis"])[0]?.result?.value).toBe(5);
    expect(forced.entries[0]?.outcome).toBe("replaced");
  });

  it("puts a mid-year form into results.mid beside the year-end result", () => {
    const target = base();
    (target.kpis[0] as Plan["kpis"][number]).result = { value: 3 };
    const mid = structuredClone(form);
    for (const k of mid.kpis) {
      if (k.result) k.results = { mid: k.result };
      delete k.result;
    }
    for (const r of mid.reviews ?? []) r.round = "mid";
    const m = mergeResults(target, mid, "mid", false);
    if (!m.ok) throw new Error("merge");
    const k = (m.plan.kpis as Plan["kpis"])[0];
    expect(k?.result).toEqual({ value: 3 });
    expect(k?.results?.mid?.value).toBe(5);
  });

  it("reports a KPI of a component the plan lacks instead of adding it when asked to (a workbook's rows are its KPIs)", () => {
    const m = mergeResults(base(), form, "end", false, { addMissing: false });
    if (!m.ok) throw new Error("merge");
    expect(m.entries.filter((e) => e.outcome === "unmatched").map((e) => e.from)).toEqual(["3.1-1", "3.2-1"]);
    expect((m.plan.kpis as Plan["kpis"]).map((k) => k.id)).not.toContain("3.1-1");
  });

  describe("the criteria of a mid-year form", () => {
    const midForm = imported(text(MID)).parsed;
    /** The health office's plan: the form's KPIs, budget disbursement with its year-end criteria. */
    const plan = (): Plan => {
      const p = withoutResults(midForm);
      const budget = p.kpis.find((k) => k.id === "3.2-1") as Plan["kpis"][number];
      for (const l of budget.rubric?.levels ?? []) l.criterion = [92, 94, 96, 98, 100][(l.level as number) - 1] as number;
      return p;
    };
    const criteriaOf = (m: ReturnType<typeof mergeResults>, id: string) => (m.ok ? (m.plan.kpis as Plan["kpis"]).find((k) => k.id === id)?.rubric?.rounds : "failed");

    it("become the plan's mid-year criteria where they differ from the year-end ones and the plan has none", () => {
      const m = mergeResults(plan(), midForm, "mid", false);
      expect(criteriaOf(m, "3.2-1")).toEqual({ mid: { criteria: [35, 40, 45, 50, 55] } });
      expect(criteriaOf(m, "1.2-1")).toBeUndefined();
      if (m.ok) expect(m.criteria.map((c) => [c.kpi, c.outcome, c.message.en])).toEqual([["3.2-1", "written", "KPI 3.2-1: mid-year criteria 35/40/45/50/55 written"]]);
    });

    it("leave the plan's own mid-year criteria alone without force, and replace them with it", () => {
      const p = plan();
      const budget = p.kpis.find((k) => k.id === "3.2-1") as Plan["kpis"][number];
      if (budget.rubric) budget.rubric.rounds = { mid: { criteria: [30, 35, 40, 45, 50] } };
      const kept = mergeResults(p, midForm, "mid", false);
      expect(criteriaOf(kept, "3.2-1")).toEqual({ mid: { criteria: [30, 35, 40, 45, 50] } });
      if (kept.ok) expect(kept.criteria.map((c) => c.outcome)).toEqual(["kept"]);
      expect(criteriaOf(mergeResults(p, midForm, "mid", true), "3.2-1")).toEqual({ mid: { criteria: [35, 40, 45, 50, 55] } });
    });

    it("are not taken from a year-end form", () => {
      const end = structuredClone(midForm);
      for (const k of end.kpis) {
        if (k.results?.mid) k.result = k.results.mid;
        delete k.results;
      }
      const m = mergeResults(plan(), end, "end", false);
      expect(criteriaOf(m, "3.2-1")).toBeUndefined();
    });
  });

  it("refuses another agency or another year, bilingually", () => {
    const other = mergeResults({ ...base(), agency: "สำนักอนามัย" }, form, "end", false);
    expect(other).toMatchObject({ ok: false, code: "AGENCY_DIFFERS" });
    const year = mergeResults({ ...base(), fiscalYear: 2566 }, form, "end", false);
    expect(year).toMatchObject({ ok: false, code: "YEAR_DIFFERS" });
    if (!year.ok) expect([year.message.th, year.message.en]).toEqual([expect.stringContaining("๒๕๖๖"), expect.stringContaining("2566")]);
    expect(mergeResults({ ...base(), agency: "สนศ." }, form, "end", false).ok).toBe(true);
  });
});

describe("kpi import --into", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "kpi-into-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const planFile = (): string => {
    const p = structuredClone(imported(text(END)).plan) as Record<string, unknown> & { kpis: Record<string, unknown>[] };
    for (const k of p.kpis) delete k.result;
    delete p.reviews;
    const path = join(dir, "plan.json");
    writeFileSync(path, JSON.stringify(p, null, 2));
    return path;
  };

  it("writes the results into the plan in place and prints what went where", async () => {
    const path = planFile();
    const io = capture();
    expect(await run(["import", END, "--into", path, "--lang", "en"], io)).toBe(0);
    const out = io.stdout.join("\n");
    expect(out).toContain("document: evaluation result form");
    expect(out).toContain("total (out of 100): recomputed 92.503 · printed 92.503");
    expect(out).toContain("KPI 1.1-2: result written");
    // Only the result rules apply to a result form: its "no problems" is not the whole plan's.
    expect(out).toContain("validation of the results only (a result form carries no definitions, level descriptions or action plan; kpi validate checks the whole plan): no problems");
    const plan = JSON.parse(readFileSync(path, "utf8")) as Plan;
    expect(plan.kpis.find((k) => k.id === "1.1-2")?.result?.value).toBe(4);
    expect(readdirSync(dir)).toEqual(["plan.json"]);
  });

  it("keeps results already there without --force (exit 1, file untouched), replaces them with it", async () => {
    const path = planFile();
    expect(await run(["import", END, "--into", path], capture())).toBe(0);
    const before = readFileSync(path, "utf8");
    const io = capture();
    expect(await run(["import", END, "--into", path, "--lang", "en"], io)).toBe(1);
    expect(io.stdout.join("\n")).toContain("use --force to replace it");
    expect(readFileSync(path, "utf8")).toBe(before);
    expect(await run(["import", END, "--into", path, "--force"], capture())).toBe(0);
  });

  it("writes to -o instead, never over an existing file without --force", async () => {
    const path = planFile();
    const out = join(dir, "out.json");
    writeFileSync(out, "precious");
    expect(await run(["import", END, "--into", path, "-o", out], capture())).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("precious");
    expect(await run(["import", END, "--into", path, "-o", out, "--force"], capture())).toBe(0);
    expect((JSON.parse(readFileSync(out, "utf8")) as Plan).kpis[0]?.result?.value).toBe(5);
  });

  it.each([
    ["another agency's form", MID, "the result form is สำนักอนามัย's but the plan is สำนักการศึกษา's"],
    ["a document that is no result form", join(SHARED, "seeds", "002_a41e8c2e0c8c4b4b.txt"), "--into takes a result form"],
  ])("%s: exit 2, a bilingual message, the plan untouched", async (_what, input, message) => {
    const path = planFile();
    const before = readFileSync(path, "utf8");
    const io = capture();
    expect(await run(["import", input, "--into", path], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain(message);
    expect(readFileSync(path, "utf8")).toBe(before);
  });
});
