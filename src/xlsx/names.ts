// Workbook-scoped formula names (LAMBDA) in .xlsx files. exceljs only knows names that refer to
// ranges, so the adapter writes formula names into xl/workbook.xml itself, in the form Excel
// stores them: newer functions prefixed "_xlfn.", LAMBDA parameters "_xlpm." (and "_xlop." where
// an optional parameter is declared), and keeps formula names of a file it opened.
import JSZip from "jszip";
import type { NameSpec } from "../workbook/model";
import { attribute, eachStartTag, elementEnds } from "./xmlScan";

/** Functions newer than Excel 2007 that a file must prefix with "_xlfn.". */
const FUTURE_FUNCTIONS = ["LAMBDA", "ISOMITTED", "LET", "XLOOKUP", "IFS", "SWITCH", "TEXTJOIN", "CONCAT", "MAXIFS", "MINIFS", "FILTER", "SEQUENCE"];

/** Splits formula text into string literals and the code between them. */
function segments(formula: string): { text: string; literal: boolean }[] {
  const out: { text: string; literal: boolean }[] = [];
  let i = 0;
  while (i < formula.length) {
    const q = formula.indexOf('"', i);
    if (q < 0) {
      out.push({ text: formula.slice(i), literal: false });
      break;
    }
    if (q > i) out.push({ text: formula.slice(i, q), literal: false });
    let j = q + 1;
    for (; j < formula.length; j++) {
      if (formula[j] === '"') {
        if (formula[j + 1] === '"') j++;
        else break;
      }
    }
    out.push({ text: formula.slice(q, j + 1), literal: true });
    i = j + 1;
  }
  return out;
}

/** The top-level arguments of the call that starts at `open` (the index of its "("). */
function callArguments(code: string, open: number): { args: string[]; end: number } {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  let inString = false;
  for (let i = open; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') inString = !inString;
    if (inString) continue;
    if (ch === "(" || ch === "{") depth++;
    else if (ch === ")" || ch === "}") {
      depth--;
      if (depth === 0) {
        args.push(code.slice(start, i));
        return { args, end: i };
      }
    } else if (ch === "," && depth === 1) {
      args.push(code.slice(start, i));
      start = i + 1;
    }
  }
  return { args, end: code.length };
}

/**
 * "=LAMBDA(result,[ladder],IF(ISOMITTED(ladder),…))" → "_xlfn.LAMBDA(_xlpm.result,_xlop.ladder,
 * IF(_xlfn.ISOMITTED(_xlpm.ladder),…))": the text a file stores for a formula typed in Excel.
 */
export function toFileFormula(formula: string): string {
  let text = formula.replace(/^=/, "");
  const lambda = /^\s*LAMBDA\s*\(/i.exec(text);
  let params: { name: string; optional: boolean }[] = [];
  if (lambda) {
    const { args } = callArguments(text, text.indexOf("("));
    params = args.slice(0, -1).map((a) => {
      const t = a.trim();
      const optional = t.startsWith("[") && t.endsWith("]");
      return { name: optional ? t.slice(1, -1).trim() : t, optional };
    });
  }
  const names = new Set(params.map((p) => p.name.toLowerCase()));
  text = segments(text)
    .map((s) => {
      if (s.literal) return s.text;
      let code = s.text.replace(new RegExp(`(?<![A-Za-z0-9_.])(${FUTURE_FUNCTIONS.join("|")})\\s*\\(`, "gi"), (_m, fn: string) => `_xlfn.${fn.toUpperCase()}(`);
      if (names.size > 0) {
        code = code.replace(/(?<![A-Za-z0-9_.])\[?([A-Za-z_][A-Za-z0-9_.]*)\]?(?![A-Za-z0-9_.(])/g, (m, id: string) => {
          const p = params.find((x) => x.name.toLowerCase() === id.toLowerCase());
          if (!p) return m;
          return m.startsWith("[") ? `_xlop.${p.name}` : `_xlpm.${p.name}`;
        });
      }
      return code;
    })
    .join("");
  return text;
}

/** The inverse, for names read from a file: "_xlfn.LAMBDA(_xlpm.x,…)" → "=LAMBDA(x,…)". */
export function fromFileFormula(text: string): string {
  const body = segments(text)
    .map((s) => (s.literal ? s.text : s.text.replace(/_xlfn\./g, "").replace(/_xlop\.([A-Za-z0-9_.]+)/g, "[$1]").replace(/_xlpm\./g, "")))
    .join("");
  return `=${body}`;
}

const xmlEscape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const xmlUnescape = (s: string): string =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** A defined name as the file stores it. */
export interface RawName {
  name: string;
  text: string;
  comment?: string;
  localSheetId?: string;
}

/**
 * Every defined name of a workbook.xml, in one linear pass (src/xlsx/xmlScan.ts says why not a
 * regular expression); names inside comments are no names.
 */
export function readRawNames(workbookXml: string): RawName[] {
  const out: RawName[] = [];
  const endOf = elementEnds(workbookXml);
  eachStartTag(workbookXml, DEFINED_NAME, (tag) => {
    const end = endOf(tag);
    if (end < 0) return;
    const attr = (a: string): string | undefined => {
      const v = attribute(tag.attributes, a);
      return v === undefined ? undefined : xmlUnescape(v);
    };
    const body = tag.selfClosing ? "" : workbookXml.slice(tag.end, workbookXml.lastIndexOf("<", end - 1));
    const raw: RawName = { name: attr("name") ?? "", text: xmlUnescape(body) };
    const comment = attr("comment");
    if (comment !== undefined) raw.comment = comment;
    const local = attr("localSheetId");
    if (local !== undefined) raw.localSheetId = local;
    out.push(raw);
  });
  return out;
}

const DEFINED_NAME = new Set(["definedName"]);

function nameXml(n: RawName): string {
  const attrs = [`name="${xmlEscape(n.name)}"`];
  if (n.comment) attrs.push(`comment="${xmlEscape(n.comment)}"`);
  if (n.localSheetId !== undefined) attrs.push(`localSheetId="${xmlEscape(n.localSheetId)}"`);
  return `<definedName ${attrs.join(" ")}>${xmlEscape(n.text)}</definedName>`;
}

/** Adds defined names to a workbook.xml (names it already has are left alone). */
export function addNamesToWorkbookXml(xml: string, names: readonly RawName[]): string {
  const existing = new Set(readRawNames(xml).map((n) => `${n.name.toLowerCase()}|${n.localSheetId ?? ""}`));
  const fresh = names.filter((n) => !existing.has(`${n.name.toLowerCase()}|${n.localSheetId ?? ""}`));
  if (fresh.length === 0) return xml;
  const items = fresh.map(nameXml).join("");
  if (/<definedNames\s*\/>/.test(xml)) return xml.replace(/<definedNames\s*\/>/, `<definedNames>${items}</definedNames>`);
  if (xml.includes("</definedNames>")) return xml.replace("</definedNames>", `${items}</definedNames>`);
  // definedNames follows sheets (and externalReferences) in CT_Workbook.
  const anchor = xml.includes("</externalReferences>") ? "</externalReferences>" : "</sheets>";
  return xml.replace(anchor, `${anchor}<definedNames>${items}</definedNames>`);
}

/** Rewrites xl/workbook.xml of an .xlsx buffer with extra defined names. */
/** Adds formula names to the workbook part of an .xlsx package. */
export async function addNames(zip: JSZip, names: readonly RawName[]): Promise<void> {
  const file = zip.file("xl/workbook.xml");
  if (!file || names.length === 0) return;
  zip.file("xl/workbook.xml", addNamesToWorkbookXml(await file.async("string"), names));
}

/** Defined names of an .xlsx buffer, straight from xl/workbook.xml. */
export async function namesInFile(buffer: Uint8Array): Promise<RawName[]> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file("xl/workbook.xml")?.async("string");
  return xml ? readRawNames(xml) : [];
}

export const rawName = (n: NameSpec): RawName => {
  const raw: RawName = { name: n.name, text: toFileFormula(n.formula) };
  if (n.comment) raw.comment = n.comment.slice(0, 255);
  return raw;
};
