// Builds data/tag-lexicon/penn-tags.json.gz from the English lexicon of Eric Brill's tagger as
// packaged by pos-js and natural (data/tag-lexicon/README.md): for each word form, in lower
// case, the Penn Treebank tags it was seen with, sorted ("shot" → "NN/VBD/VBN"), and, where it
// differs, the same tags the likeliest first as Brill's lexicon lists them ("dies" → VBZ/NNS,
// "forces" → NNS/VBZ; natural's Brill tagger starts from that first tag). A lower-case
// entry wins; a word the lexicon has only capitalised ("Syria") is kept under its lower case.
// Run once: `npm run build:tag-lexicon`.

import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { TAG_LEXICON_PATH, type TagLexiconFile } from '../src/nlp/tag-lexicon';

const SOURCE = require.resolve('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
/** Penn tags; entries such as "NN|DT" and punctuation tags are left out. */
const TAG = /^[A-Z$]+$/;
/** Tags of function words, whose stray verb readings in the lexicon are not completed. */
const CLOSED_CLASS = new Set(['DT', 'PDT', 'IN', 'PRP', 'PRP$', 'CC', 'TO', 'WDT', 'WP', 'EX']);

function tagsOf(entry: readonly string[]): string[] {
  return entry.filter((t) => TAG.test(t));
}

/**
 * The lexicon lists the tags its corpus showed, so a verb the corpus saw only as a participle
 * lacks its past tense ("wounded": JJ/VBN), and one it saw only as a noun lacks its base form
 * ("stab": NN). English morphology fills these in: a regular "-ed" form is both past tense and
 * participle; a base form is both VB and VBP; and the stem of a verb's "-ed" form is a verb
 * too, with its "-s" form a VBZ and its "-ing" form a VBG.
 */
export function completed(tags: Map<string, Set<string>>): void {
  const add = (word: string, ...more: string[]): void => {
    const set = tags.get(word);
    if (set) for (const t of more) set.add(t);
  };
  const closedClass = (set: Set<string>): boolean => [...set].some((t) => CLOSED_CLASS.has(t));
  for (const [word, set] of tags) {
    if (/ed$/.test(word) && (set.has('VBD') || set.has('VBN'))) add(word, 'VBD', 'VBN');
    if (word !== 'be' && !closedClass(set) && (set.has('VB') || set.has('VBP'))) add(word, 'VB', 'VBP');
  }
  // The stem: the first candidate already a verb, else the first already a noun ("united" →
  // unite, not unit; "stabbed" → stab). Never a function word: "used" → use, not "us".
  const isVerb = (set: Set<string>): boolean => set.has('VB') || set.has('VBP');
  const stemOf = (word: string): string | undefined => {
    const open = stemsOf(word).filter((stem) => tags.has(stem) && !closedClass(tags.get(stem) as Set<string>));
    return open.find((stem) => isVerb(tags.get(stem) as Set<string>)) ?? open.find((stem) => (tags.get(stem) as Set<string>).has('NN'));
  };
  for (const [word, set] of tags) {
    if (!/ed$/.test(word) || !set.has('VBD')) continue;
    const stem = stemOf(word);
    if (stem === undefined) continue;
    add(stem, 'VB', 'VBP');
    // Forms that do not exist are not added: add() only completes words the lexicon has.
    for (const form of [stem + 's', stem + 'es', ...(stem.endsWith('y') ? [stem.slice(0, -1) + 'ies'] : [])]) add(form, 'VBZ');
    for (const form of [stem + 'ing', stem.replace(/e$/, '') + 'ing', word.slice(0, -2) + 'ing']) add(form, 'VBG');
  }
}

/** Candidate stems of an "-ed" form: "killed" → kill, "stabbed" → stab, "used" → use, "carried" → carry. */
function stemsOf(word: string): string[] {
  const base = word.slice(0, -2);
  const stems: string[] = [];
  if (/([b-df-hj-np-tv-z])\1$/.test(base)) stems.push(base.slice(0, -1));
  stems.push(base + 'e');
  if (base.endsWith('i')) stems.push(base.slice(0, -1) + 'y');
  stems.push(base);
  return stems.filter((s) => s.length >= 3);
}

function main(): void {
  const brill = JSON.parse(readFileSync(SOURCE, 'utf8')) as Record<string, string[]>;
  const tags = new Map<string, Set<string>>();
  for (const [word, entry] of Object.entries(brill)) {
    const lower = word.toLowerCase();
    const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1);
    const keep = word === lower || (word === capitalised && !Object.hasOwn(brill, lower));
    const value = tagsOf(entry);
    if (keep && value.length > 0) tags.set(lower, new Set(value));
  }
  // Brill's own order, before completion adds to the sets.
  const brillOrder = new Map([...tags].map(([w, set]) => [w, [...set]]));
  completed(tags);
  const words = [...tags.keys()].sort();
  const sorted = words.map((w) => [w, [...(tags.get(w) as Set<string>)].sort().join('/')] as const);
  const file: TagLexiconFile = {
    source: "Eric Brill's tagger lexicon, via pos-js and natural 8; inflections completed",
    tags: Object.fromEntries(sorted),
    byLikelihood: Object.fromEntries(sorted.flatMap(([w, joined]) => {
      const ordered = byLikelihood(brillOrder.get(w) ?? [], tags.get(w) as Set<string>);
      return ordered === joined ? [] : [[w, ordered]];
    })),
  };
  writeFileSync(TAG_LEXICON_PATH, gzipSync(JSON.stringify(file), { level: 9 }));
  console.log(`wrote ${TAG_LEXICON_PATH}: ${sorted.length} word forms, ${Object.keys(file.byLikelihood ?? {}).length} not in alphabetical order by likelihood`);
}

/** Brill's tags in his order, the likeliest first ("dies" → VBZ/NNS), then those completion added, sorted. */
export function byLikelihood(brill: readonly string[], all: ReadonlySet<string>): string {
  const added = [...all].filter((t) => !brill.includes(t)).sort();
  return [...brill, ...added].join('/');
}

if (require.main === module) main();
