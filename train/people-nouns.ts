// Nouns for people, counted in UD English GUM's entity annotation (issue 13: victims the
// text names; issue 15: word lists with the corpus count that justifies each). GUM marks
// every mention with an entity type; a common noun that heads `person` mentions nearly every
// time it heads a mention at all ("billionaire", "pilgrim", "hostage") names people.
//
// Reads GUM's per-document sources (not-to-release/sources/*.conllu, which carry the entity
// layer) of the train and dev file lists only; the test documents are never read. Documents
// from which our gold items were drawn (eval/data/real/gold.jsonl, eval/data/euphemism-real/
// gold.jsonl) are skipped too, so that no list word comes from a sentence we measure on.
// Prints data/grammar/people-gum.yml:
//   node dist/train/people-nouns.js [GUM_REPO] > data/grammar/people-gum.yml
// GUM_REPO: a clone of UniversalDependencies/UD_English-GUM (default: the fetched mirror).

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconTagsByLikelihood } from '../src/nlp/tag-lexicon';
import { PEOPLE_WORDS } from '../src/nlp/grammar/people';
import { PACKAGE_ROOT } from '../src/paths';

const REPO = process.argv[2] ?? '/work/.mirror/UniversalDependencies+UD_English-GUM/repo';
/** A noun joins the list when it heads a person mention this often, and at least this share of its mentions. */
const MIN_PERSON = 2;
const MIN_SHARE = 0.8;

const git = (...args: string[]): string => execFileSync('git', ['-C', REPO, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });

interface Token {
  id: number;
  lemma: string;
  xpos: string;
  head: number;
  entity: string;
}

/** Documents our gold files quote, by GUM path. */
function quotedDocuments(): Set<string> {
  const docs = new Set<string>();
  for (const file of ['eval/data/real/gold.jsonl', 'eval/data/euphemism-real/gold.jsonl']) {
    for (const line of readFileSync(join(PACKAGE_ROOT, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const item = JSON.parse(line) as { source?: { repo?: string; path?: string }; locator?: { repo?: string; path?: string } };
      const where = item.source ?? item.locator;
      if (where?.repo?.includes('GUM') && where.path) docs.add(where.path);
    }
  }
  return docs;
}

function sentences(conllu: string): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  for (const line of conllu.split('\n')) {
    if (line.trim() === '') {
      if (current.length) out.push(current);
      current = [];
      continue;
    }
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (!/^\d+$/.test(cols[0] ?? '')) continue;
    const entity = /(?:^|\|)Entity=([^|]*)/.exec(cols[9] ?? '')?.[1] ?? '';
    current.push({ id: Number(cols[0]), lemma: (cols[2] ?? '').toLowerCase(), xpos: cols[4] ?? '', head: Number(cols[6]), entity });
  }
  if (current.length) out.push(current);
  return out;
}

/** Each mention of a sentence: its entity type and its tokens' positions [start, end]. */
function mentions(sentence: readonly Token[]): Array<{ type: string; start: number; end: number }> {
  const open = new Map<string, Array<{ type: string; start: number }>>();
  const found: Array<{ type: string; start: number; end: number }> = [];
  sentence.forEach((token, at) => {
    for (const m of token.entity.matchAll(/\((\d+)-([^-()]+)[^()]*?(\))?(?=\(|\d+\)|$)|(\d+)\)/g)) {
      if (m[4]) {
        const stack = open.get(m[4]);
        const mention = stack?.pop();
        if (mention) found.push({ ...mention, end: at });
      } else if (m[3]) found.push({ type: m[2] as string, start: at, end: at });
      else open.set(m[1] as string, [...(open.get(m[1] as string) ?? []), { type: m[2] as string, start: at }]);
    }
  });
  return found;
}

/** The mention's head: its token whose own head lies outside it. */
function headOf(sentence: readonly Token[], start: number, end: number): Token | undefined {
  const ids = new Set(sentence.slice(start, end + 1).map((t) => t.id));
  return sentence.slice(start, end + 1).find((t) => !ids.has(t.head));
}

function main(): void {
  const skip = quotedDocuments();
  const docs = ['train', 'dev'].flatMap((split) => git('show', `HEAD:not-to-release/file-lists/files.${split}`).split(/\s+/).filter(Boolean));
  // GUM ships no source for some documents (the reddit ones): they are not read
  const present = new Set(git('ls-tree', '--name-only', 'HEAD', 'not-to-release/sources/').split('\n'));
  const person = new Map<string, number>();
  const total = new Map<string, number>();
  let read = 0;
  for (const doc of docs) {
    const path = `not-to-release/sources/${doc}.conllu`;
    if (skip.has(path) || !present.has(path)) continue;
    read++;
    for (const sentence of sentences(git('show', `HEAD:${path}`))) {
      for (const m of mentions(sentence)) {
        const head = headOf(sentence, m.start, m.end);
        if (!head || (head.xpos !== 'NN' && head.xpos !== 'NNS') || !/^[a-z][a-z-]*$/.test(head.lemma)) continue;
        total.set(head.lemma, (total.get(head.lemma) ?? 0) + 1);
        if (m.type === 'person') person.set(head.lemma, (person.get(head.lemma) ?? 0) + 1);
      }
    }
  }
  const chosen = [...person]
    .filter(([lemma, n]) => n >= MIN_PERSON && n / (total.get(lemma) ?? n) >= MIN_SHARE)
    .filter(([lemma]) => !PEOPLE_WORDS.has(lemma) && lexiconTagsByLikelihood(lemma).split('/')[0] === 'NN')
    .sort(([a], [b]) => a.localeCompare(b));
  const lines = [
    '# Nouns for people counted in UD English GUM (generated: do not edit by hand). Each heads a',
    `# mention of GUM's entity type "person" at least ${MIN_PERSON} times, in at least ${MIN_SHARE * 100}% of the mentions`,
    "# it heads, and Brill's lexicon gives it as mostly a noun. Words already in people.yml are",
    `# left out. ${read} documents of GUM's train and dev lists were read (not the test list, not`,
    '# the documents our gold items quote, not those GUM ships without source). Read with',
    '# people.yml by src/nlp/grammar/people.ts.',
    '# Reproduce: npm run build && node dist/train/people-nouns.js > data/grammar/people-gum.yml',
    'name: people-gum',
    "description: 'Common nouns that name people, by their use in GUM as heads of person mentions.'",
    "source: 'UD English GUM (Zeldes 2017, \"The GUM corpus\", Language Resources and Evaluation 51), entity annotation, train and dev documents'",
    `counts: 'person mentions it heads, of all mentions it heads (common noun heads only); kept at ${MIN_PERSON} or more and ${MIN_SHARE * 100}% or more'`,
    'words:',
    ...chosen.map(([lemma, n]) => `  - word: ${lemma}\n    count: "${n} of ${total.get(lemma)}"`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
