// Looks at an .xlsx file before exceljs parses it, so that reading is bounded in time and memory
// and files from other writers read the same:
//
//   - the file's size, its number of parts, and every part unpacked (streamed, stopping as soon
//     as a budget is spent: a zip bomb costs its budget, not its size) — READ_LIMITS;
//   - the sheets' rows, cells and used area (last row × last column), counted in one linear pass;
//   - merged ranges, data-validation ranges and range-valued defined names that exceljs would
//     expand cell by cell: those past READ_LIMITS.rangeCells are left out of what exceljs gets
//     (reading a plan needs none of them);
//   - absolute relationship targets ("/xl/tables/table1.xml", as openpyxl writes them), which
//     exceljs cannot resolve: made relative to their part, as Excel writes them.
//
// For a workbook opened only to be read ({ forReading: true }), every part unpacked here is
// handed to exceljs stored (not compressed again, so exceljs unpacks nothing a second time), and
// the formula names (LAMBDA), which exceljs does not keep but parses cell address by cell address,
// are left out of its copy of xl/workbook.xml (workbookXml still has them): a read a sixth faster.
//
// What is past a limit is refused with a WorkbookLimitError (Thai and English).
import JSZip from "jszip";
import { posix } from "node:path";
import type { Readable } from "node:stream";
import { overLimit, READ_LIMITS } from "./limits";
import { attribute, cellPosition, cut, eachStartTag, elementEnds, referenceCells } from "./xmlScan";

export interface BoundedXlsx {
  /** The bytes to hand to exceljs: the file itself, or a copy with the changes above. */
  bytes: Uint8Array;
  /** xl/workbook.xml as text, for the formula names exceljs does not keep. */
  workbookXml: string | null;
  /** What was left out or rewritten, in words (English), for tests and benchmarks. */
  changes: string[];
}

const XML_PART = /\.(xml|rels|vml)$/i;
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;
const RELS_PART = /(^|\/)_rels\/[^/]*\.rels$/i;

/** Checks and prepares an .xlsx file for exceljs; throws WorkbookLimitError past a limit. */
export async function boundedXlsx(input: Uint8Array, options: { forReading?: boolean } = {}): Promise<BoundedXlsx> {
  const forReading = options.forReading === true;
  if (input.length > READ_LIMITS.fileBytes) throw overLimit("fileBytes", input.length);
  const declared = declaredEntries(input);
  if (declared !== null && declared > READ_LIMITS.parts) throw overLimit("parts", declared);
  const zip = await JSZip.loadAsync(input);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (files.length > READ_LIMITS.parts) throw overLimit("parts", files.length);

  // Every part is unpacked once here, within the budgets; the parts looked at are kept as text
  // (latin1: one character per byte, so cutting and writing back changes no other byte).
  const budget: Budget = { unpacked: READ_LIMITS.unpackedBytes, xml: READ_LIMITS.xmlBytes, rows: READ_LIMITS.rows, cells: READ_LIMITS.cells };
  // Sheets last, so that a refusal can name the sheet.
  const texts = new Map<string, string>();
  let names = new Map<string, string>();
  const ordered = [...files.filter((f) => !SHEET_PART.test(f.name)), ...files.filter((f) => SHEET_PART.test(f.name))];
  for (const file of ordered) {
    const sheet = SHEET_PART.test(file.name);
    if (sheet && names.size === 0) names = sheetNames(texts);
    const keep = forReading || sheet || RELS_PART.test(file.name) || file.name === "xl/workbook.xml";
    const bytes = await unpack(file, budget, XML_PART.test(file.name), keep, `'${names.get(file.name) ?? file.name}'`);
    if (bytes) texts.set(file.name, bytes.toString("latin1"));
  }
  let formulaNames: Drop[] = [];

  const changes: string[] = [];
  const changed = new Map<string, string>();
  let cells = 0;
  let rows = 0;
  for (const [part, xml] of texts) {
    if (!SHEET_PART.test(part)) continue;
    const sheet = scanSheet(xml, names.get(part) ?? part);
    cells += sheet.cells;
    rows += sheet.rows;
    if (rows > READ_LIMITS.rows) throw overLimit("rows", rows, `'${names.get(part) ?? part}'`);
    if (cells > READ_LIMITS.cells) throw overLimit("cells", cells, `'${names.get(part) ?? part}'`);
    if (sheet.area > READ_LIMITS.sheetArea) throw overLimit("sheetArea", sheet.area, sheet.lastCell);
    if (sheet.drop.length > 0) {
      changed.set(part, cut(xml, sheet.drop.map((d) => d.span)));
      changes.push(...sheet.drop.map((d) => `${d.what} ${d.ref} of '${names.get(part) ?? part}' left out`));
    }
  }
  const workbook = texts.get("xl/workbook.xml");
  if (workbook !== undefined) {
    const names = namesToDrop(workbook);
    formulaNames = names.formulas;
    if (names.drop.length > 0) {
      changed.set("xl/workbook.xml", cut(workbook, names.drop.map((d) => d.span)));
      changes.push(...names.drop.map((d) => `defined name ${d.what} (${Buffer.from(d.ref, "latin1").toString("utf8")}) left out`));
    }
  }
  for (const [part, xml] of texts) {
    if (!RELS_PART.test(part)) continue;
    const rewritten = relativeTargets(part, xml);
    if (rewritten.count > 0) {
      changed.set(part, rewritten.xml);
      changes.push(`${rewritten.count} absolute relationship target(s) of ${part} made relative`);
    }
  }

  const workbookXml = changed.get("xl/workbook.xml") ?? workbook;
  const asText = (latin1: string | undefined): string | null => (latin1 === undefined ? null : Buffer.from(latin1, "latin1").toString("utf8"));
  if (forReading) {
    const forExceljs = new Map(texts);
    for (const [part, xml] of changed) forExceljs.set(part, xml);
    if (workbook !== undefined && formulaNames.length > 0) {
      const spans = [...namesToDrop(workbook).drop, ...formulaNames].map((d) => d.span).sort((a, b) => a[0] - b[0]);
      forExceljs.set("xl/workbook.xml", cut(workbook, spans));
    }
    const stored = new JSZip();
    for (const file of files) stored.file(file.name, Buffer.from(forExceljs.get(file.name) ?? "", "latin1"), { compression: "STORE" });
    return { bytes: await stored.generateAsync({ type: "uint8array", compression: "STORE" }), workbookXml: asText(workbookXml), changes };
  }
  if (changed.size === 0) return { bytes: input, workbookXml: asText(workbookXml), changes };
  for (const [part, xml] of changed) zip.file(part, Buffer.from(xml, "latin1"), { compression: "STORE" });
  // Parts left as they were keep their compressed bytes (same method): nothing is unpacked again.
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { bytes, workbookXml: asText(workbookXml), changes };
}

/** The number of entries the zip's end record declares, or null without one (JSZip will say why). */
function declaredEntries(bytes: Uint8Array): number | null {
  // The end-of-central-directory record: 22 bytes plus a comment of up to 65,535.
  const stop = Math.max(0, bytes.length - 22 - 65_535);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      return (bytes[i + 10] as number) | ((bytes[i + 11] as number) << 8);
    }
  }
  return null;
}

/** What is left to spend while unpacking, and the rows and cells counted in sheets so far. */
interface Budget {
  unpacked: number;
  xml: number;
  rows: number;
  cells: number;
}

const ROW = Buffer.from("<row");
const CELL = Buffer.from("<c");
/** Space, tab, LF, CR, "/" and ">": the bytes that may follow a tag's name. */
const NAME_ENDS = new Set([0x20, 0x09, 0x0a, 0x0d, 0x2f, 0x3e]);

/** Start tags `needle` in `data` that end past `seen` (those before were counted with the last chunk). */
function countTags(data: Buffer, needle: Buffer, seen: number): number {
  let n = 0;
  for (let i = data.indexOf(needle); i >= 0; i = data.indexOf(needle, i + 1)) {
    const end = i + needle.length;
    if (end < data.length && end + 1 > seen && NAME_ENDS.has(data[end] as number)) n++;
  }
  return n;
}

/**
 * Unpacks one part within the budgets; returns its bytes only when `keep`. A sheet's rows and
 * cells are counted as it unpacks, so a sheet of a million rows stops at the limit, not at its
 * end (the exact count, prefixed names too, comes after).
 */
function unpack(file: JSZip.JSZipObject, budget: Budget, xml: boolean, keep: boolean, label: string): Promise<Buffer | null> {
  const sheet = SHEET_PART.test(file.name);
  let tail: Buffer = Buffer.alloc(0);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let done = false;
    const stream = file.nodeStream("nodebuffer") as Readable;
    const fail = (e: unknown): void => {
      if (done) return;
      done = true;
      stream.destroy();
      reject(e);
    };
    stream.on("data", (chunk: Buffer) => {
      if (done) return;
      budget.unpacked -= chunk.length;
      if (xml) budget.xml -= chunk.length;
      if (budget.unpacked < 0) return fail(overLimit("unpackedBytes", null));
      if (budget.xml < 0) return fail(overLimit("xmlBytes", null));
      if (sheet) {
        const data = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
        budget.rows -= countTags(data, ROW, tail.length);
        budget.cells -= countTags(data, CELL, tail.length);
        tail = data.subarray(Math.max(0, data.length - ROW.length));
        if (budget.rows < 0) return fail(overLimit("rows", null, label));
        if (budget.cells < 0) return fail(overLimit("cells", null, label));
      }
      if (keep) chunks.push(chunk);
    });
    stream.on("error", fail);
    stream.on("end", () => {
      if (done) return;
      done = true;
      resolve(keep ? Buffer.concat(chunks) : null);
    });
  });
}

/**
 * Sheet names by part ("xl/worksheets/sheet1.xml" → "ตัวชี้วัด"), from the workbook and its
 * relationships given as latin1 text (one character per byte).
 */
export function sheetNames(texts: ReadonlyMap<string, string>): Map<string, string> {
  const targets = new Map<string, string>();
  eachStartTag(texts.get("xl/_rels/workbook.xml.rels") ?? "", new Set(["Relationship"]), (tag) => {
    const id = attribute(tag.attributes, "Id");
    const target = attribute(tag.attributes, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : posix.join("xl", target));
  });
  const out = new Map<string, string>();
  eachStartTag(texts.get("xl/workbook.xml") ?? "", new Set(["sheet"]), (tag) => {
    const name = attribute(tag.attributes, "name");
    const id = attribute(tag.attributes, "r:id") ?? /\bid="([^"]*)"/.exec(tag.attributes)?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name && part) out.set(part, Buffer.from(name, "latin1").toString("utf8"));
  });
  return out;
}

interface Drop {
  span: [number, number];
  what: string;
  ref: string;
}

interface SheetScan {
  rows: number;
  cells: number;
  area: number;
  lastCell: string;
  drop: Drop[];
}

const SHEET_TAGS = new Set(["row", "c", "mergeCell", "dataValidation"]);

/** Rows, cells and used area of a sheet, and the ranges exceljs would expand past the limit. */
function scanSheet(xml: string, name: string): SheetScan {
  let rows = 0;
  let cells = 0;
  let row = 0;
  let column = 0;
  let lastRow = 0;
  let lastColumn = 0;
  const drop: Drop[] = [];
  const endOf = elementEnds(xml);
  eachStartTag(xml, SHEET_TAGS, (tag) => {
    if (tag.name === "row") {
      rows++;
      const r = Number(attribute(tag.attributes, "r") ?? row + 1);
      row = Number.isFinite(r) ? r : row + 1;
      column = 0;
      return;
    }
    if (tag.name === "c") {
      cells++;
      const at = cellPosition(attribute(tag.attributes, "r") ?? "");
      column = at.column ?? column + 1;
      lastRow = Math.max(lastRow, at.row ?? row);
      lastColumn = Math.max(lastColumn, column);
      return;
    }
    const key = tag.name === "mergeCell" ? "ref" : "sqref";
    const ref = attribute(tag.attributes, key) ?? "";
    if (referenceCells(ref) <= READ_LIMITS.rangeCells) return;
    const end = endOf(tag);
    drop.push({ span: [tag.start, end < 0 ? tag.end : end], what: tag.name === "mergeCell" ? "merged range" : "data validation", ref });
  });
  const lastCell = `'${name}'!${columnLetters(lastColumn)}${lastRow}`;
  return { rows, cells, area: lastRow * lastColumn, lastCell, drop };
}

function columnLetters(n: number): string {
  let s = "";
  for (let v = n; v > 0; v = Math.floor((v - 1) / 26)) s = String.fromCharCode(65 + ((v - 1) % 26)) + s;
  return s || "A";
}

/** A defined name's text that is only references: "'Sheet'!$A$1:$B$9" or "Sheet1!$A:$A,Sheet1!$1:$1". */
const REFERENCE = /^(?:(?:'(?:[^']|'')*'|[^\s!'"(),:=]+)!)?\$?[A-Za-z]{0,3}\$?\d{0,7}(?::\$?[A-Za-z]{0,3}\$?\d{0,7})?$/;

/**
 * Defined names of workbook.xml that exceljs would expand past the limit (print settings are not
 * expanded), and the names that are formulas, not references.
 */
function namesToDrop(xml: string): { drop: Drop[]; formulas: Drop[] } {
  const drop: Drop[] = [];
  const formulas: Drop[] = [];
  let count = 0;
  const endOf = elementEnds(xml);
  eachStartTag(xml, new Set(["definedName"]), (tag) => {
    count++;
    if (count > READ_LIMITS.names) throw overLimit("names", null);
    const name = attribute(tag.attributes, "name") ?? "";
    const end = endOf(tag);
    if (end < 0 || name.startsWith("_xlnm.Print_")) return;
    const text = xml.slice(tag.end, xml.lastIndexOf("<", end - 1)).replace(/&apos;/g, "'").replace(/&amp;/g, "&").trim();
    const refs = text.split(",").map((p) => p.trim());
    const what = { span: [tag.start, end] as [number, number], what: Buffer.from(name, "latin1").toString("utf8"), ref: text };
    if (!refs.every((p) => p !== "" && REFERENCE.test(p))) formulas.push(what);
    else if (referenceCells(refs.join(",")) > READ_LIMITS.rangeCells) drop.push(what);
  });
  return { drop, formulas };
}

/** Absolute targets of a relationships part made relative to the part they belong to. */
function relativeTargets(part: string, xml: string): { xml: string; count: number } {
  // "xl/worksheets/_rels/sheet1.xml.rels" belongs to "xl/worksheets/sheet1.xml": its folder is the base.
  const base = posix.dirname(posix.dirname(part));
  const edits: { from: number; to: number; text: string }[] = [];
  eachStartTag(xml, new Set(["Relationship"]), (tag) => {
    const target = attribute(tag.attributes, "Target");
    if (!target?.startsWith("/") || attribute(tag.attributes, "TargetMode") === "External") return;
    const relative = posix.relative(base === "." ? "" : base, target.slice(1));
    const original = xml.slice(tag.start, tag.end);
    edits.push({ from: tag.start, to: tag.end, text: original.replace(`Target="${target}"`, `Target="${relative}"`).replace(`Target='${target}'`, `Target='${relative}'`) });
  });
  if (edits.length === 0) return { xml, count: 0 };
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(xml.slice(at, e.from), e.text);
    at = e.to;
  }
  parts.push(xml.slice(at));
  return { xml: parts.join(""), count: edits.length };
}
