// What an opened workbook would lose by being written again through exceljs, which keeps cells,
// styles, merges, validation, conditional formats, tables, protection, names and images, but not
// everything a file may hold (charts, pivot tables, slicers, threaded comments, custom XML, custom
// document properties, add-in parts…). The parts of the file before and after are compared by
// kind (the name without its number: xl/charts/chart1.xml is a chart): a kind of which the new
// file holds fewer parts has lost some. Parts a spreadsheet program rebuilds, and XML parts that
// hold nothing, are not a loss.
import JSZip from "jszip";

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
