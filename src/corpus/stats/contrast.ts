// Differences between two proportions, k1/n1 − k2/n2, with what a reader needs to judge
// them: Newcombe's hybrid score interval (Newcombe 1998, "Interval estimation for the
// difference between independent proportions", Statistics in Medicine 17:873–890, method 10,
// built from the two Wilson intervals), the two-sided two-proportion z-test (pooled), and
// Holm's step-down correction of a family of p-values (Holm 1979).

import { Z95, wilson } from './wilson';

export interface Difference {
  /** p1 − p2. */
  diff: number;
  low: number;
  high: number;
}

/** Newcombe's interval for p1 − p2; null when either n is 0. */
export function newcombe(k1: number, n1: number, k2: number, n2: number, z: number = Z95): Difference | null {
  const a = wilson(k1, n1, z);
  const b = wilson(k2, n2, z);
  if (!a || !b) return null;
  const p1 = k1 / n1;
  const p2 = k2 / n2;
  const diff = p1 - p2;
  return {
    diff,
    low: diff - Math.sqrt((p1 - a.low) ** 2 + (b.high - p2) ** 2),
    high: diff + Math.sqrt((a.high - p1) ** 2 + (p2 - b.low) ** 2),
  };
}

/** Two-sided p-value of the pooled two-proportion z-test; 1 when there is no variation at all. */
export function twoProportionP(k1: number, n1: number, k2: number, n2: number): number | null {
  if (!(n1 > 0 && n2 > 0)) return null;
  const pooled = (k1 + k2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return 1;
  const z = Math.abs(k1 / n1 - k2 / n2) / se;
  return Math.min(1, erfc(z / Math.SQRT2));
}

/** Holm-adjusted p-values, in the order given. */
export function holm(ps: readonly number[]): number[] {
  const order = ps.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const adjusted = new Array<number>(ps.length);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (ps.length - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}

/** Complementary error function, fractional error below 1.2e-7 (Numerical Recipes, erfcc). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? r : 2 - r;
}
