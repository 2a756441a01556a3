// The statistics as CSV: one row per outlet (and group) and measure, with its count,
// total, value and 95% interval; and the distinctive words, one row per outlet and word.

import type { StatsResult } from '../stats/query';
import type { OutletVocabulary } from '../stats/vocabulary';
import { type CsvOptions, csvLine, decimal } from '../../io/csv-write';

export function statsCsv(stats: StatsResult, csv: CsvOptions = {}): string {
  const head = ['outlet', ...(stats.by ? [stats.by] : []), 'items', 'annotated', 'metric', 'label', 'count', 'total',
    'value', 'ci95_low', 'ci95_high'];
  const lines = [csvLine(head, csv)];
  for (const g of stats.groups) {
    for (const m of g.metrics) {
      lines.push(csvLine([g.outlet, ...(stats.by ? [g.group] : []), g.items, g.annotated, m.key, m.label, m.count,
        m.total, decimal(m.value), decimal(m.low), decimal(m.high)], csv));
    }
  }
  return lines.join('');
}

export function vocabularyCsv(vocabulary: readonly OutletVocabulary[], csv: CsvOptions = {}): string {
  const lines = [csvLine(['outlet', 'word', 'count', 'count_others', 'log_odds', 'variance', 'z'], csv)];
  for (const o of vocabulary) {
    for (const w of o.distinctive) {
      lines.push(csvLine([o.outlet, w.word, w.a, w.b, decimal(w.delta), decimal(w.variance), decimal(w.z)], csv));
    }
  }
  return lines.join('');
}
