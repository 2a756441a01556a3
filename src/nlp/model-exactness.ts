// When a linear model's scores are exact (issue 15). A tagger score is a sum of float32
// weights in float64; such a sum is exact, and so the same whatever the order of its terms,
// while every partial sum is a multiple of 2^quantum smaller than 2^(53 + quantum). The
// shipped tagger's weights are rounded to 1/1000 and none is below 0.001, so all are
// multiples of 2^−33 (float32 0.001 is 0x83126f × 2^−33), and the largest is 34.4: 28 features
// sum to at most 963 < 2^20, far inside. tagger-grouped.ts may then add up cached groups of
// features and still give each tag the very score the features one by one would.

/** Read from every weight of a model when its binary form is written. */
export interface ExactnessFacts {
  /** Every weight is a multiple of 2^quantum. */
  quantum: number;
  /** The largest absolute weight. */
  maxWeight: number;
  /** The most weights one feature gives one class (1: each class at most once). */
  perClass: number;
}

export function sumsAreExact(facts: ExactnessFacts, features: number): boolean {
  return facts.perClass === 1 && features * facts.maxWeight < 2 ** (53 + facts.quantum);
}

/** Gathers ExactnessFacts feature by feature, from each weight's float32 bits. */
export class Exactness {
  private quantum = Number.POSITIVE_INFINITY;
  private maxWeight = 0;
  private perClass = 1;
  private readonly bits = new Uint32Array(1);
  private readonly float = new Float32Array(this.bits.buffer);

  /** One feature's pairs, interleaved: classes at even places, weights at odd ones. */
  add(classes: Int32Array, weights: Float32Array): void {
    const seen = new Set<number>();
    for (let k = 0; k < classes.length; k += 2) {
      // 2 stands for "more than one": the sums are then not taken as exact
      if (seen.has(classes[k] as number)) this.perClass = 2;
      seen.add(classes[k] as number);
      this.float[0] = weights[k + 1] as number;
      const bits = this.bits[0] as number;
      const exponent = (bits >>> 23) & 0xff;
      const significand = exponent === 0 ? bits & 0x7fffff : (bits & 0x7fffff) | 0x800000;
      if (significand === 0) continue;
      const lowestBit = 31 - Math.clz32(significand & -significand);
      this.quantum = Math.min(this.quantum, (exponent === 0 ? -149 : exponent - 150) + lowestBit);
      this.maxWeight = Math.max(this.maxWeight, Math.abs(this.float[0]));
    }
  }

  facts(): ExactnessFacts {
    return { quantum: Number.isFinite(this.quantum) ? this.quantum : 0, maxWeight: this.maxWeight, perClass: this.perClass };
  }
}
