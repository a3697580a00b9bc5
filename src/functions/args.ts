// Reading custom-function arguments. Excel hands over numbers, text, booleans, null for an empty
// argument, 2-D arrays for ranges (blank cells as null or ""), and error objects; tests and other
// callers may hand over anything. These readers never throw: they return a value or a Failure.
import type { Bilingual } from "../core/schema/common";
import { parseThaiNumber } from "../core/thai/number";
import { fail, type Failure } from "./messages";

export type Cell = { kind: "blank" } | { kind: "number"; value: number } | { kind: "bad"; raw: unknown };

const BLANK: Cell = { kind: "blank" };

/** One cell: a finite number, numeric text in Thai or Arabic digits ("ร้อยละ ๙๘.๗๗"), blank, or bad. */
export function readCell(value: unknown): Cell {
  if (value === null || value === undefined) return BLANK;
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value } : { kind: "bad", raw: value };
  if (typeof value === "string") {
    if (value.trim() === "") return BLANK;
    const parsed = parseThaiNumber(value);
    return parsed === null ? { kind: "bad", raw: value } : { kind: "number", value: parsed };
  }
  return { kind: "bad", raw: value };
}

export type Single = { ok: true; value: unknown } | Failure;

/** A scalar argument; a 1×1 range is accepted as its one value. */
export function single(value: unknown, what: Bilingual): Single {
  if (!Array.isArray(value)) return { ok: true, value };
  let found: unknown = undefined;
  let count = 0;
  for (const row of value as unknown[]) {
    if (Array.isArray(row)) {
      for (const cell of row as unknown[]) {
        if (Array.isArray(cell)) return fail("invalidValue", "NOT_SINGLE", what);
        found = cell;
        count++;
      }
    } else {
      found = row;
      count++;
    }
    if (count > 1) return fail("invalidValue", "NOT_SINGLE", what);
  }
  return count === 1 ? { ok: true, value: found } : { ok: true, value: null };
}

export type Line =
  | { ok: true; kind: "blank" }
  | { ok: true; kind: "values"; values: unknown[] }
  | Failure;

const isBlankCell = (v: unknown): boolean => readCell(v).kind === "blank";

/**
 * Five values from a 1×5 or 5×1 range (or an array): "blank" when left out or every cell is
 * blank; otherwise the five cells with numeric text turned into numbers and anything unreadable
 * kept as it is, for the core to report. A blank cell among values is a Failure (#N/A).
 */
export function readFive(value: unknown, what: Bilingual): Line {
  if (value === null || value === undefined) return { ok: true, kind: "blank" };
  const cells: unknown[] = [];
  let rows = 0;
  let width = -1;
  let ragged = false;
  if (!Array.isArray(value)) {
    cells.push(value);
    rows = 1;
    width = 1;
  } else {
    const list = value as unknown[];
    const nested = list.filter((r) => Array.isArray(r)).length;
    if (nested === 0) {
      cells.push(...list);
      rows = list.length === 0 ? 0 : 1;
      width = list.length;
    } else if (nested === list.length) {
      rows = list.length;
      for (const row of list as unknown[][]) {
        if (width === -1) width = row.length;
        else if (row.length !== width) ragged = true;
        for (const cell of row) {
          if (Array.isArray(cell)) return fail("invalidValue", "NOT_A_LINE", what, "nested");
          cells.push(cell);
        }
      }
    } else {
      ragged = true;
      for (const item of list) {
        if (Array.isArray(item)) {
          for (const cell of item as unknown[]) {
            if (Array.isArray(cell)) return fail("invalidValue", "NOT_A_LINE", what, "nested");
            cells.push(cell);
          }
        } else cells.push(item);
      }
    }
  }
  if (cells.every(isBlankCell)) return { ok: true, kind: "blank" };
  if (ragged) return fail("invalidValue", "NOT_A_LINE", what, "ragged");
  const oneLine = rows === 1 || width === 1;
  if (!oneLine || cells.length !== 5) return fail("invalidValue", "NOT_A_LINE", what, `${rows}×${Math.max(width, 0)}`);
  const values: unknown[] = [];
  for (const [i, raw] of cells.entries()) {
    const cell = readCell(raw);
    if (cell.kind === "blank") return fail("notAvailable", "CELL_BLANK", what, i + 1);
    values.push(cell.kind === "number" ? cell.value : cell.raw);
  }
  return { ok: true, kind: "values", values };
}
