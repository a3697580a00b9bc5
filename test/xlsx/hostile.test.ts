// Reading a workbook is bounded: hostile files that made exceljs run out of memory or time are
// refused before it parses them, with a Thai and English reason, or read without the ranges it
// would have expanded cell by cell. Their figures (time, peak memory) are `npm run bench -- hostile`;
// here a hang fails by the test's timeout.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { readTemplate } from "../../src/template/read";
import { boundedXlsx } from "../../src/xlsx/bounded";
import { READ_LIMITS, WorkbookLimitError, type ReadLimit } from "../../src/xlsx/limits";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { ISOLATION_LIMITS } from "../../src/cli/isolatedRead";
import { kpi, tempFolder, THAI } from "../helpers/cli";
import { rejection } from "../helpers/rejection";
import { HOSTILE, templateBytes, zipOf } from "./hostile";

const folder = tempFolder("kpi-hostile-");

/** What each hostile file must come to: read without the named range, or refused at a limit. */
const EXPECTED: Record<string, { reads: RegExp } | { refused: ReadLimit }> = {
  "merged-range": { reads: /^merged range A100:XFD1048576 of 'ตัวชี้วัด' left out$/ },
  "validation-range": { reads: /^data validation A1:AH1048576 of 'ตัวชี้วัด' left out$/ },
  "defined-name-range": { reads: /^defined name everything \('ตัวชี้วัด'!\$A:\$XFD\) left out$/ },
  "names-in-comment": { reads: /^$/ },
  "million-rows": { refused: "rows" },
  "far-cell": { refused: "sheetArea" },
  "zip-bomb": { refused: "unpackedBytes" },
  "lying-zip-bomb": { refused: "xmlBytes" },
};

const refusal = (promise: Promise<unknown>): Promise<WorkbookLimitError> => rejection(promise, WorkbookLimitError);

describe.each(HOSTILE.map((h) => [h.name, h] as const))("hostile file %s", (name, hostile) => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await hostile.build();
  }, 60_000);

  const expected = EXPECTED[name];
  if (expected === undefined) throw new Error(`no expectation for ${name}`);

  if ("reads" in expected) {
    it(`is read without what exceljs would expand (${hostile.what})`, async () => {
      const bounded = await boundedXlsx(bytes);
      expect(bounded.changes.join("\n")).toMatch(expected.reads);
      const read = await readTemplate(await XlsxWorkbook.fromBuffer(bytes));
      const plain = await readTemplate(await XlsxWorkbook.fromBuffer(await templateBytes()));
      expect(read.plan).toEqual(plain.plan);
      expect(read.issues).toEqual(plain.issues);
    }, 60_000);
  } else {
    it(`is refused at the ${expected.refused} limit, in Thai and English (${hostile.what})`, async () => {
      const e = await refusal(XlsxWorkbook.fromBuffer(bytes));
      expect(e.limit).toBe(expected.refused);
      expect(e.th).toMatch(THAI);
      expect(e.en).toMatch(/^this workbook is not read: .* past the limit of [\d,.]+( MB)? for reading a workbook$/);
    }, 60_000);
  }

  it("through kpi validate: read (exit 0 or 1), or exit 2 with one line saying why", async () => {
    const path = join(folder(), `${name}.xlsx`);
    writeFileSync(path, bytes);
    const r = await kpi("validate", path, "--lang", "en");
    if ("reads" in expected) {
      expect(r.code).toBeLessThan(2);
      expect(r.out).toMatch(/bma-2567-bureau/);
    } else {
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/past the limit/);
      expect(r.err).not.toMatch(/\n|\bat \w+ \(/);
    }
  }, 60_000);
});

describe("other limits", () => {
  it("a file larger than the limit is refused before it is unzipped", async () => {
    const e = await refusal(boundedXlsx(new Uint8Array(READ_LIMITS.fileBytes + 1)));
    expect(e.limit).toBe("fileBytes");
    expect(e.en).toMatch(/file size 20 MB, past the limit of 20 MB/);
  });

  it("a zip of more parts than the limit is refused from its directory", async () => {
    const parts = Array.from({ length: READ_LIMITS.parts + 1 }, (_, i) => [`x/${i}.txt`, new Uint8Array(1)] as const);
    expect((await refusal(boundedXlsx(zipOf(parts)))).limit).toBe("parts");
  });

  it("more defined names than the limit are refused", async () => {
    const zip = await JSZip.loadAsync(await templateBytes());
    const book = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    const names = Array.from({ length: READ_LIMITS.names + 1 }, (_, i) => `<definedName name="n${i}">1</definedName>`).join("");
    zip.file("xl/workbook.xml", book.replace("<definedNames>", `<definedNames>${names}`));
    const e = await refusal(boundedXlsx(await zip.generateAsync({ type: "uint8array" })));
    expect(e.limit).toBe("names");
  });

  it("an ordinary template passes untouched: the same bytes, nothing left out", async () => {
    const bytes = await templateBytes();
    const bounded = await boundedXlsx(bytes);
    expect(bounded.bytes).toBe(bytes);
    expect(bounded.changes).toEqual([]);
    expect(bounded.workbookXml).toContain('<definedName name="KPISCORE"');
  });
});

describe("the README", () => {
  it("states the limits the code applies", () => {
    const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
    const section = readme.slice(readme.indexOf("**Reading workbooks"), readme.indexOf("### `kpi import`"));
    for (const [limit, value] of Object.entries(READ_LIMITS)) {
      expect([limit, section]).toEqual([limit, expect.stringContaining(limit.endsWith("Bytes") ? `${value / 2 ** 20} MB` : value.toLocaleString("en"))]);
    }
    expect(section).toContain(`time limit (${ISOLATION_LIMITS.timeoutMs / 1000} s) and a memory limit (${ISOLATION_LIMITS.memoryMb} MB)`);
  });
});
