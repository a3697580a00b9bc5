/**
 * Rounds half-up to `decimals` places for display, as the official tables do (9.5143 → 9.514,
 * 8.7705 → 8.771). Works on the decimal text so that 1.0005 is not read as 1.000499….
 */
export function roundHalfUp(value: number, decimals = 3): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const abs = Math.abs(value);
  // toPrecision(15) strips binary noise such as 8.770000000000001 before rounding.
  const [mantissa, exponent] = Number(abs.toPrecision(15)).toExponential().split("e") as [string, string];
  const shifted = Number(`${mantissa}e${Number(exponent) + decimals}`);
  // Past 2^53 a double holds no fraction to round, and "1e+21e-3" would read as NaN.
  if (!Number.isSafeInteger(Math.floor(shifted))) return value;
  const rounded = Math.floor(shifted + 0.5);
  return sign * Number(`${rounded}e-${decimals}`);
}

/** A score as the official tables print it: "8.770". */
export function formatScore(value: number, decimals = 3): string {
  return roundHalfUp(value, decimals).toFixed(decimals);
}
