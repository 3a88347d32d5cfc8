/**
 * Rounding rule: percentages are rounded half up to one decimal (66.65 → 66.7) and kept
 * within 0-100. Points are not rounded; only binary noise from weights is stripped
 * (to 6 decimals), so 0.1 + 0.2 reads as 0.3.
 */
export function roundPercent(points: number, maxPoints: number): number | null {
  if (maxPoints <= 0) return null;
  const raw = (points / maxPoints) * 100;
  // toPrecision strips binary noise first, so 66.65 rounds to 66.7 as a person expects.
  const tenths = Math.round(Number((raw * 10).toPrecision(12)));
  return Math.min(100, Math.max(0, tenths / 10));
}

/** Strips floating-point noise from sums of weighted points. */
export function tidyPoints(points: number): number {
  const tidy = Math.round(points * 1e6) / 1e6;
  return tidy === 0 ? 0 : tidy; // no -0 in results
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
