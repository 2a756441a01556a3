// Given names (issue 13: victims the text names; in a Title Case headline every word looks like
// a name, so "Former Cop Who Killed Sam DuBose" names no one the harm detector can tell is a
// person). A phrase of capitalised words opening with a given name is a person's.
//
// Reads compromise's lexicon (npm compromise, MIT, a dependency of the project), which tags
// given names MaleName, FemaleName or FirstName; keeps those the tagger's lexicon (Brill's) does
// not give as mostly a common word ("will", "hope", "mark" are left out), and those that name no
// country, territory or place of data/harm/groups.yml.
// Writes data/grammar/first-names.yml:
//   npm run build && node dist/train/first-names.js

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { lexiconTagsByLikelihood } from '../src/nlp/tag-lexicon';
import { loadGroups } from '../src/harm/groups';
import { PACKAGE_ROOT } from '../src/paths';

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);

/** compromise's lexicon: word → tag (or tags). */
function lexicon(): Record<string, unknown> {
  return (nlp as unknown as { world: () => { model: { one: { lexicon: Record<string, unknown> } } } }).world().model.one.lexicon;
}

function isPlace(word: string): boolean {
  const g = loadGroups();
  return [g.countries, g.territories, g.places, g.demonyms].some((list) => list.byFirst.has(word));
}

function main(): void {
  const names = Object.entries(lexicon())
    .filter(([word, tag]) => NAME_TAGS.has(String(tag)) && /^[a-z]+$/.test(word))
    .map(([word]) => word)
    .filter((word) => {
      const likeliest = lexiconTagsByLikelihood(word).split('/')[0] ?? '';
      return (likeliest === 'NNP' || likeliest === '' || likeliest === '-') && !isPlace(word);
    })
    .sort();
  const lines = [
    '# Given names from compromise\'s lexicon (generated: do not edit by hand). In a Title Case',
    '# headline, where every word is capitalised, a phrase of proper nouns that opens with one of',
    '# these is a person\'s name ("Former Cop Who Killed Sam DuBose"): src/harm/phrases.ts, isPeople.',
    '# Left out: names the tagger\'s lexicon gives as mostly a common word ("will", "hope", "mark"),',
    '# and names of countries, territories and places (data/harm/groups.yml).',
    '# Reproduce: npm run build && node dist/train/first-names.js',
    'name: first-names',
    "description: 'Given names: a Title Case phrase of proper nouns that opens with one is a person.'",
    "source: 'compromise 14 (Spencer Kelly, MIT licence), its lexicon words tagged MaleName, FemaleName or FirstName'",
    "counts: 'none: membership in the lexicon (count null for every word)'",
    'words:',
    ...names.flatMap((word) => [`  - word: ${word}`, '    count: null']),
  ];
  writeFileSync(join(PACKAGE_ROOT, 'data/grammar/first-names.yml'), `${lines.join('\n')}\n`);
  console.log(`${names.length} given names written to data/grammar/first-names.yml`);
}

main();
