// Distinctive words of one group of texts against another: the log-odds ratio with an
// informative Dirichlet prior, and its z-score (Monroe, Colaresi & Quinn 2008, "Fightin'
// Words", Political Analysis 16(4), section 3.5, eq. 16 and 18).
//
//   δ_w = log[(y_w^a + α_w) / (n^a + α0 − y_w^a − α_w)] − log[(y_w^b + α_w) / (n^b + α0 − y_w^b − α_w)]
//   σ²(δ_w) ≈ 1 / (y_w^a + α_w) + 1 / (y_w^b + α_w),   z_w = δ_w / σ(δ_w)
//
// y_w^a is the count of word w in group a, n^a the group's total; α_w is the prior count
// of w and α0 = Σ α_w.

export type WordCounts = ReadonlyMap<string, number>;

export interface WordScore {
  word: string;
  /** Count in group a, in group b. */
  a: number;
  b: number;
  delta: number;
  variance: number;
  z: number;
}

function total(counts: WordCounts): number {
  let n = 0;
  for (const c of counts.values()) n += c;
  return n;
}

/** α_w = α0 · y_w / n: the pooled frequencies of `counts`, scaled to α0 pseudo-counts. */
export function informativePrior(counts: WordCounts, alpha0: number): Map<string, number> {
  const n = total(counts);
  const prior = new Map<string, number>();
  if (n === 0) return prior;
  for (const [word, c] of counts) prior.set(word, (alpha0 * c) / n);
  return prior;
}

/** Scores every word with a positive prior, most distinctive of `a` first (highest z). */
export function fightinWords(a: WordCounts, b: WordCounts, prior: WordCounts): WordScore[] {
  const na = total(a);
  const nb = total(b);
  const alpha0 = total(prior);
  const scores: WordScore[] = [];
  for (const [word, alpha] of prior) {
    if (!(alpha > 0)) continue;
    const ya = a.get(word) ?? 0;
    const yb = b.get(word) ?? 0;
    const delta =
      Math.log((ya + alpha) / (na + alpha0 - ya - alpha)) - Math.log((yb + alpha) / (nb + alpha0 - yb - alpha));
    const variance = 1 / (ya + alpha) + 1 / (yb + alpha);
    scores.push({ word, a: ya, b: yb, delta, variance, z: delta / Math.sqrt(variance) });
  }
  return scores.sort((x, y) => y.z - x.z || x.word.localeCompare(y.word));
}
