// The pane's English words are fetched when first needed; Thai ones are always there.
import type * as StringsModule from "../../src/taskpane/i18n/strings";

async function freshStrings(): Promise<typeof StringsModule> {
  let mod: typeof StringsModule | undefined;
  await jest.isolateModulesAsync(async () => {
    mod = await import("../../src/taskpane/i18n/strings.js");
  });
  return mod as typeof StringsModule;
}

describe("the pane's words", () => {
  afterEach(() => jest.dontMock("../../src/taskpane/i18n/enStrings"));

  it("are Thai until the English ones are fetched, then English, fetched once", async () => {
    const s = await freshStrings();
    expect(s.hasStrings("th")).toBe(true);
    expect(s.hasStrings("en")).toBe(false);
    expect(s.stringsFor("en").appTitle).toBe("ตัวชี้วัดเจรจาตกลง กทม.");
    const first = s.loadStrings("en");
    expect(s.loadStrings("en")).toBe(first);
    const en = await first;
    expect(en.appTitle).toBe("BMA negotiated KPIs");
    expect(s.hasStrings("en")).toBe(true);
    expect(s.stringsFor("en")).toBe(en);
    expect((await s.loadStrings("th")).appTitle).toBe("ตัวชี้วัดเจรจาตกลง กทม.");
  });

  it("stay Thai when the English ones cannot be fetched, and the next ask fetches again", async () => {
    let offline = true;
    jest.doMock("../../src/taskpane/i18n/enStrings", () => {
      if (offline) throw new Error("offline");
      return jest.requireActual("../../src/taskpane/i18n/enStrings");
    });
    const s = await freshStrings();
    await expect(s.loadStrings("en")).rejects.toThrow("offline");
    expect(s.hasStrings("en")).toBe(false);
    expect(s.stringsFor("en").appTitle).toBe("ตัวชี้วัดเจรจาตกลง กทม.");
    offline = false;
    expect((await s.loadStrings("en")).appTitle).toBe("BMA negotiated KPIs");
  });
});
