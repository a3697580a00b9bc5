// Charts in .xlsx files. exceljs writes no charts, so the adapter adds them to the file it has
// written, as Excel stores them: a DrawingML chart part (xl/charts/chartN.xml) over the sheet's
// ranges, with the values cached so that a viewer that does not compute shows them too, a drawing
// part anchoring it between two cells (xl/drawings/drawingN.xml), the relationships that tie the
// sheet to the drawing and the drawing to the chart, and their content types. Only what a
// ChartSpec describes: a clustered column chart, categories in the first column of its range,
// one series per other column, the header row naming them.
import type JSZip from "jszip";
import { columnLetter, parseCell, parseRange } from "../workbook/a1";
import type { ChartSpec } from "../workbook/model";
import { attribute, eachStartTag } from "./xmlScan";

/** A chart with the values its cells hold, read from the workbook before it is written. */
export interface ChartData {
  spec: ChartSpec;
  /** The header cell of each series column. */
  seriesNames: string[];
  categories: string[];
  /** values[series][category]. */
  values: (number | null)[][];
  /** The font of the labels. */
  font: string;
}

const NS = {
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const REL = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
};
const TYPES = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
};
/** Series fills: the committee's dark blue, then lighter ones. */
const PALETTE = ["1F4E79", "9DC3E6", "F4B183", "A9D18E"];

const escape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** 'Sheet name'!$B$6:$B$20 */
function ref(sheet: string, row1: number, col1: number, row2: number, col2: number): string {
  const a = `$${columnLetter(col1)}$${row1 + 1}`;
  const b = `$${columnLetter(col2)}$${row2 + 1}`;
  return `'${sheet.replace(/'/g, "''")}'!${a === b ? a : `${a}:${b}`}`;
}

function font(name: string, size: number, bold = false): string {
  return `<a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}"><a:latin typeface="${escape(name)}"/><a:cs typeface="${escape(name)}"/></a:defRPr>`;
}

const textProperties = (name: string, size: number, rotate = false): string =>
  `<c:txPr><a:bodyPr${rotate ? ' rot="-5400000" vert="horz"' : ""}/><a:lstStyle/><a:p><a:pPr>${font(name, size)}</a:pPr><a:endParaRPr lang="th-TH"/></a:p></c:txPr>`;

const strCache = (items: readonly string[]): string =>
  `<c:strCache><c:ptCount val="${items.length}"/>${items.map((s, i) => `<c:pt idx="${i}"><c:v>${escape(s)}</c:v></c:pt>`).join("")}</c:strCache>`;

const numCache = (items: readonly (number | null)[]): string =>
  `<c:numCache><c:formatCode>0.000</c:formatCode><c:ptCount val="${items.length}"/>${items
    .map((v, i) => (v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("")}</c:numCache>`;

/** The chart part of one ChartData. */
export function chartXml(data: ChartData): string {
  const { spec } = data;
  const { row1, column1, row2, column2 } = parseRange(spec.data);
  const first = row1 + 1;
  // A range with no data row still names one, so that the formulas stay valid.
  const last = Math.max(row2, first);
  const series = [];
  for (let c = column1 + 1; c <= column2; c++) {
    const i = c - column1 - 1;
    series.push(
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escape(ref(spec.sheet, row1, c, row1, c))}</c:f>${strCache([data.seriesNames[i] ?? ""])}</c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${PALETTE[i % PALETTE.length]}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escape(ref(spec.sheet, first, column1, last, column1))}</c:f>${strCache(data.categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escape(ref(spec.sheet, first, c, last, c))}</c:f>${numCache(data.values[i] ?? [])}</c:numRef></c:val></c:ser>`,
    );
  }
  const f = data.font;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${font(f, 16, true)}</a:pPr><a:r><a:rPr lang="th-TH" sz="1600" b="1"><a:latin typeface="${escape(f)}"/><a:cs typeface="${escape(f)}"/></a:rPr><a:t>${escape(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series.join("")}<c:gapWidth val="60"/><c:axId val="500001"/><c:axId val="500002"/></c:barChart>` +
    `<c:catAx><c:axId val="500001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProperties(f, 12, true)}<c:crossAx val="500002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500002"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProperties(f, 12)}<c:crossAx val="500001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProperties(f, 14)}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function anchorXml(spec: ChartSpec, chartRel: string, id: number): string {
  const from = parseCell(spec.from);
  const to = parseCell(spec.to);
  const at = (tag: string, p: { row: number; column: number }): string =>
    `<xdr:${tag}><xdr:col>${p.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${at("from", from)}${at("to", to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="Chart ${id}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.r}" r:id="${chartRel}"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
    `<xdr:clientData/></xdr:twoCellAnchor>`
  );
}

const drawingXml = (anchors: readonly string[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors.join("")}</xdr:wsDr>`;

const relsXml = (rels: readonly { id: string; type: string; target: string }[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}">${rels
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escape(r.target)}"/>`)
    .join("")}</Relationships>`;

/** Adds a relationship to a .rels part (made if missing) under a fresh id, which it returns. */
async function addRelationship(zip: JSZip, path: string, type: string, target: string): Promise<string> {
  const existing = (await zip.file(path)?.async("string")) ?? relsXml([]);
  const ids = new Set<string>();
  eachStartTag(existing, new Set(["Relationship"]), (t) => {
    const id = attribute(t.attributes, "Id");
    if (id) ids.add(id);
  });
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escape(target)}"/>`;
  zip.file(path, existing.replace(/<\/Relationships>\s*$/, `${rel}</Relationships>`));
  return id;
}

/** The part of each sheet by name: workbook.xml's sheets, through its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  eachStartTag(rels, new Set(["Relationship"]), (t) => {
    const id = attribute(t.attributes, "Id");
    const target = attribute(t.attributes, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  });
  const out = new Map<string, string>();
  eachStartTag(workbook, new Set(["sheet"]), (t) => {
    const name = attribute(t.attributes, "name");
    const id = attribute(t.attributes, "r:id");
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) out.set(name, part);
  });
  return out;
}

/** Elements that come after <drawing> in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

function withDrawing(sheetXml: string, relId: string): string {
  if (/<drawing\b/.test(sheetXml)) throw new Error("the sheet has a drawing already");
  let at = -1;
  eachStartTag(sheetXml, new Set(AFTER_DRAWING), (t) => {
    if (at < 0) at = t.start;
  });
  if (at < 0) at = sheetXml.lastIndexOf("</worksheet>");
  return `${sheetXml.slice(0, at)}<drawing r:id="${relId}"/>${sheetXml.slice(at)}`;
}

/** Adds the charts to an .xlsx package (each on its own sheet's drawing). */
export async function addCharts(zip: JSZip, charts: readonly ChartData[]): Promise<void> {
  if (charts.length === 0) return;
  const parts = await sheetParts(zip);
  let types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  const bySheet = new Map<string, ChartData[]>();
  for (const c of charts) bySheet.set(c.spec.sheet, [...(bySheet.get(c.spec.sheet) ?? []), c]);
  let chartCount = 0;
  let drawings = 0;
  for (const [sheet, list] of bySheet) {
    const part = parts.get(sheet);
    if (!part) throw new Error(`no sheet "${sheet}" for a chart`);
    const drawing = `xl/drawings/drawing${++drawings}.xml`;
    const anchors: string[] = [];
    for (const data of list) {
      const n = ++chartCount;
      zip.file(`xl/charts/chart${n}.xml`, chartXml(data));
      types = types.replace("</Types>", `<Override PartName="/xl/charts/chart${n}.xml" ContentType="${TYPES.chart}"/></Types>`);
      const rel = await addRelationship(zip, `xl/drawings/_rels/drawing${drawings}.xml.rels`, REL.chart, `../charts/chart${n}.xml`);
      anchors.push(anchorXml(data.spec, rel, n));
    }
    zip.file(drawing, drawingXml(anchors));
    types = types.replace("</Types>", `<Override PartName="/${drawing}" ContentType="${TYPES.drawing}"/></Types>`);
    // The sheet's part is in xl/worksheets: the drawing is ../drawings/ from there.
    const folder = part.slice(0, part.lastIndexOf("/"));
    const file = part.slice(part.lastIndexOf("/") + 1);
    const relId = await addRelationship(zip, `${folder}/_rels/${file}.rels`, REL.drawing, `../drawings/drawing${drawings}.xml`);
    zip.file(part, withDrawing((await zip.file(part)?.async("string")) ?? "", relId));
  }
  zip.file("[Content_Types].xml", types);
}
