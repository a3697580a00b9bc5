// The central office's year on the command line: frameworks new, check and show; --framework as a
// shipped id or a file for every command that takes it; templates for every agency at once.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { kpi } from "../helpers/cli";

const ROOT = resolve(__dirname, "../..");
const PLAN = join(ROOT, "test/fixtures/plans/fy2567-social-development.json");


let dir: string;
const at = (name: string): string => join(dir, name);
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kpi-year-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("kpi frameworks new, check and show", () => {
  it("starts next year's framework from this one, never over an existing file without --force", async () => {
    const made = await kpi("frameworks", "new", "--from", "bma-2566-bureau", "--year", "๒๕๖๘", "-o", at("fy2568.json"));
    expect(made.code).toBe(0);
    const fw = JSON.parse(readFileSync(at("fy2568.json"), "utf8")) as { id: string; fiscalYear: number; focusIssues: unknown[]; calendar: { deadlines: { date: string }[] } };
    expect([fw.id, fw.fiscalYear, fw.focusIssues, fw.calendar.deadlines[0]?.date]).toEqual(["bma-2568-bureau", 2568, [], "2024-05-05"]);
    const again = await kpi("frameworks", "new", "--from", "bma-2566-bureau", "--year", "2568", "-o", at("fy2568.json"));
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/exists; not overwritten/);
    expect((await kpi("frameworks", "new", "--from", at("fy2568.json"), "--year", "2569", "--kind", "district", "-o", at("fy2569d.json"))).code).toBe(0);
    expect(JSON.parse(readFileSync(at("fy2569d.json"), "utf8")).id).toBe("bma-2569-district");
    expect((await kpi("frameworks", "new", "--from", "bma-2566-bureau", "--year", "68", "-o", at("x.json"))).code).toBe(2);
    expect((await kpi("frameworks", "new", "--from", "bma-2566-bureau", "--year", "2568", "--kind", "office", "-o", at("x.json"))).code).toBe(2);
  });

  it("checks a file: 0 when valid, 1 with every problem (path, Thai, English), 2 when unreadable", async () => {
    expect((await kpi("frameworks", "new", "--from", "bma-2566-bureau", "--year", "2568", "-o", at("check.json"))).code).toBe(0);
    expect((await kpi("frameworks", "check", at("check.json"))).code).toBe(0);
    const fw = JSON.parse(readFileSync(at("check.json"), "utf8")) as { components: { weight: number; kpiCount: number }[]; calendar: { deadlines: { date: string }[] } };
    (fw.components[0] as { weight: number }).weight = 45;
    (fw.components[1] as { kpiCount: number }).kpiCount = 0;
    (fw.calendar.deadlines[0] as { date: string }).date = "2568-05-05";
    writeFileSync(at("broken.json"), JSON.stringify(fw));
    const r = await kpi("frameworks", "check", at("broken.json"));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/3 problems found/);
    expect(r.out).toMatch(/^ {2}components: น้ำหนักรวม 95 ไม่ใช่ ๑๐๐ \/ weights sum to 95, not 100$/m);
    expect(r.out).toMatch(/^ {2}components\[1\]\.kpiCount: .+ \/ component 2 holds 0 KPIs; it needs at least 1$/m);
    expect(r.out).toMatch(/^ {2}calendar\.deadlines\[0\]\.date: .+ \/ date 2568-05-05 lies outside the FY2568 cycle/m);
    const json = JSON.parse((await kpi("frameworks", "check", at("broken.json"), "--json")).out) as { problems: { rule: string }[] };
    expect(json.problems.map((p) => p.rule)).toEqual(["SCHEMA", "KPI_COUNT", "CALENDAR_DATE"]);
    writeFileSync(at("notjson.json"), "{ not json");
    expect((await kpi("frameworks", "check", at("notjson.json"))).code).toBe(2);
    expect((await kpi("frameworks", "check", at("missing.json"))).code).toBe(2);
  });

  it("shows a framework with its calendar and focus issues; --json as stored", async () => {
    const text = await kpi("frameworks", "show", "bma-2566-bureau", "--lang", "en");
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/5 May 2022 +deadline: KPIs of components 1 and 2 submitted/);
    expect(text.out).toMatch(/4\.12 .+ · ร้อยละ ๑๐๐ · Public Works Department, the 50 district offices/);
    const json = JSON.parse((await kpi("frameworks", "show", "bma-2566-bureau", "--json")).out) as {
      focusIssues: { no: number; heading: string; supportingKpis: { name: string; target: string; responsible: string[] }[] }[];
      calendar: { milestones: unknown[]; deadlines: unknown[] };
    };
    expect(json.focusIssues).toHaveLength(7);
    expect(Object.keys(json.focusIssues[0]?.supportingKpis[0] ?? {})).toEqual(["name", "target", "responsible"]);
    expect(json.focusIssues[0]?.supportingKpis[3]?.responsible).toEqual(["สนศ."]);
    expect(json.calendar.milestones).toHaveLength(9);
    expect((await kpi("frameworks", "show", at("fy2568.json"), "--json")).out).toMatch(/"id": "bma-2568-bureau"/);
    expect((await kpi("frameworks", "show", "bma-2599-bureau")).code).toBe(2);
  });
});

describe("--framework takes a shipped id or a file", () => {
  it("in validate, report, import and template; a broken file is refused listing its problems", async () => {
    expect((await kpi("frameworks", "new", "--from", "bma-2567-bureau", "--year", "2567", "-o", at("same2567.json"), "--force")).code).toBe(0);
    // bma-2567-bureau again, from a file: the fixture checks as it does against the shipped one.
    const shipped = await kpi("validate", PLAN, "--json");
    const file = await kpi("validate", PLAN, "--json", "--framework", at("same2567.json"));
    expect(file.out).toBe(shipped.out);
    expect((await kpi("report", PLAN, "--framework", at("same2567.json"))).code).toBe(0);
    const imported = await kpi("import", join(ROOT, "../shared/seeds/002_a41e8c2e0c8c4b4b.txt"), "--framework", at("same2567.json"), "--json");
    expect(JSON.parse(imported.out).plan.framework).toBe("bma-2567-bureau");
    expect((await kpi("template", "--framework", at("same2567.json"), "--agency", "สพส.", "-o", at("one.xlsx"))).code).toBe(0);

    writeFileSync(at("bad.json"), JSON.stringify({ format: "kpi-framework", version: 1, id: "BAD", ladder: [1] }));
    const bad = await kpi("validate", PLAN, "--framework", at("bad.json"));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/is not a usable framework/);
    expect(bad.err).toMatch(/^ {2}id: .+ \/ /m);
    expect(bad.err).toMatch(/^ {2}ladder: /m);
    const unknown = await kpi("template", "--framework", "bma-2599-bureau", "--agency", "สพส.", "-o", at("two.xlsx"));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown framework "bma-2599-bureau" \(known: .*bma-2567-bureau.*, or give a \.json file\)/);
  });
});

describe("kpi template --agencies", () => {
  it("writes one template per agency of the framework's kind, named by agency, with a one-line summary and no progress bar off a terminal", async () => {
    const r = await kpi("template", "--framework", "bma-2566-district", "--agencies", "all", "-o", at("districts"));
    expect(r.code).toBe(0);
    const files = readdirSync(at("districts"));
    expect(files).toHaveLength(50);
    expect(files).toContain("สำนักงานเขตบางรัก.xlsx");
    expect(r.out.split("\n")).toHaveLength(1);
    expect(r.out).toMatch(/wrote 50 templates to .*districts \(bma-2566-district\) in [\d.]+ s$/);
    expect(r.err).toBe("");
  }, 120_000);

  it("takes a list of names and abbreviations, and writes nothing when a file exists without --force", async () => {
    writeFileSync(at("list.txt"), "\uFEFFสนศ.\n\n# ยังไม่ส่ง\nสำนักการระบายน้ำ\nสนศ\n");
    const first = await kpi("template", "--framework", "bma-2566-bureau", "--agencies", at("list.txt"), "-o", at("some"));
    expect(first.code).toBe(0);
    expect(readdirSync(at("some")).sort()).toEqual(["สำนักการระบายน้ำ.xlsx", "สำนักการศึกษา.xlsx"]);
    expect(first.err).toMatch(/listed twice; skipped/);
    const before = statSync(at("some/สำนักการศึกษา.xlsx")).mtimeMs;
    rmSync(at("some/สำนักการระบายน้ำ.xlsx"));
    const again = await kpi("template", "--framework", "bma-2566-bureau", "--agencies", at("list.txt"), "-o", at("some"));
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/1 file exist; nothing was written/);
    expect(existsSync(at("some/สำนักการระบายน้ำ.xlsx"))).toBe(false);
    expect(statSync(at("some/สำนักการศึกษา.xlsx")).mtimeMs).toBe(before);
    expect((await kpi("template", "--framework", "bma-2566-bureau", "--agencies", at("list.txt"), "-o", at("some"), "--force")).code).toBe(0);
    expect(readdirSync(at("some"))).toHaveLength(2);
    expect((await kpi("template", "--framework", "bma-2566-bureau", "--agencies", at("nolist.txt"), "-o", at("none"))).code).toBe(2);
    expect((await kpi("template", "--framework", "bma-2566-bureau", "--agencies", "all", "-o", at("list.txt"))).code).toBe(2);
  }, 120_000);
});
