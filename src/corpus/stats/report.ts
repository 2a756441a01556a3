// `framing stats` as text: per measure, one line per outlet (and group) with its count,
// value and 95% interval; then each outlet's distinctive words; then suggested events.

import type { MetricValue } from './metrics';
import type { StatsResult } from './query';
import type { Suggestion } from './suggest';
import { type OutletVocabulary, SIGNIFICANT_Z } from './vocabulary';

export function formatValue(m: Pick<MetricValue, 'kind' | 'value' | 'low' | 'high'>): string {
  if (m.value === null || m.low === null || m.high === null) return '—';
  if (m.kind === 'share') return `${pct(m.value)} [${pct(m.low)}, ${pct(m.high)}]`;
  return `${m.value.toFixed(2)} [${m.low.toFixed(2)}, ${m.high.toFixed(2)}]`;
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

export function formatStats(stats: StatsResult): string {
  const rows = [...stats.groups, stats.overall];
  const name = (g: (typeof rows)[number]): string =>
    g.group === null ? g.outlet : `${g.outlet} · ${g.group === '' ? '(none)' : g.group}`;
  const width = Math.max(12, ...rows.map((g) => name(g).length));
  const out: string[] = [];
  const o = stats.overall;
  out.push(`${o.items} items from ${stats.groups.length} ${stats.by ? 'groups' : 'outlets'}; ${o.annotated} annotated, ` +
    `${o.counts.words} words, ${o.counts.harm} harm events, ${o.counts.passives} passives, ${o.counts.euphemisms} euphemisms.`);
  if (o.annotated < o.items) out.push(`(${o.items - o.annotated} items are not annotated yet and are not counted: framing annotate --db PATH)`);
  const metricCount = o.metrics.length;
  for (let k = 0; k < metricCount; k++) {
    const head = o.metrics[k] as MetricValue;
    out.push('', `${head.label}${head.kind === 'share' ? ' (share, 95% CI)' : ' (95% CI)'}`);
    for (const g of rows) {
      const m = g.metrics[k] as MetricValue;
      out.push(`  ${name(g).padEnd(width)}  ${`${m.count}/${m.total}`.padStart(11)}  ${formatValue(m)}`);
    }
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
