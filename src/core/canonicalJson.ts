// Canonical JSON: the one text a value has, whatever the order its object keys were built in, so
// that a plan read from the workbook in Excel (Office.js) and the same plan read from the saved
// .xlsx by the command line (exceljs) hash to the same digest, and two frameworks built in another
// order compare equal.
//
// - object keys in code-point order, at every depth; keys whose value is undefined left out;
// - arrays in their own order; undefined inside an array becomes null (as JSON.stringify does);
// - numbers as JSON writes them (-0 as 0); NaN and ±Infinity as null;
// - strings exactly as held: no trimming, no Unicode normalisation (a change is a change);
// - no whitespace.
// Pure: no hashing here (the core and this file import nothing that touches I/O).

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

function write(value: unknown, seen: Set<object>): string {
  if (value === null || value === undefined) return "null";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "number":
      return Number.isFinite(value) ? JSON.stringify(value === 0 ? 0 : value) : "null";
    case "string":
      return JSON.stringify(value);
    case "bigint":
      return JSON.stringify(value.toString());
    case "object":
      break;
    default:
      // functions and symbols have no JSON form
      return "null";
  }
  const obj = value as object;
  if (seen.has(obj)) throw new TypeError("canonicalJson: the value contains a cycle");
  seen.add(obj);
  try {
    if (Array.isArray(obj)) return `[${obj.map((v) => write(v, seen)).join(",")}]`;
    const keys = Object.keys(obj)
      .filter((k) => (obj as Record<string, unknown>)[k] !== undefined)
      .sort(byCodePoint);
    return `{${keys.map((k) => `${JSON.stringify(k)}:${write((obj as Record<string, unknown>)[k], seen)}`).join(",")}}`;
  } finally {
    seen.delete(obj);
  }
}

/** Code-point order (not UTF-16 unit order, not locale order): stable on every platform. */
function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = (x[i] as string).codePointAt(0)! - (y[i] as string).codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
