// The victim-group comparison as text (a readable table), CSV (one row per contrast, or one
// row per harm event with --format rows) and JSON.

import { type CsvOptions, csvLine, decimal } from '../../io/csv-write';
import type { Contrast, GroupComparison } from './compare';
import type { GroupRow } from './rows';

const pct = (x: number | null): string => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
const points = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;
const pValue = (p: number): string => (p < 0.001 ? '<0.001' : p.toFixed(3));

/** The main measures in the table; every measure is in the JSON and the contrasts. */
const TABLE = ['named', 'link_none', 'outlet_voice', 'emotive'];

export function formatComparison(c: GroupComparison, shownContrasts = 20): string {
  const unit = `${c.unit === 'event' ? 'harm events' : 'headlines (primary harm event only)'}${c.ownVoice ? ' the outlets report in their own voice' : ''}`;
  const lines = [`Per outlet and victim group, over ${unit}; 95% Wilson intervals; cells with n < ${c.minN} are marked ~ and not contrasted.`];
  if (c.correctedBy) {
    lines.push(`"corrected": the share corrected for the tool's misclassification as the ${c.correctedBy.reviews} reviews of sample ` +
      `"${c.correctedBy.sample}" measured it (Rogan–Gladen; a point estimate); the reviewers found ${pct(c.correctedBy.harmPrecision)} of the events to be harm.`);
  }
  lines.push(['outlet', 'group', 'n', ...TABLE].join('\t'));
  for (const cell of c.cells) {
    const figures = TABLE.map((key) => {
      const s = cell.shares.find((x) => x.key === key);
      const corrected = s?.corrected === undefined ? '' : ` (corrected ${pct(s.corrected)})`;
      return s ? `${pct(s.share)} [${pct(s.low)}, ${pct(s.high)}] ${s.k}/${s.n}${corrected}` : '–';
    });
    lines.push([cell.outlet, cell.group, `${cell.small ? '~' : ''}${cell.n}`, ...figures].join('\t'));
  }
  lines.push('', `Contrasts (${c.contrasts.length}; difference in percentage points with Newcombe's 95% interval, ` +
    `two-proportion test, p Holm-corrected across all ${c.contrasts.length}), smallest corrected p first:`);
  for (const x of c.contrasts.slice(0, shownContrasts)) lines.push(`  ${describe(x)}`);
  if (c.contrasts.length > shownContrasts) lines.push(`  ... ${c.contrasts.length - shownContrasts} more: --format csv or json lists them all`);
  return `${lines.join('\n')}\n`;
}

function describe(x: Contrast): string {
  const who = x.kind === 'groups within outlet'
    ? `${x.a.outlet}: ${x.a.group} vs ${x.b.group}` : `${x.a.group}: ${x.a.outlet} vs ${x.b.outlet}`;
  return `${who}, ${x.label}: ${pct(x.a.k / x.a.n)} (${x.a.k}/${x.a.n}) vs ${pct(x.b.k / x.b.n)} (${x.b.k}/${x.b.n}), ` +
    `${points(x.diff)} points [${points(x.low)}, ${points(x.high)}], p ${pValue(x.p)}, Holm p ${pValue(x.pHolm)}`;
}

export function contrastsCsv(comparisons: readonly GroupComparison[], csv: CsvOptions = {}): string {
  let out = csvLine(['unit', 'measure', 'kind', 'a_outlet', 'a_group', 'a_k', 'a_n', 'b_outlet', 'b_group', 'b_k', 'b_n',
    'difference', 'low', 'high', 'p', 'p_holm'], csv);
  for (const c of comparisons) {
    for (const x of c.contrasts) {
      out += csvLine([c.unit, x.measure, x.kind, x.a.outlet, x.a.group, x.a.k, x.a.n, x.b.outlet, x.b.group, x.b.k, x.b.n,
        decimal(x.diff), decimal(x.low), decimal(x.high), decimal(x.p), decimal(x.pHolm)], csv);
    }
  }
  return out;
}

export function rowsCsv(rows: Iterable<GroupRow>, csv: CsvOptions = {}): string {
  let out = csvLine(['item', 'outlet', 'group', 'group_from', 'primary', 'harm', 'named', 'link', 'device', 'voice', 'emotive', 'emotive_quoted'], csv);
  for (const r of rows) {
    out += csvLine([r.item, r.outlet, r.group, r.groupFrom, r.primary, r.harm, r.named, r.link, r.device, r.voice,
      r.emotive.join(' '), r.emotiveQuoted.join(' ')], csv);
  }
  return out;
}
