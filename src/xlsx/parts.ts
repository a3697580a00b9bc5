// An opened workbook written again through exceljs, which keeps cells, styles, merges, validation,
// conditional formats, tables, protection, names and images, but not everything a file may hold.
//
// carryOverParts: parts that stand alone — nothing exceljs writes refers to them — go back into
// the new file as they were, with their relationships and content types: custom document
// properties (sensitivity labels live there), custom XML, an add-in's task pane.
//
// partsLost: what is still missing (charts, pivot tables, slicers, threaded comments…). The parts
// of the file before and after are compared by kind (the name without its number:
// xl/charts/chart1.xml is a chart): a kind of which the new file holds fewer parts has lost some.
// Parts a spreadsheet program rebuilds, and XML parts that hold nothing, are not a loss.
import JSZip from "jszip";
import { attribute, eachStartTag } from "./xmlScan";

/** Rebuilt on opening (the calculation chain) or irrelevant to the workbook (printer settings). */
const REBUILT = [/^xl\/calcChain\.xml$/, /^xl\/printerSettings\//];

/** A part's kind: its path with the numbers of the file name taken out; relationships follow their part. */
const kindOf = (path: string): string | null => {
  if (path.endsWith("/") || path === "[Content_Types].xml" || /(^|\/)_rels\//.test(path) || REBUILT.some((r) => r.test(path))) return null;
  return path.replace(/\d+(?=\.[^/]*$)/, "");
};

/** An XML part whose root holds nothing (LibreOffice writes an empty docProps/custom.xml): nothing to lose. */
const EMPTY_XML = /^\s*(<\?xml[^>]*\?>\s*)?<([\w:.-]+)(\s[^>]*)?(\/>|>\s*<\/\2>)\s*$/;

function partsByKind(zip: JSZip): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const path of Object.keys(zip.files)) {
    const kind = kindOf(path);
    if (kind !== null) out.set(kind, [...(out.get(kind) ?? []), path]);
  }
  return out;
}

/** The parts of `before` whose kind `after` holds fewer of, in name order. */
export async function partsLost(before: Uint8Array, after: Uint8Array): Promise<string[]> {
  const [old, now] = await Promise.all([JSZip.loadAsync(before), JSZip.loadAsync(after)]);
  const a = partsByKind(old);
  const b = partsByKind(now);
  const lost: string[] = [];
  for (const [kind, parts] of a) {
    const kept = b.get(kind) ?? [];
    if (kept.length < parts.length) lost.push(...parts.filter((p) => !kept.includes(p)));
  }
  const empty = await Promise.all(lost.map(async (p) => p.endsWith(".xml") && EMPTY_XML.test((await old.file(p)?.async("string")) ?? "")));
  return lost.filter((_, i) => !empty[i]).sort();
}

/** Relationship types of standalone parts, from the package or the workbook. */
const STANDALONE = new Set([
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
  "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes",
]);
/** The relationships they hang from: the package's and the workbook's. */
const SOURCES = ["_rels/.rels", "xl/_rels/workbook.xml.rels"];
const RELATIONSHIP = new Set(["Relationship"]);

/** The relationships file of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels; the package's is _rels/.rels. */
const relsOf = (part: string): string => {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/** The part a relationship's target names, from the folder of the part it belongs to. */
function resolvePart(folder: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : `${folder}${target}`;
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  xml: string;
}

function relationships(xml: string): Relationship[] {
  const out: Relationship[] = [];
  eachStartTag(xml, RELATIONSHIP, (t) =>
    out.push({
      id: attribute(t.attributes, "Id") ?? "",
      type: attribute(t.attributes, "Type") ?? "",
      target: attribute(t.attributes, "Target") ?? "",
      external: attribute(t.attributes, "TargetMode") === "External",
      xml: xml.slice(t.start, t.end),
    }),
  );
  return out;
}

/** A part's content type in [Content_Types].xml: its Override, else the Default of its extension (the element as written). */
function contentType(types: string, part: string, only?: "Override" | "Default"): { kind: "Override" | "Default"; xml: string } | null {
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  const found: { Override?: string; Default?: string } = {};
  eachStartTag(types, new Set(["Override", "Default"]), (t) => {
    if (t.name === "Override" && attribute(t.attributes, "PartName") === `/${part}`) found.Override = types.slice(t.start, t.end);
    if (t.name === "Default" && attribute(t.attributes, "Extension")?.toLowerCase() === ext) found.Default = types.slice(t.start, t.end);
  });
  const kind = only ?? (found.Override !== undefined ? "Override" : "Default");
  const xml = found[kind];
  return xml === undefined ? null : { kind, xml };
}

/**
 * Puts into `now` (the package exceljs wrote, before it is compressed) the standalone parts of
 * `original` it lacks, each with the parts its own relationships name.
 */
export async function carryOverParts(original: Uint8Array, now: JSZip): Promise<void> {
  const old = await JSZip.loadAsync(original);
  const text = async (zip: JSZip, path: string): Promise<string | null> => (await zip.file(path)?.async("string")) ?? null;
  const copied: string[] = [];
  const copyTree = async (part: string): Promise<void> => {
    const file = old.file(part);
    if (!file || now.file(part) || copied.includes(part)) return;
    now.file(part, await file.async("uint8array"));
    copied.push(part);
    const rels = await text(old, relsOf(part));
    if (rels === null) return;
    now.file(relsOf(part), rels);
    const folder = part.slice(0, part.lastIndexOf("/") + 1);
    for (const r of relationships(rels)) if (!r.external) await copyTree(resolvePart(folder, r.target));
  };
  for (const source of SOURCES) {
    const [before, after] = [await text(old, source), await text(now, source)];
    if (before === null || after === null) continue;
    const folder = source === "_rels/.rels" ? "" : "xl/";
    const ids = new Set(relationships(after).map((r) => r.id));
    const added: string[] = [];
    for (const r of relationships(before)) {
      const part = resolvePart(folder, r.target);
      if (r.external || !STANDALONE.has(r.type) || now.file(part)) continue;
      await copyTree(part);
      let id = r.id;
      for (let n = 1; ids.has(id); n++) id = `rIdKept${n}`;
      ids.add(id);
      added.push(r.xml.replace(/\bId=(["'])[^"']*\1/, `Id="${id}"`));
    }
    if (added.length > 0) now.file(source, after.replace("</Relationships>", `${added.join("")}</Relationships>`));
  }
  if (copied.length === 0) return;
  const [typesBefore, typesAfter] = [(await text(old, "[Content_Types].xml")) ?? "", (await text(now, "[Content_Types].xml")) ?? ""];
  const entries: string[] = [];
  for (const part of copied.filter((p) => !p.includes("/_rels/"))) {
    const entry = contentType(typesBefore, part);
    if (entry && !contentType(typesAfter + entries.join(""), part, entry.kind)) entries.push(entry.xml);
  }
  now.file("[Content_Types].xml", typesAfter.replace("</Types>", `${entries.join("")}</Types>`));
}
