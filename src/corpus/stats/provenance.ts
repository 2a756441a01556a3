// Which analyser versions the figures come from (issue 17): said with every statistic, and
// a warning when a store mixes versions or holds analyses older than this analyser.

import { analyserVersion } from '../../provenance';
import { analysers } from '../store/analyses';
import type { CorpusStore } from '../store/store';

export interface Provenance {
  /** This package's analyser. */
  current: string;
  analysers: Array<{ analyser: string | null; items: number; last: string | null }>;
  /** Analyses made by another version than this one (or not recorded). */
  stale: number;
  /** One line for people: where the figures come from, and what to do if they are mixed. */
  note: string;
}

export function provenanceOf(store: CorpusStore): Provenance {
  const current = analyserVersion();
  const list = analysers(store);
  const stale = list.filter((a) => a.analyser !== current).reduce((n, a) => n + a.items, 0);
  const name = (a: string | null): string => (a === null ? 'an unrecorded analyser' : a === current ? `analyser ${a} (this one)` : `analyser ${a}`);
  let note: string;
  if (list.length === 0) note = 'No analyses yet.';
  else if (list.length === 1) note = `Figures from analyses by ${name(list[0]?.analyser ?? null)}.`;
  else {
    note = `Warning: the figures mix analyses by ${list.length} analyser versions (${list.map((a) => `${name(a.analyser)}: ${a.items}`).join('; ')}).`;
  }
  if (stale > 0) note += ` ${stale} analyses were not made by this analyser (${current}): framing annotate --db --stale re-annotates them.`;
  return { current, analysers: list, stale, note };
}
