// Counts of the lexicon's entries per category, as the Markdown table in docs/lexicon.md.
// Run: npm run build && node dist/eval/euphemism-stats.js (a test keeps the docs in step).

import { loadLexicon } from '../src/lexicon';
import type { Lexicon } from '../src/lexicon';

export function lexiconCountsTable(lexicon: Lexicon = loadLexicon()): string {
  const rows = lexicon.categories.map((category) => {
    const entries = lexicon.entries.filter((e) => e.category === category.id);
    const contested = entries.filter((e) => e.contested).length;
    return `| ${category.label} | \`${category.id}\` | ${entries.length} | ${contested} |`;
  });
  const contested = lexicon.entries.filter((e) => e.contested).length;
  return [
    '| Category | File | Entries | Contested |',
    '| --- | --- | ---: | ---: |',
    ...rows,
    `| **Total** | | **${lexicon.entries.length}** | **${contested}** |`,
    '',
    `Sources: ${lexicon.sources.size} (${[...lexicon.sources.values()].filter((s) => s.url).length} with a URL).`,
  ].join('\n');
}

if (require.main === module) process.stdout.write(`${lexiconCountsTable()}\n`);
