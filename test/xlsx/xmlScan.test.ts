// The linear XML scans that look at a workbook before exceljs does, and the defined names read
// with them: time proportional to the text whatever it holds (a hang fails by the test's timeout).
import { readRawNames } from "../../src/xlsx/names";
import { attribute, cellPosition, cut, eachStartTag, elementEnds, referenceCells, type StartTag } from "../../src/xlsx/xmlScan";

function tags(xml: string, ...names: string[]): StartTag[] {
  const out: StartTag[] = [];
  eachStartTag(xml, new Set(names), (t) => out.push(t));
  return out;
}

describe("eachStartTag", () => {
  it("finds start tags by local name, with or without a prefix, and no others", () => {
    const xml = '<x:worksheet><x:row r="1"><x:c r="A1"><v>1</v></x:c></x:row><rows/><c r="B1"/></x:worksheet>';
    expect(tags(xml, "row", "c").map((t) => [t.name, t.qualified, t.attributes.trim(), t.selfClosing])).toEqual([
      ["row", "x:row", 'r="1"', false],
      ["c", "x:c", 'r="A1"', false],
      ["c", "c", 'r="B1"', true],
    ]);
  });

  it("skips comments, CDATA, processing instructions and declarations whole", () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE x><a><!-- <c r="Z9"/> --><![CDATA[<c r="Y9"/>]]><c r="A1"/></a>';
    expect(tags(xml, "c").map((t) => attribute(t.attributes, "r"))).toEqual(["A1"]);
  });

  it("stops at a comment or tag left open, in linear time", () => {
    expect(tags(`<a><!--${"<c r='A1'>".repeat(200_000)}`, "c")).toEqual([]);
    expect(tags(`${"<c ".repeat(200_000)}`, "c")).toEqual([]);
  });

  it("finds where an element ends, and cuts spans out", () => {
    const xml = "<a><b x='1'>text</b><b/></a>";
    const [first, second] = tags(xml, "b") as [StartTag, StartTag];
    const endOf = elementEnds(xml);
    expect(xml.slice(first.start, endOf(first))).toBe("<b x='1'>text</b>");
    expect(endOf(second)).toBe(second.end);
    expect(cut(xml, [[first.start, endOf(first)]])).toBe("<a><b/></a>");
    expect(elementEnds("<a><b>")(tags("<a><b>", "b")[0] as StartTag)).toBe(-1);
  });

  it("finds the ends of many elements left open in one pass", () => {
    const xml = `<a>${"<b>".repeat(200_000)}<b>x</b></a>`;
    const endOf = elementEnds(xml);
    const ends = tags(xml, "b").map(endOf);
    expect(new Set(ends)).toEqual(new Set([xml.length - 4]));
  });
});

describe("attribute", () => {
  it("reads single or double quotes, only whole attribute names", () => {
    expect(attribute(' sqref="A1:B2" ref=\'C3\'', "ref")).toBe("C3");
    expect(attribute(' sqref="A1:B2"', "ref")).toBeUndefined();
    expect(attribute(' r:id="rId1"', "r:id")).toBe("rId1");
    expect(attribute(' a="open', "a")).toBeUndefined();
  });
});

describe("references", () => {
  it.each([
    ["A1", 1],
    ["A1:B2", 4],
    ["$A$1:$B$2", 4],
    ["B2:A1", 4],
    ["A100:XFD1048576", 16_384 * 1_048_477],
    ["A1:AH1048576", 34 * 1_048_576],
    ["A:C", 3 * 1_048_576],
    ["1:4", 4 * 16_384],
    ["A1:A3 C1:C2", 5],
    ["'ตัว ชี้วัด'!$A:$XFD", 16_384 * 1_048_576],
    ["Sheet1!A1,Sheet1!B1:B2", 3],
    ["not a reference", 0],
    ["A", 0],
  ])("%s covers %d cells", (ref, cells) => {
    expect(referenceCells(ref)).toBe(cells);
  });

  it("read a cell's row and column", () => {
    expect(cellPosition("XFD1048576")).toEqual({ row: 1_048_576, column: 16_384 });
    expect(cellPosition("$b$7")).toEqual({ row: 7, column: 2 });
    expect(cellPosition("C")).toEqual({ column: 3 });
    expect(cellPosition("7")).toEqual({ row: 7 });
    expect(cellPosition("A1B")).toEqual({});
  });
});

describe("readRawNames", () => {
  const real = '<definedNames><definedName name="KPI_FRAMEWORK">&quot;bma-2567-bureau&quot;</definedName></definedNames>';

  it("ignores 180,000 <definedName a> inside a comment, in linear time (the regular expression took 112 s)", () => {
    const xml = `<workbook><!--${"<definedName a>".repeat(180_000)}-->${real}</workbook>`;
    expect(readRawNames(xml)).toEqual([{ name: "KPI_FRAMEWORK", text: '"bma-2567-bureau"' }]);
  });

  it("reads no name from 180,000 unclosed openings outside a comment, in linear time", () => {
    expect(readRawNames(`<workbook>${"<definedName a>".repeat(180_000)}</workbook>`)).toEqual([]);
  });
});
