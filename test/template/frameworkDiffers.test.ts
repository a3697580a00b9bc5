// A workbook keeps the framework it was agreed with. When the shipped framework of its id, or a
// framework given by the caller (--framework), differs, the one read says so as a warning and
// says which framework it used.
import { findFramework } from "../../src/core/frameworks/shipped";
import type { Framework } from "../../src/core/schema/framework";
import { templatePlan } from "../../src/layout/templatePlan";
import { insertTemplate } from "../../src/template/insert";
import { readTemplate } from "../../src/template/read";
import { MemoryWorkbook } from "../workbook/memory";

const SHIPPED = findFramework("bma-2566-district") as Framework;

/** Seed 004: the committee cut component 2 to one KPI and component 3 to two for district offices. */
function cut(): Framework {
  const fw = structuredClone(SHIPPED);
  for (const c of fw.components) {
    if (c.code === "2") c.kpiCount = 1;
    if (c.code === "3") c.kpiCount = 2;
  }
  return fw;
}

async function workbook(framework: Framework): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await insertTemplate(wb, templatePlan(framework, { agency: "สำนักงานเขตบางรัก" }), framework);
  return wb;
}

describe("a workbook made with an amended framework", () => {
  it("is read with the framework it was agreed with, and says the shipped one differs", async () => {
    const back = await readTemplate(await workbook(cut()));
    expect(back.frameworkSource).toBe("stored");
    expect(back.framework.components.find((c) => c.code === "2")?.kpiCount).toBe(1);
    const issues = back.issues.filter((i) => i.code === "FRAMEWORK_DIFFERS");
    expect(issues).toHaveLength(1);
    expect(issues[0]?.severity).toBe("warning");
    expect(issues[0]?.where).toEqual({ sheet: "ข้อมูลแม่แบบ", cell: "B7" });
    expect(issues[0]?.message.th).toMatch(/ต่างจากที่มากับโปรแกรม \(ต่างกันที่: องค์ประกอบ จำนวนตัวชี้วัด และน้ำหนัก\) จึงตรวจตามกรอบในสมุดงาน/);
  });

  it("says which framework was used when the caller gives another", async () => {
    const back = await readTemplate(await workbook(cut()), { framework: SHIPPED });
    expect(back.frameworkSource).toBe("given");
    expect(back.framework).toBe(SHIPPED);
    const issue = back.issues.find((i) => i.code === "FRAMEWORK_DIFFERS");
    expect(issue?.message.en).toBe(
      "checked against the given framework bma-2566-district, which differs from the framework bma-2566-district stored in this workbook (in: components, KPI counts and weights)",
    );
  });

  it("says nothing when the framework is the shipped one, or the given one is the stored one", async () => {
    expect((await readTemplate(await workbook(SHIPPED))).issues).toEqual([]);
    expect((await readTemplate(await workbook(cut()), { framework: cut() })).issues).toEqual([]);
  });
});

describe("a workbook whose stored framework cannot be read", () => {
  /** The metadata sheet's framework JSON replaced by `json` (what an edit by hand or a broken copy leaves). */
  async function broken(json: (text: string) => string): Promise<MemoryWorkbook> {
    const wb = await workbook(SHIPPED);
    const meta = wb.sheet("ข้อมูลแม่แบบ");
    const at = [...(meta?.cells ?? [])].find(([, c]) => typeof c.value === "string" && c.value.startsWith("{"));
    if (!at) throw new Error("no framework JSON");
    wb.type("ข้อมูลแม่แบบ", at[0], json(String(at[1].value)));
    return wb;
  }

  it("is checked against the shipped framework of its id, and says so and why (not silently)", async () => {
    const wb = await broken((text) => text.replace('"ladder":[60,70,80,90,100]', '"ladder":[100,90,80,70,60]'));
    const back = await readTemplate(wb);
    expect(back.frameworkSource).toBe("shipped");
    const issues = back.issues.filter((i) => i.code.startsWith("FRAMEWORK_"));
    expect(issues.map((i) => [i.code, i.severity, i.where])).toEqual([["FRAMEWORK_UNREADABLE", "warning", { sheet: "ข้อมูลแม่แบบ", cell: "B8" }]]);
    expect(issues[0]?.message.en).toMatch(/^the framework stored in this workbook cannot be read \(ladder: .*ladder must increase\); checked against the shipped framework bma-2566-district$/);
    expect(issues[0]?.message.th).toMatch(/^อ่านกรอบการประเมินที่เก็บในสมุดงานไม่ได้ \(.+\) จึงตรวจตามกรอบ bma-2566-district ที่มากับโปรแกรม$/);
  });

  it("says so when it is not JSON, also when the caller gives a framework", async () => {
    const wb = await broken((text) => text.slice(0, 100));
    const back = await readTemplate(wb, { framework: SHIPPED });
    expect(back.issues.filter((i) => i.code === "FRAMEWORK_UNREADABLE").map((i) => i.message.en)).toEqual([
      "the framework stored in this workbook cannot be read (ไม่ใช่ JSON / not JSON); checked against the given framework bma-2566-district",
    ]);
  });
});

