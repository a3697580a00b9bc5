// Structured references of a render model as the A1 references they stand for, where Office.js
// must write a formula before its table exists (Excel refuses a reference to a table that does
// not exist yet) or into a table (where a structured this-row reference would have to be typed
// into the table, which AutoCorrect rewrites: see officePort.ts and write.ts).
import { columnLetter, parseRange, quoteSheet } from "../workbook/a1";
import { bracketGroup } from "../workbook/bracketGroup";
import type { RenderModel } from "../workbook/model";

/** Where each table of the model lies: its sheet, data rows and columns by header. */
export interface TableLocation {
  sheet: string;
  firstDataRow: number;
  lastRow: number;
  columns: Map<string, number>;
}

export function tableIndex(model: RenderModel): Map<string, TableLocation> {
  const out = new Map<string, TableLocation>();
  for (const spec of model.sheets) {
    for (const t of spec.tables) {
      const { row1, row2, column1, column2 } = parseRange(t.range);
      const columns = new Map<string, number>();
      for (let c = column1; c <= column2; c++) {
        const h = spec.rows[row1]?.[c];
        if (typeof h === "string") columns.set(h.toLowerCase(), c);
      }
      out.set(t.name.toLowerCase(), { sheet: spec.name, firstDataRow: row1 + 1, lastRow: row2, columns });
    }
  }
  return out;
}

const unescapeColumn = (s: string): string => s.replace(/'(.)/g, "$1");

/**
 * A formula with the model's structured references written as A1 references, for the cell at
 * `row` (0-based) of `sheet`: Table[[#This Row],[X]] → $F12, Table[[#This Row],[X]:[Y]] → $F12:$J12,
 * Table[X] → 'Sheet'!$F$5:$F$40. A whole column of a table in `keep` (tables that exist already)
 * stays the structured reference, so that rows appended to the table count. Text inside string
 * literals is left alone.
 */
export function structuredToA1(
  formula: string,
  sheet: string,
  row: number,
  tables: ReadonlyMap<string, TableLocation>,
  keep: ReadonlySet<string> = new Set(),
): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*(?=\[)/.exec(formula.slice(i));
    const previous = formula[i - 1] ?? "";
    const table = name && !/[A-Za-z0-9_.]/.test(previous) ? tables.get(name[0].toLowerCase()) : undefined;
    const group = name && table ? bracketGroup(formula, i + name[0].length) : null;
    if (!name || !table || !group) {
      out += ch;
      i++;
      continue;
    }
    const col = (header: string): string => {
      const c = table.columns.get(unescapeColumn(header).toLowerCase());
      if (c === undefined) throw new Error(`formula names column [${header}] that table ${name[0]} does not have`);
      return columnLetter(c);
    };
    const thisRow = /^\[#This Row\],\[(.+?)\](?::\[(.+)\])?$/i.exec(group.inner);
    if (thisRow) {
      const r = row + 1;
      const from = `$${col(thisRow[1] as string)}${r}`;
      const ref = thisRow[2] === undefined ? from : `${from}:$${col(thisRow[2])}${r}`;
      out += table.sheet === sheet ? ref : `${quoteSheet(table.sheet)}!${ref}`;
    } else if (keep.has(name[0].toLowerCase())) {
      col(group.inner);
      out += formula.slice(i, group.end + 1);
    } else {
      const c = col(group.inner);
      out += `${quoteSheet(table.sheet)}!$${c}$${table.firstDataRow + 1}:$${c}$${table.lastRow + 1}`;
    }
    i = group.end + 1;
  }
  return out;
}
