// Charts the .xlsx adapter draws into a file (exceljs writes none): the parts and relationships as
// Excel stores them, the drawing in its place among the sheet's elements, the ranges and cached
// values of the series, text escaped, and a file that reads back as before.
import JSZip from "jszip";
import type { RenderModel, SheetRender } from "../../src/workbook/model";
import { XlsxWorkbook } from "../../src/xlsx/workbook";

function sheet(name: string, rows: SheetRender["rows"], table?: string): SheetRender {
  return {
    name,
    rows,
    columnWidths: [20, 10, 10],
    styles: [],
    merges: [],
    validations: [],
    conditionalFormats: [],
    tables: table ? [{ name: table, range: `A1:C${rows.length}`, style: "TableStyleLight1" }] : [],
    visibility: "visible",
  };
}

async function written(): Promise<JSZip> {
  const model: RenderModel = {
    sheets: [
      sheet("อื่น", [["x"]]),
      sheet(
        "กราฟ",
        [
          ["หน่วยงาน", "กรรมการ", "ตนเอง"],
          ['สนศ. <&> "x"', 79.47, { formula: "=80+8", value: 88 }],
          ["=1+1", 75.17, null],
        ],
        "tblChart",
      ),
    ],
    names: [],
  };
  const wb = XlsxWorkbook.create();
  await wb.addSheets(model);
  wb.addCharts([{ sheet: "กราฟ", type: "columnClustered", data: "A1:C3", title: "คะแนน & อันดับ", from: "E2", to: "M20" }]);
  return JSZip.loadAsync(await wb.toBuffer());
}

describe("charts in .xlsx files", () => {
  it("adds the chart, its drawing and their relationships to the chart's sheet only", async () => {
    const zip = await written();
    expect(zip.file("xl/charts/chart1.xml")).not.toBeNull();
    expect(await zip.file("xl/drawings/_rels/drawing1.xml.rels")!.async("string")).toContain('Target="../charts/chart1.xml"');
    const sheetXml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    // <drawing> comes before <tableParts>, as the schema orders a worksheet's elements.
    expect(sheetXml).toMatch(/<drawing r:id="(rId\d+)"\/><tableParts/);
    const id = /<drawing r:id="(rId\d+)"/.exec(sheetXml)![1];
    const rels = await zip.file("xl/worksheets/_rels/sheet2.xml.rels")!.async("string");
    expect(rels).toContain(`Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`);
    expect(rels).toMatch(/relationships\/table/);
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).not.toMatch(/<drawing/);
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    const drawing = await zip.file("xl/drawings/drawing1.xml")!.async("string");
    expect(drawing).toMatch(/<xdr:from><xdr:col>4<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>1<\/xdr:row>/);
    expect(drawing).toMatch(/<xdr:to><xdr:col>12<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>19<\/xdr:row>/);
  });

  it("draws one series per column over the sheet's ranges, with the values the cells hold cached and text escaped", async () => {
    const xml = await (await written()).file("xl/charts/chart1.xml")!.async("string");
    expect(xml.match(/<c:ser>/g)).toHaveLength(2);
    expect(xml).toContain("<c:f>'กราฟ'!$A$2:$A$3</c:f>");
    expect(xml).toContain("<c:f>'กราฟ'!$B$2:$B$3</c:f>");
    expect(xml).toContain("<c:f>'กราฟ'!$C$1</c:f>");
    expect(xml).toContain('<c:pt idx="0"><c:v>สนศ. &lt;&amp;&gt; &quot;x&quot;</c:v></c:pt><c:pt idx="1"><c:v>=1+1</c:v></c:pt>');
    expect(xml).toContain('<c:pt idx="0"><c:v>88</c:v></c:pt>');
    // A blank cell is a gap, not a zero.
    expect(xml).not.toContain('<c:pt idx="1"><c:v>0</c:v>');
    expect(xml).toContain("<a:t>คะแนน &amp; อันดับ</a:t>");
  });

  it("reads back as the same cells", async () => {
    const zip = await written();
    const back = await XlsxWorkbook.fromBuffer(await zip.generateAsync({ type: "uint8array" }));
    expect((await back.readSheets(["กราฟ"])).get("กราฟ")?.values[2]).toEqual(["=1+1", 75.17, null]);
  });
});
