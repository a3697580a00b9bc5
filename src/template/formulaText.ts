// A formula's text in a form that two writers of the same formula share, so that "is this still
// the template's formula?" does not depend on who wrote or last saved the file:
//   - case, spaces, `_xlfn.`/`_xlws.` prefixes, Excel 365's implicit-intersection `@`, TRUE() for
//     TRUE (LibreOffice), quotes around sheet names that need none, and `$` are not told apart;
//   - a structured reference and the A1 reference it stands for are the same (the Office.js writer
//     writes A1, the .xlsx writer structured references, and Excel shows `[@col]`): every
//     reference becomes the column it names, by its header, and the row it names — on the
//     formula's own sheet as an offset from the formula's row, on another sheet by that row's key
//     (a KPI id and level, say) — so moved columns and rows elsewhere do not count;
//   - a whole table column (`tblKpi[weight]`, `'ตัวชี้วัด'!$G$5:$G$40`) is that column from the
//     first data row, whatever its last row.
// String literals are kept exactly.
import { norm } from "../layout/read/cells";
import { columnIndex } from "../workbook/a1";
import { bracketGroup } from "../workbook/bracketGroup";

/** What a formula's references are resolved against: one side's sheets (the layout's, or the workbook's). */
export interface SheetLayout {
  /** 0-based header row of the sheet's table. */
  headerRow: number;
  /** The header of each column, normalised (Arabic digits, single spaces, lower case). */
  headers: Map<number, string>;
  /** The key of each data row (a KPI id, a round and component…), where it has one. */
  rowKeys: Map<number, string>;
}

export interface FormulaContext {
  /** Sheet names and table names (lower case) → sheet ids. */
  sheetOf: (name: string) => string | undefined;
  tableOf: (name: string) => string | undefined;
  layouts: ReadonlyMap<string, SheetLayout>;
}

export const headerKey = (header: unknown): string => norm(header).toLowerCase();

const SHEET = /(?:'((?:[^']|'')+)'|([^\s'!(),=<>&+\-*/^;:"{}[\]@$]+))!/y;
const RANGE = /\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?/y;
const CELL = /\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?(?![\w.(\u0E00-\u0E7F[])/y;
const WORD = /[A-Za-z_\u0E00-\u0E7F][\w.\u0E00-\u0E7F]*/y;
const NAME_CHAR = /[\w.\u0E00-\u0E7F]/;

/** `re` (sticky) matched at `at`, or null. */
function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** The canonical form of `formula` written in the cell at `row` of the sheet `sheetId`. */
export function canonicalFormula(formula: string, sheetId: string, row: number, ctx: FormulaContext): string {
  const out: string[] = [];
  const text = formula.replace(/^=/, "");
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && !(text[j] === '"' && text[j + 1] !== '"')) j += text[j] === '"' ? 2 : 1;
      out.push(text.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    // A sheet-qualified reference: 'Sheet name'!A1 or Sheet!A1.
    const sheet = matchAt(SHEET, text, i);
    if (sheet) {
      const name = (sheet[1] ?? sheet[2] ?? "").replace(/''/g, "'");
      i += sheet[0].length;
      const ref = matchAt(RANGE, text, i);
      const target = ctx.sheetOf(name.toLowerCase()) ?? `?${name.toLowerCase()}`;
      if (ref) {
        out.push(a1Token(ref[0], target, target === sheetId ? row : null, ctx));
        i += ref[0].length;
      } else {
        out.push(`${target}!`);
      }
      continue;
    }
    const cell = NAME_CHAR.test(text[i - 1] ?? "") ? null : matchAt(CELL, text, i);
    if (cell) {
      out.push(a1Token(cell[0], sheetId, row, ctx));
      i += cell[0].length;
      continue;
    }
    const word = matchAt(WORD, text, i);
    if (word) {
      i += word[0].length;
      if (text[i] === "[") {
        const group = bracketGroup(text, i);
        if (group) {
          out.push(structuredToken(ctx.tableOf(word[0].toLowerCase()) ?? `?${word[0].toLowerCase()}`, group.inner, sheetId));
          i = group.end + 1;
          continue;
        }
      }
      let name = word[0].toUpperCase().replace(/^_XL(?:FN|WS)\./, "");
      if ((name === "TRUE" || name === "FALSE") && text.slice(i, i + 2) === "()") i += 2;
      else if (text[i] === "(") {
        name += "(";
        i += 1;
      }
      out.push(name);
      continue;
    }
    if (ch === "[") {
      // A structured reference without its table: the table of the formula's own sheet.
      const group = bracketGroup(text, i);
      if (group) {
        out.push(structuredToken(sheetId, group.inner, sheetId));
        i = group.end + 1;
        continue;
      }
    }
    // Excel 365's implicit intersection, and absolute references: the same formula without them.
    if (ch !== "@" && ch !== "$") out.push(ch);
    i++;
  }
  return out.join("");
}

/** An A1 cell or range of `sheetId`, written in the cell at `row` of the same sheet (null: another sheet). */
function a1Token(ref: string, sheetId: string, row: number | null, ctx: FormulaContext): string {
  const layout = ctx.layouts.get(sheetId);
  const corners = ref.replace(/\$/g, "").split(":").map((c) => {
    const m = /^([A-Za-z]{1,3})(\d+)$/.exec(c) as RegExpExecArray;
    return { row: Number(m[2]) - 1, column: columnIndex(m[1] as string) };
  });
  const [a, b] = corners as [{ row: number; column: number }, { row: number; column: number } | undefined];
  const column = (c: number): string => layout?.headers.get(c) ?? `#${c}`;
  // A column of the table from its first data row: the whole column, however far it reaches.
  if (b && layout && a.column === b.column && a.row === layout.headerRow + 1 && b.row > a.row) return `{${sheetId}!${column(a.column)}}`;
  const at = (p: { row: number; column: number }): string => {
    const where = row !== null ? `R[${p.row - row}]` : `K[${layout?.rowKeys.get(p.row) ?? `#${p.row}`}]`;
    return `${where}${column(p.column)}`;
  };
  return `{${sheetId}!${at(a)}${b ? `:${at(b)}` : ""}}`;
}

/** Tbl[[#This Row],[a]] · Tbl[@a] · Tbl[@[a]:[b]] · Tbl[a] · Tbl[[#Data],[a]]: the same tokens as the A1 forms give. */
function structuredToken(tableSheet: string, inner: string, sheetId: string): string {
  const parts = [...inner.matchAll(/\[((?:[^\]']|'.)*)\]|([^,[\]:]+)|(:)/g)].map((m) => (m[3] ? ":" : (m[1] ?? m[2] ?? "").replace(/'(.)/g, "$1").trim()));
  let thisRow = false;
  const columns: string[] = [];
  for (const p of parts.length > 0 ? parts : [inner]) {
    if (p === ":" || p === "") continue;
    if (/^#this row$/i.test(p) || /^#data$/i.test(p)) {
      thisRow ||= /^#this row$/i.test(p);
      continue;
    }
    if (p.startsWith("@")) {
      thisRow = true;
      const rest = p.slice(1).trim();
      if (rest !== "") columns.push(rest);
      continue;
    }
    columns.push(p);
  }
  const col = (h: string): string => headerKey(h);
  if (thisRow) {
    const at = (h: string): string => (tableSheet === sheetId ? `R[0]${col(h)}` : `K[this]${col(h)}`);
    return `{${tableSheet}!${columns.map(at).join(":")}}`;
  }
  return columns.length === 1 ? `{${tableSheet}!${col(columns[0] as string)}}` : `{${tableSheet}!${columns.map(col).join(":")}}`;
}

