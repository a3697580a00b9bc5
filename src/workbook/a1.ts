// A1 addresses: column letters and cell/range text, 0-based indexes inside the code.

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (row 0, column 1) → "B1". */
export const cellAddress = (row: number, column: number): string => `${columnLetter(column)}${row + 1}`;

/** The rectangle between two 0-based corners, "A4:U30"; one cell gives "B5". */
export function rangeAddress(row1: number, column1: number, row2: number, column2: number): string {
  const a = cellAddress(row1, column1);
  const b = cellAddress(row2, column2);
  return a === b ? a : `${a}:${b}`;
}

/** "B5" → { row: 4, column: 1 }; "$B$5" too. */
export function parseCell(address: string): { row: number; column: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new RangeError(`not an A1 cell address: ${address}`);
  return { row: Number(m[2]) - 1, column: columnIndex(m[1] as string) };
}

/** "A4:U30" → corners; a single cell gives a 1×1 range. */
export function parseRange(address: string): { row1: number; column1: number; row2: number; column2: number } {
  const [a, b] = address.split(":") as [string, string | undefined];
  const p = parseCell(a);
  const q = b === undefined ? p : parseCell(b);
  return {
    row1: Math.min(p.row, q.row),
    column1: Math.min(p.column, q.column),
    row2: Math.max(p.row, q.row),
    column2: Math.max(p.column, q.column),
  };
}

/** A sheet name as a formula needs it: 'ตัวชี้วัด (2)'!A1. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** A range of a sheet as an absolute reference: 'ข้อมูลแม่แบบ'!$B$20:$G$20. */
export const absoluteRef = (sheet: string, range: string): string => `${quoteSheet(sheet)}!${range.replace(/([A-Z]+)(\d+)/gi, "$$$1$$$2")}`;
