// Text that survives the file. XML 1.0 cannot carry most control characters (exceljs drops them
// when it writes) and a CR written as such is read back as LF. OOXML writes such characters as
// _xHHHH_ (ECMA-376 Part 1, §22.9.2.19 ST_Xstring), which Excel reads back as the character, and
// exceljs too; an "_" that would start such a sequence in the text itself is written _x005F_, so
// that it reads back as typed. The workbook in memory keeps the text as it is: cells are escaped
// just before exceljs writes the file and restored after.
import type ExcelJS from "exceljs";

/** exceljs' ValueType of text cells (lib/doc/enums.js), without loading all of exceljs for it. */
const STRING = 3;
const RICH_TEXT = 8;

const ESCAPED = /[\x00-\x08\x0B-\x1F\x7F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

/** The text as a file stores it. */
export const toXstring = (text: string): string =>
  text.replace(ESCAPED, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);

/** Escapes every text cell of the workbook in place; returns what puts the text back. */
export function escapeTexts(workbook: ExcelJS.Workbook): () => void {
  const undo: (() => void)[] = [];
  workbook.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        // Merged cells other than the first show the first one's value: escaping it twice would garble it.
        if ((cell.type as number) !== STRING && (cell.type as number) !== RICH_TEXT) return;
        const value = cell.value as string | ExcelJS.CellRichTextValue;
        const runs = typeof value === "string" ? [{ text: value }] : value.richText;
        if (!runs.some((r) => toXstring(r.text) !== r.text)) return;
        cell.value = typeof value === "string" ? toXstring(value) : { richText: value.richText.map((r) => ({ ...r, text: toXstring(r.text) })) };
        undo.push(() => (cell.value = value));
      }),
    ),
  );
  return () => undo.forEach((f) => f());
}
