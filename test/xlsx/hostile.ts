// Hostile .xlsx files, built from a real template so that everything but the attack is ordinary:
// the tests of bounded reading and `npm run bench -- hostile` read them. Each is small on disk.
import { deflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { findFramework } from "../../src/core/frameworks/shipped";
import type { Framework } from "../../src/core/schema/framework";
import type { Plan } from "../../src/core/schema/plan";
import { templatePlan } from "../../src/layout/templatePlan";
import { insertTemplate } from "../../src/template/insert";
import { XlsxWorkbook } from "../../src/xlsx/workbook";

export interface Hostile {
  name: string;
  /** What the file does, in words. */
  what: string;
  build: () => Promise<Uint8Array>;
}

const FRAMEWORK = findFramework("bma-2567-bureau") as Framework;

/** A new .xlsx file holding `plan` as a template. */
export async function templateXlsx(plan: Plan, framework: Framework): Promise<Buffer> {
  const workbook = XlsxWorkbook.create();
  await insertTemplate(workbook, plan, framework);
  return workbook.toBuffer();
}

/** An ordinary template workbook (about 30 KB): the base every hostile file is made from. */
export function templateBytes(): Promise<Buffer> {
  return templateXlsx(templatePlan(FRAMEWORK, { agency: "สำนักการระบายน้ำ" }), FRAMEWORK);
}

/** The template with one part's text changed. */
async function edited(part: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await templateBytes());
  const xml = await zip.file(part)?.async("string");
  if (xml === undefined) throw new Error(`no ${part} in the template`);
  zip.file(part, edit(xml));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const REGISTER = "xl/worksheets/sheet1.xml";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip written by hand, so that a part can claim any size: [name, bytes, declared size]. */
export function zipOf(entries: readonly (readonly [string, Uint8Array, number?])[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data, declared] of entries) {
    const packed = deflateRawSync(data);
    const fileName = Buffer.from(name, "utf8");
    const head = (signature: number, size: number): Buffer => {
      const b = Buffer.alloc(size);
      b.writeUInt32LE(signature, 0);
      return b;
    };
    const fields = (b: Buffer, at: number): void => {
      b.writeUInt16LE(20, at); // version needed
      b.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      b.writeUInt16LE(8, at + 4); // deflate
      b.writeUInt32LE(0, at + 6); // time and date
      b.writeUInt32LE(crc32(data), at + 10);
      b.writeUInt32LE(packed.length, at + 14);
      b.writeUInt32LE(declared ?? data.length, at + 18);
      b.writeUInt16LE(fileName.length, at + 22);
    };
    const local = head(0x04034b50, 30);
    fields(local, 4);
    const entry = head(0x02014b50, 46);
    entry.writeUInt16LE(20, 4);
    fields(entry, 6);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, fileName, packed);
    central.push(entry, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The template's parts with one of them replaced or added (written by zipOf). */
async function rezipped(part: string, data: Uint8Array, declared?: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await templateBytes());
  const entries: [string, Uint8Array, number?][] = [];
  for (const f of Object.values(zip.files)) if (!f.dir && f.name !== part) entries.push([f.name, await f.async("uint8array")]);
  entries.push(declared === undefined ? [part, data] : [part, data, declared]);
  return zipOf(entries);
}

/** The register with `rows` more rows of one cell each below the template's. */
function manyRows(xml: string, rows: number): Uint8Array {
  const [head, tail] = xml.split("</sheetData>") as [string, string];
  const chunks: Buffer[] = [Buffer.from(head)];
  const batch: string[] = [];
  for (let r = 1000; r < 1000 + rows; r++) {
    batch.push(`<row r="${r}"><c r="B${r}"><v>1</v></c></row>`);
    if (batch.length === 10_000) chunks.push(Buffer.from(batch.splice(0).join("")));
  }
  chunks.push(Buffer.from(batch.join("")), Buffer.from(`</sheetData>${tail}`));
  return Buffer.concat(chunks);
}

export const HOSTILE: readonly Hostile[] = [
  {
    name: "merged-range",
    what: "one merged range A100:XFD1048576 (1.7 × 10¹⁰ cells)",
    build: () => edited(REGISTER, (xml) => xml.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A100:XFD1048576"/></mergeCells>')),
  },
  {
    name: "validation-range",
    what: "a data validation over A1:AH1048576 (3.6 × 10⁷ cells)",
    build: () =>
      edited(REGISTER, (xml) =>
        xml.replace("</dataValidations>", '<dataValidation type="whole" allowBlank="1" sqref="A1:AH1048576"><formula1>0</formula1></dataValidation></dataValidations>'),
      ),
  },
  {
    name: "defined-name-range",
    what: "a defined name over a whole sheet ($A:$XFD)",
    build: () => edited("xl/workbook.xml", (xml) => xml.replace("<definedNames>", "<definedNames><definedName name=\"everything\">'ตัวชี้วัด'!$A:$XFD</definedName>")),
  },
  {
    name: "names-in-comment",
    what: "180,000 <definedName a> inside a comment",
    build: () => edited("xl/workbook.xml", (xml) => xml.replace("<definedNames>", `<!--${"<definedName a>".repeat(180_000)}--><definedNames>`)),
  },
  {
    name: "million-rows",
    what: "a register of 1,000,000 rows",
    build: async () => {
      const zip = await JSZip.loadAsync(await templateBytes());
      return rezipped(REGISTER, manyRows((await zip.file(REGISTER)?.async("string")) ?? "", 1_000_000));
    },
  },
  {
    name: "far-cell",
    what: "one cell at XFD1000 (a grid of 16,384 columns × 1,000 rows)",
    build: () => edited(REGISTER, (xml) => xml.replace("</sheetData>", '<row r="1000"><c r="XFD1000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')),
  },
  {
    name: "zip-bomb",
    what: "a picture that unpacks to 128 MB",
    build: () => rezipped("xl/media/image1.png", new Uint8Array(128 * 1024 * 1024)),
  },
  {
    name: "lying-zip-bomb",
    what: "a sheet that claims 1 KB and unpacks to 64 MB of spaces",
    build: () => rezipped(REGISTER, new Uint8Array(64 * 1024 * 1024).fill(0x20), 1024),
  },
];

/**
 * Not hostile but as large as reading allows: the template plus a sheet of 99,000 rows of a number
 * and a Thai text (about 199,000 cells in all, near READ_LIMITS.rows and .cells), for the benchmark.
 */
export async function atTheLimits(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await templateBytes());
  const rows: string[] = [];
  for (let r = 1; r <= 99_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>ข้อความแถว ${r}</t></is></c></row>`);
  zip.file(
    "xl/worksheets/sheet99.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`,
  );
  const edit = async (part: string, from: string, to: string): Promise<void> => {
    zip.file(part, ((await zip.file(part)?.async("string")) ?? "").replace(from, to));
  };
  await edit("xl/workbook.xml", "</sheets>", '<sheet sheetId="99" name="ข้อมูลอื่น" r:id="rId99"/></sheets>');
  await edit(
    "xl/_rels/workbook.xml.rels",
    "</Relationships>",
    '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet99.xml"/></Relationships>',
  );
  await edit(
    "[Content_Types].xml",
    "</Types>",
    '<Override PartName="/xl/worksheets/sheet99.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
