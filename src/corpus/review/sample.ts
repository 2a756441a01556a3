// A reproducible, stratified sample of the store's harm events for review (issue 18):
// `framing review sample --n 200 --stratify outlet,device --seed 1`. Each stratum gets a
// share of n proportional to its size (largest remainders), and its events are drawn by a
// seeded shuffle, so the same store, n, strata and seed give the same sample.

import type { HarmAnnotation } from '../../types';
import { itemsWithAnalyses } from '../store/browse';
import type { CorpusStore } from '../store/store';
import { toolFields } from './fields';

export const STRATA = ['outlet', 'device', 'group'] as const;
export type Stratum = (typeof STRATA)[number];

export interface SampleOptions {
  name: string;
  n: number;
  strata: readonly Stratum[];
  seed: number;
}

export interface DrawnSample {
  name: string;
  drawn: number;
  /** Events in the store, and drawn, per stratum. */
  strata: Array<{ stratum: string; events: number; drawn: number }>;
}

interface Candidate {
  pk: number;
  harm: number;
  stratum: string;
  annotation: HarmAnnotation;
}

/** Draws the sample and stores it; a name already used is refused. */
export function drawSample(store: CorpusStore, options: SampleOptions): DrawnSample | string {
  if (store.stmt('SELECT 1 FROM review_samples WHERE name = ?').get(options.name)) return `a sample named "${options.name}" exists already`;
  const byStratum = new Map<string, Candidate[]>();
  for (const { item, analysis } of itemsWithAnalyses(store)) {
    if (!analysis) continue;
    const pk = (store.stmt('SELECT pk FROM items WHERE id = ?').get(item.id) as { pk: number }).pk;
    analysis.annotations.filter((a): a is HarmAnnotation => a.type === 'harm').forEach((annotation, harm) => {
      const values: Record<Stratum, string> = { outlet: item.outlet, device: annotation.agency,
        group: annotation.victimGroup?.nationality ?? '(not stated)' };
      const stratum = options.strata.map((s) => values[s]).join(' · ') || 'all';
      byStratum.set(stratum, [...(byStratum.get(stratum) ?? []), { pk, harm, stratum, annotation }]);
    });
  }
  const total = [...byStratum.values()].reduce((n, list) => n + list.length, 0);
  if (total === 0) return 'the store has no annotated harm events to sample: run framing annotate --db first';
  const quotas = allocate([...byStratum].map(([stratum, list]) => ({ stratum, size: list.length })), Math.min(options.n, total));
  const random = mulberry32(options.seed);
  const drawn: Candidate[] = [];
  for (const [stratum, list] of [...byStratum].sort((a, b) => a[0].localeCompare(b[0]))) {
    drawn.push(...shuffle(list, random).slice(0, quotas.get(stratum) ?? 0));
  }
  const order = shuffle(drawn, random);
  store.write(() => {
    store.stmt('INSERT INTO review_samples (name, seed, strata, created) VALUES (?, ?, ?, ?)')
      .run(options.name, options.seed, options.strata.join(','), new Date().toISOString());
    const insert = store.stmt('INSERT INTO review_items (sample, position, pk, harm, stratum, tool) VALUES (?, ?, ?, ?, ?, ?)');
    order.forEach((c, i) => insert.run(options.name, i + 1, c.pk, c.harm, c.stratum, JSON.stringify(toolFields(c.annotation))));
  });
  return { name: options.name, drawn: order.length,
    strata: [...byStratum].map(([stratum, list]) => ({ stratum, events: list.length, drawn: quotas.get(stratum) ?? 0 }))
      .sort((a, b) => b.events - a.events || a.stratum.localeCompare(b.stratum)) };
}

/** Proportional allocation of n over strata by largest remainders (Hamilton). */
export function allocate(strata: ReadonlyArray<{ stratum: string; size: number }>, n: number): Map<string, number> {
  const total = strata.reduce((s, x) => s + x.size, 0);
  const exact = strata.map((x) => ({ ...x, share: (x.size / total) * n }));
  const quotas = new Map(exact.map((x) => [x.stratum, Math.min(x.size, Math.floor(x.share))]));
  let left = n - [...quotas.values()].reduce((s, q) => s + q, 0);
  const byRemainder = [...exact].sort((a, b) => (b.share % 1) - (a.share % 1) || a.stratum.localeCompare(b.stratum));
  while (left > 0) {
    const before = left;
    for (const x of byRemainder) {
      if (left === 0) break;
      if ((quotas.get(x.stratum) as number) < x.size) {
        quotas.set(x.stratum, (quotas.get(x.stratum) as number) + 1);
        left--;
      }
    }
    if (left === before) break;
  }
  return quotas;
}

/** A small seeded generator (mulberry32): the same seed gives the same draws everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with the given generator: the same seed gives the same order. */
export function shuffle<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
