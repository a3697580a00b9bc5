// The KPI basket: a JSON Lines file (header, one KPI a line) that grows year by year, and the
// search that ranks past KPIs by Thai words found by a word segmenter, not by letter pairs alone.
import { basketEntries } from "../../src/core/basket/entries";
import { mergeBasket, parseBasket, serializeBasket, type BasketKpi } from "../../src/core/basket/format";
import { searchBasket } from "../../src/core/basket/search";
import { hasWordSegmenter, words } from "../../src/core/basket/segment";
import { collect } from "../../src/core/collect/collect";
import { pastKpi } from "../helpers/basket";
import { agencyPlan } from "../helpers/inbox";
import { framework2567 } from "../helpers/plan";

const kpi = (name: string, extra: Partial<BasketKpi> = {}): BasketKpi => pastKpi(name, { id: `1-${name.length}`, ...extra });

describe("the basket file", () => {
  it("is a header line, then one KPI a line in a stable order, and reads back the same", () => {
    const entries = [kpi("ข", { year: 2567 }), kpi("ก", { agency: "สำนักการศึกษา" }), kpi("ค")];
    const text = serializeBasket(entries);
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe('{"format":"kpi-basket","version":1}');
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).map((l) => (JSON.parse(l) as BasketKpi).name)).toEqual(["ก", "ค", "ข"]);
    // Keys in the schema's order, whatever order the entry was built in.
    expect(Object.keys(JSON.parse(lines[1] as string) as object).slice(0, 3)).toEqual(["year", "framework", "agency"]);
    expect(parseBasket(text)).toEqual({ entries: expect.arrayContaining(entries), problems: [] });
  });

  it("names every line that is no KPI, and a file that is no basket", () => {
    const text = `${serializeBasket([kpi("ก")])}{"year":"soon"}\nnot json\n`;
    const parsed = parseBasket(text);
    expect(parsed.entries).toHaveLength(1);
    expect(parsed.problems.map((p) => [p.line, p.message.en.split(":")[0]])).toEqual([
      [3, "not a basket KPI"],
      [4, "not JSON"],
    ]);
    expect(parseBasket('{"format":"kpi-plan","version":1}\n').problems[0]?.message.en).toMatch(/the first line must be/);
    expect(parseBasket("").problems[0]?.message.en).toMatch(/empty/);
  });

  it("grows: a year's plan of an agency collected again replaces its KPIs, other years and agencies stay", () => {
    const before = [kpi("ก", { year: 2565 }), kpi("ข", { year: 2566 }), kpi("ค", { year: 2566, agency: "สำนักการศึกษา" })];
    const again = [kpi("ง", { year: 2566 })];
    expect(mergeBasket(before, again).map((e) => e.name)).toEqual(["ก", "ค", "ง"]);
  });

  it("takes every KPI of the plans counted, with the round's results and scores, but not the shared components' standard KPIs", () => {
    const fw = framework2567();
    const plan = agencyPlan("สำนักการศึกษา");
    const c = collect([{ file: "a.xlsx", modified: 0, read: { ok: true, plan, framework: fw, findings: [], seal: "intact" } }], fw);
    const entries = basketEntries(c, new Date("2024-10-01T00:00:00Z"));
    expect(entries.map((e) => e.id)).toEqual(["1.1-1", "1.1-2", "1.1-3", "1.2-1", "1.3-1", "1.3-2"]);
    expect(entries[2]).toMatchObject({ year: 2567, agency: "สำนักการศึกษา", component: "1.1", result: 93, self: 95, weight: 10, round: "end", collected: "2024-10-01T00:00:00.000Z" });
    expect(entries[2]?.score).toBeCloseTo(7.2, 9);
    expect(entries[2]?.rubric?.levels).toHaveLength(5);
    expect(parseBasket(serializeBasket(entries)).entries).toEqual(entries);
  });
});

describe("searching the basket", () => {
  const basket = [
    kpi("ร้อยละของปริมาณขยะมูลฝอยที่ลดลง"),
    kpi("ร้อยละของการคัดแยกขยะต้นทาง", { agency: "สำนักงานเขตบางรัก", year: 2565 }),
    kpi("ระดับความสำเร็จในการจัดทำแผนปฏิบัติการ", { component: "1.1", id: "1.1-1" }),
    kpi("ระดับความสำเร็จในการจัดทำแผนที่ภาษี", { component: "1.2", id: "1.2-1", agency: "สำนักการคลัง" }),
    kpi("ร้อยละของคลองที่มีคุณภาพน้ำดีขึ้น", { agency: "สำนักการระบายน้ำ" }),
  ];

  it("splits Thai into words with the platform's word segmenter", () => {
    expect(hasWordSegmenter).toBe(true);
    expect(words("ร้อยละของปริมาณขยะมูลฝอยที่ลดลง")).toEqual(expect.arrayContaining(["ขยะ", "มูลฝอย", "ปริมาณ"]));
    expect(words("แผนที่ภาษี")).toEqual(["แผนที่", "ภาษี"]);
    expect(words("ร้อยละ ๘๐")).toContain("80");
  });

  it("ranks the KPIs sharing the most telling words first", () => {
    const hits = searchBasket(basket, "ขยะมูลฝอย");
    expect(hits.map((h) => h.entry.name)).toEqual(["ร้อยละของปริมาณขยะมูลฝอยที่ลดลง", "ร้อยละของการคัดแยกขยะต้นทาง"]);
    expect(hits[0]?.matched).toEqual(["ขยะ", "มูลฝอย"]);
    expect(hits[0]!.similarity).toBeGreaterThan(hits[1]!.similarity);
  });

  it("matches words, not letters that happen to sit side by side: แผน (plan) does not find แผนที่ (map)", () => {
    expect(searchBasket(basket, "แผน").map((h) => h.entry.name)).toEqual(["ระดับความสำเร็จในการจัดทำแผนปฏิบัติการ"]);
  });

  it("filters by agency (an abbreviation or a district's short name), year and component", () => {
    expect(searchBasket(basket, "ขยะ", { agency: "เขตบางรัก" }).map((h) => h.entry.agency)).toEqual(["สำนักงานเขตบางรัก"]);
    expect(searchBasket(basket, "", { agency: "สนน." }).map((h) => h.entry.agency)).toEqual(["สำนักการระบายน้ำ"]);
    expect(searchBasket(basket, "ขยะ", { years: [2566] })).toHaveLength(1);
    expect(searchBasket(basket, "ระดับความสำเร็จ", { component: "1" }).map((h) => h.entry.id).sort()).toEqual(["1.1-1", "1.2-1"]);
  });

  it("lists everything, newest year first, without words; finds nothing for words no KPI has", () => {
    expect(searchBasket(basket, "")[0]?.entry.year).toBe(2566);
    expect(searchBasket(basket, "", {}, 2)).toHaveLength(2);
    expect(searchBasket(basket, "ดาวเทียม")).toEqual([]);
  });
});
