// kpi collect on a folder as the central office receives it: sealed and on time, late, never
// sealed, edited after sealing, two copies of one agency's plan, a plan of another year, a plan
// with errors, a JSON plan, a corrupt file and a JSON file that is no plan — each gets its
// status, the agencies that sent nothing are listed, the totals are kpi report's, and the
// consolidated workbook, the CSV and the basket are written.
import { mkdirSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { BUREAUS } from "../../src/core/agencies";
import { parseBasket } from "../../src/core/basket/format";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { buildSampleInbox } from "../helpers/collectSample";
import { agencyPlan, CORRUPT, deliver, planWorkbook } from "../helpers/inbox";
import { kpi, tempFolder } from "../helpers/cli";

jest.setTimeout(180_000);

const folder = tempFolder("kpi-collect-");
const ARRIVED = "2024-05-20T10:00:00+07:00";

interface FileJson {
  file: string;
  status: string;
  agency: string | null;
  seal: string | null;
  errors: number;
  daysLate: number | null;
  duplicates: string[];
}
interface AgencyJson {
  agency: string;
  file: string;
  seal: string;
  errors: number;
  warnings: number;
  late: boolean | null;
  total: number;
  selfTotal: number;
  rank: number | null;
  complete: boolean;
  components: { code: string; score: number; children: unknown[] }[];
}
interface CollectionJson {
  agencies: AgencyJson[];
  files: FileJson[];
  missing: string[];
  unreadable: { file: string; reason: string }[];
}

const name = (path: string): string => path.split("/").pop() as string;

describe("kpi collect on a folder of what arrived", () => {
  let inbox: string;
  let out: string;
  let json: CollectionJson;
  let code: number;

  beforeAll(async () => {
    inbox = await buildSampleInbox(folder());
    out = join(folder(), "out");
    mkdirSync(out);
    deliver(inbox, "รหัสผ่าน.xlsx", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), ARRIVED);
    deliver(inbox, "ว่าง.xlsx", "", ARRIVED);
    deliver(inbox, "ใหญ่.xlsx", Buffer.alloc(21 * 1024 * 1024), ARRIVED);
    deliver(inbox, "หนังสือนำส่ง.pdf", "%PDF-1.4", ARRIVED);
    deliver(inbox, "~$สำนักการศึกษา.xlsx", "lock", ARRIVED);
    // Read in two worker threads here; the lines for people below read one file after another.
    const run = await kpi("collect", inbox, "--due", "2024-05-31", "-o", join(out, "รวม.xlsx"), "--csv", join(out, "คะแนน.csv"), "--basket", join(out, "basket.jsonl"), "--json", "--jobs", "2");
    code = run.code;
    json = JSON.parse(run.out) as CollectionJson;
  });

  it("exits 1: something is missing, late, invalid or unsealed", () => {
    expect(code).toBe(1);
  });

  it("gives each file its status", () => {
    const byFile = Object.fromEntries(json.files.map((f) => [name(f.file), f]));
    expect(Object.keys(byFile).sort()).toEqual(
      ["corrupt.xlsx", "notes.json", "รหัสผ่าน.xlsx", "ว่าง.xlsx", "ใหญ่.xlsx", "สนน.xlsx", "สำนักการคลัง.xlsx", "สำนักการแพทย์.xlsx", "สำนักการศึกษา.xlsx", "สำนักการโยธา-ฉบับแรก.xlsx", "สำนักการโยธา.xlsx", "สำนักพัฒนาสังคม.json", "สำนักอนามัย.xlsx", "สำนักเทศกิจ-2566.json"].sort(),
    );
    expect(byFile["สำนักการศึกษา.xlsx"]).toMatchObject({ status: "counted", seal: "intact", errors: 0, daysLate: 0 });
    expect(byFile["สนน.xlsx"]).toMatchObject({ status: "counted", agency: "สำนักการระบายน้ำ", seal: "intact", daysLate: 3 });
    expect(byFile["สำนักอนามัย.xlsx"]).toMatchObject({ status: "counted", seal: "none" });
    expect(byFile["สำนักการแพทย์.xlsx"]).toMatchObject({ status: "counted", seal: "changed" });
    expect(byFile["สำนักการโยธา.xlsx"]).toMatchObject({ status: "counted", duplicates: [join(inbox, "สำนักการโยธา-ฉบับแรก.xlsx")] });
    expect(byFile["สำนักการโยธา-ฉบับแรก.xlsx"]).toMatchObject({ status: "superseded", duplicates: [join(inbox, "สำนักการโยธา.xlsx")] });
    expect(byFile["สำนักการคลัง.xlsx"]?.status).toBe("counted");
    expect(byFile["สำนักการคลัง.xlsx"]?.errors).toBeGreaterThan(0);
    expect(byFile["สำนักเทศกิจ-2566.json"]).toMatchObject({ status: "other-year", agency: "สำนักเทศกิจ" });
    expect(byFile["สำนักพัฒนาสังคม.json"]).toMatchObject({ status: "counted", seal: "json" });
    expect(byFile["corrupt.xlsx"]).toMatchObject({ status: "unreadable", agency: null });
    expect(byFile["notes.json"]).toMatchObject({ status: "unreadable" });
  });

  it("lists the files that could not be read with the reason", () => {
    // In Thai order, as the status sheet lists them.
    expect(json.unreadable.map((u) => [name(u.file), u.reason])).toEqual([
      ["รหัสผ่าน.xlsx", expect.stringMatching(/is password-protected or an old-format \(\.xls\) workbook: save it as \.xlsx without a password/)],
      ["ว่าง.xlsx", expect.stringMatching(/is empty \(0 bytes\)$/)],
      ["ใหญ่.xlsx", expect.stringMatching(/file size 21 MB, past the limit of 20 MB/)],
      ["corrupt.xlsx", expect.stringMatching(/is not a readable \.xlsx file/)],
      ["notes.json", expect.stringMatching(/is not a kpi-plan v1 document/)],
    ]);
  });

  it("lists every bureau from which no plan of the year arrived, in the agency list's order", () => {
    const sent = ["สำนักการศึกษา", "สำนักการระบายน้ำ", "สำนักอนามัย", "สำนักการแพทย์", "สำนักการโยธา", "สำนักการคลัง", "สำนักพัฒนาสังคม"];
    expect(json.missing).toEqual(BUREAUS.map((b) => b.name).filter((n) => !sent.includes(n)));
    expect(json.missing).toContain("สำนักเทศกิจ");
  });

  it("gives each agency the totals kpi report gives for its file", async () => {
    expect(json.agencies).toHaveLength(7);
    for (const a of json.agencies) {
      const report = JSON.parse((await kpi("report", a.file, "--json")).out) as { total: number; selfTotal: number; components: { code: string; score: number }[] };
      expect({ agency: a.agency, total: a.total, selfTotal: a.selfTotal }).toEqual({ agency: a.agency, total: report.total, selfTotal: report.selfTotal });
      expect(a.components.map((c) => [c.code, c.score])).toEqual(report.components.map((c) => [c.code, c.score]));
    }
  });

  it("ranks the plans with complete results, ties sharing a rank", () => {
    expect(json.agencies.every((a) => a.complete)).toBe(true);
    expect(json.agencies[0]).toMatchObject({ agency: "สำนักการศึกษา", rank: 1 });
    // สำนักการคลัง's 1.1-1 weighs 15: the highest total, but a plan with errors is not ranked (its scores may be wrong).
    expect(json.agencies[json.agencies.length - 1]).toMatchObject({ agency: "สำนักการคลัง", rank: null });
    const ranked = json.agencies.filter((a) => a.rank !== null);
    expect(ranked.map((a) => a.total)).toEqual(ranked.map((a) => a.total).sort((x, y) => y - x));
    const social = json.agencies.find((a) => a.agency === "สำนักพัฒนาสังคม");
    const drainage = json.agencies.find((a) => a.agency === "สำนักการระบายน้ำ");
    expect(social?.total).toBe(drainage?.total);
    expect(social?.rank).toBe(drainage?.rank);
  });

  it("writes the consolidated workbook: status, scores and ranking, chart, a sheet per component, every KPI, every finding", async () => {
    const wb = await XlsxWorkbook.open(join(out, "รวม.xlsx"));
    expect(wb.workbook.worksheets.map((w) => w.name)).toEqual(["สถานะการส่ง", "คะแนนและอันดับ", "กราฟคะแนนรวม", "องค์ประกอบ ๑", "องค์ประกอบ ๒", "องค์ประกอบ ๓", "ตัวชี้วัดทั้งหมด", "ข้อค้นพบ"]);
    const findings = (await wb.readSheets(["ข้อค้นพบ"])).get("ข้อค้นพบ")!.values;
    const finance = findings.filter((r) => r[0] === "สำนักการคลัง");
    expect(finance.length).toBeGreaterThan(0);
    expect(finance.map((r) => r[5])).toContain("'ตัวชี้วัด'!I22  weight");
    const status = (await wb.readSheets(["สถานะการส่ง"])).get("สถานะการส่ง")!.values;
    expect(status[4]?.slice(0, 3)).toEqual(["ลำดับ", "หน่วยงาน", "สถานะ"]);
    expect(status[3]?.slice(0, 3)).toEqual(["No.", "Agency", "Status"]);
    expect(status.filter((r) => r[1] === "สำนักเทศกิจ").map((r) => r[2])).toEqual(["ปีงบประมาณอื่น / another fiscal year", "ไม่ได้ส่ง / nothing received"]);
    const ws = wb.workbook.getWorksheet("สถานะการส่ง")!;
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9 });
    expect(ws.getCell("B6").font).toMatchObject({ name: "TH Sarabun New", size: 16 });
    expect(ws.getTables().length).toBe(1);
  });

  it("writes the scores table as CSV", () => {
    const csv = readFileSync(join(out, "คะแนน.csv"), "utf8");
    const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^อันดับ \/ rank,หน่วยงาน \/ agency,1 ตนเอง \/ 1 self,/);
    expect(lines).toHaveLength(8);
    expect(lines[1]).toMatch(/^1,สำนักการศึกษา,/);
    expect(lines[7]).toMatch(/^,สำนักการคลัง,.*,แผนมีข้อผิดพลาด \/ plan has errors,แผนมีข้อผิดพลาด ๔ รายการ .* \/ the plan has 4 errors; its scores may be wrong \(see the findings\),/);
  });

  it("puts every KPI of the plans counted into the basket", () => {
    const basket = parseBasket(readFileSync(join(out, "basket.jsonl"), "utf8"));
    expect(basket.problems).toEqual([]);
    expect(new Set(basket.entries.map((e) => e.agency)).size).toBe(7);
    expect(basket.entries.every((e) => e.year === 2567 && !["2", "3.1", "3.2"].includes(e.component))).toBe(true);
  });

  it("says it in lines for people, in Thai or English; read one file after another, the same as in threads", async () => {
    const inline = JSON.parse((await kpi("collect", inbox, "--due", "2024-05-31", "--json")).out) as CollectionJson;
    expect(inline.files).toEqual(json.files);
    expect(inline.agencies).toEqual(json.agencies);
    const en = await kpi("collect", inbox, "--due", "2024-05-31", "--lang", "en");
    expect(en.code).toBe(1);
    expect(en.out).toMatch(/^bma-2567-bureau \(the framework most plans use\) · fiscal year 2567 · year-end results · due 31 May 2024$/m);
    expect(en.out).toMatch(/^✓ สำนักการศึกษา · .*สำนักการศึกษา\.xlsx · sealed, intact, 0 errors, 0 warnings · total 79\.470 \(self 88\.000\) · rank 1$/m);
    expect(en.out).toMatch(/^✗ สำนักการระบายน้ำ · .*สนน\.xlsx · sealed, intact, 0 errors, 0 warnings, 3 days late · total 75\.470/m);
    expect(en.out).toMatch(/^skipped, not plans \(1\): .*หนังสือนำส่ง\.pdf$/m);
    expect(en.out).toMatch(/^unreadable \(5\):$/m);
    expect(en.out).not.toMatch(/~\$/);
    const th = await kpi("collect", inbox, "--due", "2024-05-31");
    expect(th.out).toMatch(/^ไม่ได้ส่ง \(๑๕\): สำนักยุทธศาสตร์และประเมินผล, /m);
  });

  it("never writes over an existing output without --force", async () => {
    const again = await kpi("collect", inbox, "-o", join(out, "รวม.xlsx"));
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/exists; not overwritten/);
  });
});

describe("kpi collect when every bureau sent a valid, sealed plan on time", () => {
  it("exits 0", async () => {
    const inbox = join(folder(), "complete");
    mkdirSync(inbox);
    for (const [i, b] of BUREAUS.entries()) deliver(inbox, `${i}.xlsx`, await planWorkbook(agencyPlan(b.name, i), undefined, { seal: true }), ARRIVED);
    const r = await kpi("collect", inbox, "--due", "2024-05-31", "--lang", "en");
    expect(r.out.split("\n").pop()).toBe("complete: every agency sent a valid, sealed plan on time");
    expect(r.code).toBe(0);
  });
});

describe("kpi collect on input it cannot read at all", () => {
  it("exits 2 for a folder that does not exist, one without plans, and files none of which is a plan", async () => {
    const missing = await kpi("collect", join(folder(), "no-such-folder"));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read .*no-such-folder \(ENOENT\)/);
    const empty = join(folder(), "empty");
    mkdirSync(empty);
    writeFileSync(join(empty, "letter.docx"), "x");
    const none = await kpi("collect", empty);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/no plan files \(\.xlsx, \.json\) in .*empty \(1 other file\)/);
    const junk = join(folder(), "junk");
    mkdirSync(junk);
    deliver(junk, "a.xlsx", CORRUPT, ARRIVED);
    const unreadable = await kpi("collect", junk, "-o", join(folder(), "junk.xlsx"));
    expect(unreadable.code).toBe(2);
    expect(unreadable.err).toMatch(/none of the 1 file could be read as a plan/);
    expect(existsSync(join(folder(), "junk.xlsx"))).toBe(false);
  });

  it("with --framework still lists who sent nothing, and exits 2", async () => {
    const r = await kpi("collect", join(folder(), "junk"), "--framework", "bma-2567-bureau", "--json");
    expect(r.code).toBe(2);
    expect((JSON.parse(r.out) as CollectionJson).missing).toHaveLength(BUREAUS.length);
  });

  it("refuses a bad --round, --due or --jobs", async () => {
    expect((await kpi("collect", folder(), "--round", "q3")).code).toBe(2);
    expect((await kpi("collect", folder(), "--due", "soon")).err).toMatch(/is no date/);
    expect((await kpi("collect", folder(), "--jobs", "-1")).err).toMatch(/--jobs must be a whole number 0–64 or auto/);
  });
});

describe("text from an agency's cells in the consolidated workbook and the CSV", () => {
  const HOSTILE = ['=HYPERLINK("http://evil.example","คลิก")', "=1+1", "+66 2 123 4567", "-5 นาที", "@SUM(A1:A9)"];

  it("arrives as text, never as a formula", async () => {
    const inbox = join(folder(), "hostile");
    mkdirSync(inbox);
    const plan = agencyPlan(HOSTILE[0] as string);
    const bytes = await planWorkbook(plan, undefined, {
      seal: true,
      edit: (set) => {
        set("ชื่อตัวชี้วัด", "1.1-2", HOSTILE[1] as string);
        set("เป้าหมาย", "1.1-3", HOSTILE[2] as string);
        set("เป้าหมาย", "1.3-2", HOSTILE[3] as string);
        set("เป้าหมาย", "1.3-1", HOSTILE[4] as string);
      },
    });
    deliver(inbox, "x.xlsx", bytes, ARRIVED);
    const target = join(folder(), "hostile.xlsx");
    const csv = join(folder(), "hostile.csv");
    const r = await kpi("collect", inbox, "-o", target, "--csv", csv);
    expect(r.code).toBe(1);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    const texts: string[] = [];
    const formulas: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value;
          if (typeof v === "string") texts.push(v);
          else if (v && typeof v === "object" && "formula" in v) formulas.push(String(v.formula));
        }),
      ),
    );
    for (const h of HOSTILE) expect(texts).toContain(h);
    // Every formula is the workbook's own: sums, counts, ranks and references to its sheets.
    for (const f of formulas) expect(f).toMatch(/^(SUM|IF|COUNTIFS?|AVERAGE|MAX|MIN|'[^']+'!|[A-Z]+\d+[-/]|[A-Z]+\d+$)/);
    expect(formulas.some((f) => /HYPERLINK|evil|1\+1/.test(f))).toBe(false);

    const lines = readFileSync(csv, "utf8").split("\r\n");
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""คลิก"")"`);
  });
});

describe("text longer than a cell holds, from a JSON plan (whose texts are unbounded)", () => {
  it("exits 2 naming the cell of the consolidated workbook and its first words; nothing is written", async () => {
    const inbox = join(folder(), "long");
    mkdirSync(inbox);
    const plan = agencyPlan("สำนักการโยธา");
    const first = plan.kpis[0];
    if (!first) throw new Error("no KPI");
    first.name = `ตัวชี้วัดยาว ${"ก".repeat(40_000)}`;
    deliver(inbox, "long.json", Buffer.from(JSON.stringify(plan)), ARRIVED);
    const target = join(folder(), "long.xlsx");
    const csv = join(folder(), "long.csv");
    const r = await kpi("collect", inbox, "-o", target, "--csv", csv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/จึงไม่ได้สร้างแผ่นสรุป: ข้อความในเซลล์ ขึ้นต้นว่า "ตัวชี้วัดยาว ก+…" ยาว ๔๐,๐๑๓ ตัวอักษร \('[^']+'![A-Z]+\d+\)/);
    expect(r.err).toMatch(/the text in the cell starting "ตัวชี้วัดยาว ก+…" is 40,013 characters long/);
    expect(existsSync(target)).toBe(false);
    expect(existsSync(csv)).toBe(false);
  });
});
