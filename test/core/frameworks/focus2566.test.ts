// FY2566's seven focus issues and 39 supporting KPIs, checked against seed 004: the memo's
// attachment (the primary copy) is read here as text, and the shipped data must say the same
// after the extraction garbles the framework's notes list are corrected.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findFramework } from "../../../src/core/frameworks/shipped";
import { focusKpisFor, isResponsible, responsibleName } from "../../../src/core/frameworks/focus";
import type { Framework } from "../../../src/core/schema/framework";

const SEED = readFileSync(join(__dirname, "../../../../shared/seeds/004_ab572a2837e04c01.txt"), "utf8");

/** Abbreviations the extraction garbled, and what they stand for (listed in the framework's notes). */
const AGENCY_FIXES: Record<string, string> = { "สนช.": "สนข.", "สปก.": "สปภ.", "สยบ.": "สยป.", "สกก.": "สำนักงาน ก.ก.", "สนอ": "สนอ." };
/** Words of KPI names the extraction garbled (listed in the framework's notes). */
const NAME_FIXES: [string, string][] = [
  ["ส่วนสาธารณะ", "สวนสาธารณะ"],
  ["ที่เข้าท่านะเป็นราย", "ที่ขึ้นทะเบียน"],
  ["ขุ่นชุน", "ชุมชน"],
  ["ชนชั้นและประชาชน", "ชุมชนและประชาชน"],
  ["ชั้นใหญ่", "ชิ้นใหญ่"],
  ["ปลดภัย", "ปลอดภัย"],
  ["พึงพิง", "พึ่งพิง"],
];

interface SeedKpi {
  issue: number;
  name: string;
  target: string;
  responsible: string[];
}

/** The memo's attachment on the focus issues: from its title to the calendar. */
function attachment(): string {
  const start = SEED.indexOf("ประเด็นมุ่งเน้นการพัฒนากรุงเทพมหานครสำหรับการจัดทำตัวชี้วัดเจรจาตกลงการประเมินผล\n");
  return SEED.slice(start, SEED.indexOf("ปฏิทินการจัดทำตัวชี้วัด", start));
}

/** The supporting-KPI tables of the attachment. */
function seedKpis(): SeedKpi[] {
  const out: SeedKpi[] = [];
  let issue = 0;
  const thaiNumber = (s: string): number => Number([...s].map((c) => "๐๑๒๓๔๕๖๗๘๙".indexOf(c)).join(""));
  for (const line of attachment().split("\n")) {
    const head = /^ประเด็นที่ ([๐-๙]+)/.exec(line);
    if (head) issue = thaiNumber(head[1] as string);
    const cells = line.split("\t");
    const row = /^([๐-๙]+)\.\s*(.*)$/.exec(cells[0] ?? "");
    if (cells.length !== 3 || !row) continue;
    const responsible = (cells[2] as string)
      .split(/\s+/)
      .map((t) => t.replace(/^และ/, ""))
      .filter((t) => t !== "")
      .map((t) => AGENCY_FIXES[t] ?? t);
    out.push({ issue, name: row[2] as string, target: (cells[1] as string).replace(/^-\s*/, ""), responsible });
  }
  return out;
}

const squash = (s: string): string => s.replace(/\s+/g, "");
const fixName = (s: string): string => NAME_FIXES.reduce((t, [a, b]) => t.split(a).join(b), s);

describe.each(["bma-2566-bureau", "bma-2566-district"])("%s: the focus issues of seed 004", (id) => {
  const fw = findFramework(id) as Framework;
  const issues = fw.focusIssues ?? [];
  const shipped = issues.flatMap((i) => i.supportingKpis.map((k) => ({ issue: i.no, ...k })));

  it("are seven, numbered 1 to 7, with 39 supporting KPIs (7, 8, 7, 13, 2, 1, 1)", () => {
    expect(issues.map((i) => i.no)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(issues.map((i) => i.supportingKpis.length)).toEqual([7, 8, 7, 13, 2, 1, 1]);
    expect(shipped).toHaveLength(39);
  });

  it("name every supporting KPI, target and responsible agency as the memo's attachment does", () => {
    const seed = seedKpis();
    expect(seed).toHaveLength(39);
    expect(shipped.map((k) => ({ issue: k.issue, name: squash(k.name), target: squash(k.target), responsible: k.responsible }))).toEqual(
      seed.map((k) => ({ issue: k.issue, name: squash(fixName(k.name)), target: squash(k.target), responsible: k.responsible })),
    );
  });

  it("head each issue with the strategy the attachment names", () => {
    const strategies = [...attachment().matchAll(/^ประเด็นที่ [๐-๙]+ (ยุทธศาสตร์ที่ [๐-๙]+)/gm)].map((m) => m[1]);
    expect(issues.map((i) => i.heading.split(" ").slice(0, 2).join(" "))).toEqual(strategies);
  });
});

describe("the supporting KPIs an agency is responsible for", () => {
  const fw = findFramework("bma-2566-bureau") as Framework;
  const numbers = (agency: string): string[] => focusKpisFor(fw, agency).map((k) => `${k.issue.no}.${k.index + 1}`);

  it("resolves abbreviations to the agency (สนศ. is the Education Department)", () => {
    expect(numbers("สำนักการศึกษา")).toEqual(["1.4", "1.5", "1.6", "7.1"]);
    expect(numbers("สนศ.")).toEqual(numbers("สำนักการศึกษา"));
  });

  it("gives every district office what สนข. is responsible for, and every agency what ทุกหน่วยงาน is", () => {
    expect(numbers("สำนักงานเขตบางรัก")).toEqual(["2.1", "3.2", "3.4", "3.5", "4.5", "4.7", "4.9", "4.10", "4.11", "4.12", "5.1", "7.1"]);
    expect(numbers("สำนักงานเขตบางรัก")).toEqual(numbers("เขตพระนคร"));
    expect(numbers("สำนักงานประชาสัมพันธ์")).toEqual(["7.1"]);
    expect(numbers("")).toEqual([]);
  });

  it("reads หน่วยงานที่เกี่ยวข้อง as the issue's related agencies", () => {
    const issue6 = fw.focusIssues?.[5];
    const kpi = issue6?.supportingKpis[0];
    if (!issue6 || !kpi) throw new Error("FY2566 has a sixth focus issue");
    expect(isResponsible(kpi, issue6, "สำนักยุทธศาสตร์และประเมินผล")).toBe(true);
    expect(isResponsible(kpi, issue6, "สำนักการโยธา")).toBe(false);
    expect(isResponsible(kpi, { ...issue6, relatedAgencies: ["สำนักการโยธา"] }, "สำนักการโยธา")).toBe(true);
  });

  it("names the responsible agencies in full, Thai and English", () => {
    expect(responsibleName("สนศ.")).toEqual({ th: "สำนักการศึกษา", en: "Education Department" });
    expect(responsibleName("สนข.")).toEqual({ th: "สำนักงานเขต ๕๐ เขต", en: "the 50 district offices" });
    expect(responsibleName("ทุกหน่วยงาน").en).toBe("every agency");
  });
});
