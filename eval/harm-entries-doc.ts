// docs/harm-entries.md: every entry of the harm lexicon (data/harm/verbs.yml, nouns.yml), whose
// id ends each harm annotation's `rule` ("harm/agentless-passive/kill"). Generated from the
// data so the list cannot drift; test/harm-rule-ids.test.ts checks the file is current.
// Run: npm run build && node dist/eval/harm-entries-doc.js > docs/harm-entries.md

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { HARM_DIR } from '../src/harm/load';

interface RawEntry {
  id: string;
  words: string[];
  harm?: string;
  frame?: string;
  victim?: string;
  note?: string;
}

const cell = (s: string): string => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

function table(file: string): string[] {
  const data = parseYaml(readFileSync(join(HARM_DIR, file), 'utf8')) as { entries: RawEntry[] };
  return data.entries.map((e) =>
    `| \`${e.id}\` | ${cell(e.words.join(', '))} | ${e.harm ?? 'by result'} | ${e.frame ?? ''} | ${cell(e.note ?? '')} |`);
}

export function harmEntriesDoc(): string {
  const head = ['| id | words | harm | frame | why it is listed |', '| --- | --- | --- | --- | --- |'];
  return [
    '# Harm lexicon entries',
    '',
    'Each harm annotation\'s `rule` is `harm/<agency>/<entry>`: its device, then the entry below',
    'that decided it, or `implied` for an attack named with no harm word of its own (an "Israeli',
    'strike on Rafah" headline). Generated from `data/harm/` by `node dist/eval/harm-entries-doc.js`;',
    'the words use the pattern language of [lexicon.md](lexicon.md) (`kill~v`: every form of the verb).',
    '',
    '## Verbs (`data/harm/verbs.yml`)',
    '',
    ...head,
    ...table('verbs.yml'),
    '',
    '## Nouns (`data/harm/nouns.yml`)',
    '',
    ...head,
    ...table('nouns.yml'),
    '',
  ].join('\n');
}

if (require.main === module) process.stdout.write(harmEntriesDoc());
