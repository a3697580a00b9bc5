// Excel's quote prefix in a written file. exceljs has no way to set it (exceljs/exceljs#2809 is
// an open request), so it is added to the file after exceljs wrote it: the cells that
// quotePrefixed() marks (src/workbook/model.ts) get a copy of their cell format (an <xf> of
// <cellXfs> in xl/styles.xml) with quotePrefix="1" (ECMA-376 Part 1, §18.8.45), which Excel,
// LibreOffice and openpyxl read as the apostrophe typed before the text. Parts are handled as
// latin1 text (one character per byte), so nothing but the attributes changed moves.
import JSZip from "jszip";
import { sheetNames } from "./bounded";
import { attribute, eachStartTag, elementEnds, type StartTag } from "./xmlScan";

/** Cells to prefix, by sheet name (lower case) → A1 addresses. */
export type QuotedCells = ReadonlyMap<string, ReadonlySet<string>>;

const CELL = new Set(["c"]);
const XFS = new Set(["cellXfs", "xf"]);

/** The start tag with `key` set to `value` (added when missing). */
function withAttribute(tag: StartTag, key: string, value: string): string {
  const current = attribute(tag.attributes, key);
  const attributes =
    current === undefined ? `${tag.attributes} ${key}="${value}"` : tag.attributes.replace(new RegExp(`(^|\\s)${key}=(["'])[^"']*\\2`), `$1${key}="${value}"`);
  return `<${tag.qualified}${attributes}${tag.selfClosing ? "/>" : ">"}`;
}

/** `xml` with the spans [from, to) replaced, spans in document order and not overlapping. */
function splice(xml: string, edits: readonly [number, number, string][]): string {
  const parts: string[] = [];
  let at = 0;
  for (const [from, to, text] of edits) {
    parts.push(xml.slice(at, from), text);
    at = to;
  }
  parts.push(xml.slice(at));
  return parts.join("");
}

/** The cell formats of styles.xml: each <xf> of <cellXfs> (its start tag and the rest), the list's start tag and its end. */
function cellXfs(styles: string): { xfs: { tag: StartTag; rest: string }[]; list?: StartTag; close: number } {
  const out: { xfs: { tag: StartTag; rest: string }[]; list?: StartTag; close: number } = { xfs: [], close: -1 };
  const endOf = elementEnds(styles);
  eachStartTag(styles, XFS, (tag) => {
    if (tag.name === "cellXfs") {
      out.list = tag;
      out.close = styles.indexOf(`</${tag.qualified}>`, tag.end);
    } else if (out.list !== undefined && tag.start < out.close) {
      out.xfs.push({ tag, rest: styles.slice(tag.end, endOf(tag)) });
    }
  });
  return out;
}

/** The package's sheet parts by sheet name, and its parts as latin1 text. */
async function packageOf(zip: JSZip): Promise<{ read: (path: string) => Promise<string>; sheets: Map<string, string> }> {
  const read = async (path: string): Promise<string> => (await zip.file(path)?.async("binarystring")) ?? "";
  const texts = new Map([
    ["xl/workbook.xml", await read("xl/workbook.xml")],
    ["xl/_rels/workbook.xml.rels", await read("xl/_rels/workbook.xml.rels")],
  ]);
  return { read, sheets: sheetNames(texts) };
}

/** The cells of a file that carry the quote prefix, by sheet name (lower case): exceljs reads none. */
export async function quotedCellsIn(file: Uint8Array): Promise<Map<string, Set<string>>> {
  const zip = await JSZip.loadAsync(file);
  const { read, sheets } = await packageOf(zip);
  const prefixed = new Set(cellXfs(await read("xl/styles.xml")).xfs.flatMap((xf, i) => (["1", "true"].includes(attribute(xf.tag.attributes, "quotePrefix") ?? "") ? [i] : [])));
  const out = new Map<string, Set<string>>();
  if (prefixed.size === 0) return out;
  for (const [part, name] of sheets) {
    const cells = new Set<string>();
    eachStartTag(await read(part), CELL, (tag) => {
      const ref = attribute(tag.attributes, "r");
      if (ref !== undefined && prefixed.has(Number(attribute(tag.attributes, "s") ?? 0))) cells.add(ref);
    });
    if (cells.size > 0) out.set(name.toLowerCase(), cells);
  }
  return out;
}

/** Gives the cells of `quoted` the quote prefix in a file exceljs wrote. */
export async function addQuotePrefix(zip: JSZip, quoted: QuotedCells): Promise<void> {
  if (![...quoted.values()].some((cells) => cells.size > 0)) return;
  const { read, sheets } = await packageOf(zip);
  const styles = await read("xl/styles.xml");
  const { xfs, list, close } = cellXfs(styles);
  if (list === undefined || close < 0 || xfs.length === 0) return;
  const added: string[] = [];
  const copies = new Map<number, number>();
  /** The index of a copy of cell format `s` with the quote prefix. */
  const prefixed = (s: number): number => {
    let copy = copies.get(s);
    if (copy === undefined) {
      const xf = xfs[s] ?? (xfs[0] as { tag: StartTag; rest: string });
      added.push(withAttribute(xf.tag, "quotePrefix", "1") + xf.rest);
      copy = xfs.length + added.length - 1;
      copies.set(s, copy);
    }
    return copy;
  };
  for (const [part, name] of sheets) {
    const cells = quoted.get(name.toLowerCase());
    if (!cells || cells.size === 0) continue;
    const xml = await read(part);
    const edits: [number, number, string][] = [];
    eachStartTag(xml, CELL, (tag) => {
      const ref = attribute(tag.attributes, "r");
      if (ref !== undefined && cells.has(ref)) edits.push([tag.start, tag.end, withAttribute(tag, "s", String(prefixed(Number(attribute(tag.attributes, "s") ?? 0))))]);
    });
    zip.file(part, splice(xml, edits), { binary: true });
  }
  if (added.length === 0) return;
  const listTag = withAttribute(list, "count", String(xfs.length + added.length));
  zip.file("xl/styles.xml", splice(styles, [[list.start, list.end, listTag], [close, close, added.join("")]]), { binary: true });
}
