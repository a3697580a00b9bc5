// The pane fetches the shipped frameworks only for a workbook that needs them: one that stores no
// framework, or one whose stored framework is not the shipped one of the id its metadata records.
import { findFramework } from "../../src/core/frameworks/shipped";
import { SHIPPED_FRAMEWORKS } from "../../src/core/frameworks/evaluation";
import type { Framework } from "../../src/core/schema/framework";
import type { TemplateMeta } from "../../src/layout/read";
import { shippedFor } from "../../src/taskpane/shippedFrameworks";
import type { ShippedFrameworks } from "../../src/template/readCore";

const ID = "bma-2567-bureau";
const whole = findFramework(ID) as Framework;

function meta(frameworkJson: string | null, framework = ID): TemplateMeta {
  return { metaSheet: "ข้อมูลแม่แบบ", framework, frameworkJson, agency: "สำนักการระบายน้ำ", fiscalYear: 2567, layoutVersion: 2, sheets: {} as TemplateMeta["sheets"], tables: {} as TemplateMeta["tables"] };
}

function loader(): jest.Mock<Promise<ShippedFrameworks>, []> {
  return jest.fn(() => Promise.resolve(SHIPPED_FRAMEWORKS));
}

describe("the shipped frameworks the pane's read needs", () => {
  it("are not fetched for a workbook that stores the shipped framework (focus issues and calendar included)", async () => {
    const load = loader();
    const lookup = await shippedFor(meta(JSON.stringify(whole)), load);
    expect(load).not.toHaveBeenCalled();
    expect(lookup.find(ID)?.components).toEqual(whole.components);
    expect(lookup.find("bma-2566-bureau")).toBeUndefined();
    expect(lookup.differences(whole, structuredClone(whole))).toEqual([]);
    expect(lookup.differences(whole, { ...whole, ladder: [10, 30, 50, 70, 90] })).toEqual([{ th: "กรอบการประเมิน", en: "the framework" }]);
  });

  it("are fetched when the stored framework differs from the shipped one in what the evaluation is", async () => {
    const changed = structuredClone(whole);
    (changed.components[0] as { weight: number }).weight += 1;
    const load = loader();
    const lookup = await shippedFor(meta(JSON.stringify(changed)), load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(lookup).toBe(SHIPPED_FRAMEWORKS);
  });

  it("are not fetched when only the year's information differs (it is not compared)", async () => {
    const load = loader();
    await shippedFor(meta(JSON.stringify({ ...whole, notes: ["แก้ไขหมายเหตุ"] })), load);
    expect(load).not.toHaveBeenCalled();
  });

  it("are fetched when no framework is stored, when it is not readable, or when its id is not the one recorded", async () => {
    for (const m of [meta(null), meta("{not json"), meta(JSON.stringify(whole), "bma-2566-bureau"), meta(JSON.stringify({ ...whole, id: "bma-2599-bureau" }), "bma-2599-bureau")]) {
      const load = loader();
      await shippedFor(m, load);
      expect(load).toHaveBeenCalledTimes(1);
    }
  });

  it("are fetched when the digest cannot be computed (no Web Crypto), rather than failing the check", async () => {
    const digest = jest.spyOn(globalThis.crypto.subtle, "digest").mockRejectedValue(new Error("no Web Crypto"));
    try {
      const load = loader();
      const changedNotes = JSON.stringify({ ...whole, notes: ["อีกฉบับ"] });
      await expect(shippedFor(meta(changedNotes), load)).resolves.toBe(SHIPPED_FRAMEWORKS);
      expect(load).toHaveBeenCalledTimes(1);
    } finally {
      digest.mockRestore();
    }
  });

  it("are fetched when there is no metadata", async () => {
    const load = loader();
    await shippedFor(null, load);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
