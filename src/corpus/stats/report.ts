// `framing stats` as text: per measure, one line per outlet (and group) with its count,
// value and 95% interval; then each outlet's distinctive words; then suggested events.

import type { MetricValue } from './metrics';
import type { StatsResult } from './query';
import { type StatsSelection, leavesOut, minNote, rowLabel, scopeNote } from './selection';
import type { Suggestion } from './suggest';
import { type OutletVocabulary, SIGNIFICANT_Z } from './vocabulary';

export function formatValue(m: Pick<MetricValue, 'kind' | 'value' | 'low' | 'high'>): string {
  if (m.value === null || m.low === null || m.high === null) return '—';
  if (m.kind === 'share') return `${pct(m.value)} [${pct(m.low)}, ${pct(m.high)}]`;
  return `${m.value.toFixed(2)} [${m.low.toFixed(2)}, ${m.high.toFixed(2)}]`;
}

export function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

/** What is left out, in a line, with the flags that show it all; null when nothing is. */
export function omittedLine(s: StatsSelection): string | null {
  if (!leavesOut(s)) return null;
  const min = minNote(s) ?? `${s.noun} with no data`;
  return `${scopeNote(s)}; ${min} are left out of each measure: --top all --min-n 1 shows every row with data.`;
}

/** Per measure, the selected rows (highest first), the all-outlets line and what was left out. */
export function formatStats(stats: StatsResult, shown: StatsSelection): string {
  const width = Math.max(12, ...shown.groups.map((g) => rowLabel(g).length));
  const out: string[] = [];
  const o = stats.overall;
  out.push(`${o.items} items from ${stats.groups.length} ${stats.by ? 'groups' : 'outlets'}; ${o.annotated} annotated, ` +
    `${o.counts.words} words, ${o.counts.harm} harm events, ${o.counts.passives} passives, ${o.counts.euphemisms} euphemisms.`);
  if (o.annotated < o.items) out.push(`(${o.items - o.annotated} items are not annotated yet and are not counted: framing annotate --db PATH)`);
  const omitted = omittedLine(shown);
  if (omitted) out.push(omitted);
  const line = (name: string, m: MetricValue): string =>
    `  ${name.padEnd(width)}  ${`${m.count}/${m.total}`.padStart(11)}  ${formatValue(m)}`;
  for (const m of shown.measures) {
    const head = m.overall;
    out.push('', `${head.label}${head.kind === 'share' ? ' (share, 95% CI)' : ' (95% CI)'}`);
    for (const r of m.rows) out.push(line(rowLabel(r.group), r.metric));
    out.push(line(o.outlet, head));
    if (m.note) out.push(`  (${m.note})`);
  }
  return `${out.join('\n')}\n`;
}

export function formatVocabulary(vocabulary: readonly OutletVocabulary[]): string {
  const out = ['', 'Distinctive words against the other outlets (z-score of the log-odds ratio with an',
    `informative Dirichlet prior; * marks z ≥ ${SIGNIFICANT_Z}, p < .05 for one word, not corrected for many)`];
  for (const o of vocabulary) {
    const list = o.distinctive.map((w) => `${w.word} ${w.z.toFixed(2)}${w.z >= SIGNIFICANT_Z ? '*' : ''}`).join(', ');
    out.push(`  ${o.outlet}: ${list || 'none'}`);
  }
  return `${out.join('\n')}\n`;
}

export function formatSuggestions(suggestions: readonly Suggestion[]): string {
  const out = ['', `Suggested events for items without one (${suggestions.length})`];
  for (const s of suggestions) {
    out.push(`  ${s.existing ? 'join' : 'new'} ${s.event}: ${s.title} (similarity ≥ ${s.similarity.toFixed(2)})`);
    for (const i of s.items) out.push(`    ${i.id}  ${i.outlet}  ${i.date ?? 'undated'}  ${i.headline}`);
  }
  return `${out.join('\n')}\n`;
}
