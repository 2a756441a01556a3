// The Wilson score interval for a binomial proportion k/n (Wilson 1927), which stays
// inside [0, 1] and behaves for small n and for k = 0 or k = n, unlike the normal one.

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/** null when n = 0: there is nothing to estimate. */
export function wilson(k: number, n: number, z: number = Z95): Interval | null {
  if (!(n > 0) || k < 0 || k > n) return null;
  const p = k / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
