// The seal: canonical JSON, SHA-256, where it lives in a workbook, the same digest whatever adapter
// reads the plan, and `kpi validate` on a received .xlsx.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import type { Io } from "../../src/cli/io";
import { run } from "../../src/cli/main";
import { createOfficePort } from "../../src/excel/officePort";
import { canonicalJson } from "../../src/core/canonicalJson";
import { checkSeal, makeSeal, PLAN_ONLY_METHOD, planDigest, sealDigest, sealMessage, sealTime, SEAL_METHOD, type Seal } from "../../src/seal/seal";
import { readSeal, SEAL_KEYS, sealFromGrid } from "../../src/seal/store";
import { sealBlock } from "../../src/seal/writeSeal";
import { parseRange } from "../../src/workbook/a1";
import { MemoryWorkbook } from "../workbook/memory";
import { insertTemplate } from "../../src/template/insert";
import { readTemplate } from "../../src/template/read";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { FakeOfficeHost } from "../taskpane/fakeOfficeHost";
import { FW, goodPlan } from "../taskpane/helpers";

const META = "ข้อมูลแม่แบบ";

describe("canonical JSON", () => {
  it("orders keys at every depth and drops undefined, keeping arrays in order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: undefined, x: null }], c: "ก" } })).toBe('{"a":{"c":"ก","d":[3,{"x":null,"z":1}]},"b":1}');
  });

  it("writes numbers as JSON does, -0 as 0, non-finite as null; strings exactly as held", () => {
    expect(canonicalJson([0.1 + 0.2, -0, NaN, Infinity, 1e21, "๑๐ ", "e\u0301"])).toBe('[0.30000000000000004,0,null,null,1e+21,"๑๐ ","e\u0301"]');
  });

  it("does not depend on the order the keys were added", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        return canonicalJson(obj) === canonicalJson(reversed);
      }),
    );
  });

  it("refuses cycles", () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => canonicalJson(a)).toThrow(/cycle/);
  });
});

describe("the seal", () => {
  it("is the SHA-256 of the canonical JSON, whatever the key order of the plan", async () => {
    const plan = goodPlan();
    const shuffled = JSON.parse(JSON.stringify(plan, Object.keys(plan).reverse())) as typeof plan;
    expect(await planDigest(plan)).toMatch(/^[0-9a-f]{64}$/);
    expect(await planDigest({ ...shuffled, ...plan })).toBe(await planDigest(plan));
    // A known vector: SHA-256("{}").
    expect(await planDigest({} as never)).toBe("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
  });

  const stored = JSON.stringify(FW);

  it("breaks on any change to the plan", async () => {
    const plan = goodPlan();
    const seal = await makeSeal({ plan, frameworkJson: stored }, { framework: FW.id, layoutVersion: 1 });
    expect(seal.method).toBe(SEAL_METHOD);
    expect((await checkSeal({ plan, frameworkJson: stored }, seal)).status).toBe("intact");
    const edited = goodPlan();
    (edited.kpis[0] as { target: string }).target += " ";
    expect(await checkSeal({ plan: edited, frameworkJson: stored }, seal)).toMatchObject({ status: "changed", digest: await sealDigest({ plan: edited, frameworkJson: stored }, seal) });
    expect((await checkSeal({ plan, frameworkJson: stored }, null)).status).toBe("none");
    expect((await checkSeal({ plan, frameworkJson: stored }, { ...seal, method: "md5" })).status).toBe("unknown-method");
  });

  it("breaks on a change to the framework stored in the workbook, but not on how its JSON is laid out", async () => {
    const plan = goodPlan();
    const seal = await makeSeal({ plan, frameworkJson: stored }, { framework: FW.id, layoutVersion: 1 });
    const lighter = JSON.stringify({ ...FW, components: FW.components.map((c, i) => (i === 0 ? { ...c, weight: c.weight - 10 } : c)) });
    expect((await checkSeal({ plan, frameworkJson: lighter }, seal)).status).toBe("changed");
    expect((await checkSeal({ plan, frameworkJson: null }, seal)).status).toBe("changed");
    expect((await checkSeal({ plan, frameworkJson: JSON.stringify(FW, null, 2) }, seal)).status).toBe("intact");
  });

  it("breaks on a change to its own framework, time or layout fields", async () => {
    const sealed = { plan: goodPlan(), frameworkJson: stored };
    const seal = await makeSeal(sealed, { framework: FW.id, layoutVersion: 1, now: new Date("2024-05-12T03:05:00Z") });
    for (const change of [{ framework: "bma-2566-bureau" }, { time: "2024-05-13T03:05:00.000Z" }, { layoutVersion: 2 }] satisfies Partial<Seal>[]) {
      expect((await checkSeal(sealed, { ...seal, ...change })).status).toBe("changed");
    }
  });

  it("still verifies a seal of the first method (the plan alone), saying what it does not cover", async () => {
    const plan = goodPlan();
    const old: Seal = { digest: await planDigest(plan), framework: FW.id, time: "2024-05-12T03:05:00.000Z", layoutVersion: 1, method: PLAN_ONLY_METHOD };
    const check = await checkSeal({ plan, frameworkJson: "{}" }, old);
    expect(check.status).toBe("intact-plan-only");
    const m = sealMessage(check);
    expect(m.en).toBe(
      `older seal (${PLAN_ONLY_METHOD}) matches the plan: the plan is unchanged since it was checked on 12 May 2024 10:05 (Bangkok time), but this kind of seal does not cover the framework stored in the workbook, nor the seal's own time and framework; check before sending again for a seal that does`,
    );
    expect(m.th).toMatch(/^ตราตรวจสอบรุ่นเก่า .*ไม่ครอบคลุมกรอบการประเมินที่เก็บในสมุดงาน/);
    expect(m.en).not.toMatch(/seal intact/);
    const edited = goodPlan();
    (edited.kpis[0] as { name: string }).name += "!";
    expect((await checkSeal({ plan: edited, frameworkJson: "{}" }, old)).status).toBe("changed");
  });

  it("says what it means in Thai and English, with the time in Bangkok", async () => {
    const seal = await makeSeal({ plan: goodPlan(), frameworkJson: null }, { framework: FW.id, layoutVersion: 1, now: new Date("2024-05-12T03:05:00Z") });
    expect(sealTime(seal.time)).toEqual({ th: "๑๒ พ.ค. ๒๕๖๗ เวลา ๑๐:๐๕ น.", en: "12 May 2024 10:05 (Bangkok time)" });
    const m = sealMessage({ status: "intact", seal });
    expect(m.th).toMatch(/ตราตรวจสอบถูกต้อง/);
    expect(m.en).toMatch(/seal intact/);
  });

  it("lives in seal.* rows after the metadata, and a new seal replaces the old rows", async () => {
    const seal = await makeSeal({ plan: goodPlan(), frameworkJson: null }, { framework: FW.id, layoutVersion: 1 });
    const grid = { values: [["key", "value"], ["format", "kpi-workbook"], [null, null]], formulas: [[], [], []] };
    const block = sealBlock(grid, seal);
    expect(block.address).toBe("A3:B7");
    expect(block.values.map((r) => r[0])).toEqual(Object.values(SEAL_KEYS));
    const { row1 } = parseRange(block.address);
    const stored = { values: [...grid.values.slice(0, row1), ...block.values], formulas: [] };
    expect(sealFromGrid(stored)).toEqual(seal);
    expect(sealBlock(stored, seal).address).toBe("A3:B7");
    expect(sealFromGrid({ values: [["seal.sha256", "not hex"]], formulas: [] })).toBeNull();
  });
});

describe("one plan, one digest, whatever reads it", () => {
  it("gives the same digest read through Office.js, exceljs and memory", async () => {
    const plan = goodPlan();
    const host = new FakeOfficeHost();
    const office = createOfficePort(host.run);
    const xlsx = XlsxWorkbook.create();
    const memory = new MemoryWorkbook();
    for (const port of [office, xlsx, memory]) await insertTemplate(port, plan, FW);
    const reopened = await XlsxWorkbook.fromBuffer(await xlsx.toBuffer());
    const digests = await Promise.all([office, xlsx, reopened, memory].map(async (p) => planDigest((await readTemplate(p)).plan)));
    expect(new Set(digests).size).toBe(1);
  });
});

describe("kpi validate on a received workbook", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "kpi-seal-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function kpi(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t) };
    const code = await run(argv, io);
    return { code, out: out.join("\n"), err: err.join("\n") };
  }

  /** A workbook as the pane leaves it: template, then the seal written into the metadata sheet. */
  async function sealedWorkbook(name: string, edit?: (wb: XlsxWorkbook) => void, method = SEAL_METHOD): Promise<string> {
    const wb = XlsxWorkbook.create();
    await insertTemplate(wb, goodPlan(), FW);
    const { plan, meta } = await readTemplate(wb);
    const made = await makeSeal({ plan, frameworkJson: meta.frameworkJson }, { framework: FW.id, layoutVersion: 1, now: new Date("2024-05-12T03:05:00Z") });
    // A seal as an earlier version wrote it: the plan's digest alone.
    const seal = method === SEAL_METHOD ? made : { ...made, digest: await planDigest(plan), method };
    const grid = (await wb.readSheets([META])).get(META);
    const block = sealBlock(grid, seal);
    const { row1 } = parseRange(block.address);
    const sheet = wb.workbook.getWorksheet(META);
    block.values.forEach((row, i) => row.forEach((v, j) => (sheet!.getCell(row1 + i + 1, j + 1).value = v)));
    edit?.(wb);
    const path = join(dir, name);
    await wb.save(path);
    expect((await readSeal(await XlsxWorkbook.open(path), META))?.digest).toBe(seal.digest);
    return path;
  }

  it("reports a seal that matches, in Thai and English and in JSON", async () => {
    const path = await sealedWorkbook("intact.xlsx");
    const th = await kpi("validate", path);
    expect(th.code).toBe(0);
    expect(th.out).toMatch(/✓ ตราตรวจสอบ: ตราตรวจสอบถูกต้อง/);
    expect((await kpi("validate", path, "--lang", "en")).out).toMatch(/seal: seal intact: the plan is unchanged since it was checked on 12 May 2024 10:05/);
    const json = JSON.parse((await kpi("validate", path, "--json")).out) as { findings: unknown[]; seal: { status: string; digest: string; sealed: { digest: string; method: string } } };
    expect(json.findings).toEqual([]);
    expect(json.seal.status).toBe("intact");
    expect(json.seal.digest).toBe(json.seal.sealed.digest);
    expect(json.seal.sealed.method).toBe(SEAL_METHOD);
  });

  it("reports a plan edited after sealing, and fails with --require-seal", async () => {
    const path = await sealedWorkbook("changed.xlsx", (wb) => {
      const register = wb.workbook.getWorksheet("ตัวชี้วัด")!;
      register.eachRow((row) => {
        if (row.getCell(2).value === "1.1-1") row.getCell(3).value = "ชื่อที่แก้ไขหลังตรวจ";
      });
    });
    const out = await kpi("validate", path, "--lang", "en");
    expect(out.out).toMatch(/✗ seal: seal broken: the plan was changed after it was checked/);
    expect(out.code).toBe(0);
    expect((await kpi("validate", path, "--require-seal")).code).toBe(1);
  });

  /** Changes the value of a key row of the metadata sheet (a long JSON's further cells emptied). */
  const setMeta = (key: string, value: string) => (wb: XlsxWorkbook) => {
    wb.workbook.getWorksheet(META)!.eachRow((row) => {
      if (row.getCell(1).value !== key) return;
      row.eachCell((cell, c) => {
        if (c > 2) cell.value = null;
      });
      row.getCell(2).value = value;
    });
  };

  it("reports the framework stored in the workbook changed after sealing, though the plan is the same", async () => {
    const lighter = { ...FW, ladder: [10, 30, 50, 70, 100] };
    const path = await sealedWorkbook("framework.xlsx", setMeta("frameworkJson", JSON.stringify(lighter)));
    const out = await kpi("validate", path, "--lang", "en", "--require-seal");
    expect(out.out).toMatch(/✗ seal: seal broken/);
    expect(out.code).toBe(1);
    expect(out.err).toMatch(/✗ --require-seal: .* \/ seal broken: the plan was changed after it was checked/);
  });

  it("reports the seal's own time changed after sealing", async () => {
    const path = await sealedWorkbook("time.xlsx", setMeta("seal.time", "2024-06-30T03:05:00.000Z"));
    expect((await kpi("validate", path, "--lang", "en")).out).toMatch(/✗ seal: seal broken/);
  });

  it("verifies a seal an earlier version wrote, saying it covers the plan only; --require-seal fails on it, saying why", async () => {
    const path = await sealedWorkbook("old.xlsx", undefined, PLAN_ONLY_METHOD);
    const out = await kpi("validate", path, "--lang", "en");
    expect(out.code).toBe(0);
    expect(out.out).toMatch(/! seal: older seal \(sha256\/canonical-json\/kpi-plan-1\) matches the plan: .* does not cover the framework stored in the workbook/);
    expect(out.out).not.toMatch(/seal intact/);
    expect(JSON.parse((await kpi("validate", path, "--json")).out).seal).toMatchObject({ status: "intact-plan-only" });
    const required = await kpi("validate", path, "--require-seal");
    expect(required.code).toBe(1);
    expect(required.err).toMatch(/✗ --require-seal: ตราตรวจสอบรุ่นเก่า/);
  });

  it("reports a workbook that was never sealed", async () => {
    const wb = XlsxWorkbook.create();
    await insertTemplate(wb, goodPlan(), FW);
    const path = join(dir, "unsealed.xlsx");
    await wb.save(path);
    expect((await kpi("validate", path)).out).toMatch(/· ตราตรวจสอบ: ไฟล์นี้ยังไม่ได้ผ่าน "ตรวจก่อนส่ง"/);
    expect(JSON.parse((await kpi("validate", path, "--json")).out).seal).toMatchObject({ status: "none", sealed: null });
    expect((await kpi("validate", path, "--require-seal")).code).toBe(1);
  });

  it("prints no seal for a JSON plan", async () => {
    const { writeFileSync } = await import("node:fs");
    const path = join(dir, "plan.json");
    writeFileSync(path, JSON.stringify(goodPlan()));
    const out = await kpi("validate", path, "--json");
    expect(Object.keys(JSON.parse(out.out))).toEqual(["findings"]);
  });

  it("refuses --require-seal on a JSON plan with exit 2, saying a JSON plan carries no seal", async () => {
    const { writeFileSync } = await import("node:fs");
    const path = join(dir, "plan.json");
    writeFileSync(path, JSON.stringify(goodPlan()));
    const out = await kpi("validate", path, "--require-seal");
    expect(out).toMatchObject({ code: 2, out: "" });
    expect(out.err).toMatch(/แผน JSON .* ไม่มีตราตรวจสอบ \/ --require-seal needs a workbook \(\.xlsx\) sealed by "check before sending": the JSON plan .*plan\.json carries no seal/);
  });
});
