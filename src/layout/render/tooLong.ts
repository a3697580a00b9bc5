// Text longer than Excel holds in one cell (32,767 characters) is refused before anything is
// written, rather than written whole into a file Excel then cuts or will not open, or refused by
// Office.js halfway through a template. The error names each cell by what it holds: the column
// (field) and the KPI or component of its row.
import { toThaiDigits } from "../../core/thai/digits";
import { cellAddress } from "../../workbook/a1";
import { CELL_TEXT_MAX, type CellInput } from "../../workbook/model";
import { HEADER_ROW, type ColumnDef } from "../layout";

export interface TooLong {
  sheet: string;
  cell: string;
  length: number;
  /** The column's field, for a cell of a table's rows; none for titles. */
  field?: Pick<ColumnDef, "th" | "en">;
  /** The KPI ("1.1-1") or component ("c:1.1") of the cell's row. */
  owner?: string;
  /** The text's first words, where neither field nor owner says what the cell holds. */
  starts?: string;
}

/** The first words of a text too long for its cell: enough to find it in the plan. */
export const opening = (text: string): string => Array.from(text.slice(0, 80)).slice(0, 40).join("").replace(/\s+/g, " ").trim();

const grouped = (n: number): string => n.toLocaleString("en-US");

function describe(t: TooLong, lang: "th" | "en"): string {
  const at = `'${t.sheet}'!${t.cell}`;
  const component = t.owner?.startsWith("c:") ? t.owner.slice(2) : undefined;
  if (lang === "th") {
    const owner = t.owner === undefined ? "" : component !== undefined ? ` ขององค์ประกอบ ${toThaiDigits(component)}` : ` ของตัวชี้วัด ${toThaiDigits(t.owner)}`;
    const starts = t.starts === undefined ? "" : ` ขึ้นต้นว่า "${t.starts}…"`;
    return `${t.field ? `"${t.field.th}"` : "ข้อความในเซลล์"}${owner}${starts} ยาว ${toThaiDigits(grouped(t.length))} ตัวอักษร (${at})`;
  }
  const owner = t.owner === undefined ? "" : component !== undefined ? ` of component ${component}` : ` of KPI ${t.owner}`;
  const starts = t.starts === undefined ? "" : ` starting "${t.starts}…"`;
  return `the ${t.field ? t.field.en.toLowerCase() : "text in the cell"}${owner}${starts} is ${grouped(t.length)} characters long (${at})`;
}

/** What was not written because of the text: a template (the default), summary sheets, or cells of a workbook. */
const NOT_WRITTEN = {
  template: { th: "จึงไม่ได้สร้างแม่แบบ", en: "so no template was written" },
  summary: { th: "จึงไม่ได้สร้างแผ่นสรุป", en: "so no summary sheet was written" },
  workbook: { th: "จึงไม่ได้เขียนสิ่งใดลงสมุดงาน", en: "so nothing was written into the workbook" },
} as const;

/** A plan holds text longer than a cell holds: nothing was written. Bilingual message naming each cell. */
export class TextTooLongError extends Error {
  constructor(
    readonly cells: readonly TooLong[],
    what: keyof typeof NOT_WRITTEN = "template",
  ) {
    super(
      `ข้อความยาวเกินที่ Excel เก็บได้ในหนึ่งเซลล์ (${toThaiDigits(grouped(CELL_TEXT_MAX))} ตัวอักษร) ${NOT_WRITTEN[what].th}: ${cells.map((c) => describe(c, "th")).join("; ")} ย่อข้อความให้สั้นลงหรือแยกไปไว้ในเอกสารแนบ / ` +
        `text longer than Excel holds in one cell (${grouped(CELL_TEXT_MAX)} characters), ${NOT_WRITTEN[what].en}: ${cells.map((c) => describe(c, "en")).join("; ")}; shorten it or move it to an attachment`,
    );
    this.name = "TextTooLongError";
  }
}

/** The text cells of a sheet under construction (a SheetBuilder) longer than a cell holds. */
export function tooLong(b: { name: string; rows: readonly (readonly CellInput[])[]; columns: readonly ColumnDef[] }): TooLong[] {
  const out: TooLong[] = [];
  const keyed = (key: string): number | undefined => {
    const i = b.columns.findIndex((c) => c.key === key);
    return i < 0 ? undefined : i;
  };
  const kpiCol = keyed("id") ?? keyed("kpi");
  const componentCol = keyed("component");
  b.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v !== "string" || v.length <= CELL_TEXT_MAX) return;
      const found: TooLong = { sheet: b.name, cell: cellAddress(r, c), length: v.length };
      const column = b.columns[c];
      if (r > HEADER_ROW && column) {
        found.field = column;
        const kpi = kpiCol === undefined ? undefined : row[kpiCol];
        const component = componentCol === undefined ? undefined : row[componentCol];
        if (typeof kpi === "string" && kpi !== "") found.owner = kpi;
        else if (typeof component === "string" && component !== "") found.owner = `c:${component}`;
      }
      out.push(found);
    }),
  );
  return out;
}
