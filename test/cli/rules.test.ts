// kpi rules lists every rule the check applies, with what it asks, in both languages.
import { RULE_CODES } from "../../src/core/validation/finding";
import { kpi } from "../helpers/cli";

describe("kpi rules", () => {
  it("lists every rule code once, with its severity and what it checks, in Thai by default", async () => {
    const r = await kpi("rules");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines).toHaveLength(RULE_CODES.length);
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual([...RULE_CODES]);
    expect(lines.find((l) => l.startsWith("DUPLICATE_ID"))).toMatch(/ข้อผิดพลาด\s+\S/);
    expect(lines.find((l) => l.startsWith("SIGNOFF_MISSING"))).toMatch(/คำเตือน/);
  });

  it("prints JSON with Thai and English descriptions, and English with --lang en", async () => {
    const json = JSON.parse((await kpi("rules", "--json")).out) as { code: string; severity: string; rule: { th: string; en: string } }[];
    expect(json.map((r) => r.code)).toEqual([...RULE_CODES]);
    for (const r of json) {
      expect(r.rule.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(r.rule.en).not.toMatch(/[\u0E00-\u0E7F]/);
    }
    expect(json.find((r) => r.code === "WEIGHT_TOTAL")).toEqual({ code: "WEIGHT_TOTAL", severity: "error", rule: expect.objectContaining({ en: "KPI weights of the plan sum to 100" }) });
    const en = await kpi("rules", "--lang", "en");
    expect(en.out).toMatch(/^WEIGHT_TOTAL\s+error\s+KPI weights of the plan sum to 100$/m);
  });

  it("refuses an unknown language with exit 2", async () => {
    const r = await kpi("rules", "--lang", "fr");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--lang/);
  });
});
